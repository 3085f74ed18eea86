/* segment.c — tokens and sentences for German and English, driven by per-language lists.
 *
 * Tokenizing is one left-to-right pass over the NFC text. At each position the longest of
 * these wins: a URL (scheme or "www." prefix, trailing punctuation given back), an e-mail
 * address, an initialism with inner dots ("U.S.", "z.B."), a word or number (letters and
 * digits joined by inner hyphens and apostrophes, digits joined by '.', ',' or ':'; a hyphen
 * right before white space or a comma stays on the word: "ein-"), then a run of [.!?…] or one
 * other character. A word directly followed by '.' takes the dot when word+"." is a listed
 * abbreviation or a part of a listed multi-part one ("z. B."), when it is a single capital
 * letter (an initial), or when it is a number the ordinal rules call an ordinal ("am 18.
 * Februar", "der 3. Platz"). Characters are classified by utf8proc, with an ASCII fast path.
 *
 * Sentences are decided on the token array in a second pass. A line break ends a sentence,
 * except in a hard-wrapped text (most breaks after long lines follow a word or a comma) where
 * such a break after a word continues it. Otherwise a sentence ends after a run of terminal
 * punctuation plus any closing quotes or brackets glued to it, unless the next token is lower case
 * or a comma-like mark; a listed abbreviation marked `final` ("etc.") ends one when the next token
 * is capitalized. Dots swallowed by abbreviations and ordinals never end a sentence. Spans are the
 * hull of their tokens, so they are trimmed. Token and sentence arrays live in the document's
 * arena; the token array grows in place by arena_realloc (nothing else is allocated meanwhile). */
#include "analysis/segment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "analysis/resources.h"

/* ---- a string set with flags, built at load time ---- */

#define ABBR_FULL  0x01 /* a listed abbreviation */
#define ABBR_PART  0x02 /* a part of a listed multi-part abbreviation */
#define ABBR_FINAL 0x04 /* may end a sentence before a capitalized word */

typedef struct sset_entry {
    char *key; /* NULL = empty slot */
    size_t len;
    unsigned flags;
} sset_entry;

typedef struct sset {
    sset_entry *slots;
    size_t cap; /* power of two */
    size_t n;
} sset;

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static sset_entry *sset_find(const sset *set, const char *s, size_t n)
{
    if (!set->cap) return NULL;
    size_t i = (size_t)hash_bytes(s, n) & (set->cap - 1);
    for (;;) {
        sset_entry *e = &set->slots[i];
        if (!e->key) return NULL;
        if (e->len == n && memcmp(e->key, s, n) == 0) return e;
        i = (i + 1) & (set->cap - 1);
    }
}

/* Inserts s with flags or ORs flags into an existing entry, setting *existed. 0 or -1. */
static int sset_add(sset *set, const char *s, size_t n, unsigned flags, unsigned *existed)
{
    if ((set->n + 1) * 2 > set->cap) {
        size_t ncap = set->cap ? set->cap * 2 : 64;
        sset_entry *ns = calloc(ncap, sizeof *ns);
        if (!ns) return -1;
        for (size_t i = 0; i < set->cap; i++) {
            sset_entry *e = &set->slots[i];
            if (!e->key) continue;
            size_t j = (size_t)hash_bytes(e->key, e->len) & (ncap - 1);
            while (ns[j].key)
                j = (j + 1) & (ncap - 1);
            ns[j] = *e;
        }
        free(set->slots);
        set->slots = ns;
        set->cap = ncap;
    }
    sset_entry *old = sset_find(set, s, n);
    if (old) {
        *existed = old->flags;
        old->flags |= flags;
        return 0;
    }
    *existed = 0;
    char *k = malloc(n + 1);
    if (!k) return -1;
    memcpy(k, s, n);
    k[n] = '\0';
    size_t i = (size_t)hash_bytes(s, n) & (set->cap - 1);
    while (set->slots[i].key)
        i = (i + 1) & (set->cap - 1);
    set->slots[i] = (sset_entry){k, n, flags};
    set->n++;
    return 0;
}

static void sset_clear(sset *set)
{
    for (size_t i = 0; i < set->cap; i++)
        free(set->slots[i].key);
    free(set->slots);
    memset(set, 0, sizeof *set);
}

struct segment_rules {
    sset abbr;              /* "Dr." -> ABBR_* flags */
    sset ord_next;          /* words after "N." that make it an ordinal (months, "Platz") */
    sset ord_prev;          /* words before "N." that make it an ordinal (articles, "am") */
    int ord_lowercase_next; /* "N." before a lower-case word is an ordinal */
    int ord_line_start;     /* "N." opening a line is an ordinal (enumerations) */
    int ord_max_digits;     /* longest number that can be an ordinal; 0 = no ordinals */
    int lowercase_start;    /* a lower-case word after terminal punctuation starts a sentence */
    int final_starter;      /* a [final] abbreviation ends a sentence only before a starter
                               (German: nouns are capitalized, "u. a. Vertreter der Stadt") */
    char suffix[8][16];     /* abbreviations that end words ("-str.": "Hauptstr. 5") */
    size_t suffix_len[8], nsuffix;
    sset starters;  /* words that start a sentence after any abbreviation ("U.S. The") */
    sset continues; /* words after a [final] abbreviation that go on ("p.m. EDT") */
};

