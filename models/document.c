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
