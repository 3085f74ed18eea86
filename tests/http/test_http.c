/* test_http.c — integration tests against a real `chronik serve` (argv[1] is the binary).
 *
 * Each scenario starts its own server with the environment it needs, drives it with libcurl or
 * raw sockets, and stops it with SIGTERM expecting exit 0 (under ASan this also runs LeakSanitizer
 * on the server, whose report fails the test). */
#include "harness.h"

static const char text_de[] =
    "Am Freitag traf die Bürgermeisterin von Hamburg den Vorsitzenden des Verkehrsverbunds. "
    "Die beiden sprachen etwa eine Stunde über die neuen Fahrpläne, die ab dem 1. Juni gelten "
    "sollen.";
static const char text_en[] =
    "On Tuesday the city council of Leeds approved a new budget for public libraries. The mayor "
    "said the plan would take effect in March after a final vote.";
/* 21 code points, 22 UTF-16 units (the emoji is a surrogate pair), 27 bytes */
static const char text_units[] = "Müller grüßt 😀 heute.";

/* An error answer: problem+json with type, title, status (= the HTTP status) and detail. */
#define CHECK_PROBLEM(r, code) check_problem(&(r), (code), __LINE__)
static void check_problem(const resp *r, long code, int line)
{
    int before = test_failures;
    CHECK_INT(r->status, code);
    const char *ct = resp_header(r, "Content-Type");
    CHECK(ct && strcmp(ct, "application/problem+json") == 0);
    CHECK(r->json != NULL);
    CHECK(jstr(r->json, "type") && strncmp(jstr(r->json, "type"), "https://", 8) == 0);
    CHECK(jstr(r->json, "title") && *jstr(r->json, "title"));
    CHECK(jstr(r->json, "detail") && *jstr(r->json, "detail"));
    CHECK_INT(json_integer_value(json_object_get(r->json, "status")), code);
    CHECK(resp_header(r, "X-Request-Id") != NULL);
    if (test_failures != before)
        fprintf(stderr, "  (problem checked from line %d: status %ld, body %s)\n", line, r->status,
                r->body ? r->body : "(none)");
}

/* A 200 answer of POST /analyze in the shape of API.md. */
#define CHECK_ANALYSIS(r) check_analysis(&(r), __LINE__)
static void check_analysis(const resp *r, int line)
{
    int before = test_failures;
    CHECK_INT(r->status, 200);
    const char *ct = resp_header(r, "Content-Type");
    CHECK(ct && strncmp(ct, "application/json", 16) == 0);
    json_t *j = r->json;
    CHECK(j != NULL);
    const char *lang = jstr(j, "language");
    CHECK(lang && (strcmp(lang, "de") == 0 || strcmp(lang, "en") == 0));
    json_t *ref = json_object_get(j, "reference_date");
    CHECK(json_is_object(ref));
    CHECK(json_object_get(ref, "value") && json_object_get(ref, "source"));
    json_t *doc = json_object_get(j, "document");
    CHECK(json_is_object(doc));
    CHECK(json_object_get(doc, "title") != NULL);
    CHECK(json_is_integer(json_object_get(doc, "characters")));
    CHECK(json_is_integer(json_object_get(doc, "sentences")));
    CHECK(json_is_integer(json_object_get(doc, "tokens")));
    json_t *body = json_object_get(doc, "body");
    CHECK(json_is_integer(json_object_get(body, "start")));
    CHECK(json_is_integer(json_object_get(body, "end")));
    CHECK(json_integer_value(json_object_get(body, "end")) <=
          json_integer_value(json_object_get(doc, "characters")));
    CHECK(json_is_array(json_object_get(doc, "boilerplate")));
    CHECK(json_is_array(json_object_get(j, "participants")));
    CHECK(json_is_array(json_object_get(j, "dates")));
    CHECK(json_is_array(json_object_get(j, "timeline")));
    json_t *meta = json_object_get(j, "meta");
    CHECK(jstr(meta, "version") && *jstr(meta, "version"));
    CHECK(json_is_number(json_object_get(meta, "elapsed_ms")));
    if (test_failures != before)
        fprintf(stderr, "  (analysis checked from line %d: status %ld, body %s)\n", line, r->status,
                r->body ? r->body : "(none)");
}

/* The value of the metric line starting with key (name and labels), or -1 when absent. */
static double metric(const char *text, const char *key)
{
    size_t kl = strlen(key);
    for (const char *p = text; p && *p;) {
        if (strncmp(p, key, kl) == 0 && p[kl] == ' ') return strtod(p + kl + 1, NULL);
        p = strchr(p, '\n');
        if (p) p++;
    }
    return -1;
}

static double metric_now(int port, const char *key)
{
    resp r = http_get(port, "/metrics");
    double v = r.body ? metric(r.body, key) : -1;
    resp_free(&r);
    return v;
}

/* A request is counted when its response has gone out, which the client may see a moment
 * before: poll the metric until it reaches at least want (up to 2 s); returns the last value. */
static double metric_wait(int port, const char *key, double want)
{
    double v = -1;
    for (int i = 0; i < 200; i++) {
        v = metric_now(port, key);
        if (v >= want) break;
        sleep_ms(10);
    }
    return v;
}

/* ---- the main server: every endpoint, the error table, request ids, CORS, access log ---- */

static void test_endpoints(int port)
{
    resp r = http_get(port, "/healthz");
    CHECK_INT(r.status, 200);
    CHECK(jstr(r.json, "status") && strcmp(jstr(r.json, "status"), "ok") == 0);
    CHECK(resp_header(&r, "Content-Type") &&
          strncmp(resp_header(&r, "Content-Type"), "application/json", 16) == 0);
    resp_free(&r);

    r = http_req(port, "HEAD", "/healthz", NULL, NULL, 0, 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);

    r = http_get(port, "/readyz");
    CHECK_INT(r.status, 200);
    CHECK(r.json != NULL);
    resp_free(&r);

    r = http_get(port, "/openapi.json");
    CHECK_INT(r.status, 200);
    CHECK(r.json != NULL);
    CHECK(jstr(r.json, "openapi") && strncmp(jstr(r.json, "openapi"), "3.1", 3) == 0);
    CHECK(json_is_object(json_object_get(r.json, "paths")));
    resp_free(&r);

    /* the demo page: HTML that only talks to this origin's /analyze */
    r = http_get(port, "/");
    CHECK_INT(r.status, 200);
    CHECK(resp_header(&r, "Content-Type") &&
          strncmp(resp_header(&r, "Content-Type"), "text/html", 9) == 0);
    CHECK(resp_header(&r, "Content-Security-Policy") &&
          strstr(resp_header(&r, "Content-Security-Policy"), "connect-src 'self'"));
    CHECK(r.body && strstr(r.body, "<textarea") && strstr(r.body, "fetch(\"analyze\""));
    resp_free(&r);
    r = http_post(port, "/", "text/plain", "x", 1);
    CHECK_PROBLEM(r, 405);
    resp_free(&r);

    /* metrics: a request of ours is counted by route and status */
    const char *key = "chronik_http_requests_total{route=\"/healthz\",status=\"200\"}";
    double before = metric_wait(port, key, 1);
    r = http_get(port, "/healthz");
    resp_free(&r);
    r = http_post(port, "/analyze", "text/plain; charset=utf-8", text_de, -1);
    CHECK_INT(r.status, 200);
    resp_free(&r);
    metric_wait(port, key, before + 1);
    metric_wait(port, "chronik_http_requests_total{route=\"/analyze\",status=\"200\"}", 1);
    r = http_get(port, "/metrics");
    CHECK_INT(r.status, 200);
    const char *ct = resp_header(&r, "Content-Type");
    CHECK(ct && strncmp(ct, "text/plain", 10) == 0);
    const char *m = r.body ? r.body : "";
    CHECK(before >= 1);
    CHECK(metric(m, key) == before + 1);
    CHECK(metric(m, "chronik_http_requests_total{route=\"/analyze\",status=\"200\"}") >= 1);
    CHECK(strstr(m, "# TYPE chronik_http_request_duration_seconds histogram") != NULL);
    CHECK(metric(m, "chronik_http_request_duration_seconds_bucket{route=\"/healthz\","
                    "le=\"+Inf\"}") >= before + 1);
    CHECK(metric(m, "chronik_http_request_duration_seconds_count{route=\"/healthz\"}") >=
          before + 1);
    CHECK(metric(m, "chronik_http_request_duration_seconds_sum{route=\"/healthz\"}") >= 0);
    CHECK(metric(m, "chronik_http_requests_in_flight") >= 1); /* this very request */
    CHECK(metric(m, "chronik_analysis_stage_seconds_total{stage=\"segment\"}") >= 0);
    CHECK(metric(m, "chronik_http_request_bytes_total") >= (double)strlen(text_de));
    resp_free(&r);

    /* unknown paths share one label: a scanner cannot grow the metrics without bound */
    const char *okey = "chronik_http_requests_total{route=\"other\",status=\"404\"}";
    double other = metric_now(port, okey);
    r = http_get(port, "/wp-login.php");
    CHECK_INT(r.status, 404);
    resp_free(&r);
    metric_wait(port, okey, (other < 0 ? 0 : other) + 1);
    r = http_get(port, "/metrics");
    m = r.body ? r.body : "";
    CHECK(metric(m, okey) >= (other < 0 ? 0 : other) + 1);
    CHECK(strstr(m, "wp-login") == NULL);
    resp_free(&r);
}

