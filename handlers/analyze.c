/* analyze.c — POST /analyze: body and query parameters in, the analysis or a problem out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <microhttpd.h>

#include "analysis/normalize.h"
#include "handlers/handlers.h"
#include "models/encode.h"

static const char *const query_params[] = {"language", "reference_date", "offset_unit", "format"};

int analyze_parse_json(const char *body, size_t len, request *req, json_t **json_out, ck_error *err)
{
    *json_out = NULL;
    if (len == 0) return ck_fail(err, CK_E_BAD_JSON, "the request body is empty");
    json_error_t je;
    /* a key given twice is refused, not silently the last one */
    json_t *root = json_loadb(body, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        if (json_error_code(&je) == json_error_invalid_utf8)
            return ck_fail(err, CK_E_BAD_UTF8, "invalid UTF-8 at byte offset %d", je.position);
        return ck_fail(err, CK_E_BAD_JSON, "%s (line %d, column %d, byte offset %d)", je.text,
                       je.line, je.column, je.position);
    }
    *json_out = root;
    return request_from_json(req, root, err);
}

int analyze_execute(const resources *res, const request *req, arena *a, pipeline_times *times,
                    char **out, size_t *out_len, const char **out_type, ck_error *err)
{
    double t0 = pipeline_clock();
    if (req->kind == INPUT_TEXT) {
        int rc = normalize_validate(req->input, req->input_len, err);
        if (rc) return rc;
        if (req->input_len == 0) return ck_fail(err, CK_E_BAD_FIELD, "the article text is empty");
    }
    /* html may be in any charset: html_extract decodes it (and answers bytes it cannot) */
    if (req->kind == INPUT_HTML && req->input_len == 0)
        return ck_fail(err, CK_E_BAD_FIELD, "the page is empty");
    document doc;
    document_init(&doc, a);
    int rc = pipeline_run(res, req, &doc, times, err);
    if (rc) return rc;
    double t1 = pipeline_clock();
    if (req->format == FORMAT_TIMEML) {
        char *x = encode_timeml(&doc, out_len);
        if (!x) return ck_fail(err, CK_E_NOMEM, "out of memory while encoding the answer");
        if (times) times->seconds[STAGE_ENCODE] += pipeline_clock() - t1;
        *out = x;
        *out_type = "application/xml";
        return 0;
    }
    json_t *j = req->format == FORMAT_TIMELINEJS ? encode_timelinejs(&doc)
                                                 : encode_analysis(&doc, req, (t1 - t0) * 1e3);
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(j);
    if (!s) return ck_fail(err, CK_E_NOMEM, "out of memory while encoding the answer");
    if (times) times->seconds[STAGE_ENCODE] += pipeline_clock() - t1;
    *out = s;
    *out_len = strlen(s);
    *out_type = "application/json";
    return 0;
}

/* Called on the fetch thread when the page has arrived (or failed): wake the connection. */
static void fetch_done(void *ctx)
{
    http_exchange *x = ctx;
    x->fetch_state = FETCH_DONE;
    MHD_resume_connection(x->conn);
}

/* First call: reads the body and the query parameters into x->req. 0 or a ck_code. */
static int parse_request(http_exchange *x, ck_error *err)
{
    request *req = &x->req;
    request_init(req);
    int rc = 0;
    switch (x->body_type) {
    case BODY_JSON: rc = analyze_parse_json(x->body, x->body_len, req, &x->json, err); break;
    case BODY_TEXT:
    case BODY_HTML:
        req->kind = x->body_type == BODY_TEXT ? INPUT_TEXT : INPUT_HTML;
        req->input = x->body ? x->body : "";
        req->input_len = x->body_len;
        if (x->body_type == BODY_HTML)
            req->content_type =
                MHD_lookup_connection_value(x->conn, MHD_HEADER_KIND, "Content-Type");
        break;
    case BODY_NONE: rc = ck_fail(err, CK_E_MEDIA_TYPE, "no Content-Type"); break;
    }
    /* query parameters apply to every body type; a JSON field wins over a parameter */
    for (size_t i = 0; !rc && i < sizeof query_params / sizeof *query_params; i++) {
        const char *v = http_query(x, query_params[i]);
        if (!v) continue;
        if (x->json && json_object_get(x->json, query_params[i])) continue;
        rc = request_set_param(req, query_params[i], v, err);
    }
    return rc;
}

void handle_analyze(http_exchange *x, http_response *r)
{
    if (!x->res) {
        r->retry_after = 1;
        http_problem(r, CK_E_NOT_READY, "resources are still loading; retry shortly");
        return;
    }
    if (x->too_large) {
        char d[96];
        snprintf(d, sizeof d, "body exceeds %ld bytes", x->cfg->max_body_bytes);
        http_problem(r, CK_E_TOO_LARGE, d);
        return;
    }
    arena *a = http_arena(x);
    if (!a) {
        http_problem(r, CK_E_NOMEM, "out of memory");
        return;
    }
    ck_error err = {0};
    int rc = 0;
    if (x->fetch_state == FETCH_NONE) {
        rc = parse_request(x, &err);
        if (!rc && x->req.kind == INPUT_URL) {
            if (!x->cfg->fetch_enabled || !x->fetcher)
                rc = ck_fail(&err, CK_E_FETCH_DISABLED,
                             "url requests are disabled (fetch.enabled=false)");
            else if (!(rc = fetch_check_url(x->req.input, &err))) {
                /* suspend first: the fetch may finish (and resume) before we return */
                x->fetch_state = FETCH_RUNNING;
                MHD_suspend_connection(x->conn);
                rc = fetch_start(x->fetcher, x->req.input, &x->fetched, fetch_done, x, &err);
                if (!rc) {
                    r->suspended = true;
                    return;
                }
                x->fetch_state = FETCH_NONE;
                MHD_resume_connection(x->conn);
            }
        }
    } else if (x->fetch_state == FETCH_DONE) {
        rc = x->fetched.code;
        if (rc) ck_fail(&err, (ck_code)rc, "%s", x->fetched.detail);
        x->req.kind = INPUT_HTML;
        x->req.input = x->fetched.body;
        x->req.input_len = x->fetched.len;
        x->req.content_type = x->fetched.content_type;
    } else {
        r->suspended = true; /* woken before the fetch ended: keep waiting */
        MHD_suspend_connection(x->conn);
        return;
    }
    char *out = NULL;
    size_t out_len = 0;
    const char *type = NULL;
    if (!rc) rc = analyze_execute(x->res, &x->req, a, &x->times, &out, &out_len, &type, &err);
    if (rc) {
        if (rc == CK_E_NOMEM) r->retry_after = 1;
        http_problem(r, rc, err.detail);
        return;
    }
    x->analyzed = true;
    r->status = 200;
    r->content_type = type;
    r->body = out;
    r->len = out_len;
}
