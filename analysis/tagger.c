/* tagger.c — part of speech and named entities: a linear model decoded with Viterbi.
 *
 * Why an averaged perceptron and not a CRF: both are linear-chain models over the same
 * features and decode the same way; the perceptron needs no gradient of the partition function,
 * so one epoch over CoNLL-2003 takes seconds in one thread, training is exactly reproducible
 * (integer-valued updates, fixed order), and the published gap to a CRF on NER/POS with rich
 * features is a fraction of a point. Averaging (the mean of the weights over all updates) gives
 * most of a CRF's regularization for free.
 *
 * Scoring: a sentence's features come from features_extract (analysis/features.c), the one
 * extractor that training uses too (tagger_tag_pair computes the part that the POS and the NER
 * model share once). Each feature hash is looked up in an open-addressing table; a hit yields
 * the feature's weights per label, a token's emission score per label is the sum over its
 * features. The file stores sparse rows of (label, int16 weight); at load time a feature with
 * many labels gets a dense int32 row instead (half of all hits are such features), added with
 * vector instructions. Transition weights (label bigrams, including from the sentence start)
 * carry the previous label. Viterbi finds the best sequence over the *valid* transitions only:
 * for BILOU labels, B-X and I-X must be followed by I-X or L-X, and every other label by O, B-*
 * or U-*; the last label must end an entity (O, L-*, U-*). It scores all labels of a token at
 * once with vector masks for the valid transitions and keeps no back pointers (the backtrace
 * recomputes the chosen label's best predecessor). Scores are int32 sums of the quantized
 * weights, so decoding is exact integer arithmetic: the same input gives the same tags on every
 * thread and machine, and ties go to the smallest label index.
 *
 * The model file (little-endian): magic "CHRKTAG\x1a", u32 format version, u32 feature version,
 * u32 kind (0 POS, 1 NER), char lang[4], u32 feature flags, u32 nlabels and the label names
 * (u8 length + bytes each), u32 lexicon size and (u64 lower-case word hash, u32 gazetteer bits,
 * word cluster and dictionary classes: LEX_* in features.h) pairs, f32 weight scale, i16
 * transitions ((nlabels+1) x nlabels), u32 nfeat, u32 nentries, u64 feature keys (sorted), u8 entry
 * count per feature, u8 entry labels, i16 entry weights, and a u64 FNV-1a checksum of everything
 * before it. A model is read-only once loaded. A feature set added later gets a flag of its own
 * (FEATF_DICT, FEATF_CLUSTERS2, FEATF_CASE) rather than a new FEAT_VERSION: models without it keep
 * their meaning, and a build that does not know a flag refuses the model with a message naming it.
 */
#include "analysis/tagger_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/resources.h"

/* ---- labels and lookup ---- */

/* A feature with at least this many labels gets a dense row (see tagger_int.h). */
#define DENSE_MIN 6

/* The first slot to probe for key in a table of mask + 1 slots. */
static inline uint32_t slot_of(uint64_t key, uint32_t mask)
{
    return (uint32_t)(key ^ (key >> 32)) & mask;
}

static int ner_type_of(const char *name)
{
    for (int t = 1; t < ENT_COUNT; t++)
        if (strcmp(document_entity_name(t), name) == 0) return t;
    return 0;
}

