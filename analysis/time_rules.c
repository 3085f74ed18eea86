/* time_rules.c — loads a language's time resources: word lists, rules, and the first-token index.
 *
 * Every word a rule or list names goes into one dictionary (open addressing on the FNV-1a hash of
 * the lower-cased word). Each dictionary word carries its list memberships (list id, value) and
 * the rules whose first consuming element can match it, so the matcher pays one lookup per token
 * and tries only rules that can start there. Rules that start on a number or on any word are kept
 * in two side lists. Invariants: list names and rule names are unique; a word occurs at most once
 * per list; every list a rule names exists; capture names are unique within a rule. */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "analysis/resources.h"
#include "analysis/time_int.h"

/* ---- strings and the dictionary ---- */

static char *keep(time_rules *r, const char *s, size_t n)
{
    if (r->nstrings == r->capstrings) {
        size_t nc = r->capstrings ? r->capstrings * 2 : 256;
        char **ns = realloc(r->strings, nc * sizeof *ns);
        if (!ns) return NULL;
        r->strings = ns;
        r->capstrings = nc;
    }
    char *c = malloc(n + 1);
    if (!c) return NULL;
    memcpy(c, s, n);
    c[n] = '\0';
    r->strings[r->nstrings++] = c;
    return c;
}

static uint32_t fnv(const char *s, size_t n)
{
    return time_fnv(s, n);
}

size_t time_lower(const char *s, size_t n, char *buf, size_t cap)
{
    size_t o = 0;
    /* the ASCII head of the word (often all of it) byte for byte, with one bound check for all
     * of it */
    size_t head = n < cap ? n : cap;
    while (o < head && (unsigned char)s[o] < 0x80) {
        unsigned char c = (unsigned char)s[o];
        buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    for (size_t i = o; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 1 > cap) return 0;
            buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) return 0;
        cp = utf8proc_tolower(cp);
        if (o + 4 > cap) return 0;
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf + o);
        i += (size_t)k;
    }
    return o;
}

/* memcmp(a, b, n) == 0 for the short keys of the dictionary, inline: the call made every
 * lookup save and restore registers */
static inline bool key_eq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

/* The dictionary word with key k[0..n) and hash h = fnv(k, n), or NULL. */
static const time_word *probe(const time_rules *r, const char *k, size_t n, uint32_t h)
{
    if (!r->tabsize || n == 0) return NULL;
    for (uint32_t i = h & (r->tabsize - 1);; i = (i + 1) & (r->tabsize - 1)) {
        uint32_t e = r->table[i];
        if (!e) return NULL;
        const time_word *w = &r->words[e - 1];
        if (w->hash == h && w->keylen == n && key_eq(w->key, k, n)) return w;
    }
}

const time_word *time_probe(const time_rules *r, const char *k, size_t n, uint32_t h)
{
    return probe(r, k, n, h);
}

const time_word *time_lookup(const time_rules *r, const char *k, size_t n)
{
    return probe(r, k, n, fnv(k, n));
}

/* time_lookup_lower of a word that is not ASCII or too long: the general way (out of line, so
 * that the common case saves no registers for these calls) */
static __attribute__((noinline)) const time_word *
lookup_lower_slow(const time_rules *r, const char *s, size_t n, char *buf, size_t cap, size_t *len)
{
    *len = time_lower(s, n, buf, cap);
    return *len ? time_lookup(r, buf, *len) : NULL;
}

const time_word *time_lookup_lower(const time_rules *r, const char *s, size_t n, char *buf,
                                   size_t cap, size_t *len)
{
    /* one pass over an ASCII word that fits: lower-case and hash (fnv) byte by byte */
    uint32_t h = TIME_FNV_OFFSET;
    size_t o = 0;
    if (n <= cap)
        for (; o < n && (unsigned char)s[o] < 0x80; o++) {
            unsigned char c = (unsigned char)s[o];
            if (c >= 'A' && c <= 'Z') c += 32;
            buf[o] = (char)c;
            h = (h ^ c) * TIME_FNV_PRIME;
        }
    if (o < n) return lookup_lower_slow(r, s, n, buf, cap, len);
    *len = n;
    return probe(r, buf, n, h);
}

static int rehash(time_rules *r, uint32_t size)
{
    uint32_t *t = calloc(size, sizeof *t);
    if (!t) return -1;
    for (uint32_t w = 0; w < r->nwords; w++) {
        uint32_t i = r->words[w].hash & (size - 1);
        while (t[i])
            i = (i + 1) & (size - 1);
        t[i] = w + 1;
    }
    free(r->table);
    r->table = t;
    r->tabsize = size;
    return 0;
}

/* The id of the word with lower-case key k (added when new), or -1 on out of memory. */
static int64_t word_id(time_rules *r, const char *k, size_t n)
{
    const time_word *f = time_lookup(r, k, n);
    if (f) return f - r->words;
    /* at most a quarter full: most lookups are of words the dictionary does not have, and a
     * miss walks to the next empty slot (about 2.5 slots at half full, 1.4 at a quarter) */
    if ((r->nwords + 1) * 4 > r->tabsize && rehash(r, r->tabsize ? r->tabsize * 2 : 1024))
        return -1;
    if (r->nwords == r->capw) {
        uint32_t nc = r->capw ? r->capw * 2 : 512;
        time_word *nw = realloc(r->words, nc * sizeof *nw);
        if (!nw) return -1;
        r->words = nw;
        r->capw = nc;
    }
    time_word *w = &r->words[r->nwords];
    memset(w, 0, sizeof *w);
    if (!(w->key = keep(r, k, n))) return -1;
    w->hash = fnv(k, n);
    w->keylen = (uint32_t)n;
    uint32_t i = w->hash & (r->tabsize - 1);
    while (r->table[i])
        i = (i + 1) & (r->tabsize - 1);
    r->table[i] = ++r->nwords;
    return r->nwords - 1;
}

