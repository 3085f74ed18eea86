/* test_problem.c — the error table: every code has a status, a type and a title. */
#include "server/problem.h"
#include "test.h"

int main(void)
{
    static const struct {
        ck_code code;
        int status;
    } want[] = {
        {CK_E_BAD_JSON, 400},
        {CK_E_BAD_UTF8, 400},
        {CK_E_BAD_FIELD, 400},
        {CK_E_INPUT_COUNT, 400},
        {CK_E_TOO_LARGE, 413},
        {CK_E_MEDIA_TYPE, 415},
        {CK_E_NOT_FOUND, 404},
        {CK_E_METHOD, 405},
        {CK_E_FETCH_DISABLED, 403},
        {CK_E_UNPROCESSABLE, 422},
        {CK_E_BUSY, 503},
        {CK_E_UPSTREAM, 502},
        {CK_E_UPSTREAM_TIMEOUT, 504},
        {CK_E_NOT_IMPLEMENTED, 501},
        {CK_E_NOMEM, 503},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const problem_def *p = problem_lookup(want[i].code);
        CHECK_INT(p->code, want[i].code);
        CHECK_INT(p->status, want[i].status);
        CHECK(p->title && *p->title);
    }
    CHECK_INT(problem_lookup((ck_code)-999)->status, 500);
    json_t *j = problem_json(CK_E_TOO_LARGE, "body exceeds 10 bytes");
    CHECK_INT(json_integer_value(json_object_get(j, "status")), 413);
    CHECK_STR(json_string_value(json_object_get(j, "detail")), "body exceeds 10 bytes");
    CHECK(strstr(json_string_value(json_object_get(j, "type")), "body-too-large") != NULL);
    json_decref(j);
    TEST_DONE();
}
