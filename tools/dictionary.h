/* dictionary.h — word classes from a Hunspell dictionary and a FreeDict dictionary, as lexicon
 * bits of the tagger (FEATF_DICT, DICT_* in analysis/features.h). Training tools only: the
 * classes end up as hashed lexicon values inside the model file, never as text, so the service
 * needs neither the dictionaries nor their packages. */
#ifndef CHRONIK_DICTIONARY_H
#define CHRONIK_DICTIONARY_H

#include <stdio.h>

#include "analysis/features.h"

/* The word classes of one dictionary build, keyed by feat_hash_lower of each word form. */
typedef struct dictionary {
    feat_gaz *words; /* value: DICT_* bits */
    size_t entries;  /* dictionary entries read (Hunspell stems + FreeDict headwords) */
} dictionary;

/* Reads the Hunspell dictionary BASE.dic with its affix file BASE.aff (either may be NULL to
 * skip it: hunspell_base) and the FreeDict dictionary (dictd format, .dict or .dict.dz;
 * freedict). Every Hunspell stem is expanded with its suffix and prefix rules (the
 * compound-only forms and flags left out); its classes come from the affix flags (adjective,
 * verb conjugation, capitalized entry) and, for the stem's own FreeDict entry, its
 * part-of-speech tags, which reach all the stem's forms. Returns 0, or -1 after printing
 * "path: reason" to log. */
int dictionary_read(dictionary *d, const char *hunspell_base, const char *freedict, FILE *log);

/* ORs the classes of every word of d that keep holds (keep NULL: every word) into lex as
 * LEX_DICT_VALUE bits; *lex is replaced by a larger copy when needed. Returns the number of
 * words added, or -1 when out of memory. */
long dictionary_merge(const dictionary *d, const feat_gaz *keep, feat_gaz **lex);

void dictionary_free(dictionary *d);

#endif