bool time_in_list(const time_word *w, int list, const char **value)
{
    if (!w || list < 0) return false;
    if (list < 64 && !(w->listmask & (1ull << list))) return false;
    for (uint16_t i = 0; i < w->nmem; i++)
        if (w->mem[i].list == list) {
            if (value) *value = w->mem[i].value;
            return true;
        }
    return false;
}

double time_compound_number_at(const time_rules *r, const char *k, size_t n)
{
    for (size_t i = 2; i + 2 <= n; i++) {
        const time_word *p = time_lookup(r, k, i);
        if (!p || !p->has_num || p->num < 0) continue;
        size_t j = i;
        for (size_t jl = 1; jl <= 3 && i + jl < n; jl++) {
            const time_word *jw = time_lookup(r, k + i, jl);
            if (jw && time_in_list(jw, r->list_numjoin, NULL)) {
                j = i + jl;
                break;
            }
        }
        const time_word *s = time_lookup(r, k + j, n - j);
        if (!s || !s->has_num || s->num < 0) continue;
        double a = p->num, b = s->num;
        if (b >= 100 && a < b) return a * b;
        if (a < 10 && b >= 20 && b < 100) return a + b;
        if (a >= 20 && a < 100 && b < 10) return a + b;
    }
    return -2;
}

/* ---- errors ---- */

__attribute__((format(printf, 4, 5))) static int bad(ck_error *err, const char *file, int line,
                                                     const char *fmt, ...)
{
    char m[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m, sizeof m, fmt, ap);
    va_end(ap);
    return ck_fail(err, CK_E_RESOURCE, "%s:%d: %s", file, line, m);
}

/* ---- lists ---- */

static int list_id(const time_rules *r, const char *name, size_t n)
{
    for (int i = 0; i < r->nlists; i++)
        if (strlen(r->lists[i]) == n && memcmp(r->lists[i], name, n) == 0) return i;
    return -1;
}

typedef struct load_ctx {
    time_rules *r;
    const char *file;
    int list;
    ck_error *err;
} load_ctx;

static int add_member(time_rules *r, uint32_t wid, int list, const char *value)
{
    time_word *w = &r->words[wid];
    time_member *m = realloc(w->mem, (w->nmem + 1u) * sizeof *m);
    if (!m) return -1;
    w->mem = m;
    if (list < 64) w->listmask |= 1ull << list;
    m[w->nmem].list = (uint16_t)list;
    m[w->nmem].value = value;
    w->nmem++;
    return 0;
}

static int list_line(const char *line, size_t n, int lineno, void *vctx)
{
    load_ctx *c = vctx;
    size_t k = 0;
    while (k < n && line[k] != ' ' && line[k] != '\t')
        k++;
    size_t v = k;
    while (v < n && (line[v] == ' ' || line[v] == '\t'))
        v++;
    char low[128];
    size_t ln = time_lower(line, k, low, sizeof low);
    if (!ln) return bad(c->err, c->file, lineno, "word too long or not UTF-8");
    int64_t wid = word_id(c->r, low, ln);
    if (wid < 0) return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
    if (time_in_list(&c->r->words[wid], c->list, NULL))
        return bad(c->err, c->file, lineno, "duplicate word '%s' in this list",
                   c->r->words[wid].key);
    const char *val = v < n ? keep(c->r, line + v, n - v) : c->r->words[wid].key;
    if (!val || add_member(c->r, (uint32_t)wid, c->list, val))
        return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_lists(time_rules *r, const char *dir, ck_error *err)
{
    DIR *d = opendir(dir);
    if (!d) return ck_fail(err, CK_E_RESOURCE, "%s: cannot open the folder", dir);
    char *names[256];
    int nn = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > 5 && strcmp(e->d_name + l - 5, ".list") == 0 && nn < 256)
            names[nn++] = keep(r, e->d_name, l);
    }
    closedir(d);
    /* list ids follow the file names' order; the first 64 have a bit in every word's
     * listmask, the later ones are looked up in its member list (slower): a new list that
     * sorts before the hot ones (unit_pl, unit_cal ...) pushes one of them past 64 */
    qsort(names, (size_t)nn, sizeof *names, cmp_str);
    r->lists = calloc((size_t)nn + 1, sizeof *r->lists);
    if (!r->lists) return ck_fail(err, CK_E_RESOURCE, "out of memory");
    char path[4400];
    for (int i = 0; i < nn; i++) {
        if (!names[i]) return ck_fail(err, CK_E_RESOURCE, "out of memory");
        r->lists[r->nlists] = keep(r, names[i], strlen(names[i]) - 5);
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len;
        char *buf = resources_read_file(path, &len, err);
        if (!buf) return CK_E_RESOURCE;
        load_ctx c = {r, path, r->nlists, err};
        int rc = resources_each_line(buf, len, list_line, &c);
        free(buf);
        if (rc) return rc;
        r->nlists++;
    }
    return 0;
}

/* ---- rules ---- */

static const char *const class_names[] = {"NUM",   "ORD",  "CARD", "DAY",  "MONTHNUM", "YEAR",
                                          "YEAR2", "HOUR", "MIN",  "WORD", "CAPWORD"};
_Static_assert(sizeof class_names / sizeof *class_names == TC_COUNT, "one name per class");
static const char *const key_names[] = {
    "year",    "year2",    "month",     "day",      "hour",    "minute",   "week",
    "weekday", "quarter",  "half",      "season",   "decade",  "century",  "centuryord",
    "tod",     "ampm",     "off",       "dur",      "dir",     "ref",      "mod",
    "quant",   "freq",     "gran",      "anchor",   "value",   "outside",  "md",
    "bc",      "easter",   "tz",        "nowref",   "yearhi",  "yearlo",   "plus",
    "nthwd",   "frac",     "freqn",     "mult",     "wdcheck", "nth",      "hhmm",
    "bccent",  "durmin",   "yearafter", "dursec",   "durpart", "yearplan", "justpast",
    "ownline", "yearnext", "pastnight", "upcoming", "undated"};
_Static_assert(sizeof key_names / sizeof *key_names == TK_COUNT, "one name per time_key");

static bool is_ident(const char *s, size_t n)
{
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '_'))
            return false;
    return true;
}

