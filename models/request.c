/* request.c — reading and validating an analysis request from one field table. */
#include "models/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The JSON request fields: name, the JSON type required, and how the value is applied.
 * Unknown fields are ignored (the OpenAPI document says so). */
typedef enum field_id { F_TEXT, F_HTML, F_URL, F_LANGUAGE, F_REFDATE, F_UNIT, F_FORMAT } field_id;

static const struct field {
    const char *name;
    json_type type;
    field_id id;
} request_fields[] = {
    {"text", JSON_STRING, F_TEXT},
    {"html", JSON_STRING, F_HTML},
    {"url", JSON_STRING, F_URL},
    {"language", JSON_STRING, F_LANGUAGE},
    {"reference_date", JSON_STRING, F_REFDATE},
    {"offset_unit", JSON_STRING, F_UNIT},
    {"format", JSON_STRING, F_FORMAT},
};

void request_init(request *r)
{
    memset(r, 0, sizeof *r);
    strcpy(r->language, "auto");
    r->unit = OFFSET_CODEPOINT;
    r->format = FORMAT_CHRONIK;
    r->ref = REF_NONE;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

static int digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int request_parse_date(const char *s, ck_datetime *out, ck_error *err)
{
    ck_datetime d = {0};
    size_t n = strlen(s);
    if (n < 10 || digits(s, 4, &d.year) || s[4] != '-' || digits(s + 5, 2, &d.month) ||
        s[7] != '-' || digits(s + 8, 2, &d.day))
        goto bad;
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > days_in_month(d.year, d.month))
        return ck_fail(err, CK_E_BAD_FIELD, "reference_date '%.40s' is not a calendar date", s);
    if (n > 10) {
        const char *t = s + 10;
        if (*t != 'T' && *t != 't' && *t != ' ') goto bad;
        t++;
        if (strlen(t) < 5 || digits(t, 2, &d.hour) || t[2] != ':' || digits(t + 3, 2, &d.minute))
            goto bad;
        t += 5;
        if (*t == ':') {
            if (digits(t + 1, 2, &d.second)) goto bad;
            t += 3;
            if (*t == '.' || *t == ',') {
                t++;
                if (*t < '0' || *t > '9') goto bad;
                while (*t >= '0' && *t <= '9')
                    t++;
            }
        }
        if (*t == 'Z' || *t == 'z') {
            strcpy(d.tz, "Z");
            t++;
        } else if (*t == '+' || *t == '-') {
            int oh, om;
            char sign = *t;
            if (digits(t + 1, 2, &oh)) goto bad;
            t += 3;
            if (*t == ':') t++;
            if (digits(t, 2, &om)) goto bad;
            t += 2;
            if (oh > 23 || om > 59) goto bad;
            const char z[7] = {sign, (char)('0' + oh / 10), (char)('0' + oh % 10),
                               ':',  (char)('0' + om / 10), (char)('0' + om % 10),
                               '\0'};
            memcpy(d.tz, z, sizeof z);
        }
        if (*t) goto bad;
        if (d.hour > 23 || d.minute > 59 || d.second > 60) goto bad;
        d.has_time = true;
    }
    *out = d;
    return 0;
bad:
    return ck_fail(err, CK_E_BAD_FIELD,
                   "reference_date '%.40s' is not an ISO 8601 date (YYYY-MM-DD) or date-time, "
                   "nor \"now\"",
                   s);
}

ck_datetime request_now(void)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    ck_datetime d = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min,         tm.tm_sec,     true,       "Z"};
    return d;
}

