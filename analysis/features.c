/* features.c — the tagger's feature extractor: one C function for training and serving.
 *
 * Every feature is a 64-bit hash of a template number and the strings or smaller hashes it
 * combines, so the extractor never allocates and a model is a table from hashes to weights.
 * Two passes per sentence: first each token's own values are hashed once (word, lower case,
 * shapes, four prefixes and suffixes counted in code points of the lower-cased form,
 * capitalization, sentence-initial position: features_tokens) and looked up in the model's
 * lexicon (gazetteer bits, cluster, dictionary word classes, capitalization profile:
 * features_lexicon); then the FEAT_SLOTS features of each token are composed from those of its
 * window of ±2 by mixing hashes, which is cheap (features_compose). The first FEAT_TOKEN_SLOTS
 * slots need neither the lexicon nor POS tags, so a caller tagging with two models computes them
 * once. Invariants: the output depends only on the token texts, their order and the config; slot
 * k always holds the same template (0 when it does not apply); 0 is never a real feature. Tokens
 * longer than FEAT_MAX_BYTES bytes are read only up to that length (URLs and the like). */
#include "analysis/features.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define FEAT_MAX_BYTES 256

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME  0x100000001b3ULL

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x ? x : 1;
}

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

uint64_t feat_hash(const char *s, size_t n)
{
    return mix64(fnv(FNV_OFFSET, s, n));
}

/* A feature from a template number and up to three component hashes: multiply-xorshift
 * rounds between the parts (so that their order matters) and one full mix at the end. */
static inline uint64_t feat(uint32_t t, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t h = ((uint64_t)t + 1) * 0x9e3779b97f4a7c15ULL ^ a;
    h *= 0xc2b2ae3d27d4eb4fULL;
    h ^= (h >> 29) ^ b;
    h *= 0x165667b19e3779f9ULL;
    h ^= (h >> 32) ^ c;
    return mix64(h);
}

/* Lower-cases s into buf (at most cap bytes), recording the byte offset after each code point in
 * ends (at most maxcp of them) and the kind of each code point's shape letter in shape. Returns
 * the byte length written; *ncp gets the number of code points read. */
static size_t lower_utf8(const char *s, size_t n, char *buf, size_t cap, uint16_t *ends,
                         size_t maxcp, size_t *ncp, char *shape, uint8_t *first_upper)
{
    size_t i = 0, o = 0, k = 0;
    *first_upper = 0;
    while (i < n && k < maxcp) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp;
        char sh;
        if (c < 0x80) {
            cp = c;
            i++;
            if (c >= 'A' && c <= 'Z') {
                sh = 'X';
                cp = c + 32;
            } else if (c >= 'a' && c <= 'z') {
                sh = 'x';
            } else if (c >= '0' && c <= '9') {
                sh = 'd';
            } else {
                sh = (char)c;
            }
        } else {
            utf8proc_ssize_t r =
                utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
            if (r <= 0) {
                cp = 0xFFFD;
                r = 1;
            }
            i += (size_t)r;
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
                sh = 'X';
                cp = utf8proc_tolower(cp);
            } else if (cat >= UTF8PROC_CATEGORY_LL && cat <= UTF8PROC_CATEGORY_LO) {
                sh = 'x';
            } else if (cat == UTF8PROC_CATEGORY_ND) {
                sh = 'd';
            } else {
                sh = '*';
            }
        }
        if (k == 0) *first_upper = sh == 'X';
        if (o + 4 > cap) break;
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf + o);
        shape[k] = sh;
        ends[k++] = (uint16_t)o;
    }
    *ncp = k;
    return o;
}

void features_tokens(const feat_token *toks, size_t n, feat_scratch *sc)
{
    char lower[FEAT_MAX_BYTES + 8];
    uint16_t ends[FEAT_MAX_BYTES];
    char shape[FEAT_MAX_BYTES];
    char lshape[32], sshape[32];

    /* pass 1: each token's own values */
    for (size_t i = 0; i < n; i++) {
        feat_scratch *t = &sc[i];
        size_t len = toks[i].len < FEAT_MAX_BYTES ? toks[i].len : FEAT_MAX_BYTES;
        size_t ncp;
        uint8_t up;
        size_t lb = lower_utf8(toks[i].s, len, lower, sizeof lower - 8, ends, FEAT_MAX_BYTES, &ncp,
                               shape, &up);
        t->word = feat_hash(toks[i].s, len);
        t->lower = feat_hash(lower, lb);
        t->cap = up;
        /* long shape: runs capped at 3, at most 16 letters; short shape: runs collapsed */
        size_t ls = 0, ss = 0, run = 0;
        for (size_t k = 0; k < ncp; k++) {
            run = (k > 0 && shape[k] == shape[k - 1]) ? run + 1 : 1;
            if (run <= 3 && ls < 16) lshape[ls++] = shape[k];
            if (run == 1 && ss < 16) sshape[ss++] = shape[k];
        }
        t->shape = feat_hash(lshape, ls);
        t->sshape = feat_hash(sshape, ss);
        for (size_t k = 0; k < 4; k++) {
            if (ncp > k + 1) {
                t->pre[k] = feat_hash(lower, ends[k]);
                size_t from = ends[ncp - k - 2];
                t->suf[k] = feat_hash(lower + from, lb - from);
            } else {
                t->pre[k] = t->suf[k] = 0;
            }
        }
        /* sentence-initial: the first token, or the first after opening punctuation */
        t->pad = ncp > 0 && !(shape[0] == 'x' || shape[0] == 'X' || shape[0] == 'd');
        t->initial = i == 0 || (i == 1 && sc[0].pad && toks[0].len <= 3);
    }
}