static int parse_elem(time_rules *r, time_rule *ru, const char *s, size_t n, const char *file,
                      int line, ck_error *err)
{
    if (ru->nelems >= TIME_MAX_ELEMS) return bad(err, file, line, "too many elements");
    time_elem *e = &ru->elems[ru->nelems];
    memset(e, 0, sizeof *e);
    e->cap = -1;
    char tmp[256];
    if (n >= sizeof tmp) return bad(err, file, line, "element too long");
    if (n > 1 && s[0] == '!' && (s[1] == '<' || s[1] == '>')) {
        e->look = s[1] == '<' ? LOOK_NOT_PREV : LOOK_NOT_NEXT;
        s += 2, n -= 2;
    } else if (n > 1 && (s[0] == '<' || s[0] == '>')) {
        e->look = s[0] == '<' ? LOOK_PREV : LOOK_NEXT;
        s += 1, n -= 1;
    }
    if (n > 1 && s[0] == '+') e->glued = true, s++, n--;
    if (n > 1 && s[0] == '^') e->capital = true, s++, n--;
    if (n > 1 && s[n - 1] == '?') e->optional = true, n--;
    const char *colon = memchr(s, ':', n);
    if (colon && colon > s && colon + 1 < s + n && is_ident(s, (size_t)(colon - s))) {
        if (ru->ncaps >= TIME_MAX_CAPS) return bad(err, file, line, "too many captures");
        for (int i = 0; i < ru->ncaps; i++)
            if (strlen(ru->capnames[i]) == (size_t)(colon - s) &&
                memcmp(ru->capnames[i], s, (size_t)(colon - s)) == 0)
                return bad(err, file, line, "duplicate capture name '%s'", ru->capnames[i]);
        if (!(ru->capnames[ru->ncaps] = keep(r, s, (size_t)(colon - s))))
            return ck_fail(err, CK_E_RESOURCE, "out of memory");
        e->cap = (int8_t)ru->ncaps++;
        n -= (size_t)(colon + 1 - s);
        s = colon + 1;
    }
    if (n > 1 && s[0] == '^') e->capital = true, s++, n--; /* also after a capture name */
    if (s[0] == '@') {
        int id = list_id(r, s + 1, n - 1);
        memcpy(tmp, s + 1, n - 1);
        tmp[n - 1] = '\0';
        if (id < 0) return bad(err, file, line, "unknown list '@%s'", tmp);
        e->kind = TE_LIST;
        e->list = (uint16_t)id;
    } else if (isupper((unsigned char)s[0])) {
        memcpy(tmp, s, n);
        tmp[n] = '\0';
        int c = -1;
        for (int i = 0; i < TC_COUNT; i++)
            if (strcmp(class_names[i], tmp) == 0) c = i;
        if (c < 0) return bad(err, file, line, "unknown token class '%s'", tmp);
        e->kind = TE_CLASS;
        e->cls = (uint8_t)c;
    } else {
        e->kind = TE_LIT;
        uint32_t alts[TIME_MAX_ALTS];
        size_t i = 0;
        while (i <= n) {
            size_t j = i;
            while (j < n && s[j] != '|')
                j++;
            if (j == i) return bad(err, file, line, "empty alternative");
            if (s[i] == '+' && j - i > 1)
                return bad(err, file, line,
                           "'+' glues a whole element: write it before the first alternative");
            char low[128];
            size_t ln = time_lower(s + i, j - i, low, sizeof low);
            if (!ln) return bad(err, file, line, "bad literal");
            int64_t id = word_id(r, low, ln);
            if (id < 0) return ck_fail(err, CK_E_RESOURCE, "out of memory");
            if (e->nalts >= TIME_MAX_ALTS) return bad(err, file, line, "too many alternatives");
            alts[e->nalts++] = (uint32_t)id;
            i = j + 1;
        }
        e->alts = malloc(e->nalts * sizeof *e->alts);
        if (!e->alts) return ck_fail(err, CK_E_RESOURCE, "out of memory");
        memcpy(e->alts, alts, e->nalts * sizeof *e->alts);
    }
    ru->nelems++;
    return 0;
}

static int parse_operand(time_rules *r, time_rule *ru, const char *s, size_t n, time_operand *o)
{
    o->cap = -1;
    o->neg = false;
    o->lit = NULL;
    bool neg = n > 1 && s[0] == '-';
    for (int i = 0; i < ru->ncaps; i++) {
        size_t l = strlen(ru->capnames[i]);
        if (l == n - neg && memcmp(ru->capnames[i], s + neg, l) == 0) {
            o->cap = (int8_t)i;
            o->neg = neg;
            return 0;
        }
    }
    return (o->lit = keep(r, s, n)) ? 0 : -1;
}

static int parse_assign(time_rules *r, time_rule *ru, const char *s, size_t n, const char *file,
                        int line, ck_error *err)
{
    const char *eq = memchr(s, '=', n);
    char tmp[128];
    if (!eq || n >= sizeof tmp) {
        memcpy(tmp, s, n < sizeof tmp ? n : sizeof tmp - 1);
        tmp[n < sizeof tmp ? n : sizeof tmp - 1] = '\0';
        return bad(err, file, line, "expected key=value, got '%s'", tmp);
    }
    size_t kl = (size_t)(eq - s);
    int key = -1;
    for (int i = 0; i < TK_COUNT; i++)
        if (strlen(key_names[i]) == kl && memcmp(key_names[i], s, kl) == 0) key = i;
    memcpy(tmp, s, kl);
    tmp[kl] = '\0';
    if (key < 0 && !(ru->kind == TR_PREFIX && strcmp(tmp, "types") == 0))
        return bad(err, file, line, "unknown key '%s'", tmp);
    const char *v = eq + 1;
    size_t vn = n - kl - 1;
    if (key < 0) { /* types=DATE,DURATION */
        ru->types = 0;
        const char *names[] = {"DATE", "TIME", "DURATION", "SET"};
        for (int t = 0; t < 4; t++) {
            size_t tl = strlen(names[t]);
            for (size_t i = 0; i + tl <= vn; i++)
                if (memcmp(v + i, names[t], tl) == 0) ru->types |= (uint8_t)(1u << t);
        }
        return 0;
    }
    if (ru->nassign >= 16) return bad(err, file, line, "too many assignments");
    time_assign *a = &ru->assign[ru->nassign];
    a->key = (uint8_t)key;
    const char *c = (key == TK_OFF || key == TK_DUR) ? memchr(v, ':', vn) : NULL;
    if ((key == TK_OFF || key == TK_DUR) && !c)
        return bad(err, file, line, "'%s' needs two parts A:B", key_names[key]);
    int rc = c ? parse_operand(r, ru, v, (size_t)(c - v), &a->a) ||
                     parse_operand(r, ru, c + 1, vn - (size_t)(c - v) - 1, &a->b)
               : parse_operand(r, ru, v, vn, &a->a);
    if (rc) return ck_fail(err, CK_E_RESOURCE, "out of memory");
    if (key == TK_YEARNEXT) ru->recheck = true;
    ru->nassign++;
    return 0;
}

