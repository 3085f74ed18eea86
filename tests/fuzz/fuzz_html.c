/* fuzz_html.c — libFuzzer target: arbitrary bytes as a web page, through the HTML extractor
 * (with no declared charset, and with one chosen by the first byte) and through the whole
 * analysis as a text/html body. Any crash, leak or sanitizer report is a bug; the extractor must
 * always answer valid UTF-8 without NUL bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analysis/html.h"
#include "analysis/normalize.h"
#include "handlers/handlers.h"

static resources *res;

static const char *const charsets[] = {NULL,           "utf-8",     "iso-8859-1",
                                       "windows-1252", "utf-16le",  "utf-16be",
                                       "koi8-r",       "shift_jis", "bogus"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!res) {
        ck_error err;
        const char *dir = getenv("CHRONIK_RESOURCES");
        res = resources_load(dir ? dir : "resources", &err);
        if (!res) abort();
    }
    ck_error err = {0};
    /* 1. the extractor, undeclared and with a charset picked by the first byte */
    for (int round = 0; round < 2; round++) {
        const char *cs = round == 0 || size == 0
                             ? NULL
                             : charsets[data[0] % (sizeof charsets / sizeof *charsets)];
        arena *a = arena_new(0, 0);
        html_page page;
        if (html_extract(a, (const char *)data, size, cs, &page, &err) == 0) {
            if (strlen(page.text) != page.len) abort();
            if (normalize_validate(page.text, page.len, NULL) != 0) abort();
            if (page.title && normalize_validate(page.title, strlen(page.title), NULL)) abort();
        }
        arena_free(a);
    }
    /* 2. the whole analysis, as a text/html body */
    request req;
    request_init(&req);
    req.kind = INPUT_HTML;
    req.input = (const char *)data;
    req.input_len = size;
    arena *a = arena_new(0, 0);
    char *out = NULL;
    size_t out_len;
    const char *type;
    if (analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err) == 0) {
        json_t *j = json_loadb(out, out_len, 0, NULL);
        if (!j) abort(); /* we must always produce valid JSON */
        json_decref(j);
        free(out);
    }
    arena_free(a);
    return 0;
}
