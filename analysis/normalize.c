/* normalize.c — UTF-8 validation and NFC normalization with a byte map back to the input.
 *
 * Validation is a strict RFC 3629 decoder (no overlong forms, no surrogates, nothing above
 * U+10FFFF, no NUL) with an 8-bytes-at-a-time ASCII skip. Normalization first runs a
 * conservative quick check: ASCII, and any non-ASCII character that is a starter, not a mark,
 * not a Hangul jamo, not excluded from composition and not a canonical singleton, cannot change
 * under NFC nor combine with its neighbour to the left. A text made only of such characters is
 * already NFC and is copied as is (to_input = NULL). Otherwise the text is cut into segments,
 * each beginning at such a safe character, and each segment that contains an unsafe character
 * is decomposed, reordered and recomposed by utf8proc into a caller-provided buffer (no
 * allocation per segment). Every output byte maps to the input offset of the character it
 * came from (the k-th output character to the k-th input character when the counts agree,
 * else to the segment's start), and text[len] maps to input_len; the map is non-decreasing.
 * Two passes (measure, then write) size the output exactly. */
#include "analysis/normalize.h"

#include <string.h>
#include <utf8proc.h>

/* Returns the length of the valid sequence at s[i..n), or 0 when it is invalid or NUL. */
static size_t utf8_seq_len(const unsigned char *s, size_t i, size_t n)
{
    unsigned char c = s[i];
    if (c < 0x80) return c ? 1 : 0;
    if (c < 0xC2) return 0; /* continuation byte or overlong 2-byte lead */
    if (c < 0xE0) return (i + 1 < n && (s[i + 1] & 0xC0) == 0x80) ? 2 : 0;
    if (c < 0xF0) {
        if (i + 2 >= n) return 0;
        unsigned char c1 = s[i + 1], c2 = s[i + 2];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && c1 < 0xA0) return 0;  /* overlong */
        if (c == 0xED && c1 >= 0xA0) return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (i + 3 >= n) return 0;
        unsigned char c1 = s[i + 1], c2 = s[i + 2], c3 = s[i + 3];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && c1 < 0x90) return 0;  /* overlong */
        if (c == 0xF4 && c1 >= 0x90) return 0; /* above U+10FFFF */
        return 4;
    }
    return 0;
}

/* True when the 8 bytes at p are ASCII and none is NUL. */
static int ascii8(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    const uint64_t hi = 0x8080808080808080ull, lo = 0x0101010101010101ull;
    return !(v & hi) && !((v - lo) & ~v & hi);
}

int normalize_validate(const char *str, size_t n, ck_error *err)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && ascii8(s + i)) {
            i += 8;
            continue;
        }
        size_t k = utf8_seq_len(s, i, n);
        if (!k) {
            if (s[i] == 0)
                return ck_fail(err, CK_E_BAD_UTF8, "invalid UTF-8 at byte offset %zu (NUL byte)",
                               i);
            return ck_fail(err, CK_E_BAD_UTF8, "invalid UTF-8 at byte offset %zu", i);
        }
        i += k;
    }
    return 0;
}

/* Decodes the valid sequence at s[i] (validated before), storing its length in *k. */
static int32_t decode(const unsigned char *s, size_t i, size_t *k)
{
    unsigned char c = s[i];
    if (c < 0x80) {
        *k = 1;
        return c;
    }
    if (c < 0xE0) {
        *k = 2;
        return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    }
    if (c < 0xF0) {
        *k = 3;
        return ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    }
    *k = 4;
    return ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
           (s[i + 3] & 0x3F);
}

/* True when cp (non-ASCII) is unchanged by NFC and cannot combine with what precedes it. */
static int nfc_safe(int32_t cp)
{
    /* Latin-1, Latin Extended-A/B, IPA and modifier letters: all stable starters (checked
     * exhaustively against utf8proc_NFC when this was written) */
    if (cp < 0x300) return 1;
    if (cp >= 0x1100 && cp <= 0x11FF) return 0; /* Hangul jamo compose algorithmically */
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->combining_class != 0 || p->comp_exclusion) return 0;
    if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC ||
        p->category == UTF8PROC_CATEGORY_ME)
        return 0;
    if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) {
        /* a canonical decomposition: safe only when composition restores cp (not so for
         * singletons such as U+212B ANGSTROM SIGN) */
        utf8proc_int32_t d[8];
        int last = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
        if (m < 1 || m > 8) return 0;
        m = utf8proc_normalize_utf32(d, m, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (m != 1 || d[0] != cp) return 0;
    }
    return 1;
}

/* True when every character of s[0..n) is ASCII or nfc_safe. */
static int quick_nfc(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && ascii8(s + i)) {
            i += 8;
            continue;
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k;
        int32_t cp = decode(s, i, &k);
        if (!nfc_safe(cp)) return 0;
        i += k;
    }
    return 1;
}

typedef struct nfc_buf {
    utf8proc_int32_t *cps; /* scratch for one segment's codepoints */
    size_t cap;
    arena *a;
} nfc_buf;