typedef struct rule_ctx {
    time_rules *r;
    const char *file;
    ck_error *err;
    int cap;
} rule_ctx;

static int rule_line(const char *line, size_t n, int lineno, void *vctx)
{
    rule_ctx *c = vctx;
    time_rules *r = c->r;
    const char *colon = memchr(line, ':', n);
    const char *arrow = NULL;
    for (size_t i = 0; i + 4 <= n; i++)
        if (memcmp(line + i, " -> ", 4) == 0) arrow = line + i;
    if (!colon || !arrow || colon > arrow)
        return bad(c->err, c->file, lineno, "expected 'name: pattern -> TYPE key=value ...'");
    if (r->nrules == c->cap) {
        int nc = c->cap ? c->cap * 2 : 256;
        time_rule *nr = realloc(r->rules, (size_t)nc * sizeof *nr);
        if (!nr) return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
        r->rules = nr;
        c->cap = nc;
    }
    time_rule *ru = &r->rules[r->nrules];
    memset(ru, 0, sizeof *ru);
    ru->file = c->file;
    ru->line = lineno;
    if (!(ru->name = keep(r, line, (size_t)(colon - line))))
        return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
    for (int i = 0; i < r->nrules; i++)
        if (strcmp(r->rules[i].name, ru->name) == 0)
            return bad(c->err, c->file, lineno, "duplicate rule name '%s'", ru->name);
    r->nrules++; /* counted now so that its element arrays are freed on failure */
    /* the right-hand side first: the type decides how the pattern is read */
    const char *p = arrow + 4, *end = line + n;
    size_t tl = 0;
    while (p + tl < end && p[tl] != ' ')
        tl++;
    const char *tnames[] = {"DATE", "TIME", "DURATION", "SET", "PREFIX", "NONE"};
    int type = -1;
    for (int t = 0; t < 6; t++)
        if (strlen(tnames[t]) == tl && memcmp(tnames[t], p, tl) == 0) type = t;
    if (type < 0) return bad(c->err, c->file, lineno, "unknown type after '->'");
    ru->kind = type == 4 ? TR_PREFIX : type == 5 ? TR_NONE : TR_EXPR;
    ru->type = type >= 4 ? 0 : (uint8_t)type;
    ru->types = 0x0f;
    /* pattern */
    for (const char *s = colon + 1; s < arrow;) {
        while (s < arrow && *s == ' ')
            s++;
        const char *e = s;
        while (e < arrow && *e != ' ')
            e++;
        if (e > s) {
            int rc = parse_elem(r, ru, s, (size_t)(e - s), c->file, lineno, c->err);
            if (rc) return rc;
        }
        s = e;
    }
    bool consumes = false;
    for (int i = 0; i < ru->nelems; i++)
        if (ru->elems[i].look == LOOK_NONE) consumes = true;
    if (!consumes) return bad(c->err, c->file, lineno, "the pattern matches no token");
    for (const char *s = p + tl; s < end;) {
        while (s < end && *s == ' ')
            s++;
        const char *e = s;
        while (e < end && *e != ' ')
            e++;
        if (e > s) {
            int rc = parse_assign(r, ru, s, (size_t)(e - s), c->file, lineno, c->err);
            if (rc) return rc;
        }
        s = e;
    }
    return 0;
}

/* ---- the first-token index ---- */

static int push_rule(uint16_t **arr, uint16_t *n, uint16_t rule)
{
    if (*n && (*arr)[*n - 1] == rule) return 0;
    uint16_t *na = realloc(*arr, (*n + 1u) * sizeof *na);
    if (!na) return -1;
    na[(*n)++] = rule;
    *arr = na;
    return 0;
}

/* Files rule ri under the words or token classes element e can match; after1 files it for a
 * match that starts one token before such a word. */
static int index_elem(time_rules *r, const time_elem *e, uint16_t ri, int after1)
{
    int rc = 0;
    if (e->kind == TE_LIT) {
        for (int k = 0; k < e->nalts && !rc; k++) {
            time_word *w = &r->words[e->alts[k]];
            rc = push_rule(&w->rules[after1], &w->nrules[after1], ri);
            /* a digit literal ("11 uhr nachts") matches a digit token, which has no word */
            if (!rc && w->keylen && isdigit((unsigned char)w->key[0]))
                rc = push_rule(&r->num_rules[after1], &r->nnum_rules[after1], ri);
        }
    } else if (e->kind == TE_LIST) {
        for (uint32_t k = 0; k < r->nwords && !rc; k++)
            if (time_in_list(&r->words[k], e->list, NULL))
                rc = push_rule(&r->words[k].rules[after1], &r->words[k].nrules[after1], ri);
    } else if (e->cls == TC_WORD || e->cls == TC_CAPWORD) {
        rc = push_rule(&r->word_rules[after1], &r->nword_rules[after1], ri);
    } else if (e->cls == TC_CARD) {
        rc = push_rule(&r->card_rules[after1], &r->ncard_rules[after1], ri);
    } else {
        rc = push_rule(&r->num_rules[after1], &r->nnum_rules[after1], ri);
    }
    return rc;
}

