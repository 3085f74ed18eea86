/* silver.h — silver NER labels for self-training: a tagger's entity spans on POS-annotated text,
 * kept only where they agree with the gold proper-noun (PROPN) tokens. */
#ifndef CHRONIK_SILVER_H
#define CHRONIK_SILVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/tagger.h"

typedef struct silver_opts {
    bool fix;            /* a PER/ORG/LOC span without a PROPN token becomes O (else: drop) */
    bool drop_misc;      /* MISC spans become O (and PROPN tokens under them count as uncovered) */
    uint32_t skip_types; /* bit 1 << type: a sentence with a span of such a type is dropped */
} silver_opts;

/* What silver_sentence decided; the first two keep the sentence. */
typedef enum silver_verdict {
    SILVER_KEEP = 0,      /* every PROPN token is in an entity span that agrees with it */
    SILVER_KEEP_NO_PROPN, /* no PROPN token and (after fixing) no entity: all O */
    SILVER_UNCOVERED,     /* a PROPN token outside every entity span */
    SILVER_BOUNDARY,      /* a span cuts a PROPN run, or starts or ends on another tag */
    SILVER_UNSUPPORTED,   /* a PER/ORG/LOC span without a PROPN token (opts.fix off) */
    SILVER_SKIPPED_TYPE,  /* a span of a type in opts.skip_types */
    SILVER_NVERDICTS
} silver_verdict;

/* Converts the label indices of NER model m (BILOU) for n tokens into document NER codes
 * (models/document.h: 0, NER_B(type), NER_I(type)) in codes. */
void silver_codes(const tagger_model *m, const uint8_t *labels, size_t n, uint8_t *codes);

/* Judges one sentence of n tokens: upos holds the gold UPOS names, codes the tagger's document
 * NER codes, rewritten in place by the options (fixed spans become 0). Never fails. */
silver_verdict silver_sentence(const char *const *upos, size_t n, uint8_t *codes,
                               const silver_opts *opts);

/* A short name of a verdict for statistics ("keep", "uncovered", ...); borrowed. */
const char *silver_verdict_name(silver_verdict v);

#endif
