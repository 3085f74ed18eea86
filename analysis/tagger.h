/* tagger.h — pipeline stage 5: part of speech and named entities by a trained sequence tagger. */
#ifndef CHRONIK_TAGGER_H
#define CHRONIK_TAGGER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "analysis/features.h"
#include "models/document.h"
#include "models/error.h"

#define TAGGER_MAGIC          "CHRKTAG\x1a"
#define TAGGER_FORMAT_VERSION 1
#define TAGGER_MAX_LABELS     31
#define TAGGER_MAX_LABEL_LEN  15
#define TAGGER_CHUNK          256 /* longer sentences are tagged in pieces of this length */

typedef enum tagger_kind { TAGGER_POS = 0, TAGGER_NER = 1 } tagger_kind;

typedef struct tagger_model tagger_model;

/* Loads a model file. Refuses (NULL, err CK_E_RESOURCE "path: reason") a wrong magic, another
 * format or feature version, a truncated or corrupted file (checksum), a POS model whose tags
 * are not Universal POS tags, an NER model whose labels are not O/B-/I-/L-/U- of PER, ORG, LOC
 * or MISC. Returns an owned, read-only model that any number of threads may use at once. */
tagger_model *tagger_load(const char *path, ck_error *err);

/* As tagger_load, from len bytes at buf (copied; buf stays the caller's); name is used in
 * error messages. */
tagger_model *tagger_load_buffer(const void *buf, size_t len, const char *name, ck_error *err);

/* Frees a model; NULL is harmless. */
void tagger_free(tagger_model *m);

tagger_kind tagger_model_kind(const tagger_model *m);
const char *tagger_model_lang(const tagger_model *m); /* "de", "en"; borrowed */
uint32_t tagger_model_flags(const tagger_model *m);   /* FEATF_* */
int tagger_nlabels(const tagger_model *m);
const char *tagger_label(const tagger_model *m, int i); /* borrowed; NULL when out of range */
size_t tagger_model_features(const tagger_model *m);    /* number of weighted features */

/* Bytes of scratch memory tagger_tag needs for a sentence of n tokens. */
size_t tagger_scratch_size(const tagger_model *m, size_t n);

/* Tags the sentence toks[0..n) with the best label sequence under the model (Viterbi over the
 * valid transitions only), writing label indices to out (n entries). pos (n entries, the
 * label indices of a POS model's output) is needed when the model uses POS features
 * (FEATF_POS_TAGS; pos_model is that POS model); both may be NULL otherwise. scratch holds
 * tagger_scratch_size(m, n) bytes, 16-aligned. Reads m only: thread-safe. Never fails. */
void tagger_tag(const tagger_model *m, const feat_token *toks, size_t n,
                const tagger_model *pos_model, const uint8_t *pos, void *scratch, uint8_t *out);

/* As tagger_tag(pos, ...) into pos_out and then tagger_tag(ner, ..., pos, pos_out, ...) into
 * ner_out — the same labels — but computes the features the two models have in common once.
 * Neither model may be NULL; scratch holds the larger of their tagger_scratch_size. Reads the
 * models only: thread-safe. Never fails. */
void tagger_tag_pair(const tagger_model *pos, const tagger_model *ner, const feat_token *toks,
                     size_t n, void *scratch, uint8_t *pos_out, uint8_t *ner_out);

/* Tags every sentence of doc: token.pos gets the UPOS id (models/document.h), token.ner the
 * document NER code and doc->entities the entity spans. Either model may be NULL (the field
 * stays 0). Everything is allocated from doc->arena. Returns 0, or CK_E_NOMEM. */
int tagger_tag_document(const tagger_model *pos, const tagger_model *ner, document *doc,
                        ck_error *err);

/* ---- training (tools/train_tagger, tests) ---- */

/* Sentences for training: tokens of sentence s are [sent_off[s], sent_off[s+1]). */
typedef struct tagger_corpus {
    size_t nsent;
    const uint32_t *sent_off; /* nsent+1 entries */
    const feat_token *toks;
    const uint8_t *gold; /* label index per token */
    const uint8_t *pos;  /* POS label index per token (of opts.pos_model), or NULL */
    /* Domain per sentence, or NULL: 0 is the target domain (what the model will tag); a sentence
     * of another domain d also gets a copy of every feature keyed by d, which learns what is
     * peculiar to d and is left out of the model (feature augmentation, Daume 2007) */
    const uint8_t *domain;
} tagger_corpus;

typedef struct tagger_train_opts {
    tagger_kind kind;
    char lang[3];
    uint32_t flags; /* FEATF_* */
    int epochs;
    uint32_t min_count; /* features seen fewer times are dropped before training */
    uint32_t seed;      /* the shuffle of sentence order per epoch */
    int runs;           /* >1: that many trainings with seeds seed, seed+1, ...; the model keeps
                         * the mean of their averaged weights (less variance between seeds) */
    double prune;       /* weights below prune x the largest one are left out (0: none) */
    int nlabels;
    const char *const *labels;
    const feat_gaz *gaz;           /* copied into the model; may be NULL */
    const tagger_model *pos_model; /* for FEATF_POS_TAGS */
    FILE *log;                     /* progress lines; may be NULL */
    const tagger_corpus *dev;      /* scored after each epoch when non-NULL (log only) */
} tagger_train_opts;

/* Trains an averaged perceptron on c. Deterministic: the same corpus and options give the same
 * model bytes. Returns an owned model, or NULL with err filled (CK_E_NOMEM, CK_E_BAD_FIELD). */
tagger_model *tagger_train(const tagger_train_opts *opts, const tagger_corpus *c, ck_error *err);

/* Writes m to path (replaced atomically through path.tmp). Returns 0, or CK_E_RESOURCE with
 * err filled. */
int tagger_save(const tagger_model *m, const char *path, ck_error *err);

/* The model file image of m in a malloc'd buffer (owned by the caller), *len its size; NULL
 * when out of memory. */
unsigned char *tagger_serialize(const tagger_model *m, size_t *len);

#endif