/* The quick-reject test of element e (see time_quick): what elem_ok checks, in short. */
static time_qtest quick_test(const time_rules *r, const time_elem *e)
{
    time_qtest q = {QT_ELEM, 0, 0, NULL, 0};
    q.need = (uint8_t)((e->glued ? TT_GLUED : 0) | (e->capital ? TT_CAP : 0));
    if (e->kind == TE_CLASS) {
        q.op = QT_CLASS;
        q.arg = e->cls;
    } else if (e->kind == TE_LIST && e->list < 64) {
        q.op = QT_LIST;
        q.arg = e->list;
    } else if (e->kind == TE_LIT) {
        /* word literals match only their own words: a token without one (digits) never, as
         * the digit-literal case of elem_ok needs a key that starts with a digit */
        int ndig = 0;
        for (int k = 0; k < e->nalts; k++)
            ndig += isdigit((unsigned char)r->words[e->alts[k]].key[0]) != 0;
        if (ndig == e->nalts) { /* digits only: the value test of elem_ok's digit literal */
            int nord = 0;       /* keys with a final dot: ordinals ("3.") */
            for (int k = 0; k < e->nalts; k++) {
                const time_word *w = &r->words[e->alts[k]];
                uint64_t v = 0;
                uint32_t i = 0, n = w->keylen;
                if (n > 1 && w->key[n - 1] == '.') n--, nord++; /* an ordinal's digits ("3.") */
                while (i < n && isdigit((unsigned char)w->key[i]))
                    v = v * 10 + (uint64_t)(w->key[i++] - '0');
                if (i != n || n > 9) continue; /* elem_ok never matches it */
                q.bloom |= 1ull << time_num_bit((double)v, n);
            }
            q.op = QT_NUMLIT;
            q.need |= nord == 0 ? TT_HASN : nord == e->nalts ? TT_ORD : TT_NUM;
            q.arg = e->nalts;
            q.alts = e->alts;
            return q;
        }
        if (ndig) return q;
        q.op = QT_LIT;
        q.arg = e->nalts;
        q.alts = e->alts;
        for (int k = 0; k < e->nalts; k++)
            q.bloom |= 1ull << (r->words[e->alts[k]].hash & 63);
    }
    return q;
}

/* The QT_ANY test of the token after the first required element of rule ru when the elements
 * ru->elems[from..] are optional consuming ones up to a required consuming one: a match puts
 * one of them on that token (elem_ok of it holds), so the union of their tests is a necessary
 * condition. False (no test) when a look-around comes first, the rule ends before a required
 * element, or one of them cannot be written so (a digit literal, a list id of 64 or more).
 * *own receives the allocated alternatives. This must mirror elem_ok (time_match.c) for the
 * element kinds it unites, as quick_ok's QT_ANY case reads it. */
static int any_test(const time_rules *r, const time_rule *ru, int from, time_qtest *out,
                    uint32_t **own, bool *made)
{
    time_qtest q = {QT_ANY, TT_GLUED | TT_CAP, 0, NULL, 0, 0, 0};
    uint32_t *alts = NULL;
    *made = false;
    for (int i = from; i < ru->nelems; i++) {
        const time_elem *e = &ru->elems[i];
        if (e->look != LOOK_NONE) break;
        q.need &= (uint8_t)((e->glued ? TT_GLUED : 0) | (e->capital ? TT_CAP : 0));
        if (e->kind == TE_CLASS) {
            q.clsmask |= (uint16_t)(1u << e->cls);
        } else if (e->kind == TE_LIST) {
            if (e->list >= 64) break;
            q.lists |= 1ull << e->list;
        } else {
            bool digit = false;
            for (int k = 0; k < e->nalts; k++)
                digit |= isdigit((unsigned char)r->words[e->alts[k]].key[0]) != 0;
            if (digit) break;
            uint32_t *na = realloc(alts, (q.arg + e->nalts) * sizeof *na);
            if (!na) {
                free(alts);
                return -1;
            }
            alts = na;
            for (int k = 0; k < e->nalts; k++) {
                alts[q.arg++] = e->alts[k];
                q.bloom |= 1ull << (r->words[e->alts[k]].hash & 63);
            }
        }
        if (!e->optional) {
            q.alts = alts;
            *out = q;
            *own = alts;
            *made = true;
            return 0;
        }
    }
    free(alts);
    return 0;
}

/* Whether rule ri, in an index list of position k (rules[k]: the list of the token at the start,
 * or of the token after it), cannot match unless the token right after its first required
 * element has a dictionary word: the element after that is a list or word literal (or a QT_ANY
 * test of lists and literals only), and the first required element is the token of the list.
 * That holds for a rule that starts on it (no optional element before it) and for one with a
 * single optional element first ("@det? ..."): index_rules files that one under its required
 * element twice, at k = 0 for the matches that skip the optional element and at k = 1 for
 * those that take it, and either list finds only its own (the same rule from the same token is
 * tried by both, so a match the filter drops in one list is found by the other). After "the",
 * "a" or a number that token is mostly an ordinary word ("the company", "5 percent"), and these
 * rules need not be tried. */
static bool needs_next_word(const time_rules *r, uint16_t ri)
{
    const time_quick *q = &r->quick[ri];
    return q->req0 >= 0 && q->nopt0 <= 1 && q->req1 >= 0 &&
           (q->t1.op == QT_LIST || q->t1.op == QT_LIT || (q->t1.op == QT_ANY && !q->t1.clsmask));
}

/* Reorders ids[0..n) so that the rules that do not need the next token's word come first
 * (stable) and returns how many they are. The order of trial does not change the result:
 * try_rules keeps the longest match and, among equally long ones, the earliest rule. */
static uint16_t partition_free(const time_rules *r, uint16_t *ids, uint16_t n)
{
    uint16_t nf = 0;
    for (uint16_t k = 0; k < n; k++)
        if (!needs_next_word(r, ids[k])) {
            uint16_t id = ids[k];
            memmove(ids + nf + 1, ids + nf, (size_t)(k - nf) * sizeof *ids);
            ids[nf++] = id;
        }
    return nf;
}

