/* dictionary.c — word classes from Hunspell (igerman98) and FreeDict (Ding) dictionaries.
 *
 * Hunspell: BASE.aff holds the affix rules ("SFX A 0 en [^elr]": strip nothing, add "en" where
 * the word ends in a letter other than e, l, r), BASE.dic the stems with their flags
 * ("ändern/BDIXYW"). Each stem is expanded with its rules as Hunspell would accept the forms
 * alone: prefixes and suffixes, cross products where both allow them; compound-only entries
 * (ONLYINCOMPOUND, NEEDAFFIX), forbidden words and the compounding affix classes are skipped.
 * The classes come from the flags: the adjective classes (declension, comparison, -lich), the
 * verb conjugation classes (their participle -end and -bar forms count as adjectives), a
 * capitalized stem (noun or name), a lower-case stem with no inflection (adverbs and function
 * words). FreeDict (dictd format: an .index of base64 offsets into the .dict or .dict.dz text)
 * adds the part of speech of each one-word headword from the first line of its entry
 * ("Minister /ipa/ <masc, n, sg>"): noun (with a gender, or a capitalized plural), verb,
 * adjective, adverb, function word. A Hunspell stem that is a FreeDict headword passes the
 * headword's classes on to all its forms ("Minister" noun → "Ministers", "Ministern").
 *
 * Keys are feat_hash_lower of the form, so a word's bits do not depend on how a text writes it;
 * DICT_LOWER and DICT_CAP say which spellings the dictionary has. */
#include "tools/dictionary.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef CHRONIK_HAVE_ZLIB
#include <zlib.h>
#endif

#include "analysis/resources.h"

#define MAX_CP 64 /* longest word handled, in code points */

typedef struct cond_elem {
    int neg, any;   /* [^...], . */
    int32_t cp[24]; /* the set (one code point when not a bracket) */
    int ncp;
} cond_elem;

typedef struct affix {
    char flag;
    int pfx, cross;
    int32_t strip[16], add[32];
    int nstrip, nadd;
    cond_elem cond[12];
    int ncond;
} affix;

typedef struct affixes {
    affix *a;
    size_t n, cap;
    int cross[256]; /* per flag: cross products allowed */
} affixes;

/* Decodes s (n bytes) into at most max code points; returns the count, -1 when too long. */
static int decode(const char *s, size_t n, int32_t *cp, int max)
{
    int k = 0;
    size_t i = 0;
    while (i < n) {
        if (k == max) return -1;
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp[k]);
        if (r <= 0) return -1;
        i += (size_t)r;
        k++;
    }
    return k;
}

/* Encodes cp[0..n) as UTF-8 into buf (room for n*4 bytes); returns the byte length. */
static size_t encode(const int32_t *cp, int n, char *buf)
{
    size_t o = 0;
    for (int i = 0; i < n; i++)
        o += (size_t)utf8proc_encode_char(cp[i], (utf8proc_uint8_t *)buf + o);
    return o;
}

static int parse_cond(affix *x, const char *s)
{
    int32_t cp[64];
    int n = decode(s, strlen(s), cp, 64);
    if (n < 0) return -1;
    x->ncond = 0;
    if (n == 1 && cp[0] == '.') return 0;
    for (int i = 0; i < n;) {
        if (x->ncond == 12) return -1;
        cond_elem *e = &x->cond[x->ncond++];
        memset(e, 0, sizeof *e);
        if (cp[i] == '[') {
            i++;
            if (i < n && cp[i] == '^') {
                e->neg = 1;
                i++;
            }
            while (i < n && cp[i] != ']') {
                if (e->ncp == 24) return -1;
                e->cp[e->ncp++] = cp[i++];
            }
            if (i == n) return -1;
            i++;
        } else if (cp[i] == '.') {
            e->any = 1;
            i++;
        } else {
            e->cp[e->ncp++] = cp[i++];
        }
    }
    return 0;
}

static int elem_match(const cond_elem *e, int32_t c)
{
    if (e->any) return 1;
    int in = 0;
    for (int i = 0; i < e->ncp; i++)
        in |= e->cp[i] == c;
    return e->neg ? !in : in;
}