/* ---- loading ---- */

typedef struct load_ctx {
    segment_rules *r;
    const char *file;
    ck_error *err;
} load_ctx;

static int load_fail(load_ctx *c, int lineno, const char *reason, const char *line, size_t n)
{
    return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: %s: \"%.*s\"", c->file, lineno, reason,
                   (int)(n > 80 ? 80 : n), line);
}

static int abbr_line(const char *line, size_t n, int lineno, void *ctx)
{
    load_ctx *c = ctx;
    unsigned flags = ABBR_FULL;
    const char *tag = "[final]";
    size_t tl = strlen(tag);
    if (n > tl && memcmp(line + n - tl, tag, tl) == 0) {
        flags |= ABBR_FINAL;
        n -= tl;
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
            n--;
    }
    if (!n || line[n - 1] != '.') return load_fail(c, lineno, "entry must end with '.'", line, n);
    /* "-str.": any word of two letters or more before it ("Hauptstr.", "Goethestr.") */
    if (line[0] == '-') {
        segment_rules *r = c->r;
        if (n < 3 || n - 1 >= sizeof r->suffix[0] || memchr(line, ' ', n))
            return load_fail(c, lineno, "a suffix entry is '-' and one short part", line, n);
        if (r->nsuffix == sizeof r->suffix / sizeof r->suffix[0])
            return load_fail(c, lineno, "too many suffix entries", line, n);
        for (size_t k = 0; k < r->nsuffix; k++)
            if (r->suffix_len[k] == n - 1 && !memcmp(r->suffix[k], line + 1, n - 1))
                return load_fail(c, lineno, "duplicate entry", line, n);
        memcpy(r->suffix[r->nsuffix], line + 1, n - 1);
        r->suffix_len[r->nsuffix++] = n - 1;
        return 0;
    }
    /* split multi-part entries ("z. B.") into parts; store the parts and the compact form */
    char compact[256];
    size_t cl = 0, parts = 0, i = 0;
    while (i < n) {
        size_t s = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            i++;
        size_t e = i;
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (line[e - 1] != '.') return load_fail(c, lineno, "each part must end with '.'", line, n);
        if (cl + (e - s) >= sizeof compact) return load_fail(c, lineno, "entry too long", line, n);
        memcpy(compact + cl, line + s, e - s);
        cl += e - s;
        parts++;
        if (i < n || parts > 1) {
            unsigned had;
            /* only the last part may end a sentence ("u. v. m." must not make "v." final) */
            unsigned pf = ABBR_PART | (i >= n ? (flags & ABBR_FINAL) : 0);
            if (sset_add(&c->r->abbr, line + s, e - s, pf, &had))
                return ck_fail(c->err, CK_E_RESOURCE, "%s: out of memory", c->file);
        }
    }
    unsigned had;
    if (sset_add(&c->r->abbr, compact, cl, flags, &had))
        return ck_fail(c->err, CK_E_RESOURCE, "%s: out of memory", c->file);
    if (had & ABBR_FULL) return load_fail(c, lineno, "duplicate entry", line, n);
    return 0;
}

static int ord_line(const char *line, size_t n, int lineno, void *ctx)
{
    load_ctx *c = ctx;
    size_t k = 0;
    while (k < n && line[k] != ' ' && line[k] != '\t')
        k++;
    size_t v = k;
    while (v < n && (line[v] == ' ' || line[v] == '\t'))
        v++;
    if (v >= n) return load_fail(c, lineno, "expected \"<field> <value>\"", line, n);
    const char *val = line + v;
    size_t vl = n - v;
    sset *set = NULL;
    if (k == 4 && memcmp(line, "next", 4) == 0)
        set = &c->r->ord_next;
    else if (k == 4 && memcmp(line, "prev", 4) == 0)
        set = &c->r->ord_prev;
    else if (k == 10 && memcmp(line, "max-digits", 10) == 0) {
        int d = atoi(val);
        if (d < 1 || d > 9) return load_fail(c, lineno, "max-digits must be 1..9", line, n);
        c->r->ord_max_digits = d;
        return 0;
    } else if (k == 6 && memcmp(line, "option", 6) == 0) {
        if (vl == 14 && memcmp(val, "lowercase-next", 14) == 0)
            c->r->ord_lowercase_next = 1;
        else if (vl == 10 && memcmp(val, "line-start", 10) == 0)
            c->r->ord_line_start = 1;
        else
            return load_fail(c, lineno, "unknown option", line, n);
        return 0;
    } else {
        return load_fail(c, lineno, "unknown field (next, prev, max-digits, option)", line, n);
    }
    unsigned had;
    if (sset_add(set, val, vl, 1, &had))
        return ck_fail(c->err, CK_E_RESOURCE, "%s: out of memory", c->file);
    if (had) return load_fail(c, lineno, "duplicate entry", line, n);
    return 0;
}

