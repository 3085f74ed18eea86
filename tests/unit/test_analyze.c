/* test_analyze.c — the analysis behind POST /analyze: answer shape, offset units, failures at
 * the request boundary (allocation failure through the arena limit). */
#include "handlers/handlers.h"
#include "test.h"

static json_t *run(const resources *res, request *req, arena *a, int *rc, ck_error *e)
{
    char *out = NULL;
    size_t len;
    const char *type;
    *rc = analyze_execute(res, req, a, NULL, &out, &len, &type, e);
    if (*rc) return NULL;
    CHECK_STR(type, "application/json");
    json_t *j = json_loadb(out, len, 0, NULL);
    free(out);
    return j;
}

int main(void)
{
    ck_error e = {0};
    resources *res = resources_load(test_resources(), &e);
    CHECK(res != NULL);
    if (!res) TEST_DONE();

    /* "Grüße 🙂 aus Köln." : ü ß ö are 2 bytes, the emoji 4 bytes and 2 UTF-16 units */
    const char *text = "Grüße 🙂 aus Köln.\nZweite Zeile hier.";
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = strlen(text);
    CHECK_INT(request_set_param(&req, "reference_date", "2022-05-13", &e), 0);
    arena *a = arena_new(0, 0);
    int rc;
    json_t *j = run(res, &req, a, &rc, &e);
    CHECK_INT(rc, 0);
    json_t *doc = json_object_get(j, "document");
    CHECK_INT(json_integer_value(json_object_get(doc, "characters")), 36);
    CHECK(json_is_array(json_object_get(j, "participants")));
    CHECK(json_is_array(json_object_get(j, "dates")));
    CHECK(json_is_array(json_object_get(j, "timeline")));
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "reference_date"), "value")),
              "2022-05-13");
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "reference_date"), "source")),
              "request");
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "meta"), "version")),
              CHRONIK_VERSION);
    json_decref(j);
    arena_free(a);

    req.unit = OFFSET_UTF16;
    a = arena_new(0, 0);
    j = run(res, &req, a, &rc, &e);
    CHECK_INT(json_integer_value(json_object_get(json_object_get(j, "document"), "characters")),
              37);
    json_decref(j);
    arena_free(a);
    req.unit = OFFSET_BYTE;
    a = arena_new(0, 0);
    j = run(res, &req, a, &rc, &e);
    CHECK_INT(json_integer_value(json_object_get(json_object_get(j, "document"), "characters")),
              (long long)strlen(text));
    json_decref(j);
    arena_free(a);

    /* no reference date: value and source are null */
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = strlen(text);
    a = arena_new(0, 0);
    j = run(res, &req, a, &rc, &e);
    CHECK(json_is_null(json_object_get(json_object_get(j, "reference_date"), "value")));
    CHECK(json_is_null(json_object_get(json_object_get(j, "reference_date"), "source")));
    json_decref(j);
    arena_free(a);

    /* a scraped article's date line before its first paragraph dates it ("dateline"); a date
     * inside a paragraph or a headline that names a date does not */
    static const char dated[] = "Politik Ausland\nBlinken reist nach Israel\n"
                                "Stand: 02.11.2023 18:45 Uhr\n"
                                "US-Au\xc3\x9f"
                                "enminister Antony Blinken reist am Freitag erneut nach "
                                "Israel, wie das Ministerium mitteilte.\n";
    req.input = dated;
    req.input_len = strlen(dated);
    a = arena_new(0, 0);
    j = run(res, &req, a, &rc, &e);
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "reference_date"), "value")),
              "2023-11-02");
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "reference_date"), "source")),
              "dateline");
    json_t *d0 = json_array_get(json_object_get(j, "dates"), 2);
    CHECK_STR(json_string_value(json_object_get(d0, "value")), "2023-11-03"); /* Freitag */
    json_decref(j);
    arena_free(a);
    static const char undated[] = "Wahl am 26. September 2021: Scholz gewinnt\n"
                                  "US-Au\xc3\x9f"
                                  "enminister Antony Blinken reiste am 02.11.2023 "
                                  "erneut nach Israel, wie das Ministerium mitteilte.\n";
    req.input = undated;
    req.input_len = strlen(undated);
    a = arena_new(0, 0);
    j = run(res, &req, a, &rc, &e);
    CHECK(json_is_null(json_object_get(json_object_get(j, "reference_date"), "source")));
    json_decref(j);
    arena_free(a);

    /* bad input at the boundary */
    req.input = "ab\xff";
    req.input_len = 3;
    a = arena_new(0, 0);
    j = run(res, &req, a, &rc, &e);
    CHECK_INT(rc, CK_E_BAD_UTF8);
    CHECK(strstr(e.detail, "byte offset 2") != NULL);
    req.input = "";
    req.input_len = 0;
    j = run(res, &req, a, &rc, &e);
    CHECK_INT(rc, CK_E_BAD_FIELD);
    arena_free(a);

    /* allocation failure: every arena limit from tiny to enough yields either an answer or a
     * clean CK_E_NOMEM, never a crash or a leak (ASan runs this too) */
    req.input = text;
    req.input_len = strlen(text);
    int nomem = 0, ok = 0;
    for (size_t limit = 16; limit < 64 * 1024; limit += limit / 4 + 16) {
        arena *l = arena_new(256, limit);
        j = run(res, &req, l, &rc, &e);
        if (rc == CK_E_NOMEM)
            nomem++;
        else if (rc == 0)
            ok++;
        else
            CHECK_INT(rc, CK_E_NOMEM);
        json_decref(j);
        arena_free(l);
    }
    CHECK(nomem > 0);
    CHECK(ok > 0);

    /* the JSON body path: parse errors come back as the matching codes */
    json_t *js = NULL;
    request_init(&req);
    CHECK_INT(analyze_parse_json("{\"text\": \"a\"", 12, &req, &js, &e), CK_E_BAD_JSON);
    json_decref(js);
    CHECK_INT(analyze_parse_json("{\"text\": \"\xc3\x28\"}", 13, &req, &js, &e), CK_E_BAD_UTF8);
    json_decref(js);
    CHECK_INT(analyze_parse_json("", 0, &req, &js, &e), CK_E_BAD_JSON);
    json_decref(js);
    resources_free(res);
    TEST_DONE();
}