static void test_analyze_ok(int port)
{
    /* application/json */
    json_t *req = json_pack("{s:s, s:s, s:s}", "text", text_de, "language", "de", "reference_date",
                            "2022-05-13");
    char *body = json_dumps(req, JSON_COMPACT);
    json_decref(req);
    resp r = http_post(port, "/analyze", "application/json", body, -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(r.json, "language"), "de");
    json_t *ref = json_object_get(r.json, "reference_date");
    CHECK_STR(jstr(ref, "value"), "2022-05-13");
    CHECK_STR(jstr(ref, "source"), "request");
    CHECK(json_integer_value(json_object_get(json_object_get(r.json, "document"), "sentences")) >=
          1);
    CHECK(json_integer_value(json_object_get(json_object_get(r.json, "document"), "tokens")) >= 20);
    resp_free(&r);
    free(body);

    /* application/json; charset=utf-8 is the same type */
    r = http_post(port, "/analyze", "application/json; charset=utf-8",
                  "{\"text\":\"The council met on Monday.\",\"language\":\"en\"}", -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(r.json, "language"), "en");
    resp_free(&r);

    /* text/plain with the query parameters */
    r = http_post(port, "/analyze?language=en&reference_date=2021-11-02&offset_unit=codepoint",
                  "text/plain; charset=utf-8", text_en, -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(r.json, "language"), "en");
    ref = json_object_get(r.json, "reference_date");
    CHECK_STR(jstr(ref, "value"), "2021-11-02");
    CHECK_STR(jstr(ref, "source"), "request");
    CHECK_INT(
        json_integer_value(json_object_get(json_object_get(r.json, "document"), "characters")),
        strlen(text_en)); /* ASCII: code points = bytes */
    resp_free(&r);

    /* language auto-detected when not given */
    r = http_post(port, "/analyze", "text/plain; charset=utf-8", text_de, -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(r.json, "language"), "de");
    resp_free(&r);
    r = http_post(port, "/analyze", "text/plain", text_en, -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(r.json, "language"), "en");
    resp_free(&r);

    /* offset units: code points, UTF-16 units, bytes */
    static const struct {
        const char *unit;
        long chars;
    } units[] = {{"codepoint", 21}, {"utf16", 22}, {"byte", 27}};
    for (size_t i = 0; i < 3; i++) {
        char path[128];
        snprintf(path, sizeof path, "/analyze?language=de&offset_unit=%s", units[i].unit);
        r = http_post(port, path, "text/plain; charset=utf-8", text_units, -1);
        CHECK_ANALYSIS(r);
        json_t *doc = json_object_get(r.json, "document");
        CHECK_INT(json_integer_value(json_object_get(doc, "characters")), units[i].chars);
        CHECK_INT(json_integer_value(json_object_get(json_object_get(doc, "body"), "end")),
                  units[i].chars);
        resp_free(&r);
        /* and as a JSON field */
        json_t *jr = json_pack("{s:s, s:s}", "text", text_units, "offset_unit", units[i].unit);
        char *jb = json_dumps(jr, JSON_COMPACT);
        json_decref(jr);
        r = http_post(port, "/analyze", "application/json", jb, -1);
        CHECK_ANALYSIS(r);
        CHECK_INT(
            json_integer_value(json_object_get(json_object_get(r.json, "document"), "characters")),
            units[i].chars);
        resp_free(&r);
        free(jb);
    }

    /* unknown JSON fields are ignored */
    r = http_post(port, "/analyze", "application/json",
                  "{\"text\":\"Die Sitzung begann am Montag.\",\"language\":\"de\","
                  "\"colour\":\"blue\",\"extra\":{\"a\":[1,2]},\"n\":null}",
                  -1);
    CHECK_ANALYSIS(r);
    resp_free(&r);

    /* text/html and the html field: the extracted text is document.text */
    r = http_post(port, "/analyze", "text/html; charset=utf-8",
                  "<html><head><title>Der Rat tagt | Bote</title></head><body><nav>Start</nav>"
                  "<p>Am Montag tagte der Rat.</p></body></html>",
                  -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(json_object_get(r.json, "document"), "text"), "Am Montag tagte der Rat.");
    CHECK_STR(jstr(json_object_get(r.json, "document"), "title"), "Der Rat tagt");
    resp_free(&r);
    r = http_post(port, "/analyze", "application/json",
                  "{\"html\":\"<p>Am Montag tagte der Rat.</p>\"}", -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(json_object_get(r.json, "document"), "text"), "Am Montag tagte der Rat.");
    resp_free(&r);
    /* a text/html body in the charset its Content-Type names; bytes that are not: 400 */
    r = http_post(port, "/analyze", "text/html; charset=ISO-8859-1",
                  "<p>Am Montag tagte der Rat in K\xf6ln.</p>", -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(json_object_get(r.json, "document"), "text"),
              "Am Montag tagte der Rat in Köln.");
    resp_free(&r);
    r = http_post(port, "/analyze", "text/html; charset=utf-8",
                  "<p>Am Montag tagte der Rat in K\xf6ln.</p>", -1);
    CHECK_PROBLEM(r, 400);
    CHECK(jstr(r.json, "detail") && strstr(jstr(r.json, "detail"), "utf-8"));
    resp_free(&r);
}

