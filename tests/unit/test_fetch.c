/* test_fetch.c — the fetch policy: address classes, URL forms, and real fetches (sync and on
 * the fetcher thread) from a page server of our own on loopback: limits, redirects, errors. */
#include "server/fetch.h"
#include "test.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

#include <microhttpd.h>

static bool v4(const char *ip)
{
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    inet_pton(AF_INET, ip, &a.sin_addr);
    return fetch_address_public((struct sockaddr *)&a);
}

static bool v6(const char *ip)
{
    struct sockaddr_in6 a = {0};
    a.sin6_family = AF_INET6;
    inet_pton(AF_INET6, ip, &a.sin6_addr);
    return fetch_address_public((struct sockaddr *)&a);
}

/* The page server: paths name what it answers. */
static enum MHD_Result serve(void *cls, struct MHD_Connection *c, const char *url,
                             const char *method, const char *version, const char *data,
                             size_t *size, void **state)
{
    static const char page[] = "<html><head><title>T</title></head><body><p>Hallo.</p></body>"
                               "</html>";
    struct MHD_Response *r;
    unsigned status = 200;
    if (!strcmp(url, "/page")) {
        r = MHD_create_response_from_buffer(sizeof page - 1, (void *)page, MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Content-Type", "text/html; charset=iso-8859-1");
    } else if (!strcmp(url, "/notype")) {
        r = MHD_create_response_from_buffer(sizeof page - 1, (void *)page, MHD_RESPMEM_PERSISTENT);
    } else if (!strcmp(url, "/json")) {
        r = MHD_create_response_from_buffer(2, (void *)"{}", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Content-Type", "application/json");
    } else if (!strcmp(url, "/big")) {
        static char big[300000];
        memset(big, 'a', sizeof big);
        r = MHD_create_response_from_buffer(sizeof big, big, MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Content-Type", "text/html");
    } else if (!strcmp(url, "/loop")) {
        r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Location", "/loop");
        status = 302;
    } else if (!strcmp(url, "/to-file")) {
        r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Location", "file:///etc/passwd");
        status = 302;
    } else if (!strcmp(url, "/redirect")) {
        r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Location", "/page");
        status = 301;
    } else if (!strcmp(url, "/slow")) {
        sleep(2);
        r = MHD_create_response_from_buffer(sizeof page - 1, (void *)page, MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Content-Type", "text/html");
    } else {
        r = MHD_create_response_from_buffer(9, (void *)"not found", MHD_RESPMEM_PERSISTENT);
        status = 404;
    }
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static atomic_int done_count;
static void on_done(void *ctx)
{
    atomic_fetch_add(&done_count, 1);
}

int main(void)
{
    /* address classes */
    CHECK(!v4("127.0.0.1"));
    CHECK(!v4("127.255.0.9"));
    CHECK(!v4("10.0.0.1"));
    CHECK(!v4("172.16.5.4"));
    CHECK(!v4("172.31.255.255"));
    CHECK(v4("172.32.0.1"));
    CHECK(!v4("192.168.1.1"));
    CHECK(!v4("169.254.169.254")); /* cloud metadata */
    CHECK(!v4("100.64.0.1"));
    CHECK(!v4("0.0.0.0"));
    CHECK(!v4("224.0.0.1"));
    CHECK(!v4("255.255.255.255"));
    CHECK(v4("93.184.216.34"));
    CHECK(v4("8.8.8.8"));
    CHECK(!v6("::1"));
    CHECK(!v6("::"));
    CHECK(!v6("fe80::1"));
    CHECK(!v6("fd00::1"));
    CHECK(!v6("ff02::1"));
    CHECK(!v6("::ffff:127.0.0.1"));
    CHECK(!v6("::ffff:10.0.0.1"));
    CHECK(v6("::ffff:8.8.8.8"));
    CHECK(!v6("64:ff9b::7f00:1"));
    CHECK(!v6("2002:7f00:1::"));
    CHECK(v6("2a00:1450:4001:80b::200e"));

    /* URL forms */
    ck_error e;
    CHECK_INT(fetch_check_url("https://example.org/a", &e), 0);
    CHECK_INT(fetch_check_url("file:///etc/passwd", &e), CK_E_UNPROCESSABLE);
    CHECK_INT(fetch_check_url("gopher://example.org/", &e), CK_E_UNPROCESSABLE);
    CHECK_INT(fetch_check_url("ftp://example.org/", &e), CK_E_UNPROCESSABLE);
    CHECK_INT(fetch_check_url("not a url", &e), CK_E_UNPROCESSABLE);
    CHECK_INT(fetch_check_url("http://", &e), CK_E_UNPROCESSABLE);

    /* real fetches from a page server on loopback */
    struct MHD_Daemon *d =
        MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, NULL,
                         NULL, serve, NULL, MHD_OPTION_END);
    CHECK(d != NULL);
    if (!d) TEST_DONE();
    int port = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT)->port;
    char url[128];
    config cfg;
    config_defaults(&cfg);
    cfg.fetch_timeout_s = 1;
    cfg.fetch_max_bytes = 100000;
    fetch_result r;

    /* the default policy refuses loopback */
    snprintf(url, sizeof url, "http://127.0.0.1:%d/page", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UNPROCESSABLE);
    CHECK(strstr(r.detail, "127.0.0.1") != NULL);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://localhost:%d/page", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UNPROCESSABLE);
    fetch_result_clear(&r);

    cfg.fetch_allow_private = true;
    snprintf(url, sizeof url, "http://127.0.0.1:%d/page", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), 0);
    CHECK(r.len > 0 && strstr(r.body, "Hallo.") != NULL);
    CHECK(strstr(r.content_type, "iso-8859-1") != NULL);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/redirect", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), 0);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/notype", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), 0);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/json", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UNPROCESSABLE);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/missing", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UPSTREAM);
    CHECK(strstr(r.detail, "404") != NULL);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/big", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UPSTREAM);
    CHECK(strstr(r.detail, "max_bytes") != NULL);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/loop", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UPSTREAM);
    CHECK(strstr(r.detail, "redirects") != NULL);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/to-file", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UNPROCESSABLE);
    fetch_result_clear(&r);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/slow", port);
    CHECK_INT(fetch_sync(&cfg, url, &r), CK_E_UPSTREAM_TIMEOUT);
    fetch_result_clear(&r);

    /* the fetcher thread: several at once, each callback called once */
    fetcher *f = fetcher_new(&cfg, &e);
    CHECK(f != NULL);
    fetch_result rs[4];
    const char *paths[4] = {"/page", "/missing", "/json", "/redirect"};
    for (int i = 0; i < 4; i++) {
        snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, paths[i]);
        CHECK_INT(fetch_start(f, url, &rs[i], on_done, NULL, &e), 0);
    }
    CHECK_INT(fetch_start(f, "ftp://x/", &rs[0], on_done, NULL, &e), CK_E_UNPROCESSABLE);
    for (int t = 0; t < 500 && atomic_load(&done_count) < 4; t++)
        usleep(10000);
    CHECK_INT(atomic_load(&done_count), 4);
    CHECK_INT(rs[0].code, 0);
    CHECK_INT(rs[1].code, CK_E_UPSTREAM);
    CHECK_INT(rs[2].code, CK_E_UNPROCESSABLE);
    CHECK_INT(rs[3].code, 0);
    for (int i = 0; i < 4; i++)
        fetch_result_clear(&rs[i]);
    /* a fetch still running at shutdown ends as busy, with its callback */
    snprintf(url, sizeof url, "http://127.0.0.1:%d/slow", port);
    fetch_result slow;
    CHECK_INT(fetch_start(f, url, &slow, on_done, NULL, &e), 0);
    usleep(100000);
    fetcher_free(f);
    CHECK_INT(atomic_load(&done_count), 5);
    CHECK_INT(slow.code, CK_E_BUSY);
    fetch_result_clear(&slow);
    MHD_stop_daemon(d);
    TEST_DONE();
}
