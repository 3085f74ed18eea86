/* clusters.h — word clusters learned from training text, for the tagger's cluster features. */
#ifndef CHRONIK_CLUSTERS_H
#define CHRONIK_CLUSTERS_H

#include <stdio.h>

#include "analysis/features.h"
#include "tools/corpus.h"

/* Clusters the vocab most frequent lower-cased words of the corpora texts[0..ntexts) into k
 * groups by the words around them and stores each word's cluster in lex (LEX_VALUE).
 * Deterministic. Returns 0, or -1 when out of memory or lex is full. */
int clusters_learn(const corpus *const *texts, size_t ntexts, int k, int vocab, feat_gaz *lex,
                   FILE *log);

#endif
