/* config.c — one key table drives the file, the environment and validation.
 *
 * Each key has a JSON type, a range and a setter; the file and the environment go through the
 * same setter, so a value is checked the same way wherever it comes from, and every error names
 * the key and its source. */
#include "server/config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

typedef enum key_type { K_LISTEN, K_INT, K_LONG, K_BOOL, K_LIST, K_LEVEL, K_PATH } key_type;

typedef struct key_def {
    const char *name;
    key_type type;
    long min, max;
    size_t offset;
    size_t count_offset; /* K_LIST: where the count lives */
} key_def;

#define OFF(f) offsetof(config, f)
static const key_def keys[] = {
    {"listen", K_LISTEN, 0, 0, 0, 0},
    {"threads", K_INT, 0, 1024, OFF(threads), 0},
    {"max_body_bytes", K_LONG, 1, 1L << 30, OFF(max_body_bytes), 0},
    {"max_in_flight", K_INT, 1, 1000000, OFF(max_in_flight), 0},
    {"request_timeout_s", K_INT, 1, 3600, OFF(request_timeout_s), 0},
    {"cors_origins", K_LIST, 0, 0, OFF(cors_origins), OFF(ncors_origins)},
    {"trusted_proxies", K_LIST, 0, 0, OFF(trusted_proxies), OFF(ntrusted_proxies)},
    {"fetch.enabled", K_BOOL, 0, 0, OFF(fetch_enabled), 0},
    {"fetch.allow_private", K_BOOL, 0, 0, OFF(fetch_allow_private), 0},
    {"fetch.timeout_s", K_INT, 1, 600, OFF(fetch_timeout_s), 0},
    {"fetch.max_bytes", K_LONG, 1024, 1L << 30, OFF(fetch_max_bytes), 0},
    {"log.level", K_LEVEL, 0, 0, OFF(log_level), 0},
    {"resources", K_PATH, 0, 0, OFF(resources), 0},
    {"models.ner_de", K_PATH, 0, 0, OFF(ner_model_de), 0},
    {"models.ner_en", K_PATH, 0, 0, OFF(ner_model_en), 0},
};
#define NKEYS (sizeof keys / sizeof *keys)

void config_defaults(config *c)
{
    memset(c, 0, sizeof *c);
    strcpy(c->listen_host, "0.0.0.0");
    c->listen_port = 8080;
    c->threads = 0;
    c->max_body_bytes = 1048576;
    c->max_in_flight = 1024;
    c->request_timeout_s = 30;
    c->fetch_enabled = true;
    c->fetch_allow_private = false;
    c->fetch_timeout_s = 10;
    c->fetch_max_bytes = 5242880;
    c->log_level = LOG_INFO;
    strcpy(c->resources, "resources");
    strcpy(c->ner_model_de, "ner.model");
    strcpy(c->ner_model_en, "ner.model");
}

static void free_list(char **list, int *n)
{
    for (int i = 0; i < *n; i++)
        free(list[i]);
    *n = 0;
}

void config_free(config *c)
{
    if (!c) return;
    free_list(c->cors_origins, &c->ncors_origins);
    free_list(c->trusted_proxies, &c->ntrusted_proxies);
}

static int parse_listen(config *c, const char *v, const char *src, ck_error *err)
{
    const char *colon = strrchr(v, ':');
    if (!colon || colon == v)
        return ck_fail(err, CK_E_CONFIG, "%s: listen must be HOST:PORT, not '%.60s'", src, v);
    size_t hl = (size_t)(colon - v);
    const char *h = v;
    if (hl >= 2 && h[0] == '[' && h[hl - 1] == ']') {
        h++;
        hl -= 2;
    }
    if (hl == 0 || hl >= sizeof c->listen_host)
        return ck_fail(err, CK_E_CONFIG, "%s: listen has no usable host in '%.60s'", src, v);
    char *end;
    errno = 0;
    long port = strtol(colon + 1, &end, 10);
    if (errno || *end || end == colon + 1 || port < 0 || port > 65535)
        return ck_fail(err, CK_E_CONFIG, "%s: listen port must be 0..65535 in '%.60s'", src, v);
    memcpy(c->listen_host, h, hl);
    c->listen_host[hl] = '\0';
    c->listen_port = (int)port;
    return 0;
}

