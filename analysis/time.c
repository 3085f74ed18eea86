/* time.c — the time stage: refine tokens, match the rules, anchor each value in text order. */
#include "analysis/time.h"

#include <stdint.h>
#include <string.h>

#include "analysis/time_int.h"

/* The tense around a match: the nearest future or past marker within six tokens of it in
 * its sentence (+1 future, -1 past, 0 none). */
static int local_tense(const time_rules *r, const char *text, const ttok *toks, size_t nt,
                       const time_match *m)
{
    enum { WINDOW = 6 }; /* TBAQ value F1: 4-6 tokens best (12: -0.4), KRAUTS train flat */
    for (size_t d = 1; d <= WINDOW; d++) {
        size_t idx[2] = {m->tb >= d ? m->tb - d : SIZE_MAX, m->te - 1 + d};
        for (int k = 0; k < 2; k++) {
            if (idx[k] >= nt || toks[idx[k]].sentence != m->sentence || !toks[idx[k]].w) continue;
            if (time_in_list(toks[idx[k]].w, r->list_future, NULL)) return 1;
            if (time_in_list(toks[idx[k]].w, r->list_past, NULL)) return -1;
        }
        for (int k = 0; k < 2; k++) {
            if (idx[k] >= nt || toks[idx[k]].sentence != m->sentence ||
                !(toks[idx[k]].flags & TT_WORD) || toks[idx[k]].end - toks[idx[k]].start < 5 ||
                time_in_list(toks[idx[k]].w, r->list_past_not, NULL))
                continue;
            const char *e = text + toks[idx[k]].end;
            for (int j = 0; j < r->npast_suffix; j++)
                if (memcmp(e - r->past_suffix[j].n, r->past_suffix[j].s, r->past_suffix[j].n) == 0)
                    return -1;
        }
    }
    return 0;
}

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

    timex *out = arena_calloc(doc->arena, nm, sizeof *out);
    if (!out) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");

    time_anchor an = {0};
    an.has_ref = doc->ref != REF_NONE;
    an.ref = doc->ref_date;
    an.prev_index = -1;
    an.keep_de = r->keep_de;
    an.keep_ce = r->keep_ce;
    for (size_t i = 0; i < nm; i++) {
        an.sentence = m[i].sentence;
        an.tense = local_tense(r, doc->text, toks, nt, &m[i]);
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
