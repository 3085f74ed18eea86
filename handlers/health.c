/* health.c — GET /healthz (the process serves) and GET /readyz (resources loaded). */
#include "handlers/handlers.h"

void handle_healthz(http_exchange *x, http_response *r)
{
    r->status = 200;
    r->content_type = "application/json";
    r->body = (char *)"{\"status\":\"ok\"}";
    r->len = 15;
    r->body_static = true;
}

void handle_readyz(http_exchange *x, http_response *r)
{
    r->content_type = "application/json";
    r->body_static = true;
    if (x->res) {
        r->status = 200;
        r->body = (char *)"{\"status\":\"ready\"}";
        r->len = 18;
    } else {
        r->status = 503;
        r->retry_after = 1;
        r->body = (char *)"{\"status\":\"loading\"}";
        r->len = 20;
    }
}
