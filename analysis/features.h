/* features.h — the one feature extractor of the tagger, shared by training and serving. */
#ifndef CHRONIK_FEATURES_H
#define CHRONIK_FEATURES_H

#include <stddef.h>
#include <stdint.h>

/* Features are 64-bit hashes of (template, strings); 0 is never a feature (an empty slot).
 * Every token gets exactly FEAT_SLOTS slots; unused ones are 0. */
#define FEAT_SLOTS 76

/* Slots [0, FEAT_TOKEN_SLOTS) depend only on the token texts and FEATF_GERMAN; the others also on
 * the lexicon (FEATF_GAZ, FEATF_CLUSTERS) and the POS tags. */
#define FEAT_TOKEN_SLOTS 33

/* Slots [FEAT_DICT_SLOT, FEAT_CLUSTERS2_SLOT) hold the dictionary features (FEATF_DICT), 0 without
 * it; slots [FEAT_CLUSTERS2_SLOT, FEAT_CASE_SLOT) the coarse-cluster features (FEATF_CLUSTERS2);
 * slots [FEAT_CASE_SLOT, FEAT_SLOTS) the capitalization-profile features (FEATF_CASE). */
#define FEAT_DICT_SLOT      56
#define FEAT_CLUSTERS2_SLOT 62
#define FEAT_CASE_SLOT      70

/* The version of the feature templates; a model records it and is refused on mismatch. Bump it
 * whenever features_extract changes what any slot means. */
#define FEAT_VERSION 3

/* Feature-set flags stored in a model file: training and serving must agree on them. */
#define FEATF_POS_TAGS 0x01 /* the token's and its neighbours' predicted POS tags (NER models) */
#define FEATF_GAZ      0x02 /* gazetteer membership of the token and its neighbours */
#define FEATF_GERMAN   0x04 /* German noun capitalization: capitalized is not a name cue */
#define FEATF_CLUSTERS 0x08 /* word clusters learned from the training text (tools/clusters.c) */
#define FEATF_DICT     0x10 /* word classes from a dictionary (tools/dictionary.c) */
/* a second, coarser cluster of each word (groups of the FEATF_CLUSTERS clusters); needs
 * FEATF_CLUSTERS; the lexicon's cluster field then packs both ids (LEX_FINE, LEX_COARSE) */
#define FEATF_CLUSTERS2 0x20
/* the capitalization profile of each word, learned from unlabeled text (how often it is written
 * with a capital letter where it is not sentence-initial: CASE_*); the lexicon's cluster field
 * then holds the cluster in its low 10 bits and the profile in its high 6 (LEX_CASE); not with
 * FEATF_CLUSTERS2 */
#define FEATF_CASE 0x40
#define FEATF_ALL  0x7f

/* Gazetteer classes, one bit each. */
#define GAZ_FIRST       0x01 /* first name */
#define GAZ_LAST        0x02 /* surname */
#define GAZ_CITY        0x04
#define GAZ_COUNTRY     0x08 /* country or region name, one word of it */
#define GAZ_STATE       0x10 /* federal state, province */
#define GAZ_NATIONALITY 0x20 /* nationality adjective stem */
#define GAZ_MULTI       0x40 /* the word is part of a multi-word entry */
#define GAZ_BITS        0xff
/* Dictionary word classes (FEATF_DICT), one bit each, of any spelling of the lower-cased word. */
#define DICT_LOWER 0x01 /* some form is written in lower case */
#define DICT_CAP   0x02 /* some form is a capitalized dictionary entry (a noun or a name) */
#define DICT_VERB  0x04 /* a verb form */
#define DICT_ADJ   0x08 /* an adjective or participle form */
#define DICT_OTHER 0x10 /* a lower-case entry that does not inflect (adverbs, function words) */
#define DICT_NOUN  0x20 /* a form of a common noun (a noun with a gender) */
#define DICT_FUNC  0x40 /* a preposition, pronoun, conjunction, article or numeral */
#define DICT_ADV   0x80 /* an adverb */
/* A lexicon value holds the gazetteer bits in its low byte, the word's cluster + 1 in the next
 * 16 bits and the dictionary classes in the high byte. */
#define LEX_CLUSTER(v)    (((v) >> 8) & 0xffffu) /* 0: no cluster */
#define LEX_VALUE(c)      ((uint32_t)((c) + 1) << 8)
#define LEX_DICT(v)       ((v) >> 24)
#define LEX_DICT_VALUE(b) ((uint32_t)(b) << 24)
#define LEX_MAX_CLUSTERS  0xfffe
/* With FEATF_CLUSTERS2 the 16-bit cluster field holds the fine cluster + 1 in its low 10 bits and
 * the coarse group + 1 in its high 6 bits (so at most 1022 clusters in at most 63 groups). */
#define LEX_FINE(c)            ((c)&0x3ffu)
#define LEX_COARSE(c)          ((c) >> 10)
#define LEX_VALUE2(c, g)       ((uint32_t)(((c) + 1) | ((uint32_t)((g) + 1) << 10)) << 8)
#define LEX_MAX_CLUSTERS2      1022
#define LEX_MAX_CLUSTER_GROUPS 63
/* With FEATF_CASE the cluster field holds the cluster + 1 in its low 10 bits (at most
 * LEX_MAX_CLUSTERS2 clusters) and the capitalization profile in its high 6 bits: the capitalized
 * share in bits 0-2 (CASE_NEVER ... CASE_ALWAYS; 0: too rare to know), the ALLCAPS share in bits
 * 3-4 (1 never, 2 sometimes, 3 mostly). */