static void test_errors(int port)
{
    static const struct {
        const char *ctype, *path, *body;
        long len; /* -1: strlen */
        long status;
        const char *what;
    } cases[] = {
        {"application/json", "/analyze", "{\"text\": }", -1, 400, "malformed JSON"},
        {"application/json", "/analyze", "{\"text\":\"Am Montag", -1, 400, "truncated JSON"},
        {"application/json", "/analyze", "{\"text\":\"Am Montag\"", -1, 400, "unclosed object"},
        {"application/json", "/analyze", "[\"text\",\"Am Montag\"]", -1, 400, "JSON array"},
        {"application/json", "/analyze", "\"Am Montag\"", -1, 400, "JSON string"},
        {"application/json", "/analyze", "{\"text\": 5}", -1, 400, "text a number"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"language\":true}", -1, 400,
         "language a boolean"},
        {"application/json", "/analyze", "{\"text\":[\"x\"]}", -1, 400, "text an array"},
        {"text/plain; charset=utf-8", "/analyze", "Caf\xe9 am Montag", -1, 400,
         "invalid UTF-8 text/plain"},
        {"text/plain; charset=utf-8", "/analyze", "Ende \xf0\x9f\x98", -1, 400,
         "truncated UTF-8 sequence"},
        {"text/plain; charset=utf-8", "/analyze", "\xc0\xaf overlong", -1, 400, "overlong UTF-8"},
        {"application/json", "/analyze", "{\"text\":\"Caf\xe9\"}", -1, 400,
         "invalid UTF-8 in a JSON string"},
        {"text/plain; charset=utf-8", "/analyze", "Am Montag\0 kam er", 17, 400,
         "NUL byte in text/plain"},
        {"application/json", "/analyze", "{\"text\":\"Am Montag\\u0000 kam er\"}", -1, 400,
         "escaped NUL in JSON"},
        {"application/json", "/analyze", "", 0, 400, "empty JSON body"},
        {"text/plain; charset=utf-8", "/analyze", "", 0, 400, "empty text body"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"language\":\"fr\"}", -1, 400,
         "unknown language"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"offset_unit\":\"furlong\"}", -1, 400,
         "unknown offset_unit"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"format\":\"pdf\"}", -1, 400,
         "unknown format"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"reference_date\":\"2022-02-30\"}", -1,
         400, "reference_date 2022-02-30"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"reference_date\":\"gestern\"}", -1, 400,
         "reference_date not a date"},
        {"application/json", "/analyze", "{\"language\":\"de\"}", -1, 400, "no input"},
        {"application/json", "/analyze", "{}", -1, 400, "empty object"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"url\":\"https://news.example/a\"}", -1,
         400, "text and url"},
        {"application/json", "/analyze", "{\"text\":\"x\",\"html\":\"<p>x</p>\"}", -1, 400,
         "text and html"},
        {"text/plain; charset=utf-8", "/analyze?language=fr", "Am Montag.", -1, 400,
         "unknown language as a query parameter"},
        {"text/plain; charset=utf-8", "/analyze?reference_date=2022-02-30", "Am Montag.", -1, 400,
         "bad reference_date as a query parameter"},
        {"text/plain; charset=utf-8", "/analyze?offset_unit=bits", "Am Montag.", -1, 400,
         "bad offset_unit as a query parameter"},
        {"application/xml", "/analyze", "<text>Am Montag</text>", -1, 415, "application/xml"},
        {NULL, "/analyze", "Am Montag.", -1, 415, "no Content-Type"},
        {"text/plain; charset=iso-8859-1", "/analyze", "Am Montag.", -1, 415, "latin-1 charset"},
        {"multipart/form-data; boundary=x", "/analyze", "--x--", -1, 415, "multipart"},
        {"application/json", "/analyze", "{\"url\":\"https://news.example/a\"}", -1, 403,
         "url while fetch is disabled"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int before = test_failures;
        resp r = http_post(port, cases[i].path, cases[i].ctype, cases[i].body, cases[i].len);
        CHECK_PROBLEM(r, cases[i].status);
        if (test_failures != before) fprintf(stderr, "  case: %s\n", cases[i].what);
        resp_free(&r);
    }

    /* well-formed JSON with a field of the wrong type is an invalid field, not malformed JSON;
     * a key given twice is refused */
    resp r = http_post(port, "/analyze", "application/json", "{\"text\": 5}", -1);
    CHECK_PROBLEM(r, 400);
    CHECK(jstr(r.json, "type") && strstr(jstr(r.json, "type"), "/invalid-field"));
    resp_free(&r);
    r = http_post(port, "/analyze", "application/json", "{\"text\":\"a\",\"text\":\"b\"}", -1);
    CHECK_PROBLEM(r, 400);
    CHECK(jstr(r.json, "type") && strstr(jstr(r.json, "type"), "/malformed-json"));
    CHECK(jstr(r.json, "detail") && strstr(jstr(r.json, "detail"), "duplicate"));
    resp_free(&r);

    /* 404 and 405 with Allow */
    r = http_get(port, "/nowhere");
    CHECK_PROBLEM(r, 404);
    resp_free(&r);
    r = http_post(port, "/healthz/x", "application/json", "{}", -1);
    CHECK_PROBLEM(r, 404);
    resp_free(&r);
    r = http_get(port, "/analyze");
    CHECK_PROBLEM(r, 405);
    const char *allow = resp_header(&r, "Allow");
    CHECK(allow && strstr(allow, "POST") && !strstr(allow, "GET"));
    resp_free(&r);
    r = http_req(port, "DELETE", "/healthz", NULL, NULL, 0, 0);
    CHECK_PROBLEM(r, 405);
    allow = resp_header(&r, "Allow");
    CHECK(allow && strstr(allow, "GET") && !strstr(allow, "POST"));
    resp_free(&r);
    r = http_post(port, "/metrics", "application/json", "{}", -1);
    CHECK_PROBLEM(r, 405);
    CHECK(resp_header(&r, "Allow") != NULL);
    resp_free(&r);

    /* 413: by Content-Length (max_body_bytes is 1000 here) ... */
    char big[2001];
    memset(big, 'a', 2000);
    big[2000] = '\0';
    r = http_post(port, "/analyze", "text/plain; charset=utf-8", big, 2000);
    CHECK_PROBLEM(r, 413);
    resp_free(&r);
    /* ... exactly at the limit is fine ... */
    char at[1001];
    memset(at, 'a', 999);
    at[999] = '.';
    at[1000] = '\0';
    r = http_post(port, "/analyze?language=en", "text/plain; charset=utf-8", at, 1000);
    CHECK_ANALYSIS(r);
    resp_free(&r);
    /* ... and a chunked body that grows past it */
    const char *ct[] = {"Content-Type: text/plain; charset=utf-8", NULL};
    r = http_req(port, "POST", "/analyze", ct, NULL, 0, 5000);
    CHECK_PROBLEM(r, 413);
    resp_free(&r);
    r = http_req(port, "POST", "/analyze?language=en", ct, NULL, 0, 600); /* under the cap */
    CHECK_ANALYSIS(r);
    CHECK_INT(
        json_integer_value(json_object_get(json_object_get(r.json, "document"), "characters")),
        600);
    resp_free(&r);
    const char *ctj[] = {"Content-Type: application/json", NULL};
    r = http_req(port, "POST", "/analyze", ctj, NULL, 0, 300000);
    CHECK_PROBLEM(r, 413);
    resp_free(&r);

    /* the server is unharmed */
    r = http_get(port, "/healthz");
    CHECK_INT(r.status, 200);
    resp_free(&r);
}

static void test_request_ids(int port)
{
    const char *h[] = {"X-Request-Id: test-abc-123", NULL};
    resp r = http_req(port, "GET", "/healthz", h, NULL, 0, 0);
    CHECK_STR(resp_header(&r, "X-Request-Id"), "test-abc-123");
    resp_free(&r);
    r = http_req(port, "GET", "/nowhere", h, NULL, 0, 0); /* errors too */
    CHECK_STR(resp_header(&r, "X-Request-Id"), "test-abc-123");
    resp_free(&r);

    char a[1024] = "", b[1024] = "";
    r = http_get(port, "/healthz");
    const char *id = resp_header(&r, "X-Request-Id");
    CHECK(id && *id);
    snprintf(a, sizeof a, "%s", id ? id : "");
    resp_free(&r);
    r = http_post(port, "/analyze", "application/json", "[]", -1);
    id = resp_header(&r, "X-Request-Id");
    CHECK(id && *id);
    snprintf(b, sizeof b, "%s", id ? id : "");
    resp_free(&r);
    CHECK(*a && *b && strcmp(a, b) != 0);
}

static void test_cors(int port)
{
    const char *pre[] = {"Origin: https://news.example", "Access-Control-Request-Method: POST",
                         "Access-Control-Request-Headers: content-type, x-request-id", NULL};
    resp r = http_req(port, "OPTIONS", "/analyze", pre, NULL, 0, 0);
    CHECK(r.status == 204 || r.status == 200);
    CHECK_STR(resp_header(&r, "Access-Control-Allow-Origin"), "https://news.example");
    const char *m = resp_header(&r, "Access-Control-Allow-Methods");
    CHECK(m && strstr(m, "POST"));
    const char *hd = resp_header(&r, "Access-Control-Allow-Headers");
    CHECK(hd && strcasestr(hd, "content-type"));
    resp_free(&r);

    const char *bad[] = {"Origin: https://evil.example", "Access-Control-Request-Method: POST",
                         NULL};
    r = http_req(port, "OPTIONS", "/analyze", bad, NULL, 0, 0);
    CHECK(resp_header(&r, "Access-Control-Allow-Origin") == NULL);
    CHECK(resp_header(&r, "Access-Control-Allow-Methods") == NULL);
    resp_free(&r);

    /* simple requests from an allowed origin, successes and errors alike */
    const char *simple[] = {"Origin: https://news.example", "Content-Type: text/plain", NULL};
    r = http_req(port, "POST", "/analyze?language=de", simple, text_de, -1, 0);
    CHECK_ANALYSIS(r);
    CHECK_STR(resp_header(&r, "Access-Control-Allow-Origin"), "https://news.example");
    resp_free(&r);
    const char *simple415[] = {"Origin: https://news.example", "Content-Type: application/xml",
                               NULL};
    r = http_req(port, "POST", "/analyze", simple415, "<a/>", -1, 0);
    CHECK_PROBLEM(r, 415);
    CHECK_STR(resp_header(&r, "Access-Control-Allow-Origin"), "https://news.example");
    resp_free(&r);
    r = http_req(port, "GET", "/healthz", simple, NULL, 0, 0);
    CHECK_STR(resp_header(&r, "Access-Control-Allow-Origin"), "https://news.example");
    resp_free(&r);
    const char *evil[] = {"Origin: https://evil.example", NULL};
    r = http_req(port, "GET", "/healthz", evil, NULL, 0, 0);
    CHECK_INT(r.status, 200);
    CHECK(resp_header(&r, "Access-Control-Allow-Origin") == NULL);
    resp_free(&r);
    /* no Origin: no CORS headers */
    r = http_get(port, "/healthz");
    CHECK(resp_header(&r, "Access-Control-Allow-Origin") == NULL);
    resp_free(&r);
}

/* The access-log line of one request, checked field by field. */
static void check_access(child *srv, const char *rid, const char *method, const char *path,
                         long status, long bytes_in, long bytes_out, const char *client)
{
    json_t *l = access_line(srv, rid);
    CHECK(l != NULL);
    if (!l) {
        fprintf(stderr, "  no access line for %s\n", rid);
        return;
    }
    CHECK_STR(jstr(l, "method"), method);
    CHECK_STR(jstr(l, "path"), path);
    CHECK_INT(json_integer_value(json_object_get(l, "status")), status);
    CHECK_INT(json_integer_value(json_object_get(l, "bytes_in")), bytes_in);
    if (bytes_out >= 0) CHECK_INT(json_integer_value(json_object_get(l, "bytes_out")), bytes_out);
    CHECK(json_is_number(json_object_get(l, "duration_ms")));
    CHECK(json_number_value(json_object_get(l, "duration_ms")) >= 0);
    CHECK_STR(jstr(l, "request_id"), rid);
    CHECK_STR(jstr(l, "client"), client);
    CHECK(jstr(l, "time") != NULL);
    json_decref(l);
}

static void test_access_log(child *srv, bool trusted)
{
    int port = srv->port;
    const char *h[] = {trusted ? "X-Request-Id: log-trusted-1" : "X-Request-Id: log-plain-1",
                       "X-Forwarded-For: 203.0.113.7", "Content-Type: text/plain; charset=utf-8",
                       NULL};
    resp r = http_req(port, "POST", "/analyze?language=de", h, text_de, -1, 0);
    CHECK_INT(r.status, 200);
    check_access(srv, trusted ? "log-trusted-1" : "log-plain-1", "POST", "/analyze", 200,
                 (long)strlen(text_de), (long)r.len, trusted ? "203.0.113.7" : "127.0.0.1");
    resp_free(&r);

    const char *h2[] = {trusted ? "X-Request-Id: log-trusted-2" : "X-Request-Id: log-plain-2",
                        "X-Forwarded-For: 198.51.100.1, 203.0.113.9", NULL};
    r = http_req(port, "GET", "/nowhere", h2, NULL, 0, 0);
    CHECK_INT(r.status, 404);
    check_access(srv, trusted ? "log-trusted-2" : "log-plain-2", "GET", "/nowhere", 404, 0,
                 (long)r.len, trusted ? "203.0.113.9" : "127.0.0.1");
    resp_free(&r);

    const char *h3[] = {trusted ? "X-Request-Id: log-trusted-3" : "X-Request-Id: log-plain-3",
                        NULL};
    r = http_req(port, "GET", "/healthz", h3, NULL, 0, 0);
    check_access(srv, trusted ? "log-trusted-3" : "log-plain-3", "GET", "/healthz", 200, 0, 15,
                 "127.0.0.1");
    resp_free(&r);
}

/* Request details beyond the basics: parameter precedence, "now", odd ids, paths. */
static void test_details(child *srv)
{
    int port = srv->port;
    /* a JSON field wins over the query parameter of the same name */
    resp r = http_post(port, "/analyze?language=en&reference_date=2020-01-01", "application/json",
                       "{\"text\":\"The council met on Monday.\",\"language\":\"de\"}", -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(r.json, "language"), "de");
    CHECK_STR(jstr(json_object_get(r.json, "reference_date"), "value"), "2020-01-01");
    resp_free(&r);

    /* reference_date "now": the server's clock, said so */
    r = http_post(port, "/analyze", "application/json",
                  "{\"text\":\"The council met on Monday.\",\"reference_date\":\"now\"}", -1);
    CHECK_ANALYSIS(r);
    json_t *ref = json_object_get(r.json, "reference_date");
    CHECK_STR(jstr(ref, "source"), "now");
    CHECK(jstr(ref, "value") && strlen(jstr(ref, "value")) >= 10);
    resp_free(&r);
    /* a date-time reference date is accepted */
    r = http_post(port, "/analyze", "application/json",
                  "{\"text\":\"The council met on Monday.\","
                  "\"reference_date\":\"2022-05-13T10:30:00+02:00\"}",
                  -1);
    CHECK_ANALYSIS(r);
    CHECK_STR(jstr(json_object_get(r.json, "reference_date"), "source"), "request");
    resp_free(&r);
    /* no reference date: value and source are null */
    r = http_post(port, "/analyze?language=de", "text/plain", text_de, -1);
    ref = json_object_get(r.json, "reference_date");
    CHECK(json_is_null(json_object_get(ref, "value")));
    CHECK(json_is_null(json_object_get(ref, "source")));
    resp_free(&r);

    /* an unusable client request id (too long, or with a quote) is replaced, and the access log
     * carries the id the client was given */
    char longid[200] = "X-Request-Id: ";
    memset(longid + 14, 'x', 150);
    longid[164] = '\0';
    const char *h[] = {longid, NULL};
    r = http_req(port, "GET", "/healthz", h, NULL, 0, 0);
    const char *id = resp_header(&r, "X-Request-Id");
    CHECK(id && *id && strlen(id) <= 64);
    char given[128];
    snprintf(given, sizeof given, "%.100s", id ? id : "");
    resp_free(&r);
    json_t *l = access_line(srv, given);
    CHECK(l != NULL);
    json_decref(l);
    const char *q[] = {"X-Request-Id: a\"b", NULL};
    r = http_req(port, "GET", "/healthz", q, NULL, 0, 0);
    id = resp_header(&r, "X-Request-Id");
    CHECK(id && *id && !strchr(id, '"'));
    resp_free(&r);

    /* paths: query strings do not change the route; near misses are 404 */
    r = http_get(port, "/healthz?probe=1");
    CHECK_INT(r.status, 200);
    resp_free(&r);
    r = http_post(port, "/analyze/", "text/plain", "x", -1);
    CHECK_PROBLEM(r, 404);
    resp_free(&r);
    r = http_get(port, "/HEALTHZ");
    CHECK_PROBLEM(r, 404);
    resp_free(&r);
}

/* Bytes that are not UTF-8 where the client controls them (a %-escaped path, a header, a field
 * cut short in a message) must not cost a problem its detail nor the access log its fields. */
static void test_not_utf8(child *srv)
{
    int port = srv->port;
    const char *h1[] = {"X-Request-Id: bad-path-1", NULL};
    resp r = http_req(port, "GET", "/%FF%FEx", h1, NULL, 0, 0);
    CHECK_PROBLEM(r, 404);
    resp_free(&r);
    json_t *l = access_line(srv, "bad-path-1");
    CHECK(l && jstr(l, "path") && jstr(l, "path")[0] == '/');
    CHECK_INT(json_integer_value(json_object_get(l, "status")), 404);
    json_decref(l);

    const char *h2[] = {"X-Request-Id: bad-path-2", NULL};
    r = http_req(port, "DELETE", "/analyze%C3", h2, NULL, 0, 0);
    CHECK_PROBLEM(r, 404);
    resp_free(&r);
    l = access_line(srv, "bad-path-2");
    CHECK(l && jstr(l, "method") && strcmp(jstr(l, "method"), "DELETE") == 0);
    json_decref(l);

    /* from a trusted proxy, an X-Forwarded-For that is not text */
    const char *h3[] = {"X-Request-Id: bad-xff-1", "X-Forwarded-For: 10.0.0.1, \xff\xfe", NULL};
    r = http_req(port, "GET", "/healthz", h3, NULL, 0, 0);
    CHECK_INT(r.status, 200);
    resp_free(&r);
    l = access_line(srv, "bad-xff-1");
    CHECK(l && jstr(l, "client") != NULL);
    CHECK_INT(json_integer_value(json_object_get(l, "status")), 200);
    json_decref(l);

    /* a quoted value cut short in the detail must not cut a character in half */
    char body[400];
    size_t n = (size_t)snprintf(body, sizeof body, "{\"text\":\"x\",\"language\":\"");
    for (int i = 0; i < 60; i++)
        n += (size_t)snprintf(body + n, sizeof body - n, "\xc3\xa4");
    snprintf(body + n, sizeof body - n, "\"}");
    r = http_post(port, "/analyze", "application/json", body, -1);
    CHECK_PROBLEM(r, 400);
    resp_free(&r);
    char ct[300] = "text/\xc3\xa4";
    for (int i = 0; i < 60; i++)
        strcat(ct, "\xc3\xa4");
    r = http_post(port, "/analyze", ct, "x", -1);
    CHECK_PROBLEM(r, 415);
    resp_free(&r);
}

/* An early answer (415 before the body is read) must not let the unread body be taken for the
 * next request on the connection; a normal answer keeps the connection for the next one. */
static void test_connection_reuse(int port)
{
    static const char smuggle[] = "POST /analyze HTTP/1.1\r\nHost: x\r\n"
                                  "Content-Type: application/xml\r\nContent-Length: 37\r\n\r\n"
                                  "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    int fd = raw_connect(port);
    CHECK(raw_send(fd, smuggle, strlen(smuggle)));
    char *out = NULL;
    CHECK(raw_read_until_close(fd, 5, &out, NULL));
    CHECK_INT(raw_status(out), 415);
    CHECK(out && !strstr(out, "{\"status\":\"ok\"}")); /* the body was not run as a request */
    free(out);
    close(fd);

    static const char two[] = "POST /analyze?language=de HTTP/1.1\r\nHost: x\r\n"
                              "Content-Type: text/plain\r\nContent-Length: 9\r\n\r\nAm Montag"
                              "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    fd = raw_connect(port);
    CHECK(raw_send(fd, two, strlen(two)));
    CHECK(raw_read_until_close(fd, 5, &out, NULL));
    CHECK_INT(raw_status(out), 200);
    const char *second = out ? strstr(out + 1, "HTTP/1.1 ") : NULL;
    CHECK_INT(raw_status(second), 200);
    CHECK(second && strstr(second, "{\"status\":\"ok\"}"));
    free(out);
    close(fd);
}

/* Many clients at once: every answer right, nothing left in flight. */
typedef struct hammer {
    int port, ok, id;
} hammer;

static void *hammer_run(void *arg)
{
    hammer *h = arg;
    for (int i = 0; i < 15; i++) {
        resp r;
        switch ((h->id + i) % 3) {
        case 0:
            r = http_post(h->port, "/analyze?language=de", "text/plain", text_de, -1);
            h->ok += r.status == 200 && r.json &&
                     json_integer_value(
                         json_object_get(json_object_get(r.json, "document"), "characters")) > 100;
            break;
        case 1:
            r = http_post(h->port, "/analyze", "application/json", "{\"text\": 1}", -1);
            h->ok += r.status == 400;
            break;
        default: r = http_get(h->port, "/healthz"); h->ok += r.status == 200;
        }
        resp_free(&r);
    }
    return NULL;
}

static void test_concurrency(int port)
{
    enum { N = 8 };
    pthread_t th[N];
    hammer h[N];
    for (int i = 0; i < N; i++) {
        h[i] = (hammer){port, 0, i};
        pthread_create(&th[i], NULL, hammer_run, &h[i]);
    }
    int ok = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(th[i], NULL);
        ok += h[i].ok;
    }
    CHECK_INT(ok, N * 15);
    double inflight = -1;
    for (int i = 0; i < 100 && inflight != 1; i++) {
        inflight = metric_now(port, "chronik_http_requests_in_flight");
        if (inflight != 1) sleep_ms(20);
    }
    CHECK(inflight == 1);
}