static int sent_line(const char *line, size_t n, int lineno, void *ctx)
{
    load_ctx *c = ctx;
    if (n == 22 && memcmp(line, "option lowercase-start", 22) == 0) {
        if (c->r->lowercase_start) return load_fail(c, lineno, "duplicate entry", line, n);
        c->r->lowercase_start = 1;
        return 0;
    }
    if (n == 26 && memcmp(line, "option final-needs-starter", 26) == 0) {
        if (c->r->final_starter) return load_fail(c, lineno, "duplicate entry", line, n);
        c->r->final_starter = 1;
        return 0;
    }
    /* "starter WORD", "continue WORD": one word a line */
    sset *set = NULL;
    size_t k = 0;
    if (n > 8 && memcmp(line, "starter ", 8) == 0) set = &c->r->starters, k = 8;
    if (n > 9 && memcmp(line, "continue ", 9) == 0) set = &c->r->continues, k = 9;
    if (!set)
        return load_fail(
            c, lineno,
            "unknown field (option lowercase-start, option final-needs-starter, starter, continue)",
            line, n);
    for (size_t i = k; i < n; i++)
        if (line[i] == ' ' || line[i] == '\t')
            return load_fail(c, lineno, "one word a line", line, n);
    unsigned existed = 0;
    if (sset_add(set, line + k, n - k, 1, &existed))
        return load_fail(c, lineno, "out of memory", line, n);
    if (existed) return load_fail(c, lineno, "duplicate entry", line, n);
    return 0;
}

static int load_list(segment_rules *r, const char *dir, const char *name,
                     int (*fn)(const char *, size_t, int, void *), ck_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *buf = resources_read_file(path, &len, err);
    if (!buf) return CK_E_RESOURCE;
    load_ctx c = {r, path, err};
    int rc = resources_each_line(buf, len, fn, &c);
    free(buf);
    return rc;
}

segment_rules *segment_rules_load(const char *lang_dir, ck_error *err)
{
    segment_rules *r = calloc(1, sizeof *r);
    if (!r) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        return NULL;
    }
    if (load_list(r, lang_dir, "abbreviations.txt", abbr_line, err) ||
        load_list(r, lang_dir, "ordinals.txt", ord_line, err) ||
        load_list(r, lang_dir, "sentences.txt", sent_line, err)) {
        segment_rules_free(r);
        return NULL;
    }
    return r;
}

void segment_rules_free(segment_rules *r)
{
    if (!r) return;
    sset_clear(&r->abbr);
    sset_clear(&r->ord_next);
    sset_clear(&r->ord_prev);
    sset_clear(&r->starters);
    sset_clear(&r->continues);
    free(r);
}

/* ---- character classes ---- */

enum {
    C_END = 0, /* end of text */
    C_SPACE,   /* white space other than a line break */
    C_NL,      /* a line break */
    C_LOWER,   /* a lower-case letter */
    C_UPPER,   /* an upper-case or title-case letter */
    C_LETTER,  /* another letter, or a mark (marks continue words) */
    C_DIGIT,
    C_JOIN,   /* soft hyphen, zero-width (non-)joiner: inside words only */
    C_HYPHEN, /* '-', U+2010, U+2011 */
    C_APOS,   /* ' and U+2019 */
    C_TERM,   /* . ! ? … */
    C_PUNCT,  /* other punctuation and symbols */
    C_OTHER,
};

/* The classes of the ASCII characters, by code. */
#define LO C_LOWER
#define UP C_UPPER
#define DG C_DIGIT
#define SP C_SPACE
#define NL C_NL
#define HY C_HYPHEN
#define AP C_APOS
#define TE C_TERM
#define PU C_PUNCT
static const unsigned char ascii_class[128] = {
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, NL, NL, NL, SP, SP, SP, SP, SP, SP, SP, SP, SP,
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, TE, PU, PU, PU, PU, PU, AP, PU, PU, PU, PU,
    PU, HY, TE, PU, DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PU, PU, PU, PU, PU, TE, PU, UP,
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
    UP, UP, UP, PU, PU, PU, PU, PU, PU, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
    LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, PU, PU, PU, PU, SP,
};
#undef LO
#undef UP
#undef DG
#undef SP
#undef NL
#undef HY
#undef AP
#undef TE
#undef PU

static int class_of(int32_t cp)
{
    if (cp < 0x80) return ascii_class[cp];
    switch (cp) {
    case 0x85:
    case 0x2028:
    case 0x2029: return C_NL;
    case 0xAD:
    case 0x200C:
    case 0x200D: return C_JOIN;
    case 0x200B:
    case 0xFEFF: return C_SPACE;
    case 0x2010:
    case 0x2011: return C_HYPHEN;
    case 0x2019: return C_APOS;
    case 0x2026: return C_TERM;
    default: break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return C_UPPER;
    case UTF8PROC_CATEGORY_LL: return C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return C_LETTER;
    case UTF8PROC_CATEGORY_ND: return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS: return C_SPACE;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return C_NL;
    case UTF8PROC_CATEGORY_CC: return C_SPACE;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO: return C_PUNCT;
    default: return C_OTHER;
    }
}