/* Whether affix x applies to word w[0..n): condition and strip string at its end (suffix) or
 * start (prefix). */
static int applies(const affix *x, const int32_t *w, int n)
{
    if (n < x->ncond || n <= x->nstrip) return 0;
    for (int i = 0; i < x->ncond; i++) {
        int32_t c = x->pfx ? w[i] : w[n - x->ncond + i];
        if (!elem_match(&x->cond[i], c)) return 0;
    }
    for (int i = 0; i < x->nstrip; i++) {
        int32_t c = x->pfx ? w[i] : w[n - x->nstrip + i];
        if (c != x->strip[i]) return 0;
    }
    return 1;
}

/* Applies x to w[0..n) into out; returns the new length, -1 when too long. */
static int apply(const affix *x, const int32_t *w, int n, int32_t *out)
{
    int len = n - x->nstrip + x->nadd;
    if (len <= 0 || len > MAX_CP) return -1;
    if (x->pfx) {
        memcpy(out, x->add, (size_t)x->nadd * sizeof *out);
        memcpy(out + x->nadd, w + x->nstrip, (size_t)(n - x->nstrip) * sizeof *out);
    } else {
        memcpy(out, w, (size_t)(n - x->nstrip) * sizeof *out);
        memcpy(out + n - x->nstrip, x->add, (size_t)x->nadd * sizeof *out);
    }
    return len;
}

/* Flags that only serve compounding or spelling control, never a word of its own. */
static const char compound_affixes[] = "egijkm";
static const char skip_entries[] = "ohd"; /* ONLYINCOMPOUND, NEEDAFFIX, FORBIDDENWORD */

typedef struct aff_ctx {
    affixes *ax;
    int bad;
} aff_ctx;

static int aff_line(const char *line, size_t len, int lineno, void *arg)
{
    (void)lineno;
    aff_ctx *c = arg;
    char buf[512], kind[8], flag[8], strip[64], add[128], cond[128];
    if (len >= sizeof buf) return 0;
    memcpy(buf, line, len);
    buf[len] = '\0';
    if (strncmp(buf, "SFX ", 4) && strncmp(buf, "PFX ", 4)) return 0;
    int nf = sscanf(buf, "%7s %7s %63s %127s %127s", kind, flag, strip, add, cond);
    if (nf == 4) { /* header: SFX F Y 35 */
        c->ax->cross[(unsigned char)flag[0]] = strip[0] == 'Y';
        return 0;
    }
    if (nf < 5 || flag[1] || strchr(compound_affixes, flag[0])) return 0;
    if (c->ax->n == c->ax->cap) {
        size_t cap = c->ax->cap ? c->ax->cap * 2 : 256;
        affix *a = realloc(c->ax->a, cap * sizeof *a);
        if (!a) {
            c->bad = 1;
            return 1;
        }
        c->ax->a = a;
        c->ax->cap = cap;
    }
    affix *x = &c->ax->a[c->ax->n];
    memset(x, 0, sizeof *x);
    x->flag = flag[0];
    x->pfx = kind[0] == 'P';
    char *slash = strchr(add, '/'); /* continuation classes: not followed */
    if (slash) *slash = '\0';
    if (strcmp(strip, "0") != 0) x->nstrip = decode(strip, strlen(strip), x->strip, 16);
    if (strcmp(add, "0") != 0) x->nadd = decode(add, strlen(add), x->add, 32);
    if (x->nstrip < 0 || x->nadd < 0 || parse_cond(x, cond)) {
        c->bad = 1;
        return 1;
    }
    c->ax->n++;
    return 0;
}

/* Adds bits to the form cp[0..n) (the form's spelling adds DICT_LOWER or DICT_CAP). */
static int add_form(dictionary *d, const int32_t *cp, int n, uint32_t bits)
{
    char buf[MAX_CP * 4 + 4];
    size_t len = encode(cp, n, buf);
    utf8proc_category_t cat = utf8proc_category(cp[0]);
    bits |= (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) ? DICT_CAP : DICT_LOWER;
    if (d->words->count * 2 + 2 > d->words->cap) {
        feat_gaz *g = feat_gaz_grow(d->words, d->words->count * 2);
        if (!g) return -1;
        feat_gaz_free(d->words);
        d->words = g;
    }
    return feat_gaz_add(d->words, feat_hash_lower(buf, len), bits);
}