static void scenario_main(void)
{
    const char *env[] = {"CHRONIK_MAX_BODY_BYTES=1000",
                         "CHRONIK_FETCH_ENABLED=false",
                         "CHRONIK_CORS_ORIGINS=https://news.example",
                         "CHRONIK_TRUSTED_PROXIES=10.9.8.7, 127.0.0.1",
                         "CHRONIK_THREADS=2",
                         NULL};
    child srv;
    server_start(&srv, env);
    test_endpoints(srv.port);
    test_analyze_ok(srv.port);
    test_errors(srv.port);
    test_request_ids(srv.port);
    test_cors(srv.port);
    test_access_log(&srv, true);
    test_details(&srv);
    test_not_utf8(&srv);
    test_connection_reuse(srv.port);
    test_concurrency(srv.port);
    server_stop(&srv);
}

/* Defaults: X-Forwarded-For is not believed; fetch enabled, so a url is not 403. */
static void scenario_plain(void)
{
    child srv;
    server_start(&srv, NULL);
    test_access_log(&srv, false);
    /* no CORS origins configured: nobody gets ACAO */
    const char *o[] = {"Origin: https://news.example", NULL};
    resp r = http_req(srv.port, "GET", "/healthz", o, NULL, 0, 0);
    CHECK(resp_header(&r, "Access-Control-Allow-Origin") == NULL);
    resp_free(&r);
    /* hostile JSON within the default 1 MiB cap: nesting far past any parser limit */
    size_t deep = 500000;
    size_t big = 1000000;
    char *bomb = malloc(big + 1);
    memset(bomb, '[', deep);
    bomb[deep] = '\0';
    r = http_post(srv.port, "/analyze", "application/json", bomb, (long)deep);
    CHECK_PROBLEM(r, 400);
    resp_free(&r);
    memcpy(bomb, "{\"text\":\"x\",\"extra\":", 20);
    r = http_post(srv.port, "/analyze", "application/json", bomb, (long)deep);
    CHECK_PROBLEM(r, 400);
    resp_free(&r);
    /* a long article close to the cap is served */
    memcpy(bomb, "{\"text\":\"", 9);
    for (size_t i = 9; i < big - 2; i++)
        bomb[i] = (i % 50 == 0) ? ' ' : (i % 997 == 0) ? '.' : (char)('a' + i % 26);
    memcpy(bomb + big - 2, "\"}", 2);
    r = http_post(srv.port, "/analyze?language=en", "application/json", bomb, (long)big);
    CHECK_ANALYSIS(r);
    CHECK_INT(
        json_integer_value(json_object_get(json_object_get(r.json, "document"), "characters")),
        big - 11);
    resp_free(&r);
    free(bomb);

    /* a url that is not http(s) is 422 when fetching is on */
    r = http_post(srv.port, "/analyze", "application/json", "{\"url\":\"ftp://news.example/a\"}",
                  -1);
    CHECK(r.status == 422 || r.status == 501);
    CHECK(r.json && json_integer_value(json_object_get(r.json, "status")) == r.status);
    resp_free(&r);
    server_stop(&srv);
}

