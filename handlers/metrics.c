/* metrics.c — GET /metrics: the Prometheus text exposition of server/metrics.c. */
#include "handlers/handlers.h"
#include "server/metrics.h"

void handle_metrics(http_exchange *x, http_response *r)
{
    size_t len = 0;
    char *text = metrics_render(&len);
    if (!text) {
        http_problem(r, CK_E_NOMEM, "out of memory");
        return;
    }
    r->status = 200;
    r->content_type = "text/plain; version=0.0.4; charset=utf-8";
    r->body = text;
    r->len = len;
}
