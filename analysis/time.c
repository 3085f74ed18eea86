/* time.c — the time stage: refine tokens, match the rules, anchor each value in text order. */
#include "analysis/time.h"

#include <string.h>

#include "analysis/time_int.h"

int time_document(const time_rules *r, document *doc, ck_error *err)
{
    doc->timexes = NULL;
    doc->ntimexes = 0;
    if (!r) return 0;
    size_t nt, nm;
    ttok *toks = time_refine(r, doc, &nt);
    if (!toks) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
    time_match *m = time_find(r, toks, nt, doc->arena, &nm);
    if (!m) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
    if (nm == 0) return 0;

    /* the tense of each sentence that holds a match: future or past markers in it */
    int8_t *tense = arena_calloc(doc->arena, doc->nsentences + 1, 1);
    timex *out = arena_calloc(doc->arena, nm, sizeof *out);
    if (!tense || !out) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
    for (size_t i = 0, k = 0; i < nm; i++) {
        uint32_t s = m[i].sentence;
        if (tense[s]) continue;
        while (k < nt && toks[k].sentence < s)
            k++;
        int fut = 0, past = 0;
        for (size_t j = k; j < nt && toks[j].sentence == s; j++) {
            if (!toks[j].w) continue;
            if (time_in_list(toks[j].w, r->list_future, NULL)) fut = 1;
            if (time_in_list(toks[j].w, r->list_past, NULL)) past = 1;
        }
        tense[s] = (int8_t)(fut ? 2 : past ? 1 : 3); /* 0 = not computed yet */
    }

    time_anchor an = {0};
    an.has_ref = doc->ref != REF_NONE;
    an.ref = doc->ref_date;
    an.prev_index = -1;
    for (size_t i = 0; i < nm; i++) {
        int8_t t = tense[m[i].sentence];
        an.tense = t == 2 ? 1 : t == 1 ? -1 : 0;
        timex *x = &out[doc->ntimexes];
        x->start = m[i].start;
        x->end = m[i].end;
        x->sentence = m[i].sentence;
        int32_t prev = an.prev_index;
        an.updated = false;
        if (time_resolve(&m[i].v, &an, doc->arena, x))
            return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
        if (x->resolution == TIMEX_PREVIOUS) x->anchor = prev;
        if (an.updated) an.prev_index = (int32_t)doc->ntimexes;
        doc->ntimexes++;
    }
    doc->timexes = out;
    return 0;
}
