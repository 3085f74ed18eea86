/* clusters.c — distributional word clusters for the tagger, learned from the training text.
 *
 * Each of the V most frequent lower-cased word forms is described by the distribution of its
 * left and right neighbours among the C most frequent forms (plus sentence start/end), taken
 * as Hellinger (square-root) vectors and L2-normalized. Spherical k-means groups them: the
 * first K words (by frequency) seed the centroids, each round assigns every word to the
 * centroid of highest cosine and recomputes the centroids; ties go to the lower cluster, words
 * are visited in frequency order (ties by hash), so the result is a pure function of the text.
 * Words are known only by their hash: nothing of the text is stored.
 *
 * Capitalization profiles (case_profile_learn) come from the same text: per lower-cased word, the
 * share of its occurrences written with a capital letter, and the share in ALLCAPS, counting only
 * occurrences that are not sentence-initial (where every word is capitalized) in sentences that
 * are not headlines (half or more of their words in ALLCAPS, as in CoNLL-2003). */
#include "tools/clusters.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct wc {
    uint64_t key;
    uint32_t count;
    int32_t vid, cid;      /* vocabulary index, context index; -1 when none */
    uint32_t title, upper; /* case profiles: occurrences with a capital letter, in ALLCAPS */
} wc;

typedef struct wtab {
    wc *e;
    uint32_t cap, n;
} wtab;

static wc *wtab_get(wtab *t, uint64_t key, int insert)
{
    if (insert && (t->n + 1) * 2 > t->cap) {
        uint32_t nc = t->cap ? t->cap * 2 : 1u << 16;
        wc *ne = calloc(nc, sizeof *ne);
        if (!ne) return NULL;
        for (uint32_t i = 0; i < t->cap; i++) {
            if (!t->e[i].key) continue;
            uint32_t h = (uint32_t)t->e[i].key & (nc - 1);
            while (ne[h].key)
                h = (h + 1) & (nc - 1);
            ne[h] = t->e[i];
        }
        free(t->e);
        t->e = ne;
        t->cap = nc;
    }
    if (!t->cap) return NULL;
    uint32_t h = (uint32_t)key & (t->cap - 1);
    while (t->e[h].key && t->e[h].key != key)
        h = (h + 1) & (t->cap - 1);
    if (!t->e[h].key) {
        if (!insert) return NULL;
        t->e[h].key = key;
        t->e[h].vid = t->e[h].cid = -1;
        t->n++;
    }
    return &t->e[h];
}

