/* language.c — pipeline stage 3: German or English, by a hashed character n-gram model.
 *
 * The algorithm: a two-class naive Bayes over byte n-grams (1..4 bytes) and whole short words
 * of the normalized text (language_int.h: lower-cased, digits and punctuation collapsed to one
 * space). Each feature is hashed into a table of 2^bits buckets that holds, fixed-point, the
 * log-likelihood ratio log P(f | de) - log P(f | en) learnt by tools/train_language.c; the
 * detector sums the ratios of every feature and answers "de" when the sum is positive. The
 * whole-word features act as the stop-word prior ("der", "und", "the", "of" weigh most).
 * Invariants: the table is read-only after language_new, so one detector serves every thread
 * without locks; per-call state (a 4 KiB buffer) lives on the stack; only the first
 * LANGUAGE_SCAN_BYTES of a text are read, so the cost of a call is bounded.
 * Why not libexttextcat: its rank-order (Cavnar-Trenkle) classifier builds and sorts an n-gram
 * profile with malloc on every call, its handle is not thread-safe (a lock or a handle per
 * thread would be needed), and on single sentences it is both slower and less accurate than
 * this model (figures in docs/QUALITY.md, "Language detection"). */
#include "analysis/language.h"
#include "analysis/language_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/resources.h"

/* Bytes of input read at most; the first few KB of an article decide its language. */
#define LANGUAGE_SCAN_BYTES 4096

/* Stop reading once the evidence exceeds this many nats either way: far beyond any doubt, and
 * most articles get there within a few hundred bytes. */
#define LANGUAGE_DECISIVE_NATS 40

struct language_detector {
    uint32_t mask;
    long decisive; /* LANGUAGE_DECISIVE_NATS in the table's fixed-point scale */
    int16_t *table;
};

size_t language_normalize(const char *src, size_t n, char *dst, size_t cap)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t o = 0, i = 0;
    dst[o++] = ' ';
    while (i < n) {
        unsigned c = s[i];
        if (o + 5 > cap) break; /* room for a 4-byte sequence and the closing space */
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                dst[o++] = (char)(c + 32);
            else if ((c >= 'a' && c <= 'z') || c == '\'')
                dst[o++] = (char)c;
            else if (dst[o - 1] != ' ')
                dst[o++] = ' ';
            i++;
            continue;
        }
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > n) break;
        if (c == 0xC3 && len == 2) {
            unsigned d = s[i + 1];
            /* Latin-1 capitals (but the multiplication sign) to lower case */
            if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20;
            dst[o++] = (char)c;
            dst[o++] = (char)d;
        } else if (c == 0xE2 && len == 3 && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
            dst[o++] = '\''; /* typographic apostrophe, as in "don’t" */
        } else if (c == 0xC2 || c == 0xE2 || len == 1) {
            /* Latin-1 punctuation, no-break space, general punctuation, symbols, stray bytes */
            if (dst[o - 1] != ' ') dst[o++] = ' ';
        } else {
            memcpy(dst + o, s + i, len);
            o += len;
        }
        i += len;
    }
    if (dst[o - 1] != ' ') dst[o++] = ' ';
    return o;
}

/* A short xor-shift-multiply finalizer: spreads FNV's bits before the mask takes the low ones. */
static inline uint32_t mix32(uint32_t h)
{
    h ^= h >> 15;
    h *= 0x2c1b3c6du;
    h ^= h >> 12;
    return h;
}