/* ---- misbehaving clients ---- */

/* Sends the head of a text/plain POST /analyze announcing len body bytes, and first bytes of
 * text. Returns the socket. */
static int start_slow_post(int port, const char *rid, const char *text, size_t len, size_t first)
{
    int fd = raw_connect(port);
    CHECK(fd >= 0);
    if (fd < 0) return -1;
    char head[512];
    int n = snprintf(head, sizeof head,
                     "POST /analyze?language=de HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\nContent-Length: %zu\r\n"
                     "X-Request-Id: %s\r\nConnection: close\r\n\r\n",
                     len, rid);
    CHECK(raw_send(fd, head, (size_t)n));
    if (first) CHECK(raw_send(fd, text, first));
    return fd;
}

/* max_in_flight=1: a second request while one is in flight gets 503 with Retry-After. */
static void scenario_busy(void)
{
    const char *env[] = {"CHRONIK_MAX_IN_FLIGHT=1", NULL};
    child srv;
    server_start(&srv, env);
    size_t len = strlen(text_de);
    int fd = start_slow_post(srv.port, "held-1", text_de, len, 20);
    sleep_ms(300); /* the server has seen the head and counts the request in flight */

    /* the probes answer however busy the server is (a failed liveness check would restart a
     * container for being busy); an analysis is refused */
    resp r = http_get(srv.port, "/healthz");
    CHECK_INT(r.status, 200);
    resp_free(&r);
    r = http_get(srv.port, "/readyz");
    CHECK_INT(r.status, 200);
    resp_free(&r);
    r = http_post(srv.port, "/analyze", "text/plain", text_en, -1);
    CHECK_PROBLEM(r, 503);
    const char *ra = resp_header(&r, "Retry-After");
    CHECK(ra && atoi(ra) >= 1);
    resp_free(&r);
    r = http_get(srv.port, "/openapi.json");
    CHECK_PROBLEM(r, 503);
    resp_free(&r);

    /* the held request completes normally */
    CHECK(raw_send(fd, text_de + 20, len - 20));
    char *out = NULL;
    CHECK(raw_read_until_close(fd, 10, &out, NULL));
    CHECK_INT(raw_status(out), 200);
    CHECK(out && strstr(out, "\"language\":\"de\""));
    free(out);
    close(fd);

    /* and once it is done, requests are served again */
    long status = 0;
    for (int i = 0; i < 100 && status != 200; i++) {
        r = http_get(srv.port, "/healthz");
        status = r.status;
        resp_free(&r);
        if (status != 200) sleep_ms(20);
    }
    CHECK_INT(status, 200);
    server_stop(&srv);
}