void features_lexicon(const feat_config *cfg, size_t n, feat_scratch *sc)
{
    const uint32_t flags = cfg->flags;
    for (size_t i = 0; i < n; i++) {
        feat_scratch *t = &sc[i];
        uint32_t lex = (flags & (FEATF_GAZ | FEATF_CLUSTERS | FEATF_DICT | FEATF_CASE))
                           ? feat_gaz_get(cfg->gaz, t->lower)
                           : 0;
        t->gaz = (flags & FEATF_GAZ) ? (uint8_t)(lex & GAZ_BITS) : 0;
        const uint32_t cl = (flags & FEATF_CLUSTERS) ? LEX_CLUSTER(lex) : 0;
        t->cluster = (flags & (FEATF_CLUSTERS2 | FEATF_CASE)) ? LEX_FINE(cl) : cl;
        t->cluster2 = (flags & FEATF_CLUSTERS2) ? LEX_COARSE(cl) : 0;
        t->dict = (flags & FEATF_DICT) ? (uint8_t)LEX_DICT(lex) : 0;
        t->casep = (flags & FEATF_CASE) ? (uint8_t)LEX_CASE(lex) : 0;
    }
}

void features_extract(const feat_config *cfg, const feat_token *toks, size_t n,
                      const uint64_t *pos_hashes, feat_scratch *sc, uint64_t *out)
{
    features_tokens(toks, n, sc);
    features_lexicon(cfg, n, sc);
    features_compose(cfg, n, pos_hashes, sc, 0, out);
}

