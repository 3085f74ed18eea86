/* test_request.c — request fields from JSON and parameters, validated from one table. */
#include <stdio.h>
#include <string.h>

#include "models/request.h"
#include "test.h"

static int from(const char *js, request *r, ck_error *e)
{
    json_t *o = json_loads(js, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    request_init(r);
    int rc = request_from_json(r, o, e);
    json_decref(o);
    return rc;
}

int main(void)
{
    request r;
    ck_error e;
    CHECK_INT(
        from("{\"text\":\"Hallo\",\"language\":\"de\",\"reference_date\":\"2022-05-13\"}", &r, &e),
        0);
    CHECK_INT(r.ref, REF_REQUEST);
    CHECK_INT(r.ref_date.year, 2022);
    CHECK_INT(r.ref_date.day, 13);
    CHECK_STR(r.language, "de");
    CHECK_INT(from("{\"text\":\"a\",\"unknown_field\":5}", &r, &e), 0);
    CHECK_INT(from("[1,2]", &r, &e), CK_E_BAD_JSON);
    CHECK_INT(from("{\"text\":5}", &r, &e), CK_E_BAD_FIELD); /* well-formed, wrong type */
    CHECK(strstr(e.detail, "text") != NULL);
    {
        static char big[REQUEST_URL_MAX + 64];
        int n = snprintf(big, sizeof big, "{\"url\":\"https://news.example/");
        memset(big + n, 'a', REQUEST_URL_MAX);
        strcpy(big + n + REQUEST_URL_MAX, "\"}");
        CHECK_INT(from(big, &r, &e), CK_E_BAD_FIELD); /* a url too long */
        CHECK_INT(from("{\"url\":\"https://news.example/a\"}", &r, &e), 0);
    }
    CHECK_INT(from("{}", &r, &e), CK_E_INPUT_COUNT);
    CHECK_INT(from("{\"text\":\"a\",\"url\":\"http://x\"}", &r, &e), CK_E_INPUT_COUNT);
    CHECK_INT(from("{\"text\":\"a\",\"language\":\"fr\"}", &r, &e), CK_E_BAD_FIELD);
    CHECK_INT(from("{\"text\":\"a\",\"offset_unit\":\"words\"}", &r, &e), CK_E_BAD_FIELD);
    CHECK_INT(from("{\"text\":\"a\",\"format\":\"xml\"}", &r, &e), CK_E_BAD_FIELD);
    CHECK_INT(from("{\"text\":\"a\",\"reference_date\":\"2022-02-30\"}", &r, &e), CK_E_BAD_FIELD);
    CHECK_INT(from("{\"text\":\"a\",\"reference_date\":\"2024-02-29\"}", &r, &e), 0);
    CHECK_INT(from("{\"text\":\"a\",\"reference_date\":\"2023-02-29\"}", &r, &e), CK_E_BAD_FIELD);
    CHECK_INT(from("{\"text\":\"a\\u0000b\"}", &r, &e), CK_E_BAD_UTF8);

    ck_datetime d;
    CHECK_INT(request_parse_date("2022-05-13T10:20:30Z", &d, &e), 0);
    CHECK(d.has_time);
    CHECK_INT(d.minute, 20);
    CHECK_INT(request_parse_date("2022-05-13T10:20:30.123+02:00", &d, &e), 0);
    CHECK_STR(d.tz, "+02:00"); /* the zone is given back as written */
    CHECK_INT(request_parse_date("2022-05-13T10:20-0530", &d, &e), 0);
    CHECK_STR(d.tz, "-05:30");
    CHECK_INT(request_parse_date("2022-05-13", &d, &e), 0);
    CHECK_STR(d.tz, "");
    CHECK_INT(request_parse_date("2022-05-13T25:00", &d, &e), CK_E_BAD_FIELD);
    CHECK_INT(request_parse_date("13.05.2022", &d, &e), CK_E_BAD_FIELD);
    CHECK_INT(request_parse_date("2022-05-13x", &d, &e), CK_E_BAD_FIELD);

    request_init(&r);
    CHECK_INT(request_set_param(&r, "reference_date", "now", &e), 0);
    CHECK_INT(r.ref, REF_NOW);
    CHECK_INT(request_set_param(&r, "offset_unit", "utf16", &e), 0);
    CHECK_INT(r.unit, OFFSET_UTF16);
    TEST_DONE();
}
