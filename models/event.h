/* event.h — a dated event of the article's timeline: trigger, anchoring dates, participants. */
#ifndef CHRONIK_EVENT_H
#define CHRONIK_EVENT_H

#include <stddef.h>
#include <stdint.h>

/* How the anchoring date relates to the event (TimeML TLINK relType, event side). */
typedef enum event_link {
    EVENT_LINK_IS_INCLUDED = 0, /* the event happens on the date ("am 18. Februar") */
    EVENT_LINK_BEGUN_BY, /* the event (a state) starts at the date ("seit dem 11. Februar") */
} event_link;

/* One event. Arrays are owned by the document's arena. Spans are byte offsets in doc->text. */
typedef struct event {
    const char *date;        /* the anchoring TIMEX3 calendar value ("2022-02-18", "2022-03") */
    const char *granularity; /* "day", "month", "year", ... of the anchoring date */
    uint32_t *timexes;       /* indices into doc->timexes: the anchor first, then those attached */
    size_t ntimexes;
    uint32_t sentence;                   /* index into doc->sentences */
    uint32_t start, end;                 /* the clause */
    uint32_t trigger_start, trigger_end; /* the main verb or event noun */
    uint32_t summary_start, summary_end; /* the summary: the clause, or the sentence when short */
    uint32_t *participants;              /* indices into doc->participants, ascending */
    size_t nparticipants;
    uint8_t link;      /* event_link */
    uint8_t reporting; /* 1 when the trigger is a reporting verb (TimeML class REPORTING) */
} event;

#endif
