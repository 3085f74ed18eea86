/* error.c — filling a ck_error. */
#include "models/error.h"

#include <stdarg.h>
#include <stdio.h>

int ck_fail(ck_error *err, ck_code code, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->detail, sizeof err->detail, fmt, ap);
        va_end(ap);
    }
    return code;
}