/* ---- FreeDict ---- */

static uint64_t b64(const char *s, size_t n)
{
    static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = strchr(a, s[i]);
        if (!p || !s[i]) return UINT64_MAX;
        v = v * 64 + (uint64_t)(p - a);
    }
    return v;
}

/* The classes of a FreeDict entry's first line "Head /ipa/ (notes) <tags>"; the headword's
 * length in bytes goes to *hlen (0 when it is not one word). */
static uint32_t entry_classes(const char *s, size_t n, size_t *hlen)
{
    const char *nl = memchr(s, '\n', n);
    size_t ln = nl ? (size_t)(nl - s) : n;
    size_t h = 0;
    while (h < ln && s[h] != ' ')
        h++;
    *hlen = h;
    if (h == 0 || (h < ln && !(h + 1 < ln && s[h + 1] == '/'))) *hlen = 0;
    for (size_t i = 0; i < h; i++)
        if (s[i] == '-' || s[i] == '.' || s[i] == '/' || (unsigned char)s[i] == 0xe2) *hlen = 0;
    const char *lt = memchr(s, '<', ln);
    if (!lt) return 0;
    const char *gt = memchr(lt, '>', ln - (size_t)(lt - s));
    if (!gt) return 0;
    char tags[128];
    size_t tl = (size_t)(gt - lt - 1);
    if (tl >= sizeof tags) return 0;
    memcpy(tags, lt + 1, tl);
    tags[tl] = '\0';
    uint32_t bits = 0;
    int gender = 0, noun = 0, plural = 0;
    for (char *save, *t = strtok_r(tags, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
        if (!strcmp(t, "masc") || !strcmp(t, "fem") || !strcmp(t, "neut")) gender = 1;
        if (!strcmp(t, "n")) noun = 1;
        if (!strcmp(t, "pl")) plural = 1;
        if (!strcmp(t, "v")) bits |= DICT_VERB;
        if (!strcmp(t, "adj")) bits |= DICT_ADJ;
        if (!strcmp(t, "adv")) bits |= DICT_ADV;
        if (!strcmp(t, "prep") || !strcmp(t, "pron") || !strcmp(t, "conj") || !strcmp(t, "art") ||
            !strcmp(t, "num"))
            bits |= DICT_FUNC;
    }
    int cap = (unsigned char)s[0] >= 'A' && (unsigned char)s[0] <= 'Z';
    cap |= (unsigned char)s[0] == 0xc3 && n > 1 && ((unsigned char)s[1] & 0xe0) == 0x80;
    if ((noun && gender) || (plural && cap)) bits |= DICT_NOUN;
    return bits;
}

#ifdef CHRONIK_HAVE_ZLIB
static char *read_gz(const char *path, size_t *len, FILE *log)
{
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(log, "%s: cannot open\n", path);
        return NULL;
    }
    size_t cap = 1 << 24, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        if (n == cap) {
            char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
            cap *= 2;
        }
        int r = gzread(f, buf + n, (unsigned)(cap - n > (1u << 30) ? 1u << 30 : cap - n));
        if (r < 0) {
            fprintf(log, "%s: read error\n", path);
            free(buf);
            buf = NULL;
            break;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    gzclose(f);
    *len = n;
    return buf;
}
#else
static char *read_gz(const char *path, size_t *len, FILE *log)
{
    size_t n = strlen(path);
    if (n > 3 && !strcmp(path + n - 3, ".dz")) {
        fprintf(log, "%s: reading .dz needs zlib (zlib1g-dev) at build time\n", path);
        return NULL;
    }
    ck_error err = {0};
    char *buf = resources_read_file(path, len, &err);
    if (!buf) fprintf(log, "%s\n", err.detail);
    return buf;
}
#endif

typedef struct fd_ctx {
    dictionary *d;
    feat_gaz *lemma; /* exact-case hash of the headword -> classes */
    const char *text;
    size_t tlen;
    int bad;
} fd_ctx;

static int fd_line(const char *line, size_t len, int lineno, void *arg)
{
    (void)lineno;
    fd_ctx *c = arg;
    const char *t1 = memchr(line, '\t', len);
    if (!t1) return 0;
    const char *t2 = memchr(t1 + 1, '\t', len - (size_t)(t1 + 1 - line));
    if (!t2) return 0;
    uint64_t off = b64(t1 + 1, (size_t)(t2 - t1 - 1));
    uint64_t n = b64(t2 + 1, len - (size_t)(t2 + 1 - line));
    if (off == UINT64_MAX || n == UINT64_MAX || off + n > c->tlen || n == 0) return 0;
    size_t h;
    uint32_t bits = entry_classes(c->text + off, (size_t)n, &h);
    if (!h || !bits) return 0;
    int32_t cp[MAX_CP];
    int k = decode(c->text + off, h, cp, MAX_CP);
    if (k <= 0) return 0;
    c->d->entries++;
    if (add_form(c->d, cp, k, bits) || feat_gaz_add(c->lemma, feat_hash(c->text + off, h), bits)) {
        c->bad = 1;
        return 1;
    }
    return 0;
}

static int read_freedict(dictionary *d, const char *base, feat_gaz *lemma, FILE *log)
{
    char path[4096];
    size_t tlen, ilen;
    snprintf(path, sizeof path, "%s.dict.dz", base);
    FILE *probe = fopen(path, "rb");
    if (probe)
        fclose(probe);
    else
        snprintf(path, sizeof path, "%s.dict", base);
    char *text = read_gz(path, &tlen, log);
    if (!text) return -1;
    snprintf(path, sizeof path, "%s.index", base);
    ck_error err = {0};
    char *idx = resources_read_file(path, &ilen, &err);
    if (!idx) {
        fprintf(log, "%s\n", err.detail);
        free(text);
        return -1;
    }
    fd_ctx c = {d, lemma, text, tlen, 0};
    resources_each_line(idx, ilen, fd_line, &c);
    free(idx);
    free(text);
    if (c.bad) fprintf(log, "%s: out of memory\n", base);
    return c.bad ? -1 : 0;
}

/* ---- Hunspell ---- */

typedef struct dic_ctx {
    dictionary *d;
    const affixes *ax;
    const feat_gaz *lemma;
    int bad;
} dic_ctx;

static int has(const char *flags, const char *any)
{
    for (; *flags; flags++)
        if (strchr(any, *flags)) return 1;
    return 0;
}

static int dic_line(const char *line, size_t len, int lineno, void *arg)
{
    dic_ctx *c = arg;
    /* the first line is the word count; lines with a blank are comments (igerman98 indents
     * them) or carry morphological fields, which this dictionary does not use */
    if (lineno == 1 || len == 0 || memchr(line, ' ', len) || memchr(line, '\t', len)) return 0;
    char buf[512];
    if (len >= sizeof buf) return 0;
    memcpy(buf, line, len);
    buf[len] = '\0';
    char none[1] = "", *flags = strchr(buf, '/');
    if (flags)
        *flags++ = '\0';
    else
        flags = none;
    if (has(flags, skip_entries) || !buf[0]) return 0;
    int32_t w[MAX_CP], f1[MAX_CP], f2[MAX_CP];
    int n = decode(buf, strlen(buf), w, MAX_CP);
    if (n <= 0) return 0;
    c->d->entries++;

    utf8proc_category_t cat = utf8proc_category(w[0]);
    int cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    uint32_t cls = feat_gaz_get(c->lemma, feat_hash(buf, strlen(buf)));
    int verb = !cap && has(flags, "IXYZWOD");
    if (!cap && has(flags, "ACL")) cls |= DICT_ADJ;
    if (verb) cls |= DICT_VERB;
    if (!cap && !has(flags, "ACLIXYZWODBEFJMNPRSTQqp")) cls |= DICT_OTHER;

    if (add_form(c->d, w, n, cls)) goto oom;
    const affixes *ax = c->ax;
    for (size_t i = 0; i < ax->n; i++) {
        const affix *s = &ax->a[i];
        if (!strchr(flags, s->flag) || !applies(s, w, n)) continue;
        int m = apply(s, w, n, f1);
        if (m < 0) continue;
        /* a verb's -end and -bar forms are adjectives */
        uint32_t fc =
            verb && (s->flag == 'D' || s->flag == 'B') ? (cls & ~DICT_VERB) | DICT_ADJ : cls;
        if (add_form(c->d, f1, m, fc)) goto oom;
        if (s->pfx || !ax->cross[(unsigned char)s->flag]) continue;
        for (size_t j = 0; j < ax->n; j++) { /* cross product: a prefix on the suffixed form */
            const affix *p = &ax->a[j];
            if (!p->pfx || !ax->cross[(unsigned char)p->flag] || !strchr(flags, p->flag) ||
                !applies(p, f1, m))
                continue;
            int k = apply(p, f1, m, f2);
            if (k > 0 && add_form(c->d, f2, k, fc)) goto oom;
        }
    }
    return 0;
oom:
    c->bad = 1;
    return 1;
}

static int read_hunspell(dictionary *d, const char *base, const feat_gaz *lemma, FILE *log)
{
    char path[4096];
    ck_error err = {0};
    size_t len;
    snprintf(path, sizeof path, "%s.aff", base);
    char *aff = resources_read_file(path, &len, &err);
    if (!aff) {
        fprintf(log, "%s\n", err.detail);
        return -1;
    }
    affixes ax = {0};
    aff_ctx ac = {&ax, 0};
    resources_each_line(aff, len, aff_line, &ac);
    free(aff);
    if (ac.bad || ax.n == 0) {
        fprintf(log, "%s: %s\n", path, ac.bad ? "malformed affix rule" : "no affix rules");
        free(ax.a);
        return -1;
    }
    snprintf(path, sizeof path, "%s.dic", base);
    char *dic = resources_read_file(path, &len, &err);
    if (!dic) {
        fprintf(log, "%s\n", err.detail);
        free(ax.a);
        return -1;
    }
    dic_ctx c = {d, &ax, lemma, 0};
    resources_each_line(dic, len, dic_line, &c);
    free(dic);
    free(ax.a);
    if (c.bad) fprintf(log, "%s: out of memory\n", path);
    return c.bad ? -1 : 0;
}

int dictionary_read(dictionary *d, const char *hunspell_base, const char *freedict, FILE *log)
{
    memset(d, 0, sizeof *d);
    d->words = feat_gaz_new(1 << 16);
    feat_gaz *lemma = feat_gaz_new(1 << 20);
    if (!d->words || !lemma) {
        fprintf(log, "dictionary: out of memory\n");
        feat_gaz_free(lemma);
        dictionary_free(d);
        return -1;
    }
    int r = 0;
    if (freedict) r = read_freedict(d, freedict, lemma, log);
    if (!r && hunspell_base) r = read_hunspell(d, hunspell_base, lemma, log);
    feat_gaz_free(lemma);
    if (r) dictionary_free(d);
    return r;
}

long dictionary_merge(const dictionary *d, const feat_gaz *keep, feat_gaz **lex)
{
    long added = 0;
    for (uint32_t i = 0; i < d->words->cap; i++) {
        uint64_t k = d->words->keys[i];
        if (!k || (keep && !feat_gaz_get(keep, k))) continue;
        if (!*lex || ((*lex)->count + 1) * 2 > (*lex)->cap) {
            feat_gaz *g = feat_gaz_grow(*lex, (*lex ? (*lex)->count : 0) + 1024);
            if (!g) return -1;
            feat_gaz_free(*lex);
            *lex = g;
        }
        if (feat_gaz_add(*lex, k, LEX_DICT_VALUE(d->words->bits[i] & 0xff))) return -1;
        added++;
    }
    return added;
}

void dictionary_free(dictionary *d)
{
    feat_gaz_free(d->words);
    d->words = NULL;
}
