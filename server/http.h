/* http.h — what a handler sees of one HTTP exchange, and what it answers. */
#ifndef CHRONIK_HTTP_H
#define CHRONIK_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "models/arena.h"
#include "models/request.h"
#include "server/config.h"
#include "server/fetch.h"

struct MHD_Connection;

typedef enum body_type { BODY_NONE = 0, BODY_JSON, BODY_TEXT, BODY_HTML } body_type;

/* One request from its first byte to its completion; allocated by the server on the first
 * call of the access handler, freed in the completion callback. */
typedef struct http_exchange {
    struct MHD_Connection *conn;
    const config *cfg;
    const resources *res; /* NULL until the resources are loaded */
    const char *method;
    const char *path;
    char request_id[72];
    arena *arena; /* the request arena, created lazily by http_arena() */

    body_type body_type;
    char *body; /* the request body, NUL-terminated, malloc'd */
    size_t body_len, body_cap;
    size_t bytes_in; /* all body bytes received, kept or not */
    bool too_large;

    double t_start;
    pipeline_times times;
    bool analyzed; /* times holds one analysis run */

    /* a `url` request spans two calls: the fetch runs while the connection is suspended */
    fetcher *fetcher;
    request req;          /* the parsed request, kept across the suspension */
    struct json_t *json;  /* the parsed JSON body req borrows from; freed with the exchange */
    int fetch_state;      /* FETCH_NONE, FETCH_RUNNING, FETCH_DONE */
    fetch_result fetched; /* valid in FETCH_DONE */
} http_exchange;

enum { FETCH_NONE = 0, FETCH_RUNNING, FETCH_DONE };

/* What a handler answers. body is malloc'd and taken over by the server unless body_static. */
typedef struct http_response {
    int status;
    const char *content_type;
    char *body;
    size_t len;
    bool body_static;
    const char *allow; /* Allow header for 405 */
    int retry_after;   /* seconds, 0 = no header */
    bool suspended;    /* the handler suspended the connection; it answers on a later call */
} http_response;

typedef void (*http_handler)(http_exchange *x, http_response *r);

/* The request's arena, created on first use. NULL on out of memory. */
arena *http_arena(http_exchange *x);

/* Fills r with the problem for code and detail (problem+json). */
void http_problem(http_response *r, int code, const char *detail);

/* Fills r with a malloc'd JSON body (json stolen; compact). */
struct json_t;
void http_json(http_response *r, int status, struct json_t *json);

/* A query parameter of the request, or NULL. */
const char *http_query(http_exchange *x, const char *name);

#endif