static int is_letter(int c)
{
    return c == C_LOWER || c == C_UPPER || c == C_LETTER;
}

static int is_alnum(int c)
{
    return is_letter(c) || c == C_DIGIT;
}

/* The text being segmented, with a decoder. The text is valid UTF-8 (normalize ran first). */
typedef struct scan {
    const unsigned char *s;
    size_t n;
} scan;

/* The codepoint at i (0 at the end), its length in *k. */
static int32_t cp_at(const scan *sc, size_t i, size_t *k)
{
    if (i >= sc->n) {
        *k = 0;
        return 0;
    }
    unsigned char c = sc->s[i];
    if (c < 0x80) {
        *k = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t m = utf8proc_iterate(sc->s + i, (utf8proc_ssize_t)(sc->n - i), &cp);
    if (m <= 0) {
        *k = 1;
        return 0xFFFD;
    }
    *k = (size_t)m;
    return cp;
}

static int class_at(const scan *sc, size_t i, size_t *k)
{
    if (i >= sc->n) {
        *k = 0;
        return C_END;
    }
    unsigned char c = sc->s[i];
    if (c < 0x80) {
        *k = 1;
        return ascii_class[c];
    }
    return class_of(cp_at(sc, i, k));
}

/* End of the run of word characters (letters, digits, joiners) starting at i. *digits is set
 * when the run holds only digits. */
static size_t alnum_run(const scan *sc, size_t i, int *digits)
{
    *digits = 1;
    for (;;) {
        size_t k;
        int c = class_at(sc, i, &k);
        if (is_letter(c) || c == C_JOIN)
            *digits = 0;
        else if (c != C_DIGIT)
            return i;
        i += k;
    }
}

static int ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int prefix_ci(const scan *sc, size_t i, const char *p, size_t l)
{
    if (i + l > sc->n) return 0;
    for (size_t k = 0; k < l; k++)
        if (ascii_lower(sc->s[i + k]) != p[k]) return 0;
    return 1;
}

/* A URL starting at i: returns its end, or i when there is none. */
static size_t match_url(const scan *sc, size_t i)
{
    size_t p;
    int b0 = ascii_lower(sc->s[i]);
    if (b0 != 'h' && b0 != 'f' && b0 != 'w') return i;
    if (prefix_ci(sc, i, "https://", 8))
        p = 8;
    else if (prefix_ci(sc, i, "http://", 7))
        p = 7;
    else if (prefix_ci(sc, i, "ftp://", 6))
        p = 6;
    else if (prefix_ci(sc, i, "www.", 4))
        p = 4;
    else
        return i;
    size_t j = i + p, k;
    int c = class_at(sc, j, &k);
    if (!is_alnum(c)) return i;
    int parens = 0;
    while (j < sc->n) {
        unsigned char b = sc->s[j];
        c = class_at(sc, j, &k);
        if (c == C_SPACE || c == C_NL || c == C_END) break;
        if (b == '<' || b == '>' || b == '"') break;
        if (b >= 0x80 && c == C_PUNCT) break; /* typographic quotes end a URL */
        if (b == '(') parens++;
        if (b == ')') parens--;
        j += k;
    }
    /* give back trailing punctuation */
    while (j > i + p) {
        unsigned char b = sc->s[j - 1];
        if (b == ')' && parens < 0) {
            parens++;
            j--;
        } else if (strchr(".,;:!?'\"]}", b) && b) {
            j--;
        } else {
            break;
        }
    }
    return j;
}

static int email_char(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' ||
           b == '_' || b == '%' || b == '+' || b == '-';
}

/* An e-mail address starting at i: returns its end, or i. */
static size_t match_email(const scan *sc, size_t i)
{
    size_t j = i;
    while (j < sc->n && email_char(sc->s[j]))
        j++;
    if (j == i || j >= sc->n || sc->s[j] != '@') return i;
    size_t d = j + 1, e = d;
    while (e < sc->n && (email_char(sc->s[e]) && sc->s[e] != '%' && sc->s[e] != '+'))
        e++;
    while (e > d && (sc->s[e - 1] == '.' || sc->s[e - 1] == '-'))
        e--;
    /* the domain needs a dot followed by a letter */
    size_t dot = 0;
    for (size_t q = d; q < e; q++)
        if (sc->s[q] == '.') dot = q;
    if (!dot || dot + 1 >= e || !((sc->s[dot + 1] | 32) >= 'a' && (sc->s[dot + 1] | 32) <= 'z'))
        return i;
    return e;
}

static int abbr_flags(const segment_rules *r, const char *s, size_t n)
{
    const sset_entry *e = sset_find(&r->abbr, s, n);
    if (e) return (int)e->flags;
    /* a capitalized form at a sentence start ("Bzw.", "Etc.") */
    if (n < 64 && s[0] >= 'A' && s[0] <= 'Z') {
        char b[64];
        memcpy(b, s, n);
        b[0] = (char)(b[0] + 32);
        e = sset_find(&r->abbr, b, n);
        if (e) return (int)e->flags;
    }
    for (size_t k = 0; k < r->nsuffix; k++) {
        size_t l = r->suffix_len[k];
        if (n >= l + 2 && !memcmp(s + n - l, r->suffix[k], l) && !(s[0] >= '0' && s[0] <= '9'))
            return ABBR_FULL;
    }
    return 0;
}

/* An initialism or listed abbreviation with inner dots at i ("U.S.", "z.B.", "Ph.D."):
 * returns its end (after the final dot, if any), or i. */
static size_t match_initialism(const segment_rules *r, const scan *sc, size_t i)
{
    size_t j = i, k;
    int segs = 0, all_single = 1;
    for (;;) {
        size_t s = j;
        int len = 0;
        while (is_letter(class_at(sc, j, &k))) {
            j += k;
            len++;
        }
        if (!len) break;
        segs++;
        if (len > 1) all_single = 0;
        if (len > 4) return i;
        if (j < sc->n && sc->s[j] == '.') {
            j++;
            if (!is_letter(class_at(sc, j, &k))) break;
        } else {
            break;
        }
        (void)s;
    }
    if (segs < 2) return i;
    /* a trailing dot is part of it only when the previous segment ended with one */
    if (all_single || abbr_flags(r, (const char *)sc->s + i, j - i)) return j;
    return i;
}

/* The word after the dot at i, skipping spaces but not line breaks: sets [*ws, *we). */
static void next_word(const scan *sc, size_t i, size_t *ws, size_t *we)
{
    size_t k;
    int c;
    while ((c = class_at(sc, i, &k)) == C_SPACE)
        i += k;
    *ws = i;
    while (is_letter(class_at(sc, i, &k)))
        i += k;
    *we = i;
}

typedef struct seg_state {
    const segment_rules *r;
    document *doc;
    scan sc;
    size_t cap;
} seg_state;

/* True when the number s[a..b) followed by '.' at b is an ordinal (or a day-month date). */
static int is_ordinal(const seg_state *st, size_t a, size_t b, int line_start)
{
    const segment_rules *r = st->r;
    if (!r->ord_max_digits) return 0;
    const unsigned char *s = st->sc.s;
    size_t digits = 0, dots = 0;
    for (size_t q = a; q < b; q++) {
        if (s[q] == '.')
            dots++;
        else if (s[q] >= '0' && s[q] <= '9')
            digits++;
        else
            return 0;
    }
    if (dots > 1 || (dots == 0 && digits > (size_t)r->ord_max_digits) || (dots && b - a > 5))
        return 0;
    size_t ws, we, k;
    /* a range of days: "am 27./28. September", "27.-28.", "27. / 28." */
    {
        size_t q = b + 1;
        if (q < st->sc.n && s[q] == ' ') q++;
        if (!dots && q + 1 < st->sc.n && (s[q] == '/' || s[q] == '-')) {
            q++;
            if (q < st->sc.n && s[q] == ' ') q++;
            if (q < st->sc.n && s[q] >= '0' && s[q] <= '9') return 1;
        }
    }
    next_word(&st->sc, b + 1, &ws, &we);
    if (ws == b + 1 && we > ws) return 0; /* "3.Platz" is not spaced like an ordinal */
    if (we > ws) {
        if (sset_find(&r->ord_next, (const char *)s + ws, we - ws)) return 1;
        if (r->ord_lowercase_next && class_at(&st->sc, ws, &k) == C_LOWER) return 1;
    } else {
        /* "18. 2. 2022", "am 1. und 2. Mai" */
        int c = class_at(&st->sc, ws, &k);
        if (c != C_DIGIT) return 0;
        if (dots) return 1;
        /* a spaced day and month after an article or preposition: "am 3. 4. tagte ..." */
        size_t q = ws;
        while (q < st->sc.n && q - ws < 5 && s[q] >= '0' && s[q] <= '9')
            q++;
        if (digits <= 2 && q - ws <= 2 && q < st->sc.n && s[q] == '.' && st->doc->ntokens) {
            const token *p = &st->doc->tokens[st->doc->ntokens - 1];
            if (sset_find(&r->ord_prev, (const char *)s + p->start, p->end - p->start)) return 1;
        }
        /* the month of a spaced date, before the year: "am 23. 3. 1976" */
        if (digits <= 2 && q - ws == 4 && st->doc->ntokens) {
            const token *p = &st->doc->tokens[st->doc->ntokens - 1];
            if (p->end - p->start >= 2 && p->end - p->start <= 3 && s[p->end - 1] == '.' &&
                s[p->start] >= '0' && s[p->start] <= '9')
                return 1;
        }
    }
    /* an enumeration: "N." opening a line or following a sentence's end */
    document *doc = st->doc;
    if (r->ord_line_start && we > ws) {
        if (line_start) return 1;
        if (doc->ntokens) {
            const token *p = &doc->tokens[doc->ntokens - 1];
            if (p->kind == TOK_PUNCT && class_at(&st->sc, p->start, &k) == C_TERM) return 1;
        }
    }
    /* a preceding article or preposition and a capitalized word: "der 3. Platz" */
    if (doc->ntokens && we > ws && !line_start) {
        const token *p = &doc->tokens[doc->ntokens - 1];
        if (sset_find(&r->ord_prev, (const char *)s + p->start, p->end - p->start)) return 1;
    }
    return 0;
}

static int push_token(seg_state *st, size_t a, size_t b, int kind, int flags)
{
    document *doc = st->doc;
    if (doc->ntokens == st->cap) {
        size_t ncap = st->cap * 2;
        token *t = arena_realloc(doc->arena, doc->tokens, st->cap * sizeof *t, ncap * sizeof *t);
        if (!t) return CK_E_NOMEM;
        doc->tokens = t;
        st->cap = ncap;
    }
    token *t = &doc->tokens[doc->ntokens++];
    t->start = (uint32_t)a;
    t->end = (uint32_t)b;
    t->sentence = 0;
    t->kind = (uint8_t)kind;
    t->pos = 0;
    t->ner = 0;
    t->flags = (uint8_t)flags;
    return 0;
}

/* Scans a word or number at i (a letter or digit) and decides on a following dot. Sets *kind;
 * returns the end. */
static size_t scan_word(seg_state *st, size_t i, int line_start, int *kind)
{
    const scan *sc = &st->sc;
    size_t j = i, k;
    int only_digits = 1;
    for (;;) {
        int dg;
        size_t e = alnum_run(sc, j, &dg);
        if (!dg) only_digits = 0;
        j = e;
        size_t k2;
        int c = class_at(sc, j, &k);
        int c2 = class_at(sc, j + k, &k2);
        if (c == C_HYPHEN && is_alnum(c2)) {
            j += k;
            continue;
        }
        if (c == C_APOS && is_letter(c2) && !dg) {
            j += k;
            continue;
        }
        if (dg && c2 == C_DIGIT && (sc->s[j] == '.' || sc->s[j] == ',' || sc->s[j] == ':')) {
            j += k;
            continue;
        }
        if (sc->s[j] == '.' && c2 == C_LOWER && j > i && !only_digits) {
            j += k; /* file names and host names: "report.pdf", "enron.com" */
            continue;
        }
        break;
    }
    *kind = only_digits ? TOK_NUMBER : TOK_WORD;
    size_t k2;
    int c = class_at(sc, j, &k);
    if (c == C_HYPHEN && !only_digits) {
        /* "ein- oder", "Vor-, Haupt-" */
        int c2 = class_at(sc, j + k, &k2);
        if (c2 == C_SPACE || (c2 == C_PUNCT && sc->s[j + k] == ',')) return j + k;
    }
    if (j < sc->n && sc->s[j] == '.' && (j + 1 >= sc->n || sc->s[j + 1] != '.')) {
        if (only_digits || *kind == TOK_NUMBER) {
            if (is_ordinal(st, i, j, line_start)) {
                int dotted = memchr(sc->s + i, '.', j - i) != NULL;
                *kind = dotted ? TOK_NUMBER : TOK_ORDINAL;
                return j + 1;
            }
            return j;
        }
        int f = abbr_flags(st->r, (const char *)sc->s + i, j + 1 - i);
        if (f) {
            *kind = TOK_ABBREV;
            return j + 1;
        }
        size_t k0;
        if (class_at(sc, i, &k0) == C_UPPER && i + k0 == j) {
            *kind = TOK_ABBREV; /* an initial: "J. R. R. Tolkien" */
            return j + 1;
        }
    }
    return j;
}

/* Symbols followed by marks, variation selectors, skin tones and ZWJ sequences: one token. */
static size_t extend_symbol(const scan *sc, size_t j)
{
    for (;;) {
        size_t k;
        int32_t cp = cp_at(sc, j, &k);
        if (!k) return j;
        if (cp == 0x200D) {
            size_t k2;
            int32_t nx = cp_at(sc, j + k, &k2);
            if (k2 && class_of(nx) == C_PUNCT) {
                j += k + k2;
                continue;
            }
            return j;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
            (cp >= 0x0300 && class_of(cp) == C_LETTER &&
             utf8proc_category(cp) >= UTF8PROC_CATEGORY_MN &&
             utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME)) {
            j += k;
            continue;
        }
        return j;
    }
}

static int tokenize(seg_state *st)
{
    const scan *sc = &st->sc;
    size_t i = 0;
    int space = 0, line_start = 1;
    while (i < sc->n) {
        unsigned char b = sc->s[i];
        /* ASCII white space fast path */
        if (b == ' ' || b == '\t' || b == '\r') {
            space = 1;
            i++;
            continue;
        }
        if (b == '\n') {
            space = 1;
            line_start = 1;
            i++;
            continue;
        }
        size_t k;
        int c = class_at(sc, i, &k);
        if (c == C_SPACE) {
            space = 1;
            i += k;
            continue;
        }
        if (c == C_NL) {
            space = 1;
            line_start = 1;
            i += k;
            continue;
        }
        size_t e;
        int kind = TOK_PUNCT;
        if (is_alnum(c)) {
            if ((e = match_url(sc, i)) > i) {
                kind = TOK_URL;
            } else if (is_letter(c) && (e = match_initialism(st->r, sc, i)) > i) {
                kind = TOK_ABBREV;
            } else {
                e = scan_word(st, i, line_start, &kind);
                /* an e-mail address: only worth trying where the word stopped at '@' etc. */
                size_t m;
                if (b < 0x80 && e < sc->n && (email_char(sc->s[e]) || sc->s[e] == '@') &&
                    (m = match_email(sc, i)) > e) {
                    e = m;
                    kind = TOK_EMAIL;
                }
            }
        } else if (c == C_TERM) {
            /* "..." is one token; "?!" and "!!!" are one token per mark */
            e = i + k;
            if (b == '.')
                while (e < sc->n && sc->s[e] == '.')
                    e++;
        } else if (c == C_HYPHEN && b == '-') {
            e = i + 1;
            while (e < sc->n && sc->s[e] == '-')
                e++;
        } else if (c == C_PUNCT || c == C_APOS || c == C_HYPHEN) {
            e = extend_symbol(sc, i + k);
        } else if (c == C_JOIN) {
            e = i + k;
            kind = TOK_OTHER;
        } else {
            e = i + k;
            kind = TOK_OTHER;
        }
        int flags = (space ? TOKF_SPACE_BEFORE : 0) | (line_start ? TOKF_LINE_START : 0);
        if (push_token(st, i, e, kind, flags)) return CK_E_NOMEM;
        i = e;
        space = 0;
        line_start = 0;
    }
    return 0;
}

/* ---- sentences ---- */

static int32_t first_cp(const scan *sc, const token *t)
{
    size_t k;
    return cp_at(sc, t->start, &k);
}

static int is_terminal(const scan *sc, const token *t)
{
    if (t->kind != TOK_PUNCT) return 0;
    size_t k;
    return class_at(sc, t->start, &k) == C_TERM;
}

static int is_closer(int32_t cp)
{
    switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x2019: /* ’ */
    case 0x2018: /* ‘ closes German ‚…‘ */
    case 0x201C: /* “ closes German „…“ */
    case 0x201D: /* ” */
    case 0x00BB: /* » */
    case 0x00AB: /* « */
    case 0x203A: /* › */
    case 0x2039: /* ‹ */ return 1;
    default: return 0;
    }
}

