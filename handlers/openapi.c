/* openapi.c — GET /openapi.json: the OpenAPI 3.1 document, embedded at build time. */
#include "handlers/handlers.h"

extern const char openapi_json[];
extern const size_t openapi_json_len;

void handle_openapi(http_exchange *x, http_response *r)
{
    r->status = 200;
    r->content_type = "application/json";
    r->body = (char *)openapi_json;
    r->len = openapi_json_len;
    r->body_static = true;
}
