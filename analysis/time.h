/* time.h — pipeline stage 6: temporal expressions found by per-language rules and normalized
 * to TIMEX3 values (doc->timexes). */
#ifndef CHRONIK_TIME_H
#define CHRONIK_TIME_H

#include <stddef.h>

#include "models/document.h"
#include "models/error.h"

typedef struct time_rules time_rules;

/* Loads the time resources of one language from lang_dir/time/: every `*.list` file is a word
 * list named after the file ("word value" per line), `rules.txt` holds the rules (format in
 * resources/README-time.md). Returns owned rules, or NULL with err filled (CK_E_RESOURCE,
 * "file:line: reason"; duplicates in a list or duplicate rule names are refused). */
time_rules *time_rules_load(const char *lang_dir, ck_error *err);

/* Frees what time_rules_load made. time_rules_free(NULL) is harmless. */
void time_rules_free(time_rules *r);

/* Finds, normalizes and anchors every temporal expression of doc (segmented; reference date in
 * doc->ref/doc->ref_date) into doc->timexes/ntimexes, allocated from doc->arena. Expressions in
 * boilerplate sentences are left out. Returns 0, or CK_E_NOMEM with err filled. */
int time_document(const time_rules *r, document *doc, ck_error *err);

#endif