/* request_timeout_s=2: silent and slow clients are dropped; the server stays healthy. */
static void scenario_slow(void)
{
    const char *env[] = {"CHRONIK_REQUEST_TIMEOUT_S=2", NULL};
    child srv;
    server_start(&srv, env);

    /* headers, then nothing */
    double t0 = now_s();
    int fd = start_slow_post(srv.port, "silent-1", text_de, 500, 0);
    int fd2 = raw_connect(srv.port); /* half a request line, then nothing */
    CHECK(fd2 >= 0);
    CHECK(raw_send(fd2, "GET /heal", 9));
    bool closed = raw_read_until_close(fd, 8, NULL, NULL);
    double took = now_s() - t0;
    CHECK(closed);
    CHECK(took >= 1.0 && took < 6.0);
    fprintf(stderr, "silent client closed after %.2f s\n", took);
    closed = raw_read_until_close(fd2, 8, NULL, NULL);
    CHECK(closed);
    close(fd);
    close(fd2);

    /* a request head that trickles in (two bytes every 300 ms, never silent for long) is cut
     * once it is not complete after the timeout */
    fd = raw_connect(srv.port);
    CHECK(fd >= 0);
    t0 = now_s();
    bool cut = false;
    const char head[] =
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n";
    for (size_t i = 0; i + 2 <= sizeof head - 1 && now_s() - t0 < 10; i += 2) {
        struct pollfd p = {fd, POLLIN, 0};
        if (!raw_send(fd, head + i, 2) ||
            (poll(&p, 1, 0) > 0 && recv(fd, (char[64]){0}, 64, 0) <= 0)) {
            cut = true;
            break;
        }
        sleep_ms(300);
    }
    if (!cut) cut = raw_read_until_close(fd, 4, NULL, NULL);
    took = now_s() - t0;
    CHECK(cut);
    CHECK(took >= 1.5 && took < 6.0);
    fprintf(stderr, "trickling head cut after %.2f s\n", took);
    close(fd);

    /* a body that trickles in too slowly overall */
    fd = start_slow_post(srv.port, "trickle-1", text_de, strlen(text_de), 0);
    t0 = now_s();
    bool gone = false;
    for (size_t i = 0; i < strlen(text_de) && now_s() - t0 < 8; i++) {
        if (!raw_send(fd, text_de + i, 1)) {
            gone = true;
            break;
        }
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 0) > 0) {
            char b[512];
            if (recv(fd, b, sizeof b, 0) <= 0) {
                gone = true;
                break;
            }
        }
        sleep_ms(400);
    }
    if (!gone) gone = raw_read_until_close(fd, 4, NULL, NULL);
    CHECK(gone);
    CHECK(now_s() - t0 < 8);
    close(fd);

    /* a client that leaves mid-body */
    fd = start_slow_post(srv.port, "leaver-1", text_de, strlen(text_de), 30);
    sleep_ms(100);
    close(fd);
    json_t *l = access_line(&srv, "leaver-1");
    CHECK(l != NULL);
    json_decref(l);
    /* many at once, some mid-head */
    for (int i = 0; i < 20; i++) {
        int f = start_slow_post(srv.port, "leaver-n", text_de, strlen(text_de), (size_t)i);
        if (f >= 0) close(f);
    }

    resp r = http_get(srv.port, "/healthz");
    CHECK_INT(r.status, 200);
    resp_free(&r);
    r = http_post(srv.port, "/analyze?language=de", "text/plain", text_de, -1);
    CHECK_ANALYSIS(r);
    resp_free(&r);
    /* every abandoned request has left the in-flight gauge (only /metrics itself remains) */
    double inflight = -1;
    for (int i = 0; i < 100 && inflight != 1; i++) {
        inflight = metric_now(srv.port, "chronik_http_requests_in_flight");
        if (inflight != 1) sleep_ms(30);
    }
    CHECK(inflight == 1);
    server_stop(&srv);
}

