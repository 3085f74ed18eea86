/* fuzz_analyze.c — libFuzzer target: arbitrary bytes as a JSON request body and as plain text
 * through the whole analysis. Any crash, leak or sanitizer report is a bug. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "handlers/handlers.h"

static resources *res;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!res) {
        ck_error err;
        const char *dir = getenv("CHRONIK_RESOURCES");
        res = resources_load(dir ? dir : "resources", &err);
        if (!res) abort();
    }
    /* 1. as a JSON body */
    request req;
    request_init(&req);
    ck_error err = {0};
    json_t *json = NULL;
    arena *a = arena_new(0, 0);
    char *out = NULL;
    size_t out_len;
    const char *type;
    if (analyze_parse_json((const char *)data, size, &req, &json, &err) == 0 &&
        req.kind == INPUT_TEXT) {
        if (analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err) == 0) free(out);
    }
    json_decref(json);
    arena_free(a);

    /* 2. as a text/plain body, in every offset unit */
    for (int unit = OFFSET_CODEPOINT; unit <= OFFSET_BYTE; unit++) {
        request_init(&req);
        req.kind = INPUT_TEXT;
        req.input = (const char *)data;
        req.input_len = size;
        req.unit = (offset_unit)unit;
        req.debug_tokens = true;
        a = arena_new(0, 0);
        if (analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err) == 0) {
            json_t *j = json_loadb(out, out_len, 0, NULL);
            if (!j) abort(); /* we must always produce valid JSON */
            json_decref(j);
            free(out);
        }
        arena_free(a);
    }
    return 0;
}