int tagger_model_finish(tagger_model *m, const char **why)
{
    uint32_t L = m->nlabels;
    *why = NULL;
    if (L == 0 || L > TAGGER_MAX_LABELS) {
        *why = "bad number of labels";
        return -2;
    }
    for (uint32_t i = 0; i < L; i++) {
        const char *s = m->labels[i];
        m->label_hash[i] = feat_hash(s, strlen(s));
        if (m->kind == TAGGER_POS) {
            m->prefix[i] = 0;
            m->doc_code[i] = (uint8_t)document_upos_from_name(s);
            if (!m->doc_code[i]) {
                *why = "a POS label is not a Universal POS tag";
                return -2;
            }
        } else if (strcmp(s, "O") == 0) {
            m->prefix[i] = 'O';
            m->doc_code[i] = 0;
        } else {
            if (!strchr("BILU", s[0]) || s[1] != '-' || !ner_type_of(s + 2)) {
                *why = "an NER label is not O or B/I/L/U- of PER, ORG, LOC, MISC";
                return -2;
            }
            m->prefix[i] = s[0];
            m->doc_code[i] = (uint8_t)ner_type_of(s + 2);
        }
    }
    free(m->allowed);
    m->allowed = malloc((size_t)(L + 1) * L);
    if (!m->allowed) return -1;
    for (uint32_t p = 0; p <= L; p++) {
        for (uint32_t c = 0; c < L; c++) {
            uint8_t ok = 1;
            if (m->kind == TAGGER_NER) {
                char pp = p == 0 ? 'O' : m->prefix[p - 1], cp = m->prefix[c];
                bool open = pp == 'B' || pp == 'I';
                if (open)
                    ok = (cp == 'I' || cp == 'L') && m->doc_code[p - 1] == m->doc_code[c];
                else
                    ok = cp == 'O' || cp == 'B' || cp == 'U';
            }
            m->allowed[(size_t)p * L + c] = ok;
        }
    }
    for (uint32_t c = 0; c < L; c++)
        m->endok[c] = m->kind != TAGGER_NER || m->prefix[c] == 'O' || m->prefix[c] == 'L' ||
                      m->prefix[c] == 'U';

    /* transitions as padded rows for the vectorized Viterbi (none yet in a trainer's shell) */
    const uint32_t P = (L + 3) & ~3u;
    m->lpad = P;
    free(m->vtrans);
    free(m->vallow);
    m->vtrans = aligned_alloc(16, (size_t)(L + 1) * P * sizeof *m->vtrans);
    m->vallow = aligned_alloc(16, (size_t)(L + 1) * P * sizeof *m->vallow);
    if (!m->vtrans || !m->vallow) return -1;
    for (uint32_t p = 0; p <= L; p++)
        for (uint32_t c = 0; c < P; c++) {
            m->vtrans[(size_t)p * P + c] = c < L && m->trans ? m->trans[(size_t)p * L + c] : 0;
            m->vallow[(size_t)p * P + c] = c < L && m->allowed[(size_t)p * L + c] ? -1 : 0;
        }
    for (uint32_t c = 0; c < L; c++) {
        m->nprev[c] = 0;
        for (uint32_t p = 0; p < L; p++)
            if (m->allowed[(size_t)(p + 1) * L + c]) {
                m->prev[c][m->nprev[c]] = (uint8_t)p;
                m->tprev[c][m->nprev[c]++] = m->trans ? m->trans[(size_t)(p + 1) * L + c] : 0;
            }
    }

    /* weight rows: dense for features with at least DENSE_MIN labels, sparse for the rest */
    uint32_t ndense = 0, nsparse = 0;
    for (uint32_t i = 0; i < m->nfeat; i++) {
        uint32_t cnt = m->fstart[i + 1] - m->fstart[i];
        if (cnt == 0 || cnt >= 32) {
            *why = "a feature row with no or too many entries";
            return -2;
        }
        if (cnt >= DENSE_MIN)
            ndense++;
        else
            nsparse += cnt;
    }
    if (nsparse >= (1u << 27) || ndense >= (1u << 27) - 1) return -1;
    uint32_t cap = 16; /* load factor at most 3/4: a small table; probes stay in a line */
    while (cap < m->nfeat + m->nfeat / 3u + 16)
        cap *= 2;
    free(m->slots);
    free(m->ent);
    free(m->dense);
    m->slots = calloc(cap, sizeof *m->slots);
    m->ent = malloc(((size_t)nsparse + 1) * sizeof *m->ent);
    m->dense = aligned_alloc(16, ((size_t)ndense + 1) * P * sizeof *m->dense);
    if (!m->slots || !m->ent || !m->dense) return -1;
    m->cap = cap;
    m->ndense = ndense;
    memset(m->dense, 0, ((size_t)ndense + 1) * P * sizeof *m->dense);
    ndense = nsparse = 0;
    for (uint32_t i = 0; i < m->nfeat; i++) {
        uint32_t b = m->fstart[i], cnt = m->fstart[i + 1] - b, row;
        if (cnt >= DENSE_MIN) {
            int32_t *d = m->dense + (size_t)ndense * P;
            for (uint32_t j = b; j < b + cnt; j++)
                d[m->elabel[j]] = m->eweight[j];
            row = ++ndense << 5;
        } else {
            row = nsparse << 5 | cnt;
            for (uint32_t j = b; j < b + cnt; j++)
                m->ent[nsparse++] = (struct tagger_entry){m->eweight[j], m->elabel[j], 0};
        }
        uint32_t h = slot_of(m->fkeys[i], cap - 1);
        while (m->slots[h].row)
            h = (h + 1) & (cap - 1);
        m->slots[h] = (struct tagger_slot){(uint32_t)(m->fkeys[i] >> 32), row};
    }
    return 0;
}

/* The row (see struct tagger_slot) of feature key, 0 when the model does not have it; probing
 * starts at slot h = slot_of(key). The slot keeps the key's high half; with the index bits that
 * is over 50 bits of the hash, so a false match is vanishingly rare (and harmless: one spurious
 * weight). */