static int by_count(const void *a, const void *b)
{
    const wc *x = *(wc *const *)a, *y = *(wc *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

/* Scales each of the rows of m (rows x D) to unit L2 length (a zero row stays zero). */
static void normalize_rows(float *m, int rows, size_t D)
{
    for (int r = 0; r < rows; r++) {
        float *cc = m + (size_t)r * D;
        double norm = 0;
        for (size_t d = 0; d < D; d++)
            norm += (double)cc[d] * cc[d];
        norm = sqrt(norm);
        for (size_t d = 0; d < D; d++)
            cc[d] = (float)(cc[d] / (norm > 0 ? norm : 1));
    }
}

/* The coarse level (groups > 0): the K clusters themselves grouped by spherical k-means, so that
 * every group is a union of whole clusters (a two-level hierarchy, like a short prefix of a Brown
 * cluster path). Why over the centroids and not a second clustering of the words with a smaller K:
 * a word's two ids then never disagree (a fine cluster lies in one group), it costs K x groups dot
 * products instead of another pass over the vocabulary, and each cluster enters with the sum of its
 * words' vectors, so the group centroid is the mean direction of all the group's words, as if the
 * words themselves had been clustered under the constraint. Seeds (by_size 0): the largest
 * cluster, then again and again the cluster farthest (lowest best cosine) from all seeds so far
 * (ties: the lower id), which spreads the seeds over the space but picks outliers, so many groups
 * end up a single cluster; by_size 1: the G clusters with the most words (ties: the lower id),
 * more even groups. 20 rounds at most. Deterministic. grp[k] gets the
 * group of cluster k; sums (K x D, the unnormalized sums) is overwritten. */
static void group_clusters(float *sums, const size_t *size, int K, size_t D, int G, int by_size,
                           int32_t *grp)
{
    float *gc = calloc((size_t)G * D, sizeof *gc), *best = malloc((size_t)K * sizeof *best);
    float *unit = malloc((size_t)K * D * sizeof *unit);
    if (!gc || !best || !unit) {
        for (int k = 0; k < K; k++)
            grp[k] = k % G;
        goto done;
    }
    for (int k = 0; k < K; k++) {
        double norm = 0;
        for (size_t d = 0; d < D; d++)
            norm += (double)sums[(size_t)k * D + d] * sums[(size_t)k * D + d];
        norm = sqrt(norm);
        for (size_t d = 0; d < D; d++)
            unit[(size_t)k * D + d] = (float)(sums[(size_t)k * D + d] / (norm > 0 ? norm : 1));
    }
    int first = 0;
    for (int k = 1; k < K; k++)
        if (size[k] > size[first]) first = k;
    for (int k = 0; k < K; k++)
        best[k] = -2;
    for (int g = 0, seed = first; g < G && by_size; g++) {
        /* the g-th largest: the largest not yet taken (best[] marks the taken ones) */
        memcpy(gc + (size_t)g * D, unit + (size_t)seed * D, D * sizeof *gc);
        best[seed] = 2;
        seed = -1;
        for (int k = 0; k < K; k++)
            if (best[k] < 2 && (seed < 0 || size[k] > size[seed])) seed = k;
        if (seed < 0) break;
    }
    for (int g = 0, seed = first; g < G && !by_size; g++) {
        memcpy(gc + (size_t)g * D, unit + (size_t)seed * D, D * sizeof *gc);
        int far = 0;
        for (int k = 0; k < K; k++) {
            float dot = 0;
            for (size_t d = 0; d < D; d++)
                dot += unit[(size_t)k * D + d] * gc[(size_t)g * D + d];
            if (dot > best[k]) best[k] = dot;
            if (best[k] < best[far]) far = k;
        }
        seed = far;
    }
    for (int it = 0; it < 20; it++) {
        int moved = 0;
        for (int k = 0; k < K; k++) {
            float bd = -2;
            int32_t arg = 0;
            for (int g = 0; g < G; g++) {
                float dot = 0;
                for (size_t d = 0; d < D; d++)
                    dot += unit[(size_t)k * D + d] * gc[(size_t)g * D + d];
                if (dot > bd) {
                    bd = dot;
                    arg = g;
                }
            }
            if (it == 0 || grp[k] != arg) moved++;
            grp[k] = arg;
        }
        if (it > 0 && !moved) break;
        memset(gc, 0, (size_t)G * D * sizeof *gc);
        for (int k = 0; k < K; k++)
            for (size_t d = 0; d < D; d++)
                gc[(size_t)grp[k] * D + d] += sums[(size_t)k * D + d];
        normalize_rows(gc, G, D);
    }
done:
    free(gc);
    free(best);
    free(unit);
}

int clusters_learn(const corpus *const *texts, size_t ntexts, int K, int V, int G, int by_size,
                   feat_gaz *lex, FILE *log)
{
    const int C = 300;
    const size_t D = 2 * (size_t)(C + 1);
    wtab t = {0};
    wc **sorted = NULL;
    float *vec = NULL, *cen = NULL;
    int32_t *assign = NULL, *grp = NULL;
    size_t *size = NULL;
    uint64_t *keys = NULL;
    int rc = -1;

    /* word hashes per token, once */
    size_t ntok = 0;
    for (size_t x = 0; x < ntexts; x++)
        ntok += texts[x]->ntok;
    keys = malloc((ntok + 1) * sizeof *keys);
    if (!keys) goto done;
    size_t at = 0;
    for (size_t x = 0; x < ntexts; x++)
        for (size_t i = 0; i < texts[x]->ntok; i++) {
            keys[at] = feat_hash_lower(texts[x]->toks[i].s, texts[x]->toks[i].len);
            wc *w = wtab_get(&t, keys[at++], 1);
            if (!w) goto done;
            w->count++;
        }
    sorted = malloc((t.n + 1) * sizeof *sorted);
    if (!sorted) goto done;
    size_t n = 0;
    for (uint32_t i = 0; i < t.cap; i++)
        if (t.e[i].key) sorted[n++] = &t.e[i];
    qsort(sorted, n, sizeof *sorted, by_count);
    size_t nv = 0;
    for (size_t i = 0; i < n && nv < (size_t)V && sorted[i]->count >= 3; i++)
        sorted[i]->vid = (int32_t)nv++;
    for (size_t i = 0; i < n && i < (size_t)C; i++)
        sorted[i]->cid = (int32_t)i;
    if (nv < (size_t)K) {
        if (log) fprintf(log, "clusters: only %zu words, none learned\n", nv);
        rc = 0;
        goto done;
    }

    /* context counts: left neighbours in [0, C], right in [C+1, 2C+1]; C is "other/boundary" */
    vec = calloc(nv * D, sizeof *vec);
    cen = malloc((size_t)K * D * sizeof *cen);
    assign = malloc(nv * sizeof *assign);
    if (!vec || !cen || !assign) goto done;
    at = 0;
    for (size_t x = 0; x < ntexts; x++) {
        const corpus *c = texts[x];
        for (size_t s = 0; s < c->nsent; s++) {
            size_t b = c->sent_off[s], e = c->sent_off[s + 1];
            for (size_t i = b; i < e; i++) {
                wc *w = wtab_get(&t, keys[at + i], 0);
                if (!w || w->vid < 0) continue;
                float *v = vec + (size_t)w->vid * D;
                wc *l = i > b ? wtab_get(&t, keys[at + i - 1], 0) : NULL;
                wc *r = i + 1 < e ? wtab_get(&t, keys[at + i + 1], 0) : NULL;
                v[l && l->cid >= 0 ? (size_t)l->cid : (size_t)C] += 1;
                v[(size_t)C + 1 + (r && r->cid >= 0 ? (size_t)r->cid : (size_t)C)] += 1;
            }
        }
        at += c->ntok;
    }
    for (size_t w = 0; w < nv; w++) {
        float *v = vec + w * D;
        double sum = 0, norm = 0;
        for (size_t d = 0; d < D; d++)
            sum += v[d];
        for (size_t d = 0; d < D; d++) {
            v[d] = (float)sqrt(v[d] / (sum > 0 ? sum : 1));
            norm += (double)v[d] * v[d];
        }
        norm = sqrt(norm);
        for (size_t d = 0; d < D; d++)
            v[d] = (float)(v[d] / (norm > 0 ? norm : 1));
    }
    /* spherical k-means, seeded with the K most frequent words */
    memcpy(cen, vec, (size_t)K * D * sizeof *cen);
    for (int it = 0; it < 12; it++) {
        size_t moved = 0;
        for (size_t w = 0; w < nv; w++) {
            const float *v = vec + w * D;
            float best = -2;
            int32_t arg = 0;
            for (int k = 0; k < K; k++) {
                const float *cc = cen + (size_t)k * D;
                float dot = 0;
                for (size_t d = 0; d < D; d++)
                    dot += v[d] * cc[d];
                if (dot > best) {
                    best = dot;
                    arg = k;
                }
            }
            if (it == 0 || assign[w] != arg) moved++;
            assign[w] = arg;
        }
        memset(cen, 0, (size_t)K * D * sizeof *cen);
        for (size_t w = 0; w < nv; w++)
            for (size_t d = 0; d < D; d++)
                cen[(size_t)assign[w] * D + d] += vec[w * D + d];
        normalize_rows(cen, K, D);
        if (log) fprintf(log, "clusters: round %d, %zu of %zu words moved\n", it + 1, moved, nv);
        if (it > 0 && moved * 1000 < nv) break;
    }
    if (G > 0) {
        /* the unnormalized sums of the final assignment (cen is free now) */
        grp = malloc((size_t)K * sizeof *grp);
        size = calloc((size_t)K, sizeof *size);
        if (!grp || !size) goto done;
        memset(cen, 0, (size_t)K * D * sizeof *cen);
        for (size_t w = 0; w < nv; w++) {
            size[assign[w]]++;
            for (size_t d = 0; d < D; d++)
                cen[(size_t)assign[w] * D + d] += vec[w * D + d];
        }
        group_clusters(cen, size, K, D, G, by_size, grp);
        if (log) {
            /* the spread of the groups: how many clusters the largest has, how many have one */
            int most = 0, single = 0;
            for (int g = 0; g < G; g++) {
                int c = 0;
                for (int k = 0; k < K; k++)
                    c += grp[k] == g;
                most = c > most ? c : most;
                single += c == 1;
            }
            fprintf(log, "clusters: %d clusters in %d groups (largest %d, %d of one)\n", K, G, most,
                    single);
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (sorted[i]->vid < 0) continue;
        int32_t a = assign[sorted[i]->vid];
        if (feat_gaz_add(lex, sorted[i]->key, G > 0 ? LEX_VALUE2(a, grp[a]) : LEX_VALUE(a)))
            goto done;
    }
    rc = 0;
done:
    free(t.e);
    free(sorted);
    free(vec);
    free(cen);
    free(assign);
    free(grp);
    free(size);
    free(keys);
    return rc;
}

/* A headline: two or more words in ALLCAPS and at least as many as the other words. */
static int is_headline(const uint8_t *cs, size_t n)
{
    size_t upper = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        upper += cs[i] == FEAT_CASE_UPPER;
        words += cs[i] != FEAT_CASE_NONE;
    }
    return upper >= 2 && upper * 2 >= words;
}

/* The profile (LEX_CASE) of a word seen n times (n > 0) with a capital letter title times, in
 * ALLCAPS upper times. */
static uint32_t case_profile(uint32_t n, uint32_t title, uint32_t upper)
{
    const uint64_t c = title, N = n;
    uint32_t p = c * 20 < N       ? CASE_NEVER
                 : c * 4 < N      ? CASE_RARELY
                 : c * 5 < N * 3  ? CASE_MIXED
                 : c * 10 < N * 9 ? CASE_MOSTLY
                                  : CASE_ALWAYS;
    uint32_t u = (uint64_t)upper * 20 < N ? 1 : (uint64_t)upper * 2 < N ? 2 : 3;
    return p | u << CASE_UPPER_SHIFT;
}

int case_profile_learn(const corpus *const *texts, size_t ntexts, int min_count, feat_gaz **lex,
                       FILE *log)
{
    wtab t = {0};
    uint8_t *cs = NULL;
    size_t maxlen = 0;
    int rc = -1;
    for (size_t x = 0; x < ntexts; x++)
        for (size_t s = 0; s < texts[x]->nsent; s++) {
            size_t len = texts[x]->sent_off[s + 1] - texts[x]->sent_off[s];
            if (len > maxlen) maxlen = len;
        }
    cs = malloc(maxlen + 1);
    if (!cs) goto done;
    size_t seen = 0, headlines = 0;
    for (size_t x = 0; x < ntexts; x++) {
        const corpus *c = texts[x];
        for (size_t s = 0; s < c->nsent; s++) {
            const feat_token *tk = c->toks + c->sent_off[s];
            size_t n = c->sent_off[s + 1] - c->sent_off[s];
            for (size_t i = 0; i < n; i++)
                cs[i] = (uint8_t)features_case(tk[i].s, tk[i].len);
            if (is_headline(cs, n)) {
                headlines++;
                continue;
            }
            /* sentence-initial as in features_tokens: the first token, or the first after short
             * opening punctuation */
            size_t from = n > 1 && cs[0] == FEAT_CASE_NONE && tk[0].len <= 3 &&
                                  !(tk[0].s[0] >= '0' && tk[0].s[0] <= '9')
                              ? 2
                              : 1;
            for (size_t i = from; i < n; i++) {
                if (cs[i] == FEAT_CASE_NONE) continue;
                wc *w = wtab_get(&t, feat_hash_lower(tk[i].s, tk[i].len), 1);
                if (!w) goto done;
                w->count++;
                w->title += cs[i] >= FEAT_CASE_TITLE;
                w->upper += cs[i] == FEAT_CASE_UPPER;
                seen++;
            }
        }
    }
    uint32_t nw = 0;
    for (uint32_t i = 0; i < t.cap; i++)
        nw += t.e[i].key && t.e[i].count >= (uint32_t)min_count;
    feat_gaz *g = feat_gaz_grow(*lex, nw);
    if (!g) goto done;
    feat_gaz_free(*lex);
    *lex = g;
    uint32_t hist[CASE_ALWAYS + 1] = {0};
    for (uint32_t i = 0; i < t.cap; i++) {
        const wc *w = &t.e[i];
        if (!w->key || w->count < (uint32_t)min_count) continue;
        uint32_t p = case_profile(w->count, w->title, w->upper);
        hist[p & 7]++;
        if (feat_gaz_add(g, w->key, LEX_CASE_VALUE(p))) goto done;
    }
    if (log)
        fprintf(log,
                "case profiles: %u words (of %u) from %zu tokens, %zu headlines left out; "
                "never %u, rarely %u, mixed %u, mostly %u, always %u\n",
                nw, t.n, seen, headlines, hist[CASE_NEVER], hist[CASE_RARELY], hist[CASE_MIXED],
                hist[CASE_MOSTLY], hist[CASE_ALWAYS]);
    rc = 0;
done:
    free(t.e);
    free(cs);
    return rc;
}
