/* test_config.c — defaults, file, environment and flag layering; every error names its key. */
#include "server/config.h"
#include "test.h"

#include <unistd.h>

static const char *write_tmp(const char *content)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/chronik-test-config-%d.json", (int)getpid());
    FILE *f = fopen(path, "w");
    fputs(content, f);
    fclose(f);
    return path;
}

int main(void)
{
    config c;
    ck_error e = {0};
    char *none[] = {NULL};

    /* the committed defaults file and the built-in defaults agree */
    config d;
    config_defaults(&d);
    char path[4096];
    snprintf(path, sizeof path, "%s/config/chronik.json",
             getenv("TEST_SOURCE_ROOT") ? getenv("TEST_SOURCE_ROOT") : ".");
    CHECK_INT(config_load(&c, path, none, NULL, &e), 0);
    CHECK_STR(c.listen_host, d.listen_host);
    CHECK_INT(c.listen_port, d.listen_port);
    CHECK_INT(c.max_body_bytes, d.max_body_bytes);
    CHECK_INT(c.max_in_flight, d.max_in_flight);
    CHECK_INT(c.request_timeout_s, d.request_timeout_s);
    CHECK_INT(c.fetch_enabled, d.fetch_enabled);
    CHECK_INT(c.fetch_allow_private, d.fetch_allow_private);
    CHECK_INT(c.fetch_timeout_s, d.fetch_timeout_s);
    CHECK_INT(c.fetch_max_bytes, d.fetch_max_bytes);
    CHECK_INT(c.log_level, d.log_level);
    CHECK_STR(c.resources, d.resources);
    CHECK_STR(c.ner_model_en, "ner.model");
    CHECK_STR(c.ner_model_de, d.ner_model_de);
    CHECK(c.threads >= 1); /* 0 means the number of cores */
    config_free(&c);

    /* environment overrides the file; lists accept JSON or commas */
    char *env[] = {(char *)"PATH=/bin",
                   (char *)"CHRONIK_FETCH_ALLOW_PRIVATE=true",
                   (char *)"CHRONIK_THREADS=3",
                   (char *)"CHRONIK_CORS_ORIGINS=https://a.example, https://b.example",
                   (char *)"CHRONIK_TRUSTED_PROXIES=[\"10.0.0.1\"]",
                   (char *)"CHRONIK_LOG_LEVEL=debug",
                   (char *)"CHRONIK_MODELS_NER_EN=ner-open.model",
                   NULL};
    CHECK_INT(config_load(&c, write_tmp("{\"threads\": 5, \"max_body_bytes\": 2000}"), env,
                          "[::1]:0", &e),
              0);
    CHECK_INT(c.threads, 3);
    CHECK_INT(c.max_body_bytes, 2000);
    CHECK(c.fetch_allow_private);
    CHECK_INT(c.ncors_origins, 2);
    CHECK(config_origin_allowed(&c, "https://b.example"));
    CHECK(!config_origin_allowed(&c, "https://c.example"));
    CHECK(config_proxy_trusted(&c, "10.0.0.1"));
    CHECK(!config_proxy_trusted(&c, "10.0.0.2"));
    CHECK_INT(c.log_level, LOG_DEBUG);
    CHECK_STR(c.ner_model_en, "ner-open.model");
    CHECK_STR(c.ner_model_de, "ner.model");
    CHECK_STR(c.listen_host, "::1");
    CHECK_INT(c.listen_port, 0);
    config_free(&c);

    /* bad values stop start-up with the key and the source named */
    char *bad_env[] = {(char *)"CHRONIK_THREADS=many", NULL};
    CHECK_INT(config_load(&c, write_tmp("{}"), bad_env, NULL, &e), CK_E_CONFIG);
    CHECK(strstr(e.detail, "CHRONIK_THREADS") != NULL);
    config_free(&c);
    char *unknown_env[] = {(char *)"CHRONIK_NO_SUCH_KEY=1", NULL};
    CHECK_INT(config_load(&c, write_tmp("{}"), unknown_env, NULL, &e), CK_E_CONFIG);
    CHECK(strstr(e.detail, "CHRONIK_NO_SUCH_KEY") != NULL);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{\"max_in_flight\": 0}"), none, NULL, &e), CK_E_CONFIG);
    CHECK(strstr(e.detail, "max_in_flight") != NULL);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{\"fetch.enabled\": \"yes\"}"), none, NULL, &e),
              CK_E_CONFIG);
    CHECK(strstr(e.detail, "fetch.enabled") != NULL);
    config_free(&c);
    /* a group of dotted keys may be written as a nested object */
    CHECK_INT(config_load(&c, write_tmp("{\"fetch\": {\"allow_private\": true, \"timeout_s\": 3}}"),
                          none, NULL, &e),
              0);
    CHECK(c.fetch_allow_private);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{\"fetch\": {\"colour\": 1}}"), none, NULL, &e),
              CK_E_CONFIG);
    CHECK(strstr(e.detail, "fetch.colour") != NULL);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{\"colour\": 1}"), none, NULL, &e), CK_E_CONFIG);
    CHECK(strstr(e.detail, "colour") != NULL);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{\"threads\": "), none, NULL, &e), CK_E_CONFIG);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{}"), none, "localhost", &e), CK_E_CONFIG);
    CHECK(strstr(e.detail, "--listen") != NULL);
    config_free(&c);
    CHECK_INT(config_load(&c, write_tmp("{}"), none, "127.0.0.1:70000", &e), CK_E_CONFIG);
    config_free(&c);
    CHECK_INT(config_load(&c, "/nonexistent/chronik.json", none, NULL, &e), CK_E_CONFIG);
    config_free(&c);
    unlink(write_tmp(""));
    TEST_DONE();
}
