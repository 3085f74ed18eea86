/* tagger_int.h — the tagger model's layout, shared by tagger.c (load, tag) and tagger_train.c. */
#ifndef CHRONIK_TAGGER_INT_H
#define CHRONIK_TAGGER_INT_H

#include "analysis/tagger.h"

struct tagger_model {
    uint32_t kind, flags, nlabels;
    char lang[4];
    char labels[TAGGER_MAX_LABELS][TAGGER_MAX_LABEL_LEN + 1];
    uint64_t label_hash[TAGGER_MAX_LABELS]; /* feat_hash of each label name (POS features) */
    uint8_t doc_code[TAGGER_MAX_LABELS];    /* UPOS id (POS) or entity_type (NER) */
    char prefix[TAGGER_MAX_LABELS];         /* NER: 'O', 'B', 'I', 'L', 'U'; POS: 0 */
    feat_gaz *gaz;                          /* owned; NULL when empty */
    float scale;                            /* weight = int16 * scale */

    /* features, sorted by key; feature i has entries [fstart[i], fstart[i+1]) */
    uint32_t nfeat, nentries;
    uint64_t *fkeys;
    uint32_t *fstart;
    uint8_t *elabel;
    int16_t *eweight;
    int32_t *trans;   /* (nlabels+1) x nlabels: row 0 is the sentence start, row p+1 label p */
    uint8_t *allowed; /* same shape: 1 when the transition is valid */
    uint8_t endok[TAGGER_MAX_LABELS];

    /* The decoding layout, built at load time from the arrays above. Label rows are padded to
     * lpad lanes (nlabels rounded up to a multiple of 4, one vector of int32): vtrans is trans
     * and vallow is allowed (-1 valid, 0 not) in that shape, padding lanes 0. */
    uint32_t lpad;
    int32_t *vtrans, *vallow;
    /* for the backtrace: the labels that may precede label c, prev[c][0..nprev[c]) in
     * increasing order, and the transition weight from each */
    uint8_t nprev[TAGGER_MAX_LABELS];
    uint8_t prev[TAGGER_MAX_LABELS][TAGGER_MAX_LABELS];
    int32_t tprev[TAGGER_MAX_LABELS][TAGGER_MAX_LABELS];

    /* lookup: open addressing from key to the feature's weights, cap a power of two. A feature
     * with few labels keeps a sparse row of (weight, label) entries; one with many a dense row
     * of lpad int32 weights (zero where it has none), added with vector instructions. */
    uint32_t cap;
    struct tagger_slot {
        uint32_t check; /* the key's high half; slot empty when row == 0 */
        uint32_t row;   /* sparse: entry start << 5 | entry count (1..31); dense: (index+1) << 5 */
    } * slots;
    struct tagger_entry {
        int16_t w;
        uint8_t label, pad;
    } * ent;
    int32_t *dense; /* dense rows, lpad weights each */
    uint32_t ndense;
};

/* Fills labels' derived fields (hash, doc_code, prefix, allowed, endok), the decoding layout and
 * the lookup table from the arrays above. Returns 0, -1 when out of memory, -2 when a label is not
 * valid for the model's kind (message in why). */
int tagger_model_finish(tagger_model *m, const char **why);

#endif
