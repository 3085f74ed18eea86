/* participants.h — pipeline stage 7: mentions merged into participants with roles, countries
 * and salience (doc->participants). */
#ifndef CHRONIK_PARTICIPANTS_H
#define CHRONIK_PARTICIPANTS_H

#include "analysis/countries.h"
#include "analysis/participants_res.h"
#include "models/document.h"
#include "models/error.h"

/* Builds doc->participants (sorted by salience, descending) from doc's tokens, tagger entities
 * and sentences (boilerplate sentences and text outside doc->body_start/end yield nothing),
 * using the language's lists r (demonyms, roles, names) and the country index c (may be NULL:
 * no country names are recognized). Everything is allocated from doc->arena. Returns 0, or
 * CK_E_NOMEM with err filled when the arena is exhausted. */
int participants_document(const participants_res *r, const countries *c, document *doc,
                          ck_error *err);

#endif
