/* timex.h — a temporal expression found in the text, normalized TimeML TIMEX3 style. */
#ifndef CHRONIK_TIMEX_H
#define CHRONIK_TIMEX_H

#include <stdbool.h>
#include <stdint.h>

typedef enum timex_type { TIMEX_DATE = 0, TIMEX_TIME, TIMEX_DURATION, TIMEX_SET } timex_type;

/* How the value was fixed (API.md `resolution`). */
typedef enum timex_resolution {
    TIMEX_EXPLICIT = 0, /* the text names every part ("18. Februar 2022", "P84D") */
    TIMEX_REFERENCE,    /* completed from the document's reference date */
    TIMEX_PREVIOUS,     /* completed from the last fully specified date before it */
    TIMEX_UNRESOLVED,   /* no anchor: unknown parts stay X */
} timex_resolution;

/* One expression. Strings are owned by the document's arena; optional ones are NULL. */
typedef struct time_expr {
    uint32_t start, end;     /* byte span in doc->text */
    uint32_t sentence;       /* index into doc->sentences */
    uint8_t type;            /* timex_type */
    uint8_t resolution;      /* timex_resolution */
    const char *value;       /* TIMEX3 value: "2022-02-18", "P84D", "PRESENT_REF", "XXXX-02-18" */
    const char *granularity; /* "day", "month", "year", "week", ...; a duration's or set's unit;
                                "unspecified" for PRESENT_REF and the like */
    const char *mod;         /* "APPROX", "START", "MID", "END", ...; NULL when none */
    const char *quant;       /* SETs: "EVERY"; NULL when none */
    const char *freq;        /* SETs: "2X"; NULL when none */
    int32_t anchor;          /* index into doc->timexes of the date it was anchored on, or -1 */
    int8_t tense;            /* the tense the time stage read for its clause: 1 future, -1 past,
                                0 neither (the timeline reads "in zwei Wochen" ahead only in a
                                future clause) */
    bool section;            /* a section's date: a full date alone on its line, one of several; the
                                expressions after it are anchored on it and the timeline dates the
                                sentences of the line after it by it */
} timex;

/* The API names of the enums. */
const char *timex_type_name(timex_type t);
const char *timex_resolution_name(timex_resolution r);

#endif
