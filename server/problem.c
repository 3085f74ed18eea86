/* problem.c — error code → status, type and title, for the server and the CLI alike. */
#include "server/problem.h"

#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "models/encode.h"

static const problem_def problems[] = {
    {CK_E_BAD_JSON, 400, "malformed-json", "Malformed JSON request"},
    {CK_E_BAD_UTF8, 400, "invalid-utf8", "Invalid UTF-8 in the request"},
    {CK_E_BAD_FIELD, 400, "invalid-field", "Invalid request field"},
    {CK_E_INPUT_COUNT, 400, "input-count", "Exactly one of text, html or url is required"},
    {CK_E_TOO_LARGE, 413, "body-too-large", "Request body too large"},
    {CK_E_MEDIA_TYPE, 415, "unsupported-media-type", "Unsupported Content-Type"},
    {CK_E_NOT_FOUND, 404, "not-found", "Not found"},
    {CK_E_METHOD, 405, "method-not-allowed", "Method not allowed"},
    {CK_E_FETCH_DISABLED, 403, "fetch-disabled", "URL fetching is disabled"},
    {CK_E_UNPROCESSABLE, 422, "unprocessable-url", "The URL or page cannot be processed"},
    {CK_E_BUSY, 503, "too-busy", "Too many requests in flight"},
    {CK_E_UPSTREAM, 502, "upstream-error", "The fetched page answered an error"},
    {CK_E_UPSTREAM_TIMEOUT, 504, "upstream-timeout", "The fetched page did not answer in time"},
    {CK_E_NOT_IMPLEMENTED, 501, "not-implemented", "Not implemented yet"},
    {CK_E_NOMEM, 503, "out-of-memory", "Not enough memory for this request"},
    {CK_E_NOT_READY, 503, "not-ready", "The service is still loading its resources"},
    {CK_E_INTERNAL, 500, "internal", "Internal error"},
    {CK_E_CONFIG, 500, "configuration", "Bad configuration"},
    {CK_E_RESOURCE, 500, "resource", "A resource could not be loaded"},
    {CK_E_IO, 400, "io", "The input could not be read"},
};

const problem_def *problem_lookup(ck_code code)
{
    const problem_def *internal = NULL;
    for (size_t i = 0; i < sizeof problems / sizeof *problems; i++) {
        if (problems[i].code == code) return &problems[i];
        if (problems[i].code == CK_E_INTERNAL) internal = &problems[i];
    }
    return internal;
}

char *problem_utf8_scrub(char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k < 0)
            s[i++] = '?';
        else
            i += (size_t)k;
    }
    return s;
}

json_t *problem_json(ck_code code, const char *detail)
{
    const problem_def *p = problem_lookup(code);
    char type[128];
    snprintf(type, sizeof type, "%s%s", PROBLEM_TYPE_BASE, p->slug);
    /* details quote client input, often cut short ("%.40s"): jansson drops a string that is not
     * UTF-8, and the problem would lose its detail */
    char d[sizeof((ck_error *)0)->detail];
    snprintf(d, sizeof d, "%s", detail ? detail : "");
    return encode_problem(p->status, type, p->title, problem_utf8_scrub(d));
}
