/* tagger_train.c — trains the tagger's averaged perceptron (see tagger.c for the model).
 *
 * 1. Every sentence goes through features_extract, the extractor the server uses; features
 *    seen fewer than min_count times are dropped (the main size control), the rest get dense
 *    ids in order of first appearance. 2. Each epoch visits the sentences in an order shuffled
 *    by a fixed-seed generator; a sentence is decoded with Viterbi over the valid transitions
 *    under the current weights and, when the best sequence differs from the gold one, the gold
 *    features and transitions gain 1 and the predicted ones lose 1. 3. The model keeps the
 *    average of the weights over all steps (kept lazily: w - u/c, where u sums c*update), scaled
 *    to int16; features whose every weight rounds to 0 are left out. Everything is a pure
 *    function of the corpus and the options: the same input gives the same model bytes. */
#include "analysis/tagger_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct fmap {
    uint64_t *keys;
    uint32_t *vals;
    uint32_t cap, count;
} fmap;

static int fmap_grow(fmap *m)
{
    uint32_t nc = m->cap ? m->cap * 2 : 1u << 16;
    uint64_t *nk = calloc(nc, sizeof *nk);
    uint32_t *nv = calloc(nc, sizeof *nv);
    if (!nk || !nv) {
        free(nk);
        free(nv);
        return -1;
    }
    for (uint32_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        uint32_t h = (uint32_t)(m->keys[i] ^ (m->keys[i] >> 32)) & (nc - 1);
        while (nk[h])
            h = (h + 1) & (nc - 1);
        nk[h] = m->keys[i];
        nv[h] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = nc;
    return 0;
}

/* The slot of key, inserted with value 0 when absent; NULL when out of memory. */
static uint32_t *fmap_slot(fmap *m, uint64_t key)
{
    if ((m->count + 1) * 2 > m->cap && fmap_grow(m)) return NULL;
    uint32_t h = (uint32_t)(key ^ (key >> 32)) & (m->cap - 1);
    while (m->keys[h] && m->keys[h] != key)
        h = (h + 1) & (m->cap - 1);
    if (!m->keys[h]) {
        m->keys[h] = key;
        m->vals[h] = 0;
        m->count++;
    }
    return &m->vals[h];
}

static const uint32_t *fmap_get(const fmap *m, uint64_t key)
{
    uint32_t h = (uint32_t)(key ^ (key >> 32)) & (m->cap - 1);
    while (m->keys[h]) {
        if (m->keys[h] == key) return &m->vals[h];
        h = (h + 1) & (m->cap - 1);
    }
    return NULL;
}

static void fmap_free(fmap *m)
{
    free(m->keys);
    free(m->vals);
}

/* xorshift64*: the fixed-seed shuffle of sentence order */
static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 0x2545f4914f6cdd1dULL;
}

typedef struct trainer {
    const tagger_train_opts *o;
    const tagger_corpus *c;
    tagger_model *shell; /* labels, allowed transitions */
    size_t L, ntok, nfeat, stride;
    int32_t *fid;    /* ntok x stride feature ids, -1 = none */
    uint8_t *iscopy; /* per feature id: a domain copy, left out of the model */
    uint64_t *key;   /* nfeat keys */
    float *w;        /* nfeat x L */
    double *u;       /* nfeat x L */
    double tw[(TAGGER_MAX_LABELS + 1) * TAGGER_MAX_LABELS];
    double tu[(TAGGER_MAX_LABELS + 1) * TAGGER_MAX_LABELS];
    double step;
} trainer;

/* Features of sentence s into feats (n*stride: FEAT_SLOTS, then the domain copies when the
 * corpus has domains), with POS hashes when the model uses them. */
static void sentence_features(const trainer *t, size_t s, feat_scratch *fs, uint64_t *ph,
                              uint64_t *feats)
{
    const tagger_corpus *c = t->c;
    size_t b = c->sent_off[s], n = c->sent_off[s + 1] - b;
    const uint64_t *pos_hashes = NULL;
    if (t->o->flags & FEATF_POS_TAGS) {
        for (size_t i = 0; i < n; i++)
            ph[i] = (c->pos && t->o->pos_model && c->pos[b + i] < t->o->pos_model->nlabels)
                        ? t->o->pos_model->label_hash[c->pos[b + i]]
                        : 0;
        pos_hashes = ph;
    }
    feat_config cfg = {t->o->flags, t->o->gaz};
    features_extract(&cfg, c->toks + b, n, pos_hashes, fs, feats);
    if (t->stride == FEAT_SLOTS) return;
    /* spread to stride slots a token: the features, then their copies for the domain */
    const uint64_t dom = c->domain[s];
    for (size_t i = n; i-- > 0;) {
        uint64_t *row = feats + i * t->stride;
        memmove(row, feats + i * FEAT_SLOTS, FEAT_SLOTS * sizeof *feats);
        for (size_t k = 0; k < FEAT_SLOTS; k++) {
            uint64_t h = 0;
            if (dom && row[k]) {
                h = (row[k] ^ (dom * 0x9e3779b97f4a7c15ULL)) * 0xff51afd7ed558ccdULL;
                h ^= h >> 33;
                if (!h) h = 1;
            }
            row[FEAT_SLOTS + k] = h;
        }
    }
}

