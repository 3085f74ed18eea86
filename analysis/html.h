/* html.h — a web page in, the article out: its text, title and publication date. */
#ifndef CHRONIK_HTML_H
#define CHRONIK_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "models/arena.h"
#include "models/error.h"
#include "models/request.h"

/* What html_extract finds in a page. Strings are NUL-terminated and owned by the arena. */
typedef struct html_page {
    const char *text;       /* the article: one paragraph or heading per line, never NULL */
    size_t len;             /* bytes in text */
    const char *title;      /* NULL when the page has none */
    ref_source date_source; /* REF_JSON_LD, REF_HTML_META, REF_TIME_ELEMENT, REF_DATELINE or
                               REF_NONE when no publication date was found */
    ck_datetime date;       /* valid when date_source != REF_NONE */
    const char *charset;    /* the charset the bytes were decoded from ("utf-8", "utf-16",
                               "windows-1252", ...), static or in the arena */
} html_page;

/* Extracts the article of the page in bytes[0, len) into *out, allocating from a.
 * charset is the encoding the transport declared (the charset parameter of an HTTP
 * Content-Type header, "utf-8" for a JSON string), or NULL to take it from a BOM or the page's
 * <meta>; undeclared pages that are not valid UTF-8 are read as windows-1252. bytes need not be
 * UTF-8 nor NUL-terminated. Returns 0; CK_E_BAD_UTF8 when the bytes cannot be decoded in the
 * charset that applies (the detail names it and the byte offset); CK_E_NOMEM. The page may
 * yield empty text (out->len == 0): deciding what that means is the caller's job. */
int html_extract(arena *a, const char *bytes, size_t len, const char *charset, html_page *out,
                 ck_error *err);

/* The publication date of a plain-text article, from its first lines: a dateline opening the
 * first line ("Hamburg, 4. Juli 2022 – ...") or, before the first paragraph (a line of 80 bytes
 * or more), a short line that holds a full date ("Stand: 02.11.2023 18:45 Uhr", "Updated March
 * 3, 2023"). input need not be terminated. Fills *out and returns true when found. */
bool html_text_dateline(const char *input, size_t len, ck_datetime *out);

/* Copies the charset parameter of a Content-Type header value ("text/html; charset=ISO-8859-1")
 * into buf (lower case, quotes removed). Returns true when there was one that fit, else false
 * with buf set to "". content_type may be NULL. */
bool html_content_type_charset(const char *content_type, char *buf, size_t size);

#endif
