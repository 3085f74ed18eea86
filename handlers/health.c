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
    if (x->res) {
        handle_healthz(x, r);
        return;
    }
    r->retry_after = 1;
    http_problem(r, CK_E_NOT_READY, "resources are still loading");
}
