/* normalize.c — STUB: validation only, no NFC yet. */
#include "analysis/normalize.h"

#include <utf8proc.h>

int normalize_validate(const char *s, size_t n, ck_error *err)
{
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k < 0) return ck_fail(err, CK_E_BAD_UTF8, "invalid UTF-8 at byte offset %zu", i);
        if (cp == 0) return ck_fail(err, CK_E_BAD_UTF8, "NUL byte at byte offset %zu", i);
        i += (size_t)k;
    }
    return 0;
}

int normalize_document(document *doc, ck_error *err)
{
    int rc = normalize_validate(doc->input, doc->input_len, err);
    if (rc) return rc;
    char *t = arena_strndup(doc->arena, doc->input, doc->input_len);
    if (!t) return ck_fail(err, CK_E_NOMEM, "out of memory");
    doc->text = t;
    doc->len = doc->input_len;
    doc->to_input = NULL;
    return 0;
}