static void viterbi_f(const trainer *t, const float *emis, size_t n, float *delta, uint8_t *back,
                      uint8_t *out)
{
    const size_t L = t->L;
    const tagger_model *m = t->shell;
    const float NEG = -1e30f;
    for (size_t c = 0; c < L; c++)
        delta[c] = m->allowed[c] ? emis[c] + (float)t->tw[c] : NEG;
    for (size_t i = 1; i < n; i++) {
        for (size_t c = 0; c < L; c++) {
            float best = NEG;
            uint8_t arg = 0;
            for (size_t p = 0; p < L; p++) {
                if (delta[(i - 1) * L + p] <= NEG || !m->allowed[(p + 1) * L + c]) continue;
                float v = delta[(i - 1) * L + p] + (float)t->tw[(p + 1) * L + c];
                if (v > best) {
                    best = v;
                    arg = (uint8_t)p;
                }
            }
            delta[i * L + c] = best <= NEG ? NEG : best + emis[i * L + c];
            back[i * L + c] = arg;
        }
    }
    float best = NEG;
    size_t arg = 0;
    for (size_t c = 0; c < L; c++)
        if (m->endok[c] && delta[(n - 1) * L + c] > best) {
            best = delta[(n - 1) * L + c];
            arg = c;
        }
    out[n - 1] = (uint8_t)arg;
    for (size_t i = n - 1; i > 0; i--)
        out[i - 1] = back[i * L + out[i]];
}

static void update(trainer *t, const int32_t *fid, size_t label, float d)
{
    for (size_t k = 0; k < t->stride; k++) {
        if (fid[k] < 0) continue;
        size_t j = (size_t)fid[k] * t->L + label;
        t->w[j] += d;
        t->u[j] += t->step * d;
    }
}

static void update_trans(trainer *t, size_t prev_row, size_t cur, double d)
{
    size_t j = prev_row * t->L + cur;
    t->tw[j] += d;
    t->tu[j] += t->step * d;
}