int request_set_param(request *r, const char *name, const char *value, ck_error *err)
{
    if (strcmp(name, "language") == 0) {
        if (strcmp(value, "de") && strcmp(value, "en") && strcmp(value, "auto"))
            return ck_fail(err, CK_E_BAD_FIELD,
                           "language '%.40s' is not supported: use \"de\", \"en\" or \"auto\"",
                           value);
        snprintf(r->language, sizeof r->language, "%s", value);
    } else if (strcmp(name, "reference_date") == 0) {
        if (strcmp(value, "now") == 0) {
            r->ref = REF_NOW;
            r->ref_date = request_now();
            return 0;
        }
        int rc = request_parse_date(value, &r->ref_date, err);
        if (rc) return rc;
        r->ref = REF_REQUEST;
    } else if (strcmp(name, "offset_unit") == 0) {
        if (strcmp(value, "codepoint") == 0)
            r->unit = OFFSET_CODEPOINT;
        else if (strcmp(value, "utf16") == 0)
            r->unit = OFFSET_UTF16;
        else if (strcmp(value, "byte") == 0)
            r->unit = OFFSET_BYTE;
        else
            return ck_fail(err, CK_E_BAD_FIELD,
                           "offset_unit '%.40s' is not one of \"codepoint\", \"utf16\", \"byte\"",
                           value);
    } else if (strcmp(name, "format") == 0) {
        if (strcmp(value, "chronik") == 0)
            r->format = FORMAT_CHRONIK;
        else if (strcmp(value, "timelinejs") == 0)
            r->format = FORMAT_TIMELINEJS;
        else if (strcmp(value, "timeml") == 0)
            r->format = FORMAT_TIMEML;
        else
            return ck_fail(err, CK_E_BAD_FIELD,
                           "format '%.40s' is not one of \"chronik\", \"timelinejs\", \"timeml\"",
                           value);
    }
    return 0;
}

static const char *json_type_name(json_type t)
{
    switch (t) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

int request_from_json(request *r, json_t *obj, ck_error *err)
{
    if (!obj) return ck_fail(err, CK_E_BAD_JSON, "the request body is not JSON");
    if (!json_is_object(obj))
        return ck_fail(err, CK_E_BAD_JSON, "the request body must be a JSON object, not %s",
                       json_type_name(json_typeof(obj)));
    int inputs = 0;
    for (size_t i = 0; i < sizeof request_fields / sizeof *request_fields; i++) {
        const struct field *f = &request_fields[i];
        json_t *v = json_object_get(obj, f->name);
        if (!v) continue;
        if (json_typeof(v) != f->type)
            return ck_fail(err, CK_E_BAD_FIELD, "field '%s' must be %s, not %s", f->name,
                           json_type_name(f->type), json_type_name(json_typeof(v)));
        const char *s = json_string_value(v);
        size_t n = json_string_length(v);
        switch (f->id) {
        case F_TEXT:
        case F_HTML:
        case F_URL:
            inputs++;
            r->kind = f->id == F_TEXT ? INPUT_TEXT : f->id == F_HTML ? INPUT_HTML : INPUT_URL;
            r->input = s;
            r->input_len = n;
            r->charset = f->id == F_HTML ? "utf-8" : NULL; /* a JSON string is Unicode */
            if (memchr(s, '\0', n))
                return ck_fail(err, CK_E_BAD_UTF8,
                               "field '%s' contains a NUL character at "
                               "byte offset %zu",
                               f->name, (size_t)((const char *)memchr(s, '\0', n) - s));
            if (f->id == F_URL && n > REQUEST_URL_MAX)
                return ck_fail(err, CK_E_BAD_FIELD,
                               "url is %zu bytes long; at most %d are accepted", n,
                               REQUEST_URL_MAX);
            break;
        default: {
            if (strlen(s) != n)
                return ck_fail(err, CK_E_BAD_FIELD, "field '%s' contains a NUL character", f->name);
            int rc = request_set_param(r, f->name, s, err);
            if (rc) return rc;
        }
        }
    }
    if (inputs != 1) {
        r->kind = INPUT_NONE;
        return ck_fail(err, CK_E_INPUT_COUNT,
                       inputs ? "give exactly one of 'text', 'html' or 'url', not %d"
                              : "give exactly one of 'text', 'html' or 'url'%.0d",
                       inputs);
    }
    return 0;
}

const char *request_unit_name(offset_unit u)
{
    return u == OFFSET_UTF16 ? "utf16" : u == OFFSET_BYTE ? "byte" : "codepoint";
}

const char *request_format_name(out_format f)
{
    return f == FORMAT_TIMELINEJS ? "timelinejs" : f == FORMAT_TIMEML ? "timeml" : "chronik";
}

const char *request_ref_source_name(ref_source s)
{
    switch (s) {
    case REF_REQUEST: return "request";
    case REF_NOW: return "now";
    case REF_JSON_LD: return "json-ld";
    case REF_HTML_META: return "html-meta";
    case REF_TIME_ELEMENT: return "time-element";
    case REF_DATELINE: return "dateline";
    case REF_NONE: break;
    }
    return NULL;
}