/* True when t is "..", "..." or "…": a pause as often as an end. */
static int is_ellipsis(const scan *sc, const token *t)
{
    return t->end - t->start >= 2 && (sc->s[t->start] == '.' || sc->s[t->start] == 0xE2);
}

/* True when a sentence may start at token t after terminal punctuation; soft: the terminal was
 * an ellipsis or closing quotes followed it, so a lower-case word continues the sentence. */
static int can_start(const segment_rules *r, const scan *sc, const token *t, int soft)
{
    int32_t cp = first_cp(sc, t);
    int c = class_of(cp);
    if (c == C_LOWER) return r->lowercase_start && !soft && (t->flags & TOKF_SPACE_BEFORE);
    if (cp == ',' || cp == ';' || cp == ':' || cp == ')' || cp == ']') return 0;
    return 1;
}

/* The index after the closing quotes and brackets glued to the token before j. */
static size_t skip_closers(const document *doc, const scan *sc, size_t j)
{
    while (j < doc->ntokens && !(doc->tokens[j].flags & (TOKF_SPACE_BEFORE | TOKF_LINE_START)) &&
           doc->tokens[j].kind == TOK_PUNCT && is_closer(first_cp(sc, &doc->tokens[j])))
        j++;
    return j;
}

/* The index after the terminal punctuation glued to token i ("?!" are two tokens). */
static size_t skip_terminals(const document *doc, const scan *sc, size_t i)
{
    while (i + 1 < doc->ntokens &&
           !(doc->tokens[i + 1].flags & (TOKF_SPACE_BEFORE | TOKF_LINE_START)) &&
           is_terminal(sc, &doc->tokens[i + 1]))
        i++;
    return i;
}

