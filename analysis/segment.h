/* segment.h — pipeline stage 4: tokens and sentences, language-aware. */
#ifndef CHRONIK_SEGMENT_H
#define CHRONIK_SEGMENT_H

#include "models/document.h"
#include "models/error.h"

typedef struct segment_rules segment_rules;

/* Loads resources/<lang>/ lists (abbreviations, ...) from dir. Owned; NULL with err filled
 * (CK_E_RESOURCE, "file:line: reason"; duplicates are refused). */
segment_rules *segment_rules_load(const char *lang_dir, ck_error *err);
void segment_rules_free(segment_rules *r);

/* Splits doc->text into doc->tokens and doc->sentences (arena-allocated). Returns 0 or
 * CK_E_NOMEM. */
int segment_document(const segment_rules *r, document *doc, ck_error *err);

#endif