void features_compose(const feat_config *cfg, size_t n, const uint64_t *pos_hashes,
                      const feat_scratch *sc, size_t first, uint64_t *out)
{
    const uint32_t flags = cfg->flags;

    static const uint64_t BOS = 0x5b0b5b0b5b0b5b0bULL, EOS = 0xe05e05e05e05e05eULL;
#define AT(j, field) ((j) < 0 ? BOS : (size_t)(j) >= n ? EOS : sc[(j)].field)
#define GAZ_AT(j)    ((j) < 0 || (size_t)(j) >= n ? 0x80u : sc[(j)].gaz)
#define POS_AT(j)    ((j) < 0 ? BOS : (size_t)(j) >= n ? EOS : pos_hashes[(j)])
#define CL_AT(j)     ((j) < 0 ? 0xfffffu : (size_t)(j) >= n ? 0xffffeu : sc[(j)].cluster)
#define DICT_AT(j)   ((j) < 0 ? 0x100u : (size_t)(j) >= n ? 0x200u : sc[(j)].dict)
#define CL2_AT(j)    ((j) < 0 ? 0xfffffu : (size_t)(j) >= n ? 0xffffeu : sc[(j)].cluster2)
#define CASE_AT(j)   ((j) < 0 ? 0x40u : (size_t)(j) >= n ? 0x41u : sc[(j)].casep)

    /* pass 2: compose, first the token slots (of nt tokens: none when out has them already),
     * then the slots from the lexicon and the POS tags */
    const size_t nt = first < FEAT_TOKEN_SLOTS ? n : 0;
    for (size_t i = 0; i < nt; i++) {
        uint64_t *f = out + i * FEAT_SLOTS;
        const feat_scratch *t = &sc[i];
        long j = (long)i;
        memset(f, 0, FEAT_TOKEN_SLOTS * sizeof *f);
        f[0] = feat(0, 0, 0, 0);
        f[1] = feat(1, t->word, 0, 0);
        f[2] = feat(2, t->lower, 0, 0);
        for (int k = 0; k < 4; k++) {
            if (t->pre[k]) f[3 + k] = feat(3 + k, t->pre[k], 0, 0);
            if (t->suf[k]) f[7 + k] = feat(7 + k, t->suf[k], 0, 0);
        }
        f[11] = feat(11, t->shape, 0, 0);
        f[12] = feat(12, t->sshape, 0, 0);
        f[13] = feat(13, AT(j - 1, lower), 0, 0);
        f[14] = feat(14, AT(j + 1, lower), 0, 0);
        f[15] = feat(15, AT(j - 2, lower), 0, 0);
        f[16] = feat(16, AT(j + 2, lower), 0, 0);
        f[17] = feat(17, AT(j - 1, sshape), 0, 0);
        f[18] = feat(18, AT(j + 1, sshape), 0, 0);
        f[19] = feat(19, AT(j - 2, sshape), 0, 0);
        f[20] = feat(20, AT(j + 2, sshape), 0, 0);
        f[21] = feat(21, AT(j - 1, lower), t->lower, 0);
        f[22] = feat(22, t->lower, AT(j + 1, lower), 0);
        f[23] = feat(23, AT(j - 1, sshape), t->sshape, AT(j + 1, sshape));
        f[24] = feat(24, t->initial, t->shape, 0);
        f[25] = feat(25, AT(j - 1, word), t->sshape, 0);
        f[26] = feat(26, t->sshape, AT(j + 1, lower), 0);
        f[27] = feat(27, AT(j - 2, lower), AT(j - 1, lower), 0);
        f[28] = feat(28, t->initial, t->cap, 0);
        f[29] = feat(29, AT(j - 1, suf[2]), t->sshape, 0);
        f[30] = feat(30, t->sshape, AT(j + 1, suf[2]), 0);
        if (flags & FEATF_GERMAN) {
            /* In German every noun is capitalized: a capital letter says "noun", not "name".
             * Pair it with what tells nouns from names: the noun suffix (-ung, -heit, -keit,
             * -schaft ...) and the determiner before it. */
            f[31] = feat(31, t->cap | (uint64_t)t->initial << 1, t->suf[2], 0);
            f[32] = feat(32, t->cap | (uint64_t)t->initial << 1, AT(j - 1, lower), 0);
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t *f = out + i * FEAT_SLOTS;
        const feat_scratch *t = &sc[i];
        long j = (long)i;
        memset(f + FEAT_TOKEN_SLOTS, 0, (FEAT_SLOTS - FEAT_TOKEN_SLOTS) * sizeof *f);
        if (flags & FEATF_GAZ) {
            f[33] = feat(33, t->gaz, 0, 0);
            for (int b = 0; b < 7; b++)
                if (t->gaz & (1u << b)) f[34 + b] = feat(34 + (uint32_t)b, 1, 0, 0);
            f[41] = feat(41, GAZ_AT(j - 1), t->gaz, 0);
            f[42] = feat(42, t->gaz, GAZ_AT(j + 1), 0);
        }
        if (flags & FEATF_POS_TAGS) {
            f[43] = feat(43, POS_AT(j), 0, 0);
            f[44] = feat(44, POS_AT(j - 1), POS_AT(j), 0);
            f[45] = feat(45, POS_AT(j), POS_AT(j + 1), 0);
            f[46] = feat(46, POS_AT(j), t->sshape, 0);
            f[47] = feat(47, POS_AT(j - 1), POS_AT(j), POS_AT(j + 1));
        }
        if (flags & FEATF_CLUSTERS) {
            f[48] = feat(48, t->cluster, 0, 0);
            f[49] = feat(49, CL_AT(j - 1), 0, 0);
            f[50] = feat(50, CL_AT(j + 1), 0, 0);
            f[51] = feat(51, CL_AT(j - 1), t->cluster, 0);
            f[52] = feat(52, t->cluster, CL_AT(j + 1), 0);
            f[53] = feat(53, t->cluster, t->sshape, 0);
            f[54] = feat(54, CL_AT(j - 2), 0, 0);
            f[55] = feat(55, CL_AT(j + 2), 0, 0);
        }
        if (flags & FEATF_DICT) {
            /* The dictionary's word classes (0: an unknown word), paired with the capital letter
             * (in German a capitalized common noun is no name, a capitalized unknown word may
             * be one), the neighbours' classes, the suffix and the word before. */
            const uint64_t cap = t->cap | (uint64_t)t->initial << 1, d = t->dict;
            f[FEAT_DICT_SLOT] = feat(56, d, cap, 0);
            f[57] = feat(57, DICT_AT(j - 1), d, 0);
            f[58] = feat(58, d, DICT_AT(j + 1), 0);
            f[59] = feat(59, DICT_AT(j - 1), d, DICT_AT(j + 1));
            f[60] = feat(60, d, t->suf[2], 0);
            f[61] = feat(61, d, AT(j - 1, lower), 0);
        }
        if (flags & FEATF_CLUSTERS2) {
            /* the coarse group in the fine cluster's templates: rare words whose fine cluster
             * saw few training names share weights with their group (Brown-prefix style) */
            const uint64_t g = t->cluster2;
            f[FEAT_CLUSTERS2_SLOT] = feat(62, g, 0, 0);
            f[63] = feat(63, CL2_AT(j - 1), 0, 0);
            f[64] = feat(64, CL2_AT(j + 1), 0, 0);
            f[65] = feat(65, CL2_AT(j - 1), g, 0);
            f[66] = feat(66, g, CL2_AT(j + 1), 0);
            f[67] = feat(67, g, t->sshape, 0);
            f[68] = feat(68, CL2_AT(j - 2), 0, 0);
            f[69] = feat(69, CL2_AT(j + 2), 0, 0);
        }
        if (flags & FEATF_CASE) {
            /* how the word is written elsewhere (its profile, 0: too rare to know), alone, at
             * ±1, paired with how it is written here (a lower-case word that is mostly
             * capitalized elsewhere is a name written carelessly) and with the neighbours'
             * profiles (two capitalized-elsewhere words in a row: a multi-word name) */
            const uint64_t p = t->casep;
            f[FEAT_CASE_SLOT] = feat(70, p, 0, 0);
            f[71] = feat(71, CASE_AT(j - 1), 0, 0);
            f[72] = feat(72, CASE_AT(j + 1), 0, 0);
            f[73] = feat(73, p, t->sshape, t->initial);
            f[74] = feat(74, CASE_AT(j - 1), p, 0);
            f[75] = feat(75, p, CASE_AT(j + 1), 0);
        }
    }
#undef AT
#undef GAZ_AT
#undef POS_AT
#undef CL_AT
#undef DICT_AT
#undef CL2_AT
#undef CASE_AT
}

/* A token lower-cased on its own (features_case, feat_hash_lower). */
typedef struct lowered {
    char lower[FEAT_MAX_BYTES + 8];
    uint16_t ends[FEAT_MAX_BYTES];
    char shape[FEAT_MAX_BYTES];
    size_t ncp, len;
    uint8_t up;
} lowered;

static void lower_token(const char *s, size_t n, lowered *w)
{
    if (n > FEAT_MAX_BYTES) n = FEAT_MAX_BYTES;
    w->len = lower_utf8(s, n, w->lower, sizeof w->lower - 8, w->ends, FEAT_MAX_BYTES, &w->ncp,
                        w->shape, &w->up);
}

int features_case(const char *s, size_t n)
{
    lowered w;
    lower_token(s, n, &w);
    if (w.ncp == 0 || (w.shape[0] != 'x' && w.shape[0] != 'X')) return FEAT_CASE_NONE;
    if (!w.up) return FEAT_CASE_LOWER;
    size_t upper = 0, letters = 0;
    for (size_t k = 0; k < w.ncp; k++) {
        upper += w.shape[k] == 'X';
        letters += w.shape[k] == 'X' || w.shape[k] == 'x';
    }
    return letters >= 2 && upper == letters ? FEAT_CASE_UPPER : FEAT_CASE_TITLE;
}

uint64_t feat_hash_lower(const char *s, size_t n)
{
    lowered w;
    lower_token(s, n, &w);
    return feat_hash(w.lower, w.len);
}

feat_gaz *feat_gaz_new(uint32_t n)
{
    feat_gaz *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    uint32_t cap = 16;
    while (cap < n * 2 + 16)
        cap *= 2;
    g->keys = calloc(cap, sizeof *g->keys);
    g->bits = calloc(cap, sizeof *g->bits);
    g->cap = cap;
    if (!g->keys || !g->bits) {
        feat_gaz_free(g);
        return NULL;
    }
    return g;
}

int feat_gaz_add(feat_gaz *g, uint64_t key, uint32_t bits)
{
    uint32_t m = g->cap - 1, i = (uint32_t)key & m;
    while (g->keys[i] && g->keys[i] != key)
        i = (i + 1) & m;
    if (!g->keys[i]) {
        if ((g->count + 1) * 2 > g->cap) return -1;
        g->keys[i] = key;
        g->count++;
    }
    g->bits[i] |= bits;
    return 0;
}

uint32_t feat_gaz_get(const feat_gaz *g, uint64_t key)
{
    if (!g || !g->count) return 0;
    uint32_t m = g->cap - 1, i = (uint32_t)key & m;
    while (g->keys[i]) {
        if (g->keys[i] == key) return g->bits[i];
        i = (i + 1) & m;
    }
    return 0;
}

feat_gaz *feat_gaz_grow(const feat_gaz *g, uint32_t extra)
{
    feat_gaz *c = feat_gaz_new((g ? g->count : 0) + extra);
    for (uint32_t i = 0; c && g && i < g->cap; i++)
        if (g->keys[i] && feat_gaz_add(c, g->keys[i], g->bits[i])) {
            feat_gaz_free(c);
            return NULL;
        }
    return c;
}

void feat_gaz_free(feat_gaz *g)
{
    if (!g) return;
    free(g->keys);
    free(g->bits);
    free(g);
}