/* Normalizes segment s[a..b) (input offsets) and appends it at out+*o with its map (when out
 * is not NULL); always advances *o by the output length. Returns 0 or CK_E_NOMEM. */
static int nfc_segment(nfc_buf *nb, const unsigned char *s, size_t a, size_t b, char *out,
                       uint32_t *map, size_t *o)
{
    size_t need = (b - a) * 4 + 8;
    if (need > nb->cap) {
        size_t cap = need * 2;
        utf8proc_int32_t *c = arena_alloc(nb->a, cap * sizeof *c);
        if (!c) return CK_E_NOMEM;
        nb->cps = c;
        nb->cap = cap;
    }
    utf8proc_ssize_t m =
        utf8proc_decompose(s + a, (utf8proc_ssize_t)(b - a), nb->cps, (utf8proc_ssize_t)nb->cap,
                           UTF8PROC_DECOMPOSE | UTF8PROC_STABLE);
    if (m < 0 || (size_t)m > nb->cap) return CK_E_NOMEM;
    m = utf8proc_normalize_utf32(nb->cps, m, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (m < 0) return CK_E_NOMEM;
    /* count input characters to decide the map */
    size_t nin = 0;
    for (size_t i = a; i < b; i++)
        if ((s[i] & 0xC0) != 0x80) nin++;
    size_t in_off = a;
    for (utf8proc_ssize_t j = 0; j < m; j++) {
        unsigned char enc[4];
        utf8proc_ssize_t k = utf8proc_encode_char(nb->cps[j], enc);
        if (out) {
            uint32_t src = (uint32_t)((size_t)m == nin ? in_off : a);
            memcpy(out + *o, enc, (size_t)k);
            for (utf8proc_ssize_t t = 0; t < k; t++)
                map[*o + (size_t)t] = src;
        }
        *o += (size_t)k;
        if ((size_t)m == nin) {
            size_t ik;
            decode(s, in_off, &ik);
            in_off += ik;
        }
    }
    return 0;
}

/* One pass over the input: measures (out == NULL) or writes the NFC text and its map. */
static int nfc_pass(nfc_buf *nb, const unsigned char *s, size_t n, char *out, uint32_t *map,
                    size_t *olen)
{
    size_t o = 0, i = 0;
    size_t seg = 0; /* start of the current segment */
    int dirty = 0;  /* the current segment holds an unsafe character */
    while (i <= n) {
        size_t k = 1;
        int safe = 1;
        if (i < n && s[i] >= 0x80) {
            int32_t cp = decode(s, i, &k);
            safe = nfc_safe(cp);
        }
        if (safe && i > seg) {
            /* flush [seg, i) */
            if (dirty) {
                int rc = nfc_segment(nb, s, seg, i, out, map, &o);
                if (rc) return rc;
            } else {
                if (out) {
                    memcpy(out + o, s + seg, i - seg);
                    for (size_t t = 0; t < i - seg; t++)
                        map[o + t] = (uint32_t)(seg + t);
                }
                o += i - seg;
            }
            seg = i;
            dirty = 0;
        }
        if (!safe) dirty = 1;
        if (i == n) break;
        i += k;
    }
    if (out) {
        out[o] = '\0';
        map[o] = (uint32_t)n;
    }
    *olen = o;
    return 0;
}

int normalize_document(document *doc, ck_error *err)
{
    const unsigned char *s = (const unsigned char *)doc->input;
    size_t n = doc->input_len;
    if (n >= UINT32_MAX) return ck_fail(err, CK_E_BAD_UTF8, "text too long for 32-bit offsets");
    int rc = normalize_validate(doc->input, n, err);
    if (rc) return rc;
    if (quick_nfc(s, n)) {
        char *t = arena_strndup(doc->arena, doc->input, n);
        if (!t) return ck_fail(err, CK_E_NOMEM, "out of memory");
        doc->text = t;
        doc->len = n;
        doc->to_input = NULL;
        return 0;
    }
    nfc_buf nb = {NULL, 0, doc->arena};
    size_t len = 0;
    if (nfc_pass(&nb, s, n, NULL, NULL, &len)) return ck_fail(err, CK_E_NOMEM, "out of memory");
    if (len >= UINT32_MAX) return ck_fail(err, CK_E_BAD_UTF8, "text too long for 32-bit offsets");
    char *t = arena_alloc(doc->arena, len + 1);
    uint32_t *map = arena_alloc(doc->arena, (len + 1) * sizeof *map);
    if (!t || !map) return ck_fail(err, CK_E_NOMEM, "out of memory");
    if (nfc_pass(&nb, s, n, t, map, &len)) return ck_fail(err, CK_E_NOMEM, "out of memory");
    doc->text = t;
    doc->len = len;
    /* the unsafe characters may all have been NFC already: then no map is needed */
    doc->to_input = (len == n && memcmp(t, s, n) == 0) ? NULL : map;
    return 0;
}
