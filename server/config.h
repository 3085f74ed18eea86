/* config.h — the service configuration: defaults, config file, CHRONIK_* environment, flags. */
#ifndef CHRONIK_CONFIG_H
#define CHRONIK_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "models/error.h"

enum log_level { LOG_DEBUG = 0, LOG_INFO, LOG_WARN, LOG_ERROR };

#define CONFIG_MAX_LIST 32

typedef struct config {
    char listen_host[256];
    int listen_port;
    int threads; /* 0 in the file: the number of cores; resolved by config_load */
    long max_body_bytes;
    int max_in_flight;
    int request_timeout_s;
    char *cors_origins[CONFIG_MAX_LIST];
    int ncors_origins;
    char *trusted_proxies[CONFIG_MAX_LIST];
    int ntrusted_proxies;
    bool fetch_enabled;
    bool fetch_allow_private;
    int fetch_timeout_s;
    long fetch_max_bytes;
    int log_level;
    char resources[4096];
    char ner_model_de[4096], ner_model_en[4096]; /* models.ner_de / models.ner_en */
} config;

/* Fills c with the built-in defaults (the same as config/chronik.json). */
void config_defaults(config *c);

/* Loads the configuration: defaults, then the file (path, or config/chronik.json when path is
 * NULL and that file exists), then every CHRONIK_* variable of envp, then listen_override
 * (HOST:PORT, may be NULL). Returns 0, or CK_E_CONFIG with err naming the key and the source
 * ("CHRONIK_THREADS: must be an integer from 1 to 1024"). c must be config_free'd. */
int config_load(config *c, const char *path, char *const *envp, const char *listen_override,
                ck_error *err);

/* Frees the lists config_load allocated. */
void config_free(config *c);

/* Whether origin may make cross-origin requests. */
bool config_origin_allowed(const config *c, const char *origin);

/* Whether the peer address (numeric text) is a trusted proxy. */
bool config_proxy_trusted(const config *c, const char *addr);

#endif
