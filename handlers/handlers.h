/* handlers.h — one function per endpoint; the route table in server/server.c maps to them. */
#ifndef CHRONIK_HANDLERS_H
#define CHRONIK_HANDLERS_H

#include <stddef.h>

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "models/arena.h"
#include "models/error.h"
#include "models/request.h"
#include "server/http.h"

void handle_analyze(http_exchange *x, http_response *r);
void handle_healthz(http_exchange *x, http_response *r);
void handle_readyz(http_exchange *x, http_response *r);
void handle_metrics(http_exchange *x, http_response *r);
void handle_openapi(http_exchange *x, http_response *r);
void handle_demo(http_exchange *x, http_response *r);

/* The analysis behind POST /analyze and `chronik analyze`: runs the pipeline for req on arena
 * a and serializes the answer in req->format. On success returns 0 and sets *out (malloc'd,
 * owned by the caller, NUL-terminated) and *out_type (a static media type). On failure returns
 * a negative ck_code with err filled. times may be NULL; elapsed_ms is taken from start. */
int analyze_execute(const resources *res, const request *req, arena *a, pipeline_times *times,
                    char **out, size_t *out_len, const char **out_type, ck_error *err);

/* Reads a JSON request body (body[0..len)) into req: malformed JSON, invalid UTF-8 and the
 * field rules give the matching ck_code. *json_out receives the parsed document, which req
 * borrows strings from: json_decref it after the analysis. */
int analyze_parse_json(const char *body, size_t len, request *req, struct json_t **json_out,
                       ck_error *err);

#endif
