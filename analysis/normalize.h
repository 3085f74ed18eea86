/* normalize.h — pipeline stage 2: UTF-8 validation and NFC with a map back to input offsets. */
#ifndef CHRONIK_NORMALIZE_H
#define CHRONIK_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "models/document.h"
#include "models/error.h"

/* Checks that s[0..n) is valid UTF-8 without NUL bytes. Returns 0, or CK_E_BAD_UTF8 with the
 * byte offset of the first bad byte in err's detail. */
int normalize_validate(const char *s, size_t n, ck_error *err);

/* Validates doc->input and sets doc->text (NFC, NUL-terminated, in doc->arena), doc->len and
 * doc->to_input (NULL when the input already was NFC). Returns 0, CK_E_BAD_UTF8 or CK_E_NOMEM. */
int normalize_document(document *doc, ck_error *err);

#endif