/* SIGTERM with a request in flight: it completes, new connections are refused, exit 0. */
static void scenario_sigterm(void)
{
    child srv;
    server_start(&srv, NULL);
    size_t len = strlen(text_de);
    int fd = start_slow_post(srv.port, "inflight-1", text_de, len, 25);
    sleep_ms(300);
    kill(srv.pid, SIGTERM);
    CHECK(child_wait_log(&srv, "\"msg\":\"stopping\"", 0, 5) >= 0);
    sleep_ms(200);

    int nfd = raw_connect(srv.port);
    CHECK(nfd < 0); /* refused */
    if (nfd >= 0) {
        /* accepted by a leftover backlog at most; it must not be served */
        raw_send(nfd, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 34);
        char *o = NULL;
        raw_read_until_close(nfd, 2, &o, NULL);
        fprintf(stderr, "after SIGTERM a new connection got: %.80s\n", o ? o : "");
        free(o);
        close(nfd);
    }

    CHECK(raw_send(fd, text_de + 25, len - 25));
    char *out = NULL;
    CHECK(raw_read_until_close(fd, 10, &out, NULL));
    CHECK_INT(raw_status(out), 200);
    CHECK(out && strstr(out, "\"language\":\"de\""));
    free(out);
    close(fd);

    int code = child_reap(&srv, 15);
    CHECK_INT(code, 0);
    CHECK(strstr(srv.log, "\"msg\":\"stopped\"") != NULL);
    json_t *l = access_line(&srv, "inflight-1"); /* logged before the process ended */
    CHECK_INT(json_integer_value(json_object_get(l, "status")), 200);
    CHECK_INT(json_integer_value(json_object_get(l, "bytes_in")), len);
    json_decref(l);
    child_free(&srv);
}

/* SIGTERM while a client holds a request open and sends nothing: shutdown waits at most about
 * request_timeout_s for it, then exits 0 anyway. */
static void scenario_sigterm_stuck(void)
{
    const char *env[] = {"CHRONIK_REQUEST_TIMEOUT_S=2", NULL};
    child srv;
    server_start(&srv, env);
    int fd = start_slow_post(srv.port, "stuck-1", text_de, 400, 10);
    int idle = raw_connect(srv.port); /* and an idle keep-alive connection */
    static const char get[] = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    CHECK(raw_send(idle, get, strlen(get)));
    sleep_ms(300);
    double t0 = now_s();
    kill(srv.pid, SIGTERM);
    int code = child_reap(&srv, 15);
    double took = now_s() - t0;
    fprintf(stderr, "shutdown with a stuck client took %.2f s\n", took);
    CHECK_INT(code, 0);
    CHECK(took < 6);
    child_free(&srv);
    close(fd);
    close(idle);
}

/* ---- configuration errors ---- */

/* Runs chronik serve with env (and optionally --config file) and expects a quick non-zero exit
 * with a message naming key. */
static void expect_bad_config(const char *const *env, const char *config_file, const char *key)
{
    char *argv[] = {(char *)chronik_bin,
                    (char *)"serve",
                    (char *)"--listen",
                    (char *)"127.0.0.1:0",
                    (char *)"--config",
                    (char *)config_file,
                    NULL};
    if (!config_file) argv[4] = NULL;
    child c;
    child_spawn(&c, argv, env, -1, -1);
    int code = child_reap(&c, 10);
    int before = test_failures;
    CHECK(code != 0 && code < 128);
    CHECK(c.log && strstr(c.log, key) != NULL);
    CHECK(c.log && !strstr(c.log, "\"msg\":\"listening\""));
    if (test_failures != before)
        fprintf(stderr, "  bad config naming %s: exit %d, stderr: %s\n", key, code,
                c.log ? c.log : "");
    child_free(&c);
}

static void scenario_config(void)
{
    const char *foo[] = {"CHRONIK_FOO=1", NULL};
    expect_bad_config(foo, NULL, "CHRONIK_FOO");
    const char *threads[] = {"CHRONIK_THREADS=abc", NULL};
    expect_bad_config(threads, NULL, "CHRONIK_THREADS");
    const char *body[] = {"CHRONIK_MAX_BODY_BYTES=-5", NULL};
    expect_bad_config(body, NULL, "CHRONIK_MAX_BODY_BYTES");
    const char *fetch[] = {"CHRONIK_FETCH_ENABLED=maybe", NULL};
    expect_bad_config(fetch, NULL, "CHRONIK_FETCH_ENABLED");
    const char *level[] = {"CHRONIK_LOG_LEVEL=loud", NULL};
    expect_bad_config(level, NULL, "CHRONIK_LOG_LEVEL");

    static const char unknown[] = "{\"threads\": 2, \"max_bodybytes\": 1000}\n";
    char *f = write_temp(unknown, strlen(unknown));
    expect_bad_config(NULL, f, "max_bodybytes");
    unlink(f);
    free(f);
    static const char wrong_type[] = "{\"max_in_flight\": \"many\"}\n";
    f = write_temp(wrong_type, strlen(wrong_type));
    expect_bad_config(NULL, f, "max_in_flight");
    unlink(f);
    free(f);
    static const char wrong_nested[] = "{\"fetch.timeout_s\": 2.5}\n";
    f = write_temp(wrong_nested, strlen(wrong_nested));
    expect_bad_config(NULL, f, "fetch.timeout_s");
    unlink(f);
    free(f);
    static const char not_json[] = "{\"threads\": 2,,}\n";
    f = write_temp(not_json, strlen(not_json));
    expect_bad_config(NULL, f, f); /* the message names the file */
    unlink(f);
    free(f);
    expect_bad_config(NULL, "/nonexistent/chronik.json", "/nonexistent/chronik.json");

    /* and a good file with an environment override is accepted */
    static const char good[] = "{\"max_body_bytes\": 100, \"threads\": 1}\n";
    f = write_temp(good, strlen(good));
    char *argv[] = {(char *)chronik_bin,
                    (char *)"serve",
                    (char *)"--config",
                    f,
                    (char *)"--listen",
                    (char *)"127.0.0.1:0",
                    NULL};
    const char *env[] = {"CHRONIK_MAX_BODY_BYTES=50", "CHRONIK_CORS_ORIGINS=[\"*\"]", NULL};
    child c;
    child_spawn(&c, argv, env, -1, -1);
    long off = child_wait_log(&c, "\"msg\":\"listening\"", 0, 20);
    CHECK(off >= 0);
    if (off >= 0) {
        const char *p = strstr(c.log, "\"port\":");
        c.port = p ? atoi(p + 7) : 0;
        CHECK(child_wait_log(&c, "\"msg\":\"ready\"", 0, 20) >= 0);
        /* the environment (50) wins over the file (100) */
        resp r = http_post(c.port, "/analyze", "text/plain", text_en, 60);
        CHECK_PROBLEM(r, 413);
        resp_free(&r);
        r = http_post(c.port, "/analyze?language=en", "text/plain", text_en, 40);
        CHECK_INT(r.status, 200);
        resp_free(&r);
        /* cors_origins ["*"] (a JSON array in the environment): every origin, as "*" */
        const char *o[] = {"Origin: https://anywhere.example", NULL};
        r = http_req(c.port, "GET", "/healthz", o, NULL, 0, 0);
        CHECK_STR(resp_header(&r, "Access-Control-Allow-Origin"), "*");
        resp_free(&r);
    }
    server_stop(&c);
    unlink(f);
    free(f);
}

/* ---- url input: a page server of the test's own on loopback ---- */

#include <microhttpd.h>

static const char page_utf8[] =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Rat tagt | Stadtbote</title>"
    "</head><body><nav><a href=\"/\">Start</a> <a href=\"/politik\">Politik</a></nav><article>"
    "<h1>Rat tagt</h1><p>Am Montag tagte der Rat der Stadt Köln über den Haushalt.</p>"
    "<p>Die Sitzung dauerte drei Stunden.</p></article></body></html>";