static const char *const level_names[] = {"debug", "info", "warn", "error"};

/* Sets one key from a JSON value; src names where it came from, for the error. */
static int set_key(config *c, const key_def *k, json_t *v, const char *src, ck_error *err)
{
    char *base = (char *)c;
    switch (k->type) {
    case K_LISTEN:
        if (!json_is_string(v))
            return ck_fail(err, CK_E_CONFIG, "%s: listen must be a string HOST:PORT", src);
        return parse_listen(c, json_string_value(v), src, err);
    case K_INT:
    case K_LONG: {
        if (!json_is_integer(v) || json_integer_value(v) < k->min || json_integer_value(v) > k->max)
            return ck_fail(err, CK_E_CONFIG, "%s: %s must be an integer from %ld to %ld", src,
                           k->name, k->min, k->max);
        if (k->type == K_INT)
            *(int *)(base + k->offset) = (int)json_integer_value(v);
        else
            *(long *)(base + k->offset) = (long)json_integer_value(v);
        return 0;
    }
    case K_BOOL:
        if (!json_is_boolean(v))
            return ck_fail(err, CK_E_CONFIG, "%s: %s must be true or false", src, k->name);
        *(bool *)(base + k->offset) = json_is_true(v);
        return 0;
    case K_LEVEL:
        if (json_is_string(v))
            for (int i = 0; i < 4; i++)
                if (strcmp(json_string_value(v), level_names[i]) == 0) {
                    *(int *)(base + k->offset) = i;
                    return 0;
                }
        return ck_fail(err, CK_E_CONFIG, "%s: %s must be one of debug, info, warn, error", src,
                       k->name);
    case K_PATH:
        if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) >= 4096)
            return ck_fail(err, CK_E_CONFIG, "%s: %s must be a non-empty path", src, k->name);
        strcpy(base + k->offset, json_string_value(v));
        return 0;
    case K_LIST: {
        char **list = (char **)(base + k->offset);
        int *n = (int *)(base + k->count_offset);
        if (!json_is_array(v) || json_array_size(v) > CONFIG_MAX_LIST)
            return ck_fail(err, CK_E_CONFIG, "%s: %s must be an array of at most %d strings", src,
                           k->name, CONFIG_MAX_LIST);
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
        {
            if (!json_is_string(e) || json_string_length(e) == 0)
                return ck_fail(err, CK_E_CONFIG, "%s: %s must hold non-empty strings", src,
                               k->name);
        }
        free_list(list, n);
        json_array_foreach(v, i, e)
        {
            list[(*n)++] = strdup(json_string_value(e));
        }
        return 0;
    }
    }
    return ck_fail(err, CK_E_CONFIG, "%s: %s: unknown type", src, k->name);
}

static const key_def *find_key(const char *name)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (strcmp(keys[i].name, name) == 0) return &keys[i];
    return NULL;
}

static int load_file(config *c, const char *path, ck_error *err)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) return ck_fail(err, CK_E_CONFIG, "%s:%d: %s", path, je.line, je.text);
    int rc = 0;
    if (!json_is_object(root)) {
        rc = ck_fail(err, CK_E_CONFIG, "%s: must hold a JSON object", path);
    } else {
        const char *name;
        json_t *v;
        json_object_foreach(root, name, v)
        {
            /* "fetch.allow_private": true, or nested: "fetch": {"allow_private": true} */
            if (json_is_object(v) && !find_key(name)) {
                const char *sub;
                json_t *sv;
                json_object_foreach(v, sub, sv)
                {
                    char full[256], src[4200];
                    snprintf(full, sizeof full, "%.120s.%.120s", name, sub);
                    snprintf(src, sizeof src, "%s: key '%s'", path, full);
                    const key_def *k = find_key(full);
                    if (!k) {
                        rc = ck_fail(err, CK_E_CONFIG, "%s: unknown key", src);
                        break;
                    }
                    if ((rc = set_key(c, k, sv, src, err))) break;
                }
                if (rc) break;
                continue;
            }
            const key_def *k = find_key(name);
            char src[4200];
            snprintf(src, sizeof src, "%s: key '%s'", path, name);
            if (!k) {
                rc = ck_fail(err, CK_E_CONFIG, "%s: unknown key", src);
                break;
            }
            if ((rc = set_key(c, k, v, src, err))) break;
        }
    }
    json_decref(root);
    return rc;
}