/* The time_next of the rules ids[nf..n) (all of them needs_next_word). */
static time_next next_need(const time_rules *r, const uint16_t *ids, uint16_t nf, uint16_t n)
{
    time_next m = {0, 0};
    for (uint16_t k = nf; k < n; k++) {
        const time_qtest *t = &r->quick[ids[k]].t1;
        if (t->op == QT_LIST) m.lists |= 1ull << t->arg;
        if (t->op == QT_ANY) m.lists |= t->lists;
        for (int a = 0; (t->op == QT_LIT || t->op == QT_ANY) && a < t->arg; a++)
            m.words |= 1ull << (r->words[t->alts[a]].hash & 63);
    }
    return m;
}

/* Order of two quick tests (0: the same test). */
static int qtest_cmp(const time_qtest *a, const time_qtest *b)
{
    if (a->op != b->op) return a->op < b->op ? -1 : 1;
    if (a->need != b->need) return a->need < b->need ? -1 : 1;
    if (a->arg != b->arg) return a->arg < b->arg ? -1 : 1;
    if (a->clsmask != b->clsmask) return a->clsmask < b->clsmask ? -1 : 1;
    if (a->lists != b->lists) return a->lists < b->lists ? -1 : 1;
    if (a->op == QT_LIT || a->op == QT_ANY || a->op == QT_NUMLIT)
        for (int k = 0; k < a->arg; k++)
            if (a->alts[k] != b->alts[k]) return a->alts[k] < b->alts[k] ? -1 : 1;
    return 0;
}

/* Order of the quick records of rules x and y (0: try_rules' quick reject of the one passes
 * exactly when that of the other does; it reads req0 >= 0, nopt0, t0, req1 >= 0 and t1 only,
 * and the rule's own elements for QT_ELEM tests, so a rule with one is equal to no other). */
static int quick_cmp(const time_rules *r, uint16_t x, uint16_t y)
{
    const time_quick *a = &r->quick[x], *b = &r->quick[y];
    if ((a->req0 >= 0) != (b->req0 >= 0)) return a->req0 >= 0 ? 1 : -1;
    if (a->req0 < 0) return 0; /* no quick reject: always tried */
    bool ea = a->t0.op == QT_ELEM || (a->req1 >= 0 && a->t1.op == QT_ELEM);
    bool eb = b->t0.op == QT_ELEM || (b->req1 >= 0 && b->t1.op == QT_ELEM);
    if (ea || eb) return ea != eb ? (ea ? 1 : -1) : x < y ? -1 : x > y ? 1 : 0;
    if (a->nopt0 != b->nopt0) return a->nopt0 < b->nopt0 ? -1 : 1;
    int c = qtest_cmp(&a->t0, &b->t0);
    if (c) return c;
    if ((a->req1 >= 0) != (b->req1 >= 0)) return a->req1 >= 0 ? 1 : -1;
    return a->req1 >= 0 ? qtest_cmp(&a->t1, &b->t1) : 0;
}

/* Sorts ids[0..n) by quick record (insertion sort: the lists are short, ties keep the rule
 * order) and appends its groups to *g. */
static int add_groups(const time_rules *r, uint16_t *ids, uint16_t n, time_groups *g)
{
    for (uint16_t k = 1; k < n; k++) {
        uint16_t id = ids[k], j = k;
        while (j > 0 && quick_cmp(r, ids[j - 1], id) > 0) {
            ids[j] = ids[j - 1];
            j--;
        }
        ids[j] = id;
    }
    for (uint16_t k = 0; k < n;) {
        uint16_t e = k + 1;
        while (e < n && quick_cmp(r, ids[k], ids[e]) == 0)
            e++;
        time_group *ng = realloc(g->g, (g->n + 1u) * sizeof *ng);
        if (!ng) return -1;
        g->g = ng;
        g->g[g->n++] = (time_group){k, (uint16_t)(e - k)};
        k = e;
    }
    return 0;
}

/* The groups of an index list ids[0..n) whose first nfree rules are the free ones
 * (partition_free): each part is sorted and grouped on its own. The order of trial does not
 * change the result (see partition_free). */
static int group_rules(const time_rules *r, uint16_t *ids, uint16_t n, uint16_t nfree,
                       time_groups *g)
{
    if (add_groups(r, ids, nfree, g)) return -1;
    g->nfree = g->n;
    if (n > nfree && add_groups(r, ids + nfree, (uint16_t)(n - nfree), g)) return -1;
    for (uint16_t k = g->nfree; k < g->n; k++)
        g->g[k].first = (uint16_t)(g->g[k].first + nfree);
    return 0;
}

/* Whether a token whose dictionary word is w can pass quick test q, a next-token test of a
 * rule that needs_next_word (QT_LIST, QT_LIT, or QT_ANY of lists and literals): what quick_ok
 * (time_match.c) asks of the word; the token's flags (q->need) are left to quick_ok. */
static bool next_word_may(const time_rules *r, const time_qtest *q, const time_word *w)
{
    if (q->op == QT_LIST) return (w->listmask >> q->arg) & 1;
    if (q->op == QT_ANY && (w->listmask & q->lists)) return true;
    uint32_t wi = (uint32_t)(w - r->words);
    for (int a = 0; a < q->arg; a++)
        if (q->alts[a] == wi) return true;
    return false;
}

/* The words' clsnext[c] masks for the class list ids with groups gs (see time_word): the
 * non-free groups are those after gs->nfree, all of whose rules needs_next_word. */
static void class_next(time_rules *r, int k, int c, const uint16_t *ids, const time_groups *gs)
{
    uint16_t nn = (uint16_t)(gs->n - gs->nfree);
    r->clsnext_ok[k][c] = nn <= 64;
    if (!r->clsnext_ok[k][c]) return;
    for (uint32_t w = 0; w < r->nwords; w++) {
        uint64_t m = 0;
        for (uint16_t j = 0; j < nn; j++) {
            const time_qtest *q = &r->quick[ids[gs->g[gs->nfree + j].first]].t1;
            if (next_word_may(r, q, &r->words[w])) m |= 1ull << j;
        }
        r->words[w].clsnext[k][c] = m;
    }
}

