/* problem.h — the one table from error codes to HTTP problems (RFC 9457). */
#ifndef CHRONIK_PROBLEM_H
#define CHRONIK_PROBLEM_H

#include <jansson.h>

#include "models/error.h"

typedef struct problem_def {
    ck_code code;
    int status;
    const char *slug;  /* the last part of the problem type URI */
    const char *title; /* short, the same for every occurrence */
} problem_def;

/* The table row of code (CK_E_INTERNAL's row for an unknown code). Borrowed, static. */
const problem_def *problem_lookup(ck_code code);

/* A problem object for code with detail. New reference, NULL on out of memory. */
json_t *problem_json(ck_code code, const char *detail);

/* Replaces, in place, every byte of s that is not part of valid UTF-8 with '?' (JSON strings must
 * be UTF-8); returns s. */
char *problem_utf8_scrub(char *s);

/* The problem type URI prefix; the type is PROBLEM_TYPE_BASE + slug. */
#define PROBLEM_TYPE_BASE "https://chronik.invalid/problems/"

#endif
