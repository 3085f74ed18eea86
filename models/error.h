/* error.h — the one way errors travel: a negative code plus a detail text. */
#ifndef CHRONIK_ERROR_H
#define CHRONIK_ERROR_H

#include <stddef.h>

/* Every failure a request or a start-up step can meet. server/problem.c maps each code to an
 * HTTP status, a title and a problem type; the CLI prints the same detail. Codes are negative so
 * that functions can return them as int status (0 = ok). */
typedef enum ck_code {
    CK_OK = 0,
    CK_E_BAD_JSON = -1,       /* malformed JSON, a key twice, not an object */
    CK_E_BAD_UTF8 = -2,       /* invalid UTF-8 or a NUL byte */
    CK_E_BAD_FIELD = -3,      /* a field of the wrong type, an unknown language/offset_unit/format,
                                 a bad reference_date */
    CK_E_INPUT_COUNT = -4,    /* none or several of text/html/url */
    CK_E_TOO_LARGE = -5,      /* body over max_body_bytes */
    CK_E_MEDIA_TYPE = -6,     /* unsupported Content-Type */
    CK_E_NOT_FOUND = -7,      /* unknown path */
    CK_E_METHOD = -8,         /* known path, wrong method */
    CK_E_FETCH_DISABLED = -9, /* url request while fetch.enabled is false */
    CK_E_UNPROCESSABLE = -10, /* url not http(s), forbidden target, page not HTML */
    CK_E_BUSY = -11,          /* too many requests in flight */
    CK_E_UPSTREAM = -12,      /* fetched page answered an error */
    CK_E_UPSTREAM_TIMEOUT = -13, /* fetched page did not answer in time */
    CK_E_NOT_IMPLEMENTED = -14,  /* a capability that is not built yet */
    CK_E_NOMEM = -15,            /* out of memory while serving a request */
    CK_E_NOT_READY = -16,        /* resources not loaded yet */
    CK_E_INTERNAL = -17,         /* a bug: should never be seen */
    CK_E_CONFIG = -18,           /* a bad configuration value (start-up only) */
    CK_E_RESOURCE = -19,         /* a resource file that cannot be read or parsed (start-up only) */
    CK_E_IO = -20,               /* reading a file or stream failed */
} ck_code;

typedef struct ck_error {
    ck_code code;
    char detail[512]; /* for people: what was wrong, where (field, byte offset, file:line) */
} ck_error;

/* Fills err (when not NULL) with code and a printf-style detail; returns code, so that
 * `return ck_fail(err, CK_E_BAD_JSON, "...")` reads naturally. */
int ck_fail(ck_error *err, ck_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