static int index_rules(time_rules *r)
{
    r->quick = calloc(r->nrules ? r->nrules : 1, sizeof *r->quick);
    if (!r->quick) return -1;
    for (uint16_t ri = 0; ri < r->nrules; ri++) {
        time_rule *q = &r->rules[ri];
        q->req0 = -1;
        q->nopt0 = 0;
        for (int i = 0; i < q->nelems && q->req0 < 0; i++) {
            if (q->elems[i].look != LOOK_NONE) continue;
            if (q->elems[i].optional)
                q->nopt0++;
            else
                q->req0 = (int8_t)i;
        }
        q->req1 = -1;
        int n1 = q->req0 + 1;
        if (q->req0 >= 0 && n1 < q->nelems && q->elems[n1].look == LOOK_NONE &&
            !q->elems[n1].optional)
            q->req1 = (int8_t)n1;
        time_quick *k = &r->quick[ri];
        k->req0 = q->req0;
        k->req1 = q->req1;
        /* a required look-ahead right after the first element ("the >CARD") tests the same
         * next token as a consuming element would (match_from: the token after it, in the
         * span), so the quick reject can test it too */
        if (q->req1 < 0 && q->req0 >= 0 && n1 < q->nelems && q->elems[n1].look == LOOK_NEXT &&
            !q->elems[n1].optional)
            k->req1 = (int8_t)n1;
        k->nopt0 = q->nopt0;
        if (k->req0 >= 0) k->t0 = quick_test(r, &q->elems[k->req0]);
        if (k->req1 >= 0) k->t1 = quick_test(r, &q->elems[k->req1]);
        /* an optional element right after the first required one ("@det fiscal? year"): the
         * next token must fit it or one of those up to the next required element */
        if (k->req1 < 0 && q->req0 >= 0 && n1 < q->nelems && q->elems[n1].look == LOOK_NONE) {
            bool made;
            if (any_test(r, q, n1, &k->t1, &k->own, &made)) return -1;
            if (made) k->req1 = (int8_t)n1;
        }
    }
    for (uint16_t ri = 0; ri < r->nrules; ri++) {
        const time_rule *ru = &r->rules[ri];
        if (ru->nopt0 == 1 && ru->req0 >= 0) {
            /* one optional element first ("@det? ..."): indexed under the required element,
             * at its own token and at the token after the start */
            if (index_elem(r, &ru->elems[ru->req0], ri, 0) ||
                index_elem(r, &ru->elems[ru->req0], ri, 1))
                return -1;
            continue;
        }
        for (int i = 0; i < ru->nelems; i++) {
            const time_elem *e = &ru->elems[i];
            if (e->look != LOOK_NONE) continue;
            if (index_elem(r, e, ri, 0)) return -1;
            if (!e->optional) break;
        }
    }
    for (int k = 0; k < 2; k++) {
        for (uint32_t w = 0; w < r->nwords; w++) {
            time_word *x = &r->words[w];
            x->nfree[k] = partition_free(r, x->rules[k], x->nrules[k]);
            x->next[k] = next_need(r, x->rules[k], x->nfree[k], x->nrules[k]);
        }
        r->nnum_free[k] = partition_free(r, r->num_rules[k], r->nnum_rules[k]);
        r->num_next[k] = next_need(r, r->num_rules[k], r->nnum_free[k], r->nnum_rules[k]);
        r->ncard_free[k] = partition_free(r, r->card_rules[k], r->ncard_rules[k]);
        r->card_next[k] = next_need(r, r->card_rules[k], r->ncard_free[k], r->ncard_rules[k]);
        r->nword_free[k] = partition_free(r, r->word_rules[k], r->nword_rules[k]);
        r->word_next[k] = next_need(r, r->word_rules[k], r->nword_free[k], r->nword_rules[k]);
        for (uint32_t w = 0; w < r->nwords; w++) {
            time_word *x = &r->words[w];
            if (group_rules(r, x->rules[k], x->nrules[k], x->nfree[k], &x->groups[k])) return -1;
        }
        if (group_rules(r, r->num_rules[k], r->nnum_rules[k], r->nnum_free[k], &r->num_groups[k]) ||
            group_rules(r, r->card_rules[k], r->ncard_rules[k], r->ncard_free[k],
                        &r->card_groups[k]) ||
            group_rules(r, r->word_rules[k], r->nword_rules[k], r->nword_free[k],
                        &r->word_groups[k]))
            return -1;
    }
    for (uint32_t w = 0; w < r->nwords; w++)
        r->words[w].lists =
            (uint8_t)((r->words[w].nrules[0] ? 1 : 0) | (r->words[w].nrules[1] ? 2 : 0));
    for (unsigned fl = 0; fl < 64; fl++) {
        uint8_t b = 0;
        for (int k = 0; k < 2; k++)
            if (((fl & TT_NUM) && r->nnum_rules[k]) || ((fl & TT_HASN) && r->ncard_rules[k]) ||
                ((fl & TT_WORD) && r->nword_rules[k]))
                b |= (uint8_t)(1u << k);
        r->flag_lists[fl] = b;
    }
    for (int k = 0; k < 2; k++) {
        class_next(r, k, 0, r->num_rules[k], &r->num_groups[k]);
        class_next(r, k, 1, r->card_rules[k], &r->card_groups[k]);
        class_next(r, k, 2, r->word_rules[k], &r->word_groups[k]);
    }
    return 0;
}

