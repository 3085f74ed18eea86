/* clusters.h — word clusters learned from training text, for the tagger's cluster features. */
#ifndef CHRONIK_CLUSTERS_H
#define CHRONIK_CLUSTERS_H

#include <stdio.h>

#include "analysis/features.h"
#include "tools/corpus.h"

/* Clusters the vocab most frequent lower-cased words of the corpora texts[0..ntexts) into k
 * groups by the words around them and stores each word's cluster in lex (LEX_VALUE). With
 * groups > 0 (k <= LEX_MAX_CLUSTERS2, groups <= LEX_MAX_CLUSTER_GROUPS) the k clusters are also
 * grouped into that many coarser groups and both ids are stored (LEX_VALUE2, FEATF_CLUSTERS2);
 * by_size seeds the groups with the largest clusters instead of spread-out ones (clusters.c).
 * Deterministic. Returns 0, or -1 when out of memory or lex is full. */
int clusters_learn(const corpus *const *texts, size_t ntexts, int k, int vocab, int groups,
                   int by_size, feat_gaz *lex, FILE *log);

/* The capitalization profile (LEX_CASE, FEATF_CASE) of every lower-cased word seen at least
 * min_count times in texts[0..ntexts) where it is not sentence-initial (headlines left out),
 * ORed into *lex (which may be replaced by a larger copy). Deterministic. Returns 0, or -1 when
 * out of memory. */
int case_profile_learn(const corpus *const *texts, size_t ntexts, int min_count, feat_gaz **lex,
                       FILE *log);

#endif