static int cmp_pair(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The averaged, quantized model of the current state. NULL when out of memory. */
static tagger_model *build_model(const trainer *t)
{
    const size_t L = t->L;
    tagger_model *m = calloc(1, sizeof *m);
    uint64_t *pairs = NULL;
    if (!m) return NULL;
    m->kind = t->shell->kind;
    m->flags = t->shell->flags;
    m->nlabels = (uint32_t)L;
    memcpy(m->lang, t->shell->lang, 4);
    memcpy(m->labels, t->shell->labels, sizeof m->labels);
    const double c = t->step > 0 ? t->step : 1;
    double maxabs = 1e-9;
    for (size_t j = 0; j < t->nfeat * L; j++) {
        if (t->iscopy[j / L]) continue;
        double a = fabs(t->w[j] - t->u[j] / c);
        if (a > maxabs) maxabs = a;
    }
    for (size_t j = 0; j < (L + 1) * L; j++) {
        double a = fabs(t->tw[j] - t->tu[j] / c);
        if (a > maxabs) maxabs = a;
    }
    m->scale = (float)(maxabs / 32000.0);
    const double inv = 1.0 / (double)m->scale;
    m->trans = malloc((L + 1) * L * sizeof *m->trans);
    m->fkeys = malloc((t->nfeat + 1) * sizeof *m->fkeys);
    m->fstart = malloc((t->nfeat + 2) * sizeof *m->fstart);
    pairs = malloc((t->nfeat + 1) * 2 * sizeof *pairs);
    if (!m->trans || !m->fkeys || !m->fstart || !pairs) goto oom;
    for (size_t j = 0; j < (L + 1) * L; j++)
        m->trans[j] = (int32_t)lrint((t->tw[j] - t->tu[j] / c) * inv);
    for (size_t i = 0; i < t->nfeat; i++) {
        pairs[2 * i] = t->key[i];
        pairs[2 * i + 1] = i;
    }
    qsort(pairs, t->nfeat, 2 * sizeof *pairs, cmp_pair);
    /* count the entries that survive rounding and pruning */
    const long thr = t->o->prune > 0 ? lrint(t->o->prune * 32000.0) : 1;
    size_t nent = 0;
    for (size_t i = 0; i < t->nfeat * L; i++)
        if (!t->iscopy[i / L] && labs(lrint((t->w[i] - t->u[i] / c) * inv)) >= thr) nent++;
    m->elabel = malloc(nent + 1);
    m->eweight = malloc((nent + 1) * sizeof *m->eweight);
    if (!m->elabel || !m->eweight) goto oom;
    uint32_t nf = 0, ne = 0;
    for (size_t i = 0; i < t->nfeat; i++) {
        size_t id = (size_t)pairs[2 * i + 1];
        if (t->iscopy[id]) continue;
        uint32_t start = ne;
        for (size_t y = 0; y < L; y++) {
            long v = lrint((t->w[id * L + y] - t->u[id * L + y] / c) * inv);
            if (labs(v) < thr) continue;
            m->elabel[ne] = (uint8_t)y;
            m->eweight[ne++] = (int16_t)v;
        }
        if (ne == start) continue;
        m->fkeys[nf] = pairs[2 * i];
        m->fstart[nf++] = start;
    }
    m->fstart[nf] = ne;
    m->nfeat = nf;
    m->nentries = ne;
    free(pairs);
    pairs = NULL;
    if (t->o->gaz && t->o->gaz->count) {
        const feat_gaz *g = t->o->gaz;
        m->gaz = feat_gaz_new(g->count);
        if (!m->gaz) goto oom;
        for (uint32_t i = 0; i < g->cap; i++)
            if (g->keys[i] && feat_gaz_add(m->gaz, g->keys[i], g->bits[i])) goto oom;
    }
    const char *why;
    if (tagger_model_finish(m, &why)) goto oom;
    return m;
oom:
    free(pairs);
    tagger_free(m);
    return NULL;
}

/* Token accuracy of model m on corpus d (labels compared by index). */
static double dev_accuracy(const tagger_model *m, const tagger_train_opts *o,
                           const tagger_corpus *d)
{
    size_t maxn = 0, ok = 0, all = 0;
    for (size_t s = 0; s < d->nsent; s++)
        if (d->sent_off[s + 1] - d->sent_off[s] > maxn) maxn = d->sent_off[s + 1] - d->sent_off[s];
    void *scratch = aligned_alloc(16, (tagger_scratch_size(m, maxn) + 15) & ~(size_t)15);
    uint8_t *out = malloc(maxn + 1);
    if (!scratch || !out) {
        free(scratch);
        free(out);
        return 0;
    }
    for (size_t s = 0; s < d->nsent; s++) {
        size_t b = d->sent_off[s], n = d->sent_off[s + 1] - b;
        tagger_tag(m, d->toks + b, n, o->pos_model, d->pos ? d->pos + b : NULL, scratch, out);
        for (size_t i = 0; i < n; i++) {
            /* for NER, count only tokens where gold or prediction is not O */
            if (m->kind == TAGGER_NER && m->prefix[d->gold[b + i]] == 'O' &&
                m->prefix[out[i]] == 'O')
                continue;
            all++;
            ok += out[i] == d->gold[b + i];
        }
    }
    free(scratch);
    free(out);
    return all ? (double)ok / (double)all : 0;
}

tagger_model *tagger_train(const tagger_train_opts *o, const tagger_corpus *c, ck_error *err)
{
    trainer t = {0};
    fmap fm = {0};
    tagger_model *result = NULL;
    feat_scratch *fs = NULL;
    uint64_t *feats = NULL, *ph = NULL;
    uint32_t *order = NULL;
    float *emis = NULL, *delta = NULL;
    uint8_t *back = NULL, *pred = NULL;
    double *acc = NULL;

    if (o->nlabels <= 0 || o->nlabels > TAGGER_MAX_LABELS) {
        ck_fail(err, CK_E_BAD_FIELD, "between 1 and %d labels", TAGGER_MAX_LABELS);
        return NULL;
    }
    t.o = o;
    t.c = c;
    t.L = (size_t)o->nlabels;
    t.ntok = c->sent_off[c->nsent];
    t.stride = c->domain ? 2 * FEAT_SLOTS : FEAT_SLOTS;
    t.shell = calloc(1, sizeof *t.shell);
    if (!t.shell) goto oom;
    t.shell->kind = o->kind;
    t.shell->flags = o->flags;
    t.shell->nlabels = (uint32_t)o->nlabels;
    memcpy(t.shell->lang, o->lang, 2);
    for (int i = 0; i < o->nlabels; i++) {
        if (strlen(o->labels[i]) > TAGGER_MAX_LABEL_LEN) {
            ck_fail(err, CK_E_BAD_FIELD, "label '%s' is too long", o->labels[i]);
            goto fail;
        }
        strcpy(t.shell->labels[i], o->labels[i]);
    }
    const char *why;
    int rc = tagger_model_finish(t.shell, &why);
    if (rc == -1) goto oom;
    if (rc) {
        ck_fail(err, CK_E_BAD_FIELD, "%s", why);
        goto fail;
    }

    size_t maxn = 1;
    for (size_t s = 0; s < c->nsent; s++)
        if (c->sent_off[s + 1] - c->sent_off[s] > maxn) maxn = c->sent_off[s + 1] - c->sent_off[s];
    fs = malloc(maxn * sizeof *fs);
    feats = malloc(maxn * t.stride * sizeof *feats);
    ph = malloc(maxn * sizeof *ph);
    emis = malloc(maxn * t.L * sizeof *emis);
    delta = malloc(maxn * t.L * sizeof *delta);
    back = malloc(maxn * t.L);
    pred = malloc(maxn);
    order = malloc((c->nsent + 1) * sizeof *order);
    t.fid = malloc((t.ntok + 1) * t.stride * sizeof *t.fid);
    if (!fs || !feats || !ph || !emis || !delta || !back || !pred || !order || !t.fid) goto oom;

    /* 1. count, 2. ids for the frequent ones (value = id + 1; 0 = dropped) */
    for (size_t s = 0; s < c->nsent; s++) {
        size_t n = c->sent_off[s + 1] - c->sent_off[s];
        sentence_features(&t, s, fs, ph, feats);
        for (size_t k = 0; k < n * t.stride; k++) {
            if (!feats[k]) continue;
            uint32_t *v = fmap_slot(&fm, feats[k]);
            if (!v) goto oom;
            if (*v < 0x7fffffffu) (*v)++;
        }
    }
    uint32_t minc = o->min_count ? o->min_count : 1;
    size_t kept = 0;
    for (uint32_t i = 0; i < fm.cap; i++)
        if (fm.keys[i] && fm.vals[i] >= minc) kept++;
    t.key = malloc((kept + 1) * sizeof *t.key);
    t.iscopy = calloc(kept + 1, 1);
    if (!t.key || !t.iscopy) goto oom;
    /* ids in order of first appearance in the corpus: independent of the table's layout */
    for (size_t s = 0; s < c->nsent; s++) {
        size_t b = c->sent_off[s], n = c->sent_off[s + 1] - b;
        sentence_features(&t, s, fs, ph, feats);
        for (size_t k = 0; k < n * t.stride; k++) {
            int32_t id = -1;
            if (feats[k]) {
                uint32_t *v = (uint32_t *)fmap_get(&fm, feats[k]);
                if (*v & 0x80000000u) {
                    id = (int32_t)(*v & 0x7fffffffu);
                } else if (*v >= minc) {
                    /* first sight of a kept feature: its id, marked by the high bit */
                    t.key[t.nfeat] = feats[k];
                    t.iscopy[t.nfeat] = k % t.stride >= FEAT_SLOTS;
                    *v = 0x80000000u | (uint32_t)t.nfeat;
                    id = (int32_t)t.nfeat++;
                }
            }
            t.fid[b * t.stride + k] = id;
        }
    }
    fmap_free(&fm);
    memset(&fm, 0, sizeof fm);
    if (o->log)
        fprintf(o->log, "train: %zu sentences, %zu tokens, %zu features kept (min count %u)\n",
                c->nsent, t.ntok, t.nfeat, minc);
    t.w = calloc(t.nfeat * t.L + 1, sizeof *t.w);
    t.u = calloc(t.nfeat * t.L + 1, sizeof *t.u);
    if (!t.w || !t.u) goto oom;

    /* 3. epochs, once per run; with several runs acc sums each run's averaged weights */
    const int runs = o->runs > 1 ? o->runs : 1;
    if (runs > 1) {
        acc = calloc(t.nfeat * t.L + 1, sizeof *acc);
        if (!acc) goto oom;
    }
    double tacc[(TAGGER_MAX_LABELS + 1) * TAGGER_MAX_LABELS] = {0};
    for (int run = 0; run < runs; run++) {
        if (run) {
            memset(t.w, 0, (t.nfeat * t.L + 1) * sizeof *t.w);
            memset(t.u, 0, (t.nfeat * t.L + 1) * sizeof *t.u);
            memset(t.tw, 0, sizeof t.tw);
            memset(t.tu, 0, sizeof t.tu);
        }
        uint64_t rng =
            0x9e3779b97f4a7c15ULL ^ ((uint64_t)(o->seed + (uint32_t)run) * 0x100000001b3ULL + 1);
        for (size_t s = 0; s < c->nsent; s++)
            order[s] = (uint32_t)s;
        t.step = 1;
        for (int ep = 0; ep < (o->epochs > 0 ? o->epochs : 1); ep++) {
            for (size_t s = c->nsent; s > 1; s--) {
                size_t j = (size_t)(rng_next(&rng) % s);
                uint32_t tmp = order[s - 1];
                order[s - 1] = order[j];
                order[j] = tmp;
            }
            size_t errs = 0, toks = 0;
            for (size_t si = 0; si < c->nsent; si++) {
                size_t s = order[si], b = c->sent_off[s], n = c->sent_off[s + 1] - b;
                if (n == 0) continue;
                const int32_t *fid = t.fid + b * t.stride;
                const uint8_t *gold = c->gold + b;
                memset(emis, 0, n * t.L * sizeof *emis);
                for (size_t i = 0; i < n; i++)
                    for (size_t k = 0; k < t.stride; k++) {
                        int32_t f = fid[i * t.stride + k];
                        if (f < 0) continue;
                        const float *wr = t.w + (size_t)f * t.L;
                        for (size_t y = 0; y < t.L; y++)
                            emis[i * t.L + y] += wr[y];
                    }
                viterbi_f(&t, emis, n, delta, back, pred);
                toks += n;
                for (size_t i = 0; i < n; i++) {
                    size_t gp = i ? (size_t)gold[i - 1] + 1 : 0,
                           pp = i ? (size_t)pred[i - 1] + 1 : 0;
                    if (gold[i] != pred[i]) {
                        errs++;
                        update(&t, fid + i * t.stride, gold[i], 1.0f);
                        update(&t, fid + i * t.stride, pred[i], -1.0f);
                    }
                    if (gold[i] != pred[i] || gp != pp) {
                        update_trans(&t, gp, gold[i], 1.0);
                        update_trans(&t, pp, pred[i], -1.0);
                    }
                }
                t.step += 1;
            }
            if (o->log) {
                fprintf(o->log, "epoch %d: train token errors %.2f%%", ep + 1,
                        100.0 * (double)errs / (double)(toks ? toks : 1));
                if (o->dev) {
                    tagger_model *m = build_model(&t);
                    if (m)
                        fprintf(o->log, ", dev %s accuracy %.2f%%",
                                o->kind == TAGGER_NER ? "entity-token" : "token",
                                100.0 * dev_accuracy(m, o, o->dev));
                    tagger_free(m);
                }
                fputc('\n', o->log);
                fflush(o->log);
            }
        }
        if (runs > 1) {
            const double steps = t.step;
            for (size_t j = 0; j < t.nfeat * t.L; j++)
                acc[j] += t.w[j] - t.u[j] / steps;
            for (size_t j = 0; j < (t.L + 1) * t.L; j++)
                tacc[j] += t.tw[j] - t.tu[j] / steps;
        }
    }
    if (runs > 1) {
        /* the mean as plain weights: build_model averages w - u/step with u = 0, step = 1 */
        for (size_t j = 0; j < t.nfeat * t.L; j++) {
            t.w[j] = (float)(acc[j] / runs);
            t.u[j] = 0;
        }
        for (size_t j = 0; j < (t.L + 1) * t.L; j++) {
            t.tw[j] = tacc[j] / runs;
            t.tu[j] = 0;
        }
        t.step = 1;
    }
    result = build_model(&t);
    if (!result) goto oom;
    goto done;
oom:
    ck_fail(err, CK_E_NOMEM, "out of memory");
fail:
done:
    fmap_free(&fm);
    tagger_free(t.shell);
    free(t.fid);
    free(t.key);
    free(t.iscopy);
    free(t.w);
    free(t.u);
    free(acc);
    free(fs);
    free(feats);
    free(ph);
    free(emis);
    free(delta);
    free(back);
    free(pred);
    free(order);
    return result;
}