static inline uint32_t lookup(const struct tagger_slot *slots, uint32_t mask, uint32_t h,
                              uint64_t key)
{
    const uint32_t check = (uint32_t)(key >> 32);
    for (;;) {
        const struct tagger_slot *sl = &slots[h];
        if (!sl->row) return 0;
        if (sl->check == check) return sl->row;
        h = (h + 1) & mask;
    }
}

/* ---- accessors ---- */

tagger_kind tagger_model_kind(const tagger_model *m)
{
    return (tagger_kind)m->kind;
}

const char *tagger_model_lang(const tagger_model *m)
{
    return m->lang;
}

uint32_t tagger_model_flags(const tagger_model *m)
{
    return m->flags;
}

int tagger_nlabels(const tagger_model *m)
{
    return (int)m->nlabels;
}

const char *tagger_label(const tagger_model *m, int i)
{
    return i >= 0 && (uint32_t)i < m->nlabels ? m->labels[i] : NULL;
}

size_t tagger_model_features(const tagger_model *m)
{
    return m->nfeat;
}

void tagger_free(tagger_model *m)
{
    if (!m) return;
    feat_gaz_free(m->gaz);
    free(m->fkeys);
    free(m->fstart);
    free(m->elabel);
    free(m->eweight);
    free(m->trans);
    free(m->allowed);
    free(m->vtrans);
    free(m->vallow);
    free(m->slots);
    free(m->ent);
    free(m->dense);
    free(m);
}

/* ---- serialization ---- */

typedef struct wbuf {
    unsigned char *p;
    size_t n, cap;
    int oom;
} wbuf;

static void put(wbuf *b, const void *src, size_t n)
{
    if (b->oom) return;
    if (b->n + n > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 1 << 16;
        while (nc < b->n + n)
            nc *= 2;
        unsigned char *np = realloc(b->p, nc);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, src, n);
    b->n += n;
}

static void put_u8(wbuf *b, uint8_t v)
{
    put(b, &v, 1);
}

static void put_u16(wbuf *b, uint16_t v)
{
    unsigned char x[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    put(b, x, 2);
}

static void put_u32(wbuf *b, uint32_t v)
{
    unsigned char x[4];
    for (int i = 0; i < 4; i++)
        x[i] = (unsigned char)(v >> (8 * i));
    put(b, x, 4);
}

static void put_u64(wbuf *b, uint64_t v)
{
    unsigned char x[8];
    for (int i = 0; i < 8; i++)
        x[i] = (unsigned char)(v >> (8 * i));
    put(b, x, 8);
}

static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

unsigned char *tagger_serialize(const tagger_model *m, size_t *len)
{
    wbuf b = {0};
    uint32_t L = m->nlabels;
    put(&b, TAGGER_MAGIC, 8);
    put_u32(&b, TAGGER_FORMAT_VERSION);
    put_u32(&b, FEAT_VERSION);
    put_u32(&b, m->kind);
    put(&b, m->lang, 4);
    put_u32(&b, m->flags);
    put_u32(&b, L);
    for (uint32_t i = 0; i < L; i++) {
        size_t n = strlen(m->labels[i]);
        put_u8(&b, (uint8_t)n);
        put(&b, m->labels[i], n);
    }
    /* the gazetteer, sorted so that the bytes do not depend on the table's history */
    uint32_t ng = m->gaz ? m->gaz->count : 0;
    uint64_t *gk = ng ? malloc(ng * sizeof *gk) : NULL;
    if (ng && !gk) b.oom = 1;
    uint32_t k = 0;
    for (uint32_t i = 0; gk && i < m->gaz->cap; i++)
        if (m->gaz->keys[i]) gk[k++] = m->gaz->keys[i];
    if (gk) qsort(gk, ng, sizeof *gk, cmp_u64);
    put_u32(&b, gk ? ng : 0);
    for (uint32_t i = 0; gk && i < ng; i++) {
        put_u64(&b, gk[i]);
        put_u32(&b, feat_gaz_get(m->gaz, gk[i]));
    }
    free(gk);
    uint32_t sc;
    memcpy(&sc, &m->scale, 4);
    put_u32(&b, sc);
    for (size_t i = 0; i < (size_t)(L + 1) * L; i++)
        put_u16(&b, (uint16_t)(int16_t)m->trans[i]);
    put_u32(&b, m->nfeat);
    put_u32(&b, m->nentries);
    for (uint32_t i = 0; i < m->nfeat; i++)
        put_u64(&b, m->fkeys[i]);
    for (uint32_t i = 0; i < m->nfeat; i++)
        put_u8(&b, (uint8_t)(m->fstart[i + 1] - m->fstart[i]));
    put(&b, m->elabel, m->nentries);
    for (uint32_t i = 0; i < m->nentries; i++)
        put_u16(&b, (uint16_t)m->eweight[i]);
    if (!b.oom) put_u64(&b, checksum(b.p, b.n));
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    *len = b.n;
    return b.p;
}

int tagger_save(const tagger_model *m, const char *path, ck_error *err)
{
    size_t n;
    unsigned char *p = tagger_serialize(m, &n);
    if (!p) return ck_fail(err, CK_E_RESOURCE, "%s: out of memory", path);
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        free(p);
        return ck_fail(err, CK_E_RESOURCE, "%s: %s", tmp, strerror(errno));
    }
    size_t w = fwrite(p, 1, n, f);
    free(p);
    if (fclose(f) != 0 || w != n) {
        remove(tmp);
        return ck_fail(err, CK_E_RESOURCE, "%s: write error", tmp);
    }
    if (rename(tmp, path) != 0) {
        remove(tmp);
        return ck_fail(err, CK_E_RESOURCE, "%s: %s", path, strerror(errno));
    }
    return 0;
}

