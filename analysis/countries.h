/* countries.h — country names (ISO 3166-1, English and German) to alpha-2 codes. */
#ifndef CHRONIK_COUNTRIES_H
#define CHRONIK_COUNTRIES_H

#include <stddef.h>

#include "models/error.h"

/* The loaded name index; read-only after countries_load, safe to share between threads. */
typedef struct countries countries;

/* Longest key countries_fold produces (bytes, without the NUL); longer names never match. */
#define COUNTRIES_KEY_MAX 255

/* Loads dir/countries.tsv (generated from iso-codes by tools/gen_countries.c: alpha2, alpha3,
 * then English and German name, common name and official name; "A, B" names are also indexed
 * as "B A" and as "A") and, for each language code in langs, dir/<lang>/country-names.tsv
 * ("name<TAB>alpha2", our own short and customary forms; they override the generated names)
 * and dir/<lang>/country-inflection.txt (lines "article <word>" and "suffix <ending> <with|->",
 * see that file). A name the generated table gives two codes ("Korea", "Congo") is ambiguous and
 * maps to nothing unless a country-names.tsv line decides. Returns an owned index, or NULL with
 * err filled (CK_E_RESOURCE, "file:line: reason"; unknown codes, duplicate names within a file
 * and unknown rule kinds are refused). */
countries *countries_load(const char *dir, const char *const *langs, int nlangs, ck_error *err);

/* Frees an index; countries_free(NULL) is harmless. */
void countries_free(countries *c);

/* The alpha-2 code (borrowed, NUL-terminated, upper case) of the country that name[0..len)
 * names, or NULL. Case, diacritics, '.', and hyphen/space differences are ignored; when lang
 * (may be NULL) is loaded, its inflection rules are tried too: a leading article is dropped
 * ("der Ukraine") and word endings replaced ("Russlands" → "Russland", "den Vereinigten
 * Staaten" → "Vereinigte Staaten"). */
const char *countries_lookup(const countries *c, const char *lang, const char *name, size_t len);

/* The alpha-2 code of the country a region or city name[0..len) lies in ("Florida" → "US",
 * "Kalifornien" → "US", "Kyiv" → "UA"), from dir/places.tsv (tools/gen_countries --places:
 * ISO 3166-2 subdivisions with their German names, and the cities of the tz database), with
 * the same folding and inflection as countries_lookup; NULL when unknown or when two
 * countries have a place of that name. Country names themselves are not places. */
const char *countries_place(const countries *c, const char *lang, const char *name, size_t len);

/* Whether code (two letters, any case) is an ISO 3166-1 alpha-2 code of the table. */
int countries_valid(const countries *c, const char *code);

/* The country's name in lang ("de": the German common or short name, otherwise English), or
 * NULL for an unknown code. Borrowed. */
const char *countries_name(const countries *c, const char *code, const char *lang);

/* Folds s[0..n) into a lookup key in out (capacity cap ≥ 1, NUL-terminated): case-folded
 * (ß → ss), diacritics stripped, '.' removed, typographic apostrophes made ', hyphens, dashes
 * and runs of white space made one space, trimmed. Returns the key length, or (size_t)-1 when
 * it does not fit or s is not valid UTF-8. Shared by the other name lexicons. */
size_t countries_fold(const char *s, size_t n, char *out, size_t cap);

#endif
