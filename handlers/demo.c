/* demo.c — GET /: the demo page (handlers/demo.html, embedded at build time): paste an article,
 * see its participants highlighted and its timeline drawn. The page only calls POST /analyze. */
#include "handlers/handlers.h"

extern const char demo_html[];
extern const size_t demo_html_len;

void handle_demo(http_exchange *x, http_response *r)
{
    (void)x;
    r->status = 200;
    r->content_type = "text/html; charset=utf-8";
    r->body = (char *)demo_html;
    r->len = demo_html_len;
    r->body_static = true;
}
