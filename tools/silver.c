/* silver.c — the PROPN filter of self-training (tools/silver_ner).
 *
 * A tagger's entity spans on text with gold UPOS tags are trusted only where the two agree: every
 * PROPN token lies in an entity span, a PER/ORG/LOC span starts and ends on PROPN tokens and does
 * not cut a run of them, and a sentence without any PROPN token has no PER/ORG/LOC span (with
 * opts.fix such a span is set to O: Title-Case phrases and acronyms the tagger took for names).
 * MISC spans are looser (nationality adjectives are ADJ in UD): they only must not cut a PROPN run.
 * Sentences that fail are left out of the silver data, not corrected, and so are, on request,
 * sentences with a span of a type the tagger gets wrong too often (opts.skip_types). */
#include "tools/silver.h"

#include <string.h>

#include "models/document.h"

void silver_codes(const tagger_model *m, const uint8_t *labels, size_t n, uint8_t *codes)
{
    for (size_t i = 0; i < n; i++) {
        const char *l = tagger_label(m, labels[i]);
        codes[i] = 0;
        if (!l || strlen(l) < 3 || l[1] != '-') continue;
        int type = 0;
        for (int t = ENT_PER; t < ENT_COUNT; t++)
            if (!strcmp(l + 2, document_ner_name(NER_B(t)) + 2)) type = t;
        if (!type) continue;
        codes[i] = (l[0] == 'B' || l[0] == 'U') ? NER_B(type) : NER_I(type);
    }
}

static bool is_propn(const char *const *upos, size_t i)
{
    return upos[i] && !strcmp(upos[i], "PROPN");
}

silver_verdict silver_sentence(const char *const *upos, size_t n, uint8_t *codes,
                               const silver_opts *opts)
{
    silver_verdict v = SILVER_KEEP;
    bool any_propn = false;
    for (size_t i = 0; i < n; i++)
        any_propn |= is_propn(upos, i);
    /* pass 1: each span on its own */
    for (size_t b = 0; b < n;) {
        if (!codes[b]) {
            b++;
            continue;
        }
        int type = NER_TYPE(codes[b]);
        size_t e = b + 1;
        while (e < n && codes[e] == NER_I(type))
            e++;
        bool has = false;
        for (size_t i = b; i < e; i++)
            has |= is_propn(upos, i);
        bool clear = type == ENT_MISC && opts->drop_misc;
        if (!has && type != ENT_MISC) {
            if (!opts->fix) return SILVER_UNSUPPORTED;
            clear = true;
        }
        if (clear) {
            memset(codes + b, 0, e - b);
        } else {
            bool cuts = (b > 0 && is_propn(upos, b - 1)) || (e < n && is_propn(upos, e));
            bool edges = type == ENT_MISC || (is_propn(upos, b) && is_propn(upos, e - 1));
            if (cuts || !edges) v = SILVER_BOUNDARY;
        }
        b = e;
    }
    if (v != SILVER_KEEP) return v;
    /* pass 2: every PROPN token is in a span, of a type not skipped */
    for (size_t i = 0; i < n; i++) {
        if (is_propn(upos, i) && !codes[i]) return SILVER_UNCOVERED;
        if (codes[i] && (opts->skip_types >> NER_TYPE(codes[i]) & 1)) v = SILVER_SKIPPED_TYPE;
    }
    if (v != SILVER_KEEP) return v;
    return any_propn ? SILVER_KEEP : SILVER_KEEP_NO_PROPN;
}

const char *silver_verdict_name(silver_verdict v)
{
    static const char *const names[] = {"keep",     "keep-no-propn", "uncovered",
                                        "boundary", "unsupported",   "skipped-type"};
    return v < SILVER_NVERDICTS ? names[v] : "?";
}