time_rules *time_rules_load(const char *lang_dir, ck_error *err)
{
    time_rules *r = calloc(1, sizeof *r);
    if (!r) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        return NULL;
    }
    char dir[4096], path[4200];
    if (!lang_dir || strlen(lang_dir) > 4000) {
        ck_fail(err, CK_E_RESOURCE, "time resources: no folder or a path too long");
        free(r);
        return NULL;
    }
    snprintf(dir, sizeof dir, "%s/time", lang_dir);
    const char *slash = strrchr(lang_dir, '/');
    snprintf(r->lang, sizeof r->lang, "%s", slash ? slash + 1 : lang_dir);
    if (load_lists(r, dir, err)) goto fail;
    r->list_number = list_id(r, "number", 6);
    r->list_future = list_id(r, "tense_future", 12);
    r->list_past = list_id(r, "tense_past", 10);
    r->list_past_not = list_id(r, "tense_past_not", 14);
    r->list_report = list_id(r, "tense_report", 12);
    r->list_perfect = list_id(r, "tense_past_perfect", 18);
    r->list_until = list_id(r, "tense_until", 11);
    r->list_defer = list_id(r, "tense_defer", 11);
    r->list_future_base = list_id(r, "tense_future_base", 17);
    r->list_future_wd = list_id(r, "tense_future_weekday", 20);
    r->list_future_v2 = list_id(r, "tense_future_v2", 15);
    r->list_future_adj = list_id(r, "tense_future_adj", 16);
    r->list_future_to = list_id(r, "tense_future_to", 15);
    r->list_numjoin = list_id(r, "number_joiner", 13);
    r->list_unit_adj = list_id(r, "unit_adj", 8);
    r->list_span_bound = list_id(r, "span_bound", 10);
    r->list_subclause = list_id(r, "tense_subclause", 15);
    r->list_attr = list_id(r, "tense_attr", 10);
    r->list_unit_adj_y = list_id(r, "unit_adj_y", 10);
    r->list_numsplit = list_id(r, "number_split", 12);
    r->list_yearblock_next = list_id(r, "yearblock_next", 14);
    r->list_sport_context = list_id(r, "sport_context", 13);
    r->list_month_near = list_id(r, "month_near", 10);
    r->list_time_range_end = list_id(r, "time_range_end", 14);
    r->list_range_end = list_id(r, "range_end", 9);
    r->list_weekday_anchor = list_id(r, "weekday_anchor", 14);
    r->list_which = list_id(r, "which_clause", 12);
    r->list_zero_past = list_id(r, "zero_past", 9);
    int uk = list_id(r, "unit_keep", 9);
    for (uint32_t w = 0; uk >= 0 && w < r->nwords; w++)
        if (time_in_list(&r->words[w], uk, NULL)) {
            if (strcmp(r->words[w].key, "de") == 0) r->keep_de = true;
            if (strcmp(r->words[w].key, "ce") == 0) r->keep_ce = true;
        }
    int up = list_id(r, "unit_undated_past", 17);
    for (uint32_t w = 0; up >= 0 && w < r->nwords; w++)
        if (time_in_list(&r->words[w], up, NULL)) {
            if (strcmp(r->words[w].key, "d") == 0) r->undated_d = true;
            if (strcmp(r->words[w].key, "w") == 0) r->undated_w = true;
            if (strcmp(r->words[w].key, "m") == 0) r->undated_m = true;
        }
    int yn = list_id(r, "year_narrative", 14);
    for (uint32_t w = 0; yn >= 0 && w < r->nwords; w++)
        if (time_in_list(&r->words[w], yn, NULL)) {
            if (strcmp(r->words[w].key, "next") == 0) r->narr_next = true;
            if (strcmp(r->words[w].key, "season") == 0) r->narr_season = true;
            if (strcmp(r->words[w].key, "clock") == 0) r->narr_clock = true;
        }
    int ps = list_id(r, "tense_past_suffix", 17);
    for (uint32_t w = 0; ps >= 0 && w < r->nwords && r->npast_suffix < 8; w++)
        if (time_in_list(&r->words[w], ps, NULL)) {
            r->past_suffix[r->npast_suffix].s = r->words[w].key;
            r->past_suffix[r->npast_suffix++].n = strlen(r->words[w].key);
        }
    for (uint32_t w = 0; w < r->nwords; w++) {
        const char *v;
        if (time_in_list(&r->words[w], r->list_number, &v)) {
            r->words[w].has_num = true;
            r->words[w].num = (v[0] == 'X' || v[0] == 'x') ? -1 : strtod(v, NULL);
            size_t kl = strlen(r->words[w].key);
            if (kl >= 3) {
                uint32_t h = fnv(r->words[w].key + kl - 3, 3) & 0xffff;
                r->numsuffix[h >> 3] |= (uint8_t)(1u << (h & 7));
            }
        }
    }
    snprintf(path, sizeof path, "%s/rules.txt", dir);
    size_t len;
    char *buf = resources_read_file(path, &len, err);
    if (!buf) goto fail;
    char *file = keep(r, path, strlen(path));
    rule_ctx c = {r, file ? file : "rules.txt", err, 0};
    int rc = resources_each_line(buf, len, rule_line, &c);
    free(buf);
    if (rc) goto fail;
    if (index_rules(r)) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        goto fail;
    }
    return r;
fail:
    time_rules_free(r);
    return NULL;
}

void time_rules_free(time_rules *r)
{
    if (!r) return;
    for (uint32_t w = 0; w < r->nwords; w++) {
        free(r->words[w].mem);
        free(r->words[w].rules[0]);
        free(r->words[w].rules[1]);
        free(r->words[w].groups[0].g);
        free(r->words[w].groups[1].g);
    }
    for (uint16_t i = 0; i < r->nrules; i++)
        for (int k = 0; k < r->rules[i].nelems; k++)
            free(r->rules[i].elems[k].alts);
    for (size_t i = 0; i < r->nstrings; i++)
        free(r->strings[i]);
    free(r->strings);
    free(r->words);
    free(r->table);
    free(r->lists);
    free(r->rules);
    for (uint16_t i = 0; r->quick && i < r->nrules; i++)
        free(r->quick[i].own);
    free(r->quick);
    for (int k = 0; k < 2; k++) {
        free(r->num_rules[k]);
        free(r->card_rules[k]);
        free(r->word_rules[k]);
        free(r->num_groups[k].g);
        free(r->card_groups[k].g);
        free(r->word_groups[k].g);
    }
    free(r);
}