#define LEX_CASE(v)       (((v) >> 18) & 0x3fu)
#define LEX_CASE_VALUE(p) ((uint32_t)(p) << 18)
#define CASE_NEVER        1 /* capitalized in < 5 % of its non-initial occurrences */
#define CASE_RARELY       2 /* < 25 % */
#define CASE_MIXED        3 /* < 60 % */
#define CASE_MOSTLY       4 /* < 90 % */
#define CASE_ALWAYS       5
#define CASE_UPPER_SHIFT  3

/* The case of a token's letters (features_case). */
#define FEAT_CASE_NONE  0 /* does not start with a letter */
#define FEAT_CASE_LOWER 1 /* starts with a lower-case letter */
#define FEAT_CASE_TITLE 2 /* starts with a capital letter, not all capitals */
#define FEAT_CASE_UPPER 3 /* two or more letters, all capitals (ALLCAPS) */

/* The lexicon: lower-cased words (keyed by feat_hash_lower) with their gazetteer class bits,
 * word cluster and dictionary classes (see LEX_CLUSTER, LEX_DICT). Read-only once built. */
typedef struct feat_gaz {
    uint64_t *keys; /* open addressing, 0 = empty; cap is a power of two */
    uint32_t *bits;
    uint32_t cap, count;
} feat_gaz;

/* The extractor's settings for one model. gaz may be NULL. */
typedef struct feat_config {
    uint32_t flags; /* FEATF_* */
    const feat_gaz *gaz;
} feat_config;

/* One token as the extractor sees it: its text only (UTF-8, not NUL-terminated). */
typedef struct feat_token {
    const char *s;
    uint32_t len;
} feat_token;

/* Per-token scratch the extractor fills before it composes features (n entries). */
typedef struct feat_scratch {
    uint64_t word, lower, shape, sshape, pre[4], suf[4];
    uint32_t cluster;               /* 0: none */
    uint32_t cluster2;              /* the coarse group (FEATF_CLUSTERS2); 0: none */
    uint8_t gaz, cap, initial, pad; /* pad: starts with punctuation */
    uint8_t dict;                   /* DICT_* classes */
    uint8_t casep;                  /* the capitalization profile (FEATF_CASE); 0: unknown */
} feat_scratch;

/* Writes n*FEAT_SLOTS feature hashes for the sentence toks[0..n) into out, using scratch
 * (n entries, caller-owned). pos_hashes (n entries, feat_hash of the predicted POS tag
 * names) is read only when cfg->flags has FEATF_POS_TAGS; it may be NULL otherwise.
 * Depends only on the token texts and their positions. Never fails. */
void features_extract(const feat_config *cfg, const feat_token *toks, size_t n,
                      const uint64_t *pos_hashes, feat_scratch *scratch, uint64_t *out);

/* features_extract in its three steps, for a caller that tags with two models and shares the
 * steps that do not depend on the model. features_tokens fills each token's own values into
 * scratch (all but gaz, cluster, dict and casep); features_lexicon sets those from cfg's lexicon;
 * features_compose writes slots [first, FEAT_SLOTS) of every token into out (first is 0 or
 * FEAT_TOKEN_SLOTS; the slots below first are left as they are, so they must come from a compose
 * with the same FEATF_GERMAN). Together they give exactly what features_extract gives. */
void features_tokens(const feat_token *toks, size_t n, feat_scratch *scratch);
void features_lexicon(const feat_config *cfg, size_t n, feat_scratch *scratch);
void features_compose(const feat_config *cfg, size_t n, const uint64_t *pos_hashes,
                      const feat_scratch *scratch, size_t first, uint64_t *out);

/* The case of the letters of the UTF-8 string s (FEAT_CASE_*), as features_tokens sees them. */
int features_case(const char *s, size_t n);

/* The hash of a byte string (never 0). */
uint64_t feat_hash(const char *s, size_t n);

/* The hash of the lower-cased form of a UTF-8 string (never 0); gazetteer keys use it. */
uint64_t feat_hash_lower(const char *s, size_t n);

/* Builds an empty gazetteer with room for about n words. NULL when out of memory. Owned:
 * free with feat_gaz_free. */
feat_gaz *feat_gaz_new(uint32_t n);

/* ORs bits into the value of the word with lower-case hash key. Returns 0, or -1 when the
 * table is full. */
int feat_gaz_add(feat_gaz *g, uint64_t key, uint32_t bits);

/* The value (gazetteer bits, cluster) of the word with lower-case hash key, 0 when absent. g may
 * be NULL. */
uint32_t feat_gaz_get(const feat_gaz *g, uint64_t key);

/* A copy of g (NULL: an empty one) with room for about extra more words. NULL when out of
 * memory. Owned: free with feat_gaz_free. */
feat_gaz *feat_gaz_grow(const feat_gaz *g, uint32_t extra);

/* Frees a gazetteer; NULL is harmless. */
void feat_gaz_free(feat_gaz *g);

#endif
