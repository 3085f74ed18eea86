/* boilerplate.c — STUB: the whole text is body. */
#include "analysis/boilerplate.h"

int boilerplate_mark(document *doc, ck_error *err)
{
    doc->body_start = 0;
    doc->body_end = (uint32_t)doc->len;
    doc->boiler = NULL;
    doc->nboiler = 0;
    return 0;
}
