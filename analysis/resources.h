/* resources.h — the language resources and models, loaded once at start-up, read-only after. */
#ifndef CHRONIK_RESOURCES_H
#define CHRONIK_RESOURCES_H

#include "models/error.h"

struct segment_rules;
struct language_detector;
struct boilerplate_lists;
struct tagger_model;
struct participants_res;
struct countries;
struct time_rules;
struct timeline_res;

/* What one language brings: each stage's loaded data. New stages add a field here. */
typedef struct lang_resources {
    char code[3];                          /* "de", "en" */
    struct segment_rules *segment;         /* tokenizer/sentence lists (analysis/segment.h) */
    struct boilerplate_lists *boilerplate; /* marker phrases (analysis/boilerplate.h) */
    struct tagger_model *pos; /* <lang>/pos.model: Universal POS tagger (analysis/tagger.h) */
    struct tagger_model *ner; /* <lang>/ner.model: named-entity tagger */
    struct participants_res *participants; /* demonyms, role words (analysis/participants_res.h) */
    struct time_rules *time;               /* temporal rules and word lists (analysis/time.h) */
    struct timeline_res *timeline;         /* clause and trigger word lists (analysis/timeline.h) */
} lang_resources;

typedef struct resources {
    lang_resources langs[2]; /* de, en */
    int nlangs;
    struct language_detector *detector;
    struct countries *countries; /* ISO 3166-1 names, all languages (analysis/countries.h) */
} resources;

/* Loads every language under dir (dir/de, dir/en, ...). Returns an owned resources, or NULL
 * with err filled (CK_E_RESOURCE, the detail naming file:line). */
resources *resources_load(const char *dir, ck_error *err);

/* Choices resources_load_opts takes; NULL or empty fields keep the defaults. */
typedef struct resources_opts {
    /* the NER model of each language instead of <lang>/ner.model: a file name inside <lang>/
     * ("ner-open.model"), or a path with a '/' used as it is */
    const char *ner_model_de, *ner_model_en;
} resources_opts;

/* resources_load with choices (o may be NULL). A model that is missing, damaged, of another
 * language or not an NER model fails the load, naming its path. */
resources *resources_load_opts(const char *dir, const resources_opts *o, ck_error *err);

/* Frees everything resources_load made. resources_free(NULL) is harmless. */
void resources_free(resources *r);

/* The resources of a language code, or NULL when it is not loaded. Borrowed. */
const lang_resources *resources_lang(const resources *r, const char *code);

/* Reads a resource file into a malloc'd NUL-terminated buffer (owned by the caller), setting
 * *len. NULL with err filled (CK_E_RESOURCE "path: reason") on failure. */
char *resources_read_file(const char *path, size_t *len, ck_error *err);

/* Iterates over the lines of a list file: calls fn(line, len, lineno, ctx) for each line that
 * is not blank and does not start with '#', trimmed of white space. A non-zero return from fn
 * stops and is returned. */
int resources_each_line(const char *buf, size_t len,
                        int (*fn)(const char *line, size_t n, int lineno, void *ctx), void *ctx);

/* Splits line[0..n) at tabs: stores at most max fields in f/fl (pointers into line, lengths;
 * not NUL-terminated) and returns how many fields the line has, which may exceed max. */
int resources_split_tabs(const char *line, size_t n, const char **f, size_t *fl, int max);

/* A malloc'd NUL-terminated copy of s[0..n), owned by the caller; NULL when out of memory. */
char *resources_strndup(const char *s, size_t n);

#endif
