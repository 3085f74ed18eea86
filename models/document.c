/* document.c — the document's constructor and names. */
#include "models/document.h"

#include <string.h>

void document_init(document *doc, arena *a)
{
    memset(doc, 0, sizeof *doc);
    doc->arena = a;
}

const char *document_boiler_name(boiler_kind k)
{
    switch (k) {
    case BOILER_RELATED_LINKS: return "related-links";
    case BOILER_AUTHOR_BIO: return "author-bio";
    case BOILER_FOOTER: return "footer";
    case BOILER_NAVIGATION: return "navigation";
    case BOILER_OTHER: return "other";
    case BOILER_NONE: break;
    }
    return "other";
}

const char *timex_type_name(timex_type t)
{
    switch (t) {
    case TIMEX_DATE: return "DATE";
    case TIMEX_TIME: return "TIME";
    case TIMEX_DURATION: return "DURATION";
    case TIMEX_SET: return "SET";
    }
    return "DATE";
}

const char *timex_resolution_name(timex_resolution r)
{
    switch (r) {
    case TIMEX_EXPLICIT: return "explicit";
    case TIMEX_REFERENCE: return "reference_date";
    case TIMEX_PREVIOUS: return "previous_date";
    case TIMEX_UNRESOLVED: return "unresolved";
    }
    return "unresolved";
}