int language_features_at(const char *t, size_t len, size_t i, uint32_t *out)
{
    const unsigned char *u = (const unsigned char *)t;
    int n = 0;
    uint32_t h = 2166136261u;
    /* n-grams ending at i, hashed from their last byte backwards, so each length extends the
     * previous hash; a lone space is no evidence */
    for (size_t k = 1; k <= 4 && k <= i + 1; k++) {
        h ^= u[i + 1 - k];
        h *= 16777619u;
        if (k == 1 && u[i] == ' ') continue;
        out[n++] = mix32(h);
    }
    if (u[i] == ' ' && i > 0) {
        size_t j = i - 1;
        while (j > 0 && u[j] != ' ' && i - j <= LANGUAGE_MAX_WORD + 1)
            j--;
        if (u[j] == ' ' && i - j >= 2 && i - j <= LANGUAGE_MAX_WORD + 1) {
            uint32_t w = 0x811c9dc5u ^ 0x5bd1e995u; /* a seed apart from the n-grams */
            for (size_t k = j; k <= i; k++) {
                w ^= u[k];
                w *= 16777619u;
            }
            out[n++] = mix32(w);
        }
    }
    (void)len;
    return n;
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

language_detector *language_new(const char *resource_dir, ck_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", resource_dir, LANGUAGE_MODEL_FILE);
    size_t len;
    unsigned char *buf = (unsigned char *)resources_read_file(path, &len, err);
    if (!buf) return NULL;
    language_detector *d = NULL;
    const size_t head = 8 + 4 * 3;
    if (len < head || memcmp(buf, LANGUAGE_MODEL_MAGIC, 8) != 0) {
        ck_fail(err, CK_E_RESOURCE, "%s: not a language model (bad magic)", path);
        goto out;
    }
    uint32_t version = get_u32(buf + 8), bits = get_u32(buf + 12), scale = get_u32(buf + 16);
    if (version != LANGUAGE_MODEL_VERSION) {
        ck_fail(err, CK_E_RESOURCE, "%s: model version %u, this build reads version %u", path,
                (unsigned)version, (unsigned)LANGUAGE_MODEL_VERSION);
        goto out;
    }
    if (bits < 8 || bits > 24 || scale == 0) {
        ck_fail(err, CK_E_RESOURCE, "%s: bad header (bits %u, scale %u)", path, (unsigned)bits,
                (unsigned)scale);
        goto out;
    }
    size_t entries = (size_t)1 << bits;
    if (len != head + entries * 2 + 4) {
        ck_fail(err, CK_E_RESOURCE, "%s: %zu bytes, expected %zu (truncated or corrupt)", path, len,
                head + entries * 2 + 4);
        goto out;
    }
    uint32_t sum = 2166136261u;
    for (size_t i = 0; i < entries * 2; i++) {
        sum ^= buf[head + i];
        sum *= 16777619u;
    }
    if (sum != get_u32(buf + head + entries * 2)) {
        ck_fail(err, CK_E_RESOURCE, "%s: checksum mismatch (corrupt)", path);
        goto out;
    }
    d = calloc(1, sizeof *d);
    if (d) d->table = malloc(entries * sizeof *d->table);
    if (!d || !d->table) {
        language_free(d);
        d = NULL;
        ck_fail(err, CK_E_RESOURCE, "%s: out of memory", path);
        goto out;
    }
    d->mask = (uint32_t)(entries - 1);
    d->decisive = (long)scale * LANGUAGE_DECISIVE_NATS;
    for (size_t i = 0; i < entries; i++) {
        const unsigned char *p = buf + head + 2 * i;
        d->table[i] = (int16_t)(uint16_t)(p[0] | p[1] << 8);
    }
out:
    free(buf);
    return d;
}

void language_free(language_detector *d)
{
    if (!d) return;
    free(d->table);
    free(d);
}

const char *language_detect(const language_detector *d, const char *text, size_t n)
{
    char norm[LANGUAGE_SCAN_BYTES + 8];
    if (n > LANGUAGE_SCAN_BYTES) n = LANGUAGE_SCAN_BYTES;
    size_t len = language_normalize(text, n, norm, sizeof norm);
    long score = 0;
    uint32_t f[LANGUAGE_MAX_FEATURES];
    for (size_t i = 1; i < len; i++) {
        int k = language_features_at(norm, len, i, f);
        for (int j = 0; j < k; j++)
            score += d->table[f[j] & d->mask];
        if ((i & 63) == 0 && i >= 256 && (score > d->decisive || score < -d->decisive)) break;
    }
    return score > 0 ? "de" : "en";
}
