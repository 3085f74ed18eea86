/* timeline.h — pipeline stage 8: the article's dated events in chronological order
 * (doc->events), with trigger, clause, summary and participants. */
#ifndef CHRONIK_TIMELINE_H
#define CHRONIK_TIMELINE_H

#include <stddef.h>

#include "models/document.h"
#include "models/error.h"

typedef struct timeline_res timeline_res;

/* Loads the timeline word lists of one language from lang_dir/timeline/ (clause-starts.txt,
 * event-nouns.txt, aspectual-verbs.txt, light-verbs.txt, back-references.txt,
 * date-prepositions.txt, reporting-verbs.txt, auxiliaries.txt, relations.txt; formats in each
 * file's header). Returns owned
 * lists, or NULL with err filled (CK_E_RESOURCE, "file:line: reason"; duplicates are refused). */
timeline_res *timeline_res_load(const char *lang_dir, ck_error *err);

/* Frees what timeline_res_load made. timeline_res_free(NULL) is harmless. */
void timeline_res_free(timeline_res *r);

/* Builds doc->events/nevents (allocated from doc->arena) from a segmented, tagged and
 * time-tagged document; reads doc->participants when the participants stage has filled them.
 * Only body sentences count, never boilerplate. r NULL gives an empty timeline. Returns 0, or
 * CK_E_NOMEM with err filled. */
int timeline_document(const timeline_res *r, document *doc, ck_error *err);

/* Writes the sortable calendar key "YYYY-MM-DD" of a TIMEX3 date value into out[11]: a year,
 * month, season, quarter or week sorts at the first day of its period. Returns 0, or -1 when
 * value is not a calendar value (no four-digit year, or unknown parts "X"). */
int timeline_date_key(const char *value, char out[11]);

#endif