/* Whether the line break before token j (a line start) could fall inside a sentence of a
 * hard-wrapped text: the line before, of at least WRAP_MIN_LINE bytes from line_begin, ends in
 * a word or a comma, no blank line lies between, and a word follows. */
#define WRAP_MIN_LINE 30
static int wrap_break(const document *doc, const scan *sc, size_t j, uint32_t line_begin)
{
    const token *p = &doc->tokens[j - 1], *t = &doc->tokens[j];
    if (p->end - line_begin < WRAP_MIN_LINE) return 0;
    if (p->kind == TOK_PUNCT && first_cp(sc, p) != ',') return 0;
    if (t->kind != TOK_WORD && t->kind != TOK_NUMBER) return 0;
    int nl = 0;
    for (uint32_t b = p->end; b < t->start; b++)
        nl += sc->s[b] == '\n';
    return nl == 1;
}

/* Whether the text is hard-wrapped (a wire story or an e-mail with a line break every 60 or 70
 * characters): at least three breaks could fall inside sentences, and they are most of the
 * breaks after long lines. Then such breaks do not end sentences. */
static int hard_wrapped(const document *doc, const scan *sc)
{
    size_t breaks = 0, inside = 0;
    uint32_t line_begin = doc->ntokens ? doc->tokens[0].start : 0;
    for (size_t j = 1; j < doc->ntokens; j++) {
        if (!(doc->tokens[j].flags & TOKF_LINE_START)) continue;
        if (doc->tokens[j - 1].end - line_begin >= WRAP_MIN_LINE) {
            breaks++;
            inside += (size_t)wrap_break(doc, sc, j, line_begin);
        }
        line_begin = doc->tokens[j].start;
    }
    return inside >= 3 && inside * 10 >= breaks * 6;
}