/* The environment variable name of a key: CHRONIK_ + upper case, dots as underscores. */
static void env_name(const char *key, char *out, size_t n)
{
    size_t j = (size_t)snprintf(out, n, "CHRONIK_");
    for (size_t i = 0; key[i] && j + 1 < n; i++)
        out[j++] = key[i] == '.' ? '_' : (char)toupper((unsigned char)key[i]);
    out[j] = '\0';
}

/* Turns an environment string into the JSON value its key expects. */
static json_t *env_value(const key_def *k, const char *s)
{
    switch (k->type) {
    case K_INT:
    case K_LONG: {
        char *end;
        errno = 0;
        long long v = strtoll(s, &end, 10);
        if (errno || *end || end == s) return json_string(s); /* set_key reports the type */
        return json_integer(v);
    }
    case K_BOOL:
        if (!strcmp(s, "true") || !strcmp(s, "1") || !strcmp(s, "yes")) return json_true();
        if (!strcmp(s, "false") || !strcmp(s, "0") || !strcmp(s, "no")) return json_false();
        return json_string(s);
    case K_LIST: {
        if (s[0] == '[') {
            json_t *v = json_loads(s, 0, NULL);
            return v ? v : json_string(s);
        }
        json_t *a = json_array();
        const char *p = s;
        while (*p) {
            const char *q = strchr(p, ',');
            size_t len = q ? (size_t)(q - p) : strlen(p);
            while (len && isspace((unsigned char)*p))
                p++, len--;
            while (len && isspace((unsigned char)p[len - 1]))
                len--;
            if (len) json_array_append_new(a, json_stringn(p, len));
            if (!q) break;
            p = q + 1;
        }
        return a;
    }
    default: return json_string(s);
    }
}

int config_load(config *c, const char *path, char *const *envp, const char *listen_override,
                ck_error *err)
{
    config_defaults(c);
    int rc;
    if (path) {
        if ((rc = load_file(c, path, err))) return rc;
    } else if (access("config/chronik.json", R_OK) == 0) {
        if ((rc = load_file(c, "config/chronik.json", err))) return rc;
    }
    for (char *const *e = envp; e && *e; e++) {
        if (strncmp(*e, "CHRONIK_", 8) != 0) continue;
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        const key_def *k = NULL;
        char name[128];
        for (size_t i = 0; i < NKEYS; i++) {
            env_name(keys[i].name, name, sizeof name);
            if (strlen(name) == (size_t)(eq - *e) && strncmp(*e, name, (size_t)(eq - *e)) == 0) {
                k = &keys[i];
                break;
            }
        }
        if (!k) {
            return ck_fail(err, CK_E_CONFIG, "environment: %.*s is not a configuration key",
                           (int)(eq - *e), *e);
        }
        json_t *v = env_value(k, eq + 1);
        char src[160];
        snprintf(src, sizeof src, "environment %s", name);
        rc = v ? set_key(c, k, v, src, err) : ck_fail(err, CK_E_CONFIG, "out of memory");
        json_decref(v);
        if (rc) return rc;
    }
    if (listen_override && (rc = parse_listen(c, listen_override, "--listen", err))) return rc;
    if (c->threads == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        c->threads = n > 0 ? (int)n : 1;
    }
    return 0;
}

bool config_origin_allowed(const config *c, const char *origin)
{
    for (int i = 0; i < c->ncors_origins; i++)
        if (strcmp(c->cors_origins[i], "*") == 0 || strcmp(c->cors_origins[i], origin) == 0)
            return true;
    return false;
}

bool config_proxy_trusted(const config *c, const char *addr)
{
    for (int i = 0; i < c->ntrusted_proxies; i++)
        if (strcmp(c->trusted_proxies[i], addr) == 0) return true;
    return false;
}
