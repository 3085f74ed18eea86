/* fetch.h — fetching `url` inputs: libcurl multi on its own thread, SSRF-safe, with limits. */
#ifndef CHRONIK_FETCH_H
#define CHRONIK_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

#include "models/error.h"
#include "server/config.h"

typedef struct fetcher fetcher;

/* The outcome of one fetch. On success code is 0 and body holds the page (malloc'd, owned by
 * whoever holds the result: free with fetch_result_clear). On failure code is a negative
 * ck_code (CK_E_UNPROCESSABLE, CK_E_UPSTREAM, CK_E_UPSTREAM_TIMEOUT, CK_E_NOMEM, CK_E_BUSY)
 * and detail says why. */
typedef struct fetch_result {
    int code;
    char detail[512];
    char *body;
    size_t len;
    char content_type[160]; /* the origin's Content-Type header, "" when none */
    long http_status;
} fetch_result;

void fetch_result_clear(fetch_result *r);

/* Called on the fetch thread once *out is filled. */
typedef void (*fetch_done_fn)(void *ctx);

/* Starts the fetch thread for cfg (borrowed; must outlive the fetcher). NULL with err filled. */
fetcher *fetcher_new(const config *cfg, ck_error *err);

/* Stops the thread; pending fetches end with CK_E_BUSY and their callbacks are called.
 * fetcher_free(NULL) is harmless. */
void fetcher_free(fetcher *f);

/* Checks url (http or https, a host) and queues its fetch; done(ctx) is called on the fetch
 * thread when *out is filled. Returns 0 when queued, or CK_E_UNPROCESSABLE / CK_E_NOMEM with
 * err filled (done is then never called). */
int fetch_start(fetcher *f, const char *url, fetch_result *out, fetch_done_fn done, void *ctx,
                ck_error *err);

/* Fetches url on the calling thread with the same checks and limits (the CLI's path). Fills
 * *out; returns out->code. */
int fetch_sync(const config *cfg, const char *url, fetch_result *out);

/* Whether a connection to addr is allowed when private targets are not: false for loopback,
 * private, link-local, unique-local, CGNAT, multicast, unspecified, reserved and documentation
 * ranges, and for IPv4-mapped / NAT64 / IPv4-compatible forms of those. */
bool fetch_address_public(const struct sockaddr *addr);

/* Checks the form of url: http/https with a host. 0 or CK_E_UNPROCESSABLE with err filled. */
int fetch_check_url(const char *url, ck_error *err);

#endif