static int split_sentences(seg_state *st)
{
    document *doc = st->doc;
    const scan *sc = &st->sc;
    size_t nt = doc->ntokens;
    int wrapped = hard_wrapped(doc, sc);
    uint32_t line_begin = nt ? doc->tokens[0].start : 0;
    doc->sentences = arena_alloc(doc->arena, (nt ? nt : 1) * sizeof *doc->sentences);
    if (!doc->sentences) return CK_E_NOMEM;
    doc->nsentences = 0;
    size_t begin = 0;
    for (size_t i = 0; i < nt; i++) {
        token *t = &doc->tokens[i];
        size_t last = i; /* the sentence would end after this token */
        int end = 0;
        if (t->flags & TOKF_LINE_START) line_begin = t->start;
        if (i + 1 == nt) {
            end = 1;
        } else if (is_terminal(sc, t)) {
            i = skip_terminals(doc, sc, i);
            last = i;
            size_t j = skip_closers(doc, sc, i + 1);
            if (j >= nt) {
                last = nt - 1;
                end = 1;
            } else if ((doc->tokens[j].flags & TOKF_LINE_START) ||
                       can_start(st->r, sc, &doc->tokens[j],
                                 j > i + 1 || is_ellipsis(sc, &doc->tokens[i]))) {
                last = j - 1;
                end = 1;
            }
        } else if (t->kind == TOK_ABBREV) {
            int f = abbr_flags(st->r, (const char *)sc->s + t->start, t->end - t->start);
            size_t j = skip_closers(doc, sc, i + 1);
            const token *nx = j < nt ? &doc->tokens[j] : NULL;
            const char *w = nx ? (const char *)sc->s + nx->start : NULL;
            size_t wl = nx ? nx->end - nx->start : 0;
            /* a [final] abbreviation before a capitalized word ends the sentence ("... at 5
             * p.m. The ..."), unless the word goes on with it ("p.m. EDT", "p.m. Friday"); any
             * abbreviation before a word that starts sentences does ("Washington, D.C. The") */
            bool starter = nx && sset_find(&st->r->starters, w, wl);
            if (nx && (nx->flags & TOKF_SPACE_BEFORE) && class_of(first_cp(sc, nx)) == C_UPPER &&
                (((f & ABBR_FINAL) && !st->r->final_starter &&
                  !sset_find(&st->r->continues, w, wl)) ||
                 starter)) {
                last = j - 1;
                end = 1;
            }
        } else if ((t->kind == TOK_NUMBER || t->kind == TOK_ORDINAL) && i > begin &&
                   t->end > t->start && sc->s[t->end - 1] == '.' && i + 1 < nt &&
                   (doc->tokens[i + 1].flags & TOKF_SPACE_BEFORE) &&
                   sset_find(&st->r->starters, (const char *)sc->s + doc->tokens[i + 1].start,
                             doc->tokens[i + 1].end - doc->tokens[i + 1].start)) {
            /* the dot of a date or ordinal before a word that starts sentences ends one too
             * ("Der Vertrag gilt bis 31.12. Die Gewerkschaft lehnt ihn ab."), not an item's
             * number opening its sentence ("4. Die gängige Auffassung ...") */
            end = 1;
        }
        if (!end && (doc->tokens[i + 1].flags & TOKF_LINE_START) &&
            !(wrapped && wrap_break(doc, sc, i + 1, line_begin)))
            end = 1;
        if (!end) continue;
        sentence *s = &doc->sentences[doc->nsentences];
        s->tok_begin = (uint32_t)begin;
        s->tok_end = (uint32_t)(last + 1);
        s->start = doc->tokens[begin].start;
        s->end = doc->tokens[last].end;
        s->boiler = 0;
        for (size_t q = begin; q <= last; q++)
            doc->tokens[q].sentence = (uint32_t)doc->nsentences;
        doc->nsentences++;
        begin = last + 1;
        i = last;
    }
    return 0;
}

int segment_document(const segment_rules *r, document *doc, ck_error *err)
{
    seg_state st = {r, doc, {(const unsigned char *)doc->text, doc->len}, 0};
    doc->ntokens = 0;
    doc->nsentences = 0;
    st.cap = doc->len / 5 + 16;
    doc->tokens = arena_alloc(doc->arena, st.cap * sizeof *doc->tokens);
    if (!doc->tokens) return ck_fail(err, CK_E_NOMEM, "out of memory");
    if (tokenize(&st) || split_sentences(&st)) return ck_fail(err, CK_E_NOMEM, "out of memory");
    return 0;
}
