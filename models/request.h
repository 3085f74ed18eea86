/* request.h — one analysis request, as read from a JSON body, query parameters or the CLI. */
#ifndef CHRONIK_REQUEST_H
#define CHRONIK_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "models/arena.h"
#include "models/error.h"

/* The longest `url` accepted (bytes): browsers and servers commonly stop at 8 KiB. */
#define REQUEST_URL_MAX 8192

typedef enum input_kind { INPUT_NONE = 0, INPUT_TEXT, INPUT_HTML, INPUT_URL } input_kind;
typedef enum offset_unit { OFFSET_CODEPOINT = 0, OFFSET_UTF16, OFFSET_BYTE } offset_unit;
typedef enum out_format { FORMAT_CHRONIK = 0, FORMAT_TIMELINEJS, FORMAT_TIMEML } out_format;
typedef enum ref_source {
    REF_NONE = 0, /* no reference date known */
    REF_REQUEST,  /* given by the client */
    REF_NOW,      /* "now": the server's clock */
    REF_JSON_LD,
    REF_HTML_META,
    REF_TIME_ELEMENT,
    REF_DATELINE,
} ref_source;

/* A calendar date, optionally with a time of day (no time zone arithmetic is done: the zone
 * designator is kept as written, "Z" or "+02:00", to be given back). */
typedef struct ck_datetime {
    int year, month, day;
    int hour, minute, second;
    bool has_time;
    char tz[7]; /* "" (none), "Z" or "+hh:mm" / "-hh:mm" */
} ck_datetime;

typedef struct request {
    input_kind kind;
    const char *input; /* text, html or url bytes; borrowed from the body or owned by the arena */
    size_t input_len;
    const char *content_type; /* html input: the Content-Type it came with (charset), or NULL */
    const char *charset;      /* html: a charset that overrides content_type's ("utf-8" for a JSON
                                 string, which is Unicode already), or NULL */
    char language[5];         /* "de", "en" or "auto" */
    ref_source ref;           /* REF_NONE, REF_REQUEST or REF_NOW as asked */
    ck_datetime ref_date;
    offset_unit unit;
    out_format format;
    bool debug_tokens; /* CLI only: add tokens to the output */
    bool whole_text;   /* tools only: the input is the article itself (a TimeML TEXT), so no
                          line of it is marked as boilerplate */
} request;

/* Sets the defaults: no input, language auto, no reference date, codepoints, chronik format. */
void request_init(request *r);

/* Reads a POST /analyze JSON object into r (fields validated from one table; unknown fields
 * are ignored). Strings are borrowed from obj, which must outlive r. Returns 0, or a negative
 * ck_code with err filled (CK_E_BAD_JSON, CK_E_BAD_FIELD, CK_E_INPUT_COUNT, CK_E_BAD_UTF8). */
int request_from_json(request *r, json_t *obj, ck_error *err);

/* Applies one query parameter or CLI option (language, reference_date, offset_unit, format).
 * Unknown names are ignored. Returns 0, or CK_E_BAD_FIELD with err filled. */
int request_set_param(request *r, const char *name, const char *value, ck_error *err);

/* Parses an ISO 8601 date ("2022-05-13") or date-time ("2022-05-13T10:00:00Z", offsets and
 * kept in tz, fractions dropped) and checks the calendar. Returns 0 or CK_E_BAD_FIELD. */
int request_parse_date(const char *s, ck_datetime *out, ck_error *err);

/* Today's date (UTC) from the server's clock. */
ck_datetime request_now(void);

/* Names for the enums, as they appear in JSON. */
const char *request_unit_name(offset_unit u);
const char *request_format_name(out_format f);
const char *request_ref_source_name(ref_source s); /* NULL for REF_NONE */

#endif
