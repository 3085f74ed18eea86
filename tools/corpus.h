/* corpus.h — readers for the tagger's training and evaluation corpora, shared by tools/. */
#ifndef CHRONIK_CORPUS_H
#define CHRONIK_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/features.h"
#include "analysis/tagger.h"

/* Sentences of gold-tokenized text with one tag per token. NER tags are normalized to BIO
 * over PER, ORG, LOC, MISC ("O", "B-PER", ...); POS tags are UPOS names. */
typedef struct corpus {
    char **bufs; /* the file buffers the tokens point into */
    size_t nbufs;
    feat_token *toks;
    const char **tags;
    uint32_t *sent_off; /* nsent+1 */
    size_t ntok, nsent, cap_tok, cap_sent;
} corpus;

/* Reads spec into c (appending): "FORMAT:PATH[@PART][%lower[N]]". FORMAT is conll03, uner,
 * germeval, ler, europeana or conllu (POS); PART is all (default), tune or report (a fixed split
 * by document: every third document is "report"), or everyN (every N-th sentence). %lowerN
 * lower-cases (ASCII letters) the first and every N-th sentence kept after it (%lower: all of
 * them), to teach a model names in lower case. Returns 0, or -1 after printing "path: reason"
 * to stderr. */
int corpus_read(corpus *c, const char *spec);

void corpus_free(corpus *c);

/* Converts c's BIO tags to label indices of a BILOU label set (NER) or the tag names as they
 * are (POS). labels/nlabels receive the (static or interned) label list, gold the indices
 * (malloc'd, owned by the caller). Returns 0, or -1 for an unknown tag. */
int corpus_labels(const corpus *c, tagger_kind kind, const char ***labels, int *nlabels,
                  uint8_t **gold);

/* Reads the gazetteer lists of dir (gazetteers-de layout) into a new gazetteer. NULL with a
 * message on stderr when a file is missing. Owned. */
feat_gaz *corpus_gazetteer(const char *dir);
/* Adds the first column of a places table (resources/places.tsv: "name<TAB>alpha2", '#'
 * comments) to g as cities (GAZ_CITY). 0, or -1 with a message on stderr. */
int corpus_gazetteer_places(feat_gaz *g, const char *path);

/* Tags every sentence of c with m, writing label indices to out (ntok entries). pos/pos_model
 * feed the POS features of NER models (NULL otherwise). Returns 0, or -1 when out of memory. */
int corpus_tag(const corpus *c, const tagger_model *m, const tagger_model *pos_model,
               const uint8_t *pos, uint8_t *out);

/* Tags every sentence of c with the POS model pos and the NER model ner together, as the
 * pipeline does (tagger_tag_pair): the same labels as corpus_tag with pos, then with ner. */
int corpus_tag_pair(const corpus *c, const tagger_model *pos, const tagger_model *ner,
                    uint8_t *pos_out, uint8_t *ner_out);

#endif
