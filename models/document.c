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

static const char *const upos_names[UPOS_COUNT] = {
    "",    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

const char *document_upos_name(int pos)
{
    return pos > 0 && pos < UPOS_COUNT ? upos_names[pos] : "";
}

int document_upos_from_name(const char *name)
{
    for (int i = 1; i < UPOS_COUNT; i++)
        if (strcmp(upos_names[i], name) == 0) return i;
    return UPOS_NONE;
}

static const char *const entity_names[ENT_COUNT] = {"", "PER", "ORG", "LOC", "MISC"};

const char *document_entity_name(int type)
{
    return type > 0 && type < ENT_COUNT ? entity_names[type] : "";
}

const char *document_ner_name(int code)
{
    static const char *const names[2 * ENT_COUNT - 1] = {
        "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
    };
    return code >= 0 && code < 2 * ENT_COUNT - 1 ? names[code] : "O";
}

const char *participant_type_name(participant_type t)
{
    switch (t) {
    case PART_PERSON: return "person";
    case PART_ORGANIZATION: return "organization";
    case PART_LOCATION: return "location";
    case PART_MISC: return "misc";
    }
    return "misc";
}
