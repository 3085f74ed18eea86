/* language.h — pipeline stage 3: is the article German or English? */
#ifndef CHRONIK_LANGUAGE_H
#define CHRONIK_LANGUAGE_H

#include <stddef.h>

#include "models/error.h"

typedef struct language_detector language_detector;

/* Loads the detector's data from resource dir (resources/). Owned; NULL with err filled. */
language_detector *language_new(const char *resource_dir, ck_error *err);
void language_free(language_detector *d);

/* The language of text[0..n): "de" or "en" (a static string). Thread-safe: the detector is
 * shared read-only. Never fails: with no evidence it answers "en". */
const char *language_detect(const language_detector *d, const char *text, size_t n);

#endif