/* "Köln" and "Straße" in ISO-8859-1 */
static const char page_latin1[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
    "</head><body><p>Am Montag tagte der Rat in K\xf6ln an der Stra\xdf"
    "e des Rathauses.</p></body></html>";

static enum MHD_Result page_server(void *cls, struct MHD_Connection *c, const char *url,
                                   const char *method, const char *version, const char *data,
                                   size_t *size, void **state)
{
    struct MHD_Response *r;
    unsigned status = 200;
    const char *type = "text/html; charset=utf-8";
    if (!strcmp(url, "/article.html")) {
        r = MHD_create_response_from_buffer(strlen(page_utf8), (void *)page_utf8,
                                            MHD_RESPMEM_PERSISTENT);
    } else if (!strcmp(url, "/latin1.html")) {
        r = MHD_create_response_from_buffer(strlen(page_latin1), (void *)page_latin1,
                                            MHD_RESPMEM_PERSISTENT);
        type = "text/html; charset=iso-8859-1";
    } else if (!strcmp(url, "/big.html")) {
        static char big[200000];
        memset(big, 'x', sizeof big);
        r = MHD_create_response_from_buffer(sizeof big, big, MHD_RESPMEM_PERSISTENT);
    } else if (!strcmp(url, "/data.json")) {
        r = MHD_create_response_from_buffer(2, (void *)"{}", MHD_RESPMEM_PERSISTENT);
        type = "application/json";
    } else if (!strcmp(url, "/loop")) {
        r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Location", "/loop");
        status = 302;
    } else if (!strcmp(url, "/slow.html")) {
        sleep_ms(2500);
        r = MHD_create_response_from_buffer(strlen(page_utf8), (void *)page_utf8,
                                            MHD_RESPMEM_PERSISTENT);
    } else {
        r = MHD_create_response_from_buffer(9, (void *)"not found", MHD_RESPMEM_PERSISTENT);
        status = 404;
    }
    MHD_add_response_header(r, "Content-Type", type);
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static resp post_url(int port, const char *url)
{
    char body[512];
    snprintf(body, sizeof body, "{\"url\":\"%s\",\"language\":\"de\"}", url);
    return http_post(port, "/analyze", "application/json", body, -1);
}

typedef struct slow_call {
    int port;
    char url[256];
    resp r;
    double seconds;
} slow_call;

static void *slow_thread(void *arg)
{
    slow_call *s = arg;
    double t0 = now_s();
    s->r = post_url(s->port, s->url);
    s->seconds = now_s() - t0;
    return NULL;
}

/* Default policy: every loopback form and every non-http scheme is refused with 422. */
static void scenario_fetch_policy(void)
{
    struct MHD_Daemon *d =
        MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, NULL,
                         NULL, page_server, NULL, MHD_OPTION_END);
    CHECK(d != NULL);
    int pp = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT)->port;
    child srv;
    server_start(&srv, NULL);
    char url[256];
    const char *hosts[] = {"127.0.0.1", "localhost",          "127.1",  "2130706433", "0x7f000001",
                           "[::1]",     "[::ffff:127.0.0.1]", "0.0.0.0"};
    for (size_t i = 0; i < sizeof hosts / sizeof *hosts; i++) {
        snprintf(url, sizeof url, "http://%s:%d/article.html", hosts[i], pp);
        resp r = post_url(srv.port, url);
        CHECK_PROBLEM(r, 422);
        if (r.status != 422) fprintf(stderr, "  host %s\n", hosts[i]);
        resp_free(&r);
    }
    const char *schemes[] = {"file:///etc/passwd", "gopher://news.example/", "ftp://news.example/a",
                             "javascript:alert(1)", "not a url"};
    for (size_t i = 0; i < sizeof schemes / sizeof *schemes; i++) {
        resp r = post_url(srv.port, schemes[i]);
        CHECK_PROBLEM(r, 422);
        resp_free(&r);
    }
    server_stop(&srv);
    MHD_stop_daemon(d);
}

/* fetch.allow_private: real fetches with limits; a slow origin does not hold other requests. */
static void scenario_fetch(void)
{
    struct MHD_Daemon *d =
        MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, NULL,
                         NULL, page_server, NULL, MHD_OPTION_END);
    CHECK(d != NULL);
    int pp = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT)->port;
    const char *env[] = {"CHRONIK_FETCH_ALLOW_PRIVATE=true", "CHRONIK_FETCH_TIMEOUT_S=1",
                         "CHRONIK_FETCH_MAX_BYTES=100000", "CHRONIK_THREADS=2", NULL};
    child srv;
    server_start(&srv, env);
    char url[256];
    static const struct {
        const char *path;
        long status;
        const char *detail;
    } cases[] = {
        {"/missing.html", 502, "404"},
        {"/big.html", 502, "max_bytes"},
        {"/loop", 502, "redirects"},
        {"/data.json", 422, "not HTML"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snprintf(url, sizeof url, "http://127.0.0.1:%d%s", pp, cases[i].path);
        resp r = post_url(srv.port, url);
        CHECK_PROBLEM(r, cases[i].status);
        CHECK(jstr(r.json, "detail") && strstr(jstr(r.json, "detail"), cases[i].detail));
        resp_free(&r);
    }
    /* pages that fetch: analyzed as HTML */
    const char *good[] = {"/article.html", "/latin1.html"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(url, sizeof url, "http://127.0.0.1:%d%s", pp, good[i]);
        resp r = post_url(srv.port, url);
        CHECK_ANALYSIS(r);
        const char *text = jstr(json_object_get(r.json, "document"), "text");
        CHECK(text && strstr(text, "Köln") != NULL);
        if (i == 0) CHECK_STR(jstr(json_object_get(r.json, "document"), "title"), "Rat tagt");
        resp_free(&r);
    }
    /* a slow origin: 504 after fetch.timeout_s, while other requests keep their latency */
    slow_call s = {srv.port, "", {0}, 0};
    snprintf(s.url, sizeof s.url, "http://127.0.0.1:%d/slow.html", pp);
    pthread_t th;
    pthread_create(&th, NULL, slow_thread, &s);
    sleep_ms(200);
    for (int i = 0; i < 5; i++) {
        double t0 = now_s();
        resp h = http_get(srv.port, "/healthz");
        CHECK_INT(h.status, 200);
        CHECK(now_s() - t0 < 0.5);
        resp_free(&h);
        resp a = http_post(srv.port, "/analyze?language=de", "text/plain", text_de, -1);
        CHECK_INT(a.status, 200);
        resp_free(&a);
    }
    pthread_join(th, NULL);
    CHECK_PROBLEM(s.r, 504);
    CHECK(s.seconds < 2.5);
    resp_free(&s.r);
    server_stop(&srv);
    MHD_stop_daemon(d);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PATH/TO/chronik [scenario...]\n", argv[0]);
        return 2;
    }
    chronik_bin = argv[1];
    signal(SIGPIPE, SIG_IGN);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    static const struct {
        const char *name;
        void (*fn)(void);
    } scenarios[] = {
        {"main", scenario_main},       {"plain", scenario_plain},
        {"busy", scenario_busy},       {"slow", scenario_slow},
        {"sigterm", scenario_sigterm}, {"sigterm_stuck", scenario_sigterm_stuck},
        {"config", scenario_config},   {"fetch_policy", scenario_fetch_policy},
        {"fetch", scenario_fetch},
    };
    for (int a = 2; a < argc; a++) {
        bool known = false;
        for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++)
            known |= strcmp(argv[a], scenarios[i].name) == 0;
        if (!known) {
            fprintf(stderr, "unknown scenario '%s'\n", argv[a]);
            return 2;
        }
    }
    for (size_t i = 0; i < sizeof scenarios / sizeof *scenarios; i++) {
        bool run = argc == 2;
        for (int a = 2; a < argc; a++)
            run |= strcmp(argv[a], scenarios[i].name) == 0;
        if (!run) continue;
        int before = test_failures;
        double t0 = now_s();
        scenarios[i].fn();
        fprintf(stderr, "scenario %s: %s (%.2f s)\n", scenarios[i].name,
                test_failures == before ? "ok" : "FAILED", now_s() - t0);
    }
    curl_global_cleanup();
    TEST_DONE();
}