typedef struct rbuf {
    const unsigned char *p, *end;
    int short_read;
} rbuf;

static const unsigned char *take(rbuf *r, size_t n)
{
    if (r->short_read || (size_t)(r->end - r->p) < n) {
        r->short_read = 1;
        return NULL;
    }
    const unsigned char *q = r->p;
    r->p += n;
    return q;
}

static uint32_t get_u32(rbuf *r)
{
    const unsigned char *q = take(r, 4);
    return q ? (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24
             : 0;
}

static uint64_t get_u64(rbuf *r)
{
    uint64_t lo = get_u32(r);
    return lo | (uint64_t)get_u32(r) << 32;
}

static int16_t get_i16(const unsigned char *q)
{
    return (int16_t)(uint16_t)((unsigned)q[0] | (unsigned)q[1] << 8);
}

tagger_model *tagger_load_buffer(const void *buf, size_t len, const char *name, ck_error *err)
{
    const unsigned char *p = buf;
    if (len < 8 || memcmp(p, TAGGER_MAGIC, 8) != 0) {
        ck_fail(err, CK_E_RESOURCE, "%s: not a chronik tagger model (wrong magic)", name);
        return NULL;
    }
    rbuf r = {p + 8, p + len, 0};
    uint32_t ver = get_u32(&r), fver = get_u32(&r);
    if (r.short_read) {
        ck_fail(err, CK_E_RESOURCE, "%s: truncated model file", name);
        return NULL;
    }
    if (ver != TAGGER_FORMAT_VERSION) {
        ck_fail(err, CK_E_RESOURCE, "%s: model format version %u, this build reads version %d",
                name, ver, TAGGER_FORMAT_VERSION);
        return NULL;
    }
    if (fver != FEAT_VERSION) {
        ck_fail(err, CK_E_RESOURCE,
                "%s: model made with feature templates version %u, this build has version %d", name,
                fver, FEAT_VERSION);
        return NULL;
    }
    if (len < 8 + 8 + 8) {
        ck_fail(err, CK_E_RESOURCE, "%s: truncated model file", name);
        return NULL;
    }
    uint64_t want = 0;
    for (int i = 0; i < 8; i++)
        want |= (uint64_t)p[len - 8 + (size_t)i] << (8 * i);
    if (checksum(p, len - 8) != want) {
        ck_fail(err, CK_E_RESOURCE, "%s: checksum mismatch (truncated or corrupted model file)",
                name);
        return NULL;
    }
    r.end = p + len - 8;

    tagger_model *m = calloc(1, sizeof *m);
    const char *why = "malformed model file";
    if (!m) goto nomem;
    m->kind = get_u32(&r);
    const unsigned char *q = take(&r, 4);
    if (q) memcpy(m->lang, q, 4);
    m->lang[3] = '\0';
    m->flags = get_u32(&r);
    m->nlabels = get_u32(&r);
    if (!r.short_read && (m->flags & ~(uint32_t)FEATF_ALL)) {
        ck_fail(err, CK_E_RESOURCE,
                "%s: model uses feature flags 0x%x that this build does not know", name,
                m->flags & ~(uint32_t)FEATF_ALL);
        tagger_free(m);
        return NULL;
    }
    if (r.short_read || m->kind > TAGGER_NER || m->nlabels == 0 || m->nlabels > TAGGER_MAX_LABELS ||
        (m->flags & FEATF_CASE && m->flags & FEATF_CLUSTERS2))
        goto bad;
    for (uint32_t i = 0; i < m->nlabels; i++) {
        const unsigned char *l = take(&r, 1);
        if (!l || *l == 0 || *l > TAGGER_MAX_LABEL_LEN) goto bad;
        const unsigned char *s = take(&r, *l);
        if (!s) goto bad;
        memcpy(m->labels[i], s, *l);
        m->labels[i][*l] = '\0';
    }
    uint32_t ng = get_u32(&r);
    if (r.short_read || ng > (size_t)(r.end - r.p) / 12) goto bad;
    if (ng) {
        m->gaz = feat_gaz_new(ng);
        if (!m->gaz) goto nomem;
        for (uint32_t i = 0; i < ng; i++) {
            uint64_t key = get_u64(&r);
            uint32_t v = get_u32(&r);
            if (r.short_read || !key || feat_gaz_add(m->gaz, key, v)) goto bad;
        }
    }
    uint32_t sc = get_u32(&r);
    memcpy(&m->scale, &sc, 4);
    uint32_t L = m->nlabels;
    size_t nt = (size_t)(L + 1) * L;
    const unsigned char *tq = take(&r, nt * 2);
    m->nfeat = get_u32(&r);
    m->nentries = get_u32(&r);
    if (!tq || r.short_read) goto bad;
    if ((uint64_t)m->nfeat * 9 + (uint64_t)m->nentries * 3 != (uint64_t)(r.end - r.p)) goto bad;
    m->trans = malloc(nt * sizeof *m->trans);
    m->fkeys = malloc(((size_t)m->nfeat + 1) * sizeof *m->fkeys);
    m->fstart = malloc(((size_t)m->nfeat + 1) * sizeof *m->fstart);
    m->elabel = malloc((size_t)m->nentries + 1);
    m->eweight = malloc(((size_t)m->nentries + 1) * sizeof *m->eweight);
    if (!m->trans || !m->fkeys || !m->fstart || !m->elabel || !m->eweight) goto nomem;
    for (size_t i = 0; i < nt; i++)
        m->trans[i] = get_i16(tq + 2 * i);
    for (uint32_t i = 0; i < m->nfeat; i++) {
        m->fkeys[i] = get_u64(&r);
        if (!m->fkeys[i] || (i && m->fkeys[i] <= m->fkeys[i - 1])) goto bad;
    }
    const unsigned char *cnt = take(&r, m->nfeat);
    const unsigned char *lab = take(&r, m->nentries);
    const unsigned char *wq = take(&r, (size_t)m->nentries * 2);
    if (r.short_read) goto bad;
    uint32_t acc = 0;
    for (uint32_t i = 0; i < m->nfeat; i++) {
        m->fstart[i] = acc;
        acc += cnt[i];
    }
    m->fstart[m->nfeat] = acc;
    if (acc != m->nentries) goto bad;
    for (uint32_t i = 0; i < m->nentries; i++) {
        if (lab[i] >= L) goto bad;
        m->elabel[i] = lab[i];
        m->eweight[i] = get_i16(wq + 2 * i);
    }
    int rc = tagger_model_finish(m, &why);
    if (rc == -1) goto nomem;
    if (rc) goto bad;
    return m;
nomem:
    tagger_free(m);
    ck_fail(err, CK_E_RESOURCE, "%s: out of memory", name);
    return NULL;
bad:
    tagger_free(m);
    ck_fail(err, CK_E_RESOURCE, "%s: %s", name, why);
    return NULL;
}

tagger_model *tagger_load(const char *path, ck_error *err)
{
    size_t len;
    char *buf = resources_read_file(path, &len, err);
    if (!buf) return NULL;
    tagger_model *m = tagger_load_buffer(buf, len, path, err);
    free(buf);
    return m;
}

/* ---- decoding ---- */

static size_t align16(size_t n)
{
    return (n + 15) & ~(size_t)15;
}

/* A sparse row found in the table: the token it belongs to, its first entry and count. */
struct hit {
    uint32_t tok, start, n;
};

/* How many features ahead the lookup prefetches table slots. */
enum { AHEAD = 24 };

/* Four int32 lanes: a GCC/clang vector extension, SSE2 on x86-64, NEON on arm64. */
typedef int32_t v4i __attribute__((vector_size(16)));
#define MAXV ((TAGGER_MAX_LABELS + 3) / 4)

size_t tagger_scratch_size(const tagger_model *m, size_t n)
{
    size_t P = m->lpad;
    return align16(n * sizeof(feat_scratch)) + align16(n * FEAT_SLOTS * sizeof(uint64_t)) +
           align16(n * sizeof(uint64_t)) + 2 * align16(n * P * sizeof(int32_t)) +
           align16(n * FEAT_SLOTS * sizeof(struct hit)) +
           align16((n * FEAT_SLOTS + AHEAD) * sizeof(uint32_t));
}

/* The scratch memory of a sentence: the features' part first (the same for every model, so
 * that tagger_tag_pair shares it), then the part of one model. */
typedef struct tag_mem {
    feat_scratch *fs;
    uint64_t *feats, *ph;
    int32_t *emis, *delta;
    struct hit *hits;
    uint32_t *ix;
} tag_mem;

/* Tags a sentence whose features are in t->feats: emission scores, then Viterbi into out.
 * nv = lpad / 4: inlined with a constant nv for the common label count, so that the vectors of
 * one token stay in registers.
 *
 * Emission scores: the table slots are prefetched AHEAD features ahead (nearly every access is
 * a cache miss otherwise). A dense row is added to the token's vectors at once (the loads do not
 * block the next lookups: out-of-order execution overlaps them); a sparse row is recorded in
 * hits[] with a prefetch and scattered into emis after all tokens. */
static inline __attribute__((always_inline)) void
decode(const tagger_model *m, size_t n, const size_t nv, const tag_mem *t, uint8_t *out)
{
    const size_t L = m->nlabels, P = nv * 4;
    const uint64_t *feats = t->feats;
    struct hit *hits = t->hits;
    int32_t *emis = t->emis, *delta = t->delta;

    /* a model without the dictionary, coarse-cluster or case-profile features leaves their slots
     * 0: skip them */
    const uint32_t used = (m->flags & FEATF_CASE)        ? FEAT_SLOTS
                          : (m->flags & FEATF_CLUSTERS2) ? FEAT_CASE_SLOT
                          : (m->flags & FEATF_DICT)      ? FEAT_CLUSTERS2_SLOT
                                                         : FEAT_DICT_SLOT;
    const size_t nf = n * used;
    const struct tagger_slot *slots = m->slots;
    const uint32_t mask = m->cap - 1;
    uint32_t *ix = t->ix; /* the first slot of every used feature slot, then AHEAD zeros */
    for (size_t i = 0, k = 0; i < n; i++)
        for (uint32_t j = 0; j < used; j++)
            ix[k++] = slot_of(feats[i * FEAT_SLOTS + j], mask);
    memset(ix + nf, 0, AHEAD * sizeof *ix);
    for (size_t k = 0; k < AHEAD && k < nf; k++)
        __builtin_prefetch(&slots[ix[k]]);
    size_t ns = 0;
    for (uint32_t i = 0, k = 0; i < n; i++) {
        v4i acc[MAXV];
        const uint64_t *tf = feats + (size_t)i * FEAT_SLOTS;
        for (size_t v = 0; v < nv; v++)
            acc[v] = (v4i){0, 0, 0, 0};
        for (uint32_t j = 0; j < used; j++, k++) {
            __builtin_prefetch(&slots[ix[k + AHEAD]]);
            if (!tf[j]) continue;
            uint32_t row = lookup(slots, mask, ix[k], tf[j]);
            if (!row) continue;
            uint32_t cnt = row & 31, start = row >> 5;
            if (cnt) {
                __builtin_prefetch(&m->ent[start]);
                hits[ns++] = (struct hit){i, start, cnt};
            } else {
                const v4i *w = (const v4i *)(m->dense + (size_t)(start - 1) * P);
                for (size_t v = 0; v < nv; v++)
                    acc[v] += w[v];
            }
        }
        v4i *e = (v4i *)(emis + i * P);
        for (size_t v = 0; v < nv; v++)
            e[v] = acc[v];
    }
    for (size_t h = 0; h < ns; h++) {
        int32_t *e = emis + (size_t)hits[h].tok * P;
        const struct tagger_entry *en = m->ent + hits[h].start;
        for (uint32_t j = 0; j < hits[h].n; j++)
            e[en[j].label] += en[j].w;
    }

    /* Viterbi over the valid transitions; NEG marks an unreachable state. Forward, the best
     * score of every label at once: predecessors p in increasing order, a lane takes a
     * candidate only when it is a valid transition and strictly better. No back pointers are
     * kept: the backtrace recomputes the best predecessor of the one label chosen at each
     * position, with the same sums in the same order (so ties go to the smallest p, and an
     * unreachable state gets 0, as a scalar loop with back pointers would give). */
    const int32_t NEG = INT32_MIN / 2;
    for (size_t c = 0; c < P; c++)
        delta[c] = c < L && m->allowed[c] ? emis[c] + m->trans[c] : NEG;
    for (size_t i = 1; i < n; i++) {
        const int32_t *dp = delta + (i - 1) * P;
        v4i best[MAXV];
        for (size_t v = 0; v < nv; v++)
            best[v] = (v4i){NEG, NEG, NEG, NEG};
        for (size_t p = 0; p < L; p++) {
            if (dp[p] == NEG) continue;
            const v4i *tr = (const v4i *)(m->vtrans + (p + 1) * P);
            const v4i *ok = (const v4i *)(m->vallow + (p + 1) * P);
            for (size_t v = 0; v < nv; v++) {
                v4i cand = dp[p] + tr[v];
                v4i take = (cand > best[v]) & ok[v];
                best[v] = (best[v] & ~take) | (cand & take);
            }
        }
        v4i *d = (v4i *)(delta + i * P);
        const v4i *e = (const v4i *)(emis + i * P);
        for (size_t v = 0; v < nv; v++) {
            v4i none = best[v] == NEG;
            d[v] = ((best[v] + e[v]) & ~none) | (NEG & none);
        }
    }
    const int32_t *dl = delta + (n - 1) * P;
    int32_t best = NEG;
    size_t arg = 0;
    for (size_t c = 0; c < L; c++)
        if (m->endok[c] && dl[c] != NEG && dl[c] > best) {
            best = dl[c];
            arg = c;
        }
    out[n - 1] = (uint8_t)arg;
    for (size_t i = n - 1; i > 0; i--) {
        const int32_t *dp = delta + (i - 1) * P;
        const size_t c = out[i];
        int32_t b = NEG;
        uint8_t a = 0;
        for (size_t q = 0; q < m->nprev[c]; q++) {
            const uint8_t p = m->prev[c][q];
            if (dp[p] == NEG) continue;
            int32_t v = dp[p] + m->tprev[c][q];
            if (v > b) {
                b = v;
                a = p;
            }
        }
        out[i - 1] = a;
    }
}

static tag_mem carve(const tagger_model *m, size_t n, void *scratch)
{
    tag_mem t;
    unsigned char *s = scratch;
    t.fs = (feat_scratch *)s;
    s += align16(n * sizeof(feat_scratch));
    t.feats = (uint64_t *)s;
    s += align16(n * FEAT_SLOTS * sizeof(uint64_t));
    t.ph = (uint64_t *)s;
    s += align16(n * sizeof(uint64_t));
    t.emis = (int32_t *)s;
    s += align16(n * m->lpad * sizeof(int32_t));
    t.delta = (int32_t *)s;
    s += align16(n * m->lpad * sizeof(int32_t));
    t.hits = (struct hit *)s;
    s += align16(n * FEAT_SLOTS * sizeof(struct hit));
    t.ix = (uint32_t *)s;
    return t;
}

/* The POS features of m into t->ph from a POS model's output (or none): NULL when m has none. */
static const uint64_t *pos_hashes_of(const tagger_model *m, size_t n, const tagger_model *pos_model,
                                     const uint8_t *pos, const tag_mem *t)
{
    if (!(m->flags & FEATF_POS_TAGS)) return NULL;
    if (pos_model && pos) {
        for (size_t i = 0; i < n; i++)
            t->ph[i] = pos[i] < pos_model->nlabels ? pos_model->label_hash[pos[i]] : 0;
    } else {
        memset(t->ph, 0, n * sizeof *t->ph);
    }
    return t->ph;
}

/* Tags a sentence whose features are in t->feats. */
static void tag_features(const tagger_model *m, size_t n, const tag_mem *t, uint8_t *out)
{
    if (m->lpad == 20) /* 17 to 20 labels: UPOS, BILOU over four types */
        decode(m, n, 5, t, out);
    else
        decode(m, n, m->lpad / 4, t, out);
}

void tagger_tag(const tagger_model *m, const feat_token *toks, size_t n,
                const tagger_model *pos_model, const uint8_t *pos, void *scratch, uint8_t *out)
{
    if (n == 0) return;
    tag_mem t = carve(m, n, scratch);
    feat_config cfg = {m->flags, m->gaz};
    features_extract(&cfg, toks, n, pos_hashes_of(m, n, pos_model, pos, &t), t.fs, t.feats);
    tag_features(m, n, &t, out);
}

void tagger_tag_pair(const tagger_model *pos, const tagger_model *ner, const feat_token *toks,
                     size_t n, void *scratch, uint8_t *pos_out, uint8_t *ner_out)
{
    if (n == 0) return;
    tag_mem t = carve(pos, n, scratch);
    feat_config pc = {pos->flags, pos->gaz}, nc = {ner->flags, ner->gaz};
    features_tokens(toks, n, t.fs);
    features_lexicon(&pc, n, t.fs);
    features_compose(&pc, n, pos_hashes_of(pos, n, NULL, NULL, &t), t.fs, 0, t.feats);
    tag_features(pos, n, &t, pos_out);

    t = carve(ner, n, scratch);
    features_lexicon(&nc, n, t.fs);
    size_t first = ((pos->flags ^ ner->flags) & FEATF_GERMAN) ? 0 : FEAT_TOKEN_SLOTS;
    features_compose(&nc, n, pos_hashes_of(ner, n, pos, pos_out, &t), t.fs, first, t.feats);
    tag_features(ner, n, &t, ner_out);
}

int tagger_tag_document(const tagger_model *pos, const tagger_model *ner, document *doc,
                        ck_error *err)
{
    doc->entities = NULL;
    doc->nentities = 0;
    if ((!pos && !ner) || doc->ntokens == 0) return 0;
    size_t maxn = 0;
    for (size_t s = 0; s < doc->nsentences; s++) {
        size_t n = doc->sentences[s].tok_end - doc->sentences[s].tok_begin;
        if (n > maxn) maxn = n;
    }
    if (maxn > TAGGER_CHUNK) maxn = TAGGER_CHUNK;
    size_t need = 0;
    if (pos) need = tagger_scratch_size(pos, maxn);
    if (ner && tagger_scratch_size(ner, maxn) > need) need = tagger_scratch_size(ner, maxn);
    void *scratch = arena_alloc(doc->arena, need);
    feat_token *toks = arena_alloc(doc->arena, maxn * sizeof *toks + 1);
    uint8_t *pl = arena_alloc(doc->arena, maxn + 1);
    uint8_t *nl = arena_alloc(doc->arena, maxn + 1);
    if (!scratch || !toks || !pl || !nl) return ck_fail(err, CK_E_NOMEM, "out of memory");

    size_t nent = 0, cap = 0;
    entity *ents = NULL;
    /* a sentence longer than TAGGER_CHUNK tokens is tagged in pieces: bounded scratch memory */
    for (size_t s = 0; s < doc->nsentences; s++) {
        const sentence *se = &doc->sentences[s];
        for (size_t b = se->tok_begin; b < se->tok_end; b += TAGGER_CHUNK) {
            size_t n = se->tok_end - b;
            if (n > TAGGER_CHUNK) n = TAGGER_CHUNK;
            token *tk = doc->tokens + b;
            for (size_t i = 0; i < n; i++) {
                toks[i].s = doc->text + tk[i].start;
                toks[i].len = tk[i].end - tk[i].start;
            }
            if (pos && ner)
                tagger_tag_pair(pos, ner, toks, n, scratch, pl, nl);
            else if (pos)
                tagger_tag(pos, toks, n, NULL, NULL, scratch, pl);
            else
                tagger_tag(ner, toks, n, NULL, NULL, scratch, nl);
            if (pos)
                for (size_t i = 0; i < n; i++)
                    tk[i].pos = pos->doc_code[pl[i]];
            if (!ner) continue;
            for (size_t i = 0; i < n; i++) {
                char pf = ner->prefix[nl[i]];
                uint8_t type = ner->doc_code[nl[i]];
                /* a span starts at B- or U-, or at an I-/L- that does not continue one (BIO models)
                 */
                bool begin = pf == 'B' || pf == 'U' ||
                             ((pf == 'I' || pf == 'L') &&
                              (i == 0 || tk[i - 1].ner == 0 || NER_TYPE(tk[i - 1].ner) != type ||
                               ner->prefix[nl[i - 1]] == 'L' || ner->prefix[nl[i - 1]] == 'U'));
                if (pf == 'O') {
                    tk[i].ner = 0;
                    continue;
                }
                tk[i].ner = begin ? NER_B(type) : NER_I(type);
                if (begin) {
                    if (nent == cap) {
                        size_t nc = cap ? cap * 2 : 32;
                        entity *ne =
                            arena_realloc(doc->arena, ents, cap * sizeof *ents, nc * sizeof *ents);
                        if (!ne) return ck_fail(err, CK_E_NOMEM, "out of memory");
                        ents = ne;
                        cap = nc;
                    }
                    entity *e = &ents[nent++];
                    e->tok_begin = (uint32_t)(b + i);
                    e->start = tk[i].start;
                    e->sentence = (uint32_t)s;
                    e->type = type;
                }
                ents[nent - 1].tok_end = (uint32_t)(b + i + 1);
                ents[nent - 1].end = tk[i].end;
            }
        }
    }
    doc->entities = ents;
    doc->nentities = nent;
    return 0;
}
