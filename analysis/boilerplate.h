/* boilerplate.h — marks what follows or surrounds the article in scraped text. */
#ifndef CHRONIK_BOILERPLATE_H
#define CHRONIK_BOILERPLATE_H

#include "models/document.h"
#include "models/error.h"

/* One language's marker phrases (resources/<lang>/boilerplate-markers.txt). */
typedef struct boilerplate_lists boilerplate_lists;

/* Loads lang_dir/boilerplate-markers.txt: lines "<kind> <line|contains> <phrase>", kind one of
 * related-links, author-bio, footer, navigation, other; "line" matches a whole line (or a line
 * that starts with the phrase and a colon), "contains" any line containing the phrase; case is
 * ignored. Returns an owned list, or NULL with err filled (CK_E_RESOURCE, "file:line: reason";
 * unknown kinds and duplicate phrases are refused). */
boilerplate_lists *boilerplate_load(const char *lang_dir, ck_error *err);

/* Frees a list; boilerplate_free(NULL) is harmless. */
void boilerplate_free(boilerplate_lists *l);

/* Sets doc->body_start/body_end and doc->boiler[] (arena-allocated) from the segmented
 * document, and flags the sentences that fall in boilerplate. Only leading and trailing runs of
 * lines can be boilerplate. lists (borrowed, may be NULL: general cues only) are the marker
 * phrases of the document's language. Returns 0 or CK_E_NOMEM. */
int boilerplate_mark(const boilerplate_lists *lists, document *doc, ck_error *err);

#endif
