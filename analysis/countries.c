/* countries.c — the country-name index: folded names → ISO 3166-1 alpha-2, with inflection.
 *
 * Every name is folded (countries_fold) and kept in an open-addressing hash table of keys →
 * country index; country names and places (places.tsv: regions and cities) have a table each.
 * Names from a generated table that two countries share become ambiguous (index -1); a
 * hand-written country-names.tsv line overrides them. A lookup folds the
 * query and tries it as is; failing that, with the language's rules, it drops one leading
 * article and tries every combination of per-word ending replacements (at most LOOKUP_MAX_TRIES
 * candidates, the unchanged words first). Invariant: after countries_load nothing is written, so
 * lookups from many threads need no lock. */
#include "analysis/countries.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "analysis/resources.h"

#define COUNTRIES_FILE   "countries.tsv"
#define NAMES_FILE       "country-names.tsv"
#define RULES_FILE       "country-inflection.txt"
#define PLACES_FILE      "places.tsv"
#define MAX_WORDS        8
#define LOOKUP_MAX_TRIES 256
#define MAX_RULES        64

typedef struct country {
    char a2[3];
    char *name_en, *name_de; /* display names, owned */
} country;

typedef struct entry {
    char *key;      /* folded, owned; NULL = empty slot */
    int16_t idx;    /* into countries[], -1 = ambiguous */
    int16_t source; /* 0 = generated table, else 1 + the index of the names file */
    bool accented;  /* some name folded to key has a non-ASCII letter ("Kecskemét") */
} entry;

typedef struct suffix_rule {
    char end[32], with[32];
    size_t end_len, with_len;
} suffix_rule;

typedef struct lang_rules {
    char code[3];
    char articles[16][32];
    int narticles;
    suffix_rule suffix[MAX_RULES];
    int nsuffix;
} lang_rules;

/* One folded-name index: open addressing, keys → country index. */
typedef struct name_table {
    entry *slots;
    size_t cap; /* power of two */
    size_t used;
} name_table;

struct countries {
    country *c;
    size_t n;
    name_table names;  /* country names */
    name_table places; /* places.tsv: regions and cities → their country */
    lang_rules *rules;
    int nrules;
};

size_t countries_fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    int space = 1; /* pending-space state: 1 at start (drops leading spaces) */
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80 && b != '.' && b != '-' && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
            /* ASCII fast path: the same result as the decomposition below */
            if (o + 1 >= cap) return (size_t)-1;
            out[o++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            space = 0;
            i++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0) return (size_t)-1;
        i += (size_t)k;
        if (c == '.') continue;
        if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
        utf8proc_category_t cat = utf8proc_category(c);
        if (c == '-' || cat == UTF8PROC_CATEGORY_PD || cat == UTF8PROC_CATEGORY_ZS || c == '\t' ||
            c == '\n' || c == '\r') {
            if (!space) {
                if (o + 1 >= cap) return (size_t)-1;
                out[o++] = ' ';
            }
            space = 1;
            continue;
        }
        utf8proc_int32_t d[8];
        int last = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(
            c, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &last);
        if (m < 0 || m > 8) return (size_t)-1;
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            if (o + 4 >= cap) return (size_t)-1;
            o += (size_t)utf8proc_encode_char(d[j], (utf8proc_uint8_t *)out + o);
        }
        space = 0;
    }
    if (o > 0 && out[o - 1] == ' ') o--;
    if (cap) out[o] = '\0';
    return o;
}

static uint64_t hash_key(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static entry *find_slot(const name_table *c, const char *key)
{
    size_t i = (size_t)hash_key(key) & (c->cap - 1);
    while (c->slots[i].key && strcmp(c->slots[i].key, key) != 0)
        i = (i + 1) & (c->cap - 1);
    return &c->slots[i];
}

static int grow(name_table *c)
{
    if ((c->used + 1) * 2 <= c->cap) return 0;
    size_t ncap = c->cap ? c->cap * 2 : 1024;
    entry *old = c->slots;
    size_t ocap = c->cap;
    c->slots = calloc(ncap, sizeof *c->slots);
    if (!c->slots) {
        c->slots = old;
        return -1;
    }
    c->cap = ncap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key) *find_slot(c, old[i].key) = old[i];
    free(old);
    return 0;
}

/* Adds key (folded) → idx from source. Returns 0; 1 when a names file repeats a key; 2 when two
 * names files disagree; -1 out of memory. */
static int add_key(name_table *c, const char *key, int idx, int source)
{
    if (!*key) return 0;
    if (grow(c)) return -1;
    entry *e = find_slot(c, key);
    if (!e->key) {
        e->key = strdup(key);
        if (!e->key) return -1;
        e->idx = (int16_t)idx;
        e->source = (int16_t)source;
        c->used++;
        return 0;
    }
    if (source == 0) {
        if (e->source == 0 && e->idx != idx) e->idx = -1;
        return 0;
    }
    if (e->source == source) return 1;
    if (e->source != 0 && e->idx != idx) return 2;
    e->idx = (int16_t)idx;
    e->source = (int16_t)source;
    return 0;
}

static int add_name(name_table *c, const char *name, size_t n, int idx)
{
    char key[COUNTRIES_KEY_MAX + 1];
    size_t k = countries_fold(name, n, key, sizeof key);
    if (k == (size_t)-1) return 0;
    if (add_key(c, key, idx, 0) < 0) return -1;
    /* "Korea, Republic of" → also "Republic of Korea" and "Korea" */
    const char *comma = memchr(name, ',', n);
    if (comma) {
        char inv[2 * (COUNTRIES_KEY_MAX + 1)];
        size_t head = (size_t)(comma - name);
        const char *tail = comma + 1;
        size_t tn = n - head - 1;
        if (tn + head + 2 >= sizeof inv) return 0;
        memcpy(inv, tail, tn);
        inv[tn] = ' ';
        memcpy(inv + tn + 1, name, head);
        if (countries_fold(inv, tn + 1 + head, key, sizeof key) != (size_t)-1 &&
            add_key(c, key, idx, 0) < 0)
            return -1;
        if (countries_fold(name, head, key, sizeof key) != (size_t)-1 &&
            add_key(c, key, idx, 0) < 0)
            return -1;
    }
    return 0;
}

static int find_code(const countries *c, const char *code)
{
    if (!code || strlen(code) != 2) return -1;
    char up[3] = {(char)(code[0] & ~0x20), (char)(code[1] & ~0x20), 0};
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(c->c[mid].a2, up);
        if (r == 0) return (int)mid;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

typedef struct load_ctx {
    countries *c;
    const char *path;
    ck_error *err;
    int source;
    lang_rules *rules;
    name_table *table; /* where names_line adds */
} load_ctx;

static int table_line(const char *line, size_t n, int lineno, void *vctx)
{
    load_ctx *x = vctx;
    countries *c = x->c;
    const char *f[8];
    size_t fl[8];
    /* the line reader trims trailing tabs: missing last fields are empty */
    int nf = resources_split_tabs(line, n, f, fl, 8);
    if (nf < 3 || fl[0] != 2)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected 8 tab-separated fields", x->path,
                       lineno);
    for (int i = nf; i < 8; i++) {
        f[i] = "";
        fl[i] = 0;
    }
    country *k = &c->c[c->n];
    memcpy(k->a2, f[0], 2);
    k->a2[2] = '\0';
    if (c->n && strcmp(c->c[c->n - 1].a2, k->a2) >= 0)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: codes not sorted or duplicate", x->path,
                       lineno);
    /* display names: the common name when there is one */
    k->name_en = fl[3] ? resources_strndup(f[3], fl[3]) : resources_strndup(f[2], fl[2]);
    k->name_de = fl[6]   ? resources_strndup(f[6], fl[6])
                 : fl[5] ? resources_strndup(f[5], fl[5])
                         : NULL;
    c->n++;
    if (!k->name_en) return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    for (int i = 2; i < 8; i++)
        if (fl[i] && add_name(&c->names, f[i], fl[i], (int)c->n - 1) < 0)
            return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    return 0;
}

static int names_line(const char *line, size_t n, int lineno, void *vctx)
{
    load_ctx *x = vctx;
    const char *f[3];
    size_t fl[3];
    int nf = resources_split_tabs(line, n, f, fl, 3);
    bool display = nf == 3 && fl[2] == 7 && !memcmp(f[2], "display", 7) && x->source > 0;
    if ((nf != 2 && !display) || memchr(f[1], '\t', fl[1]) ||
        (nf == 3 && memchr(f[2], '\t', fl[2])))
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected \"name<TAB>alpha2[<TAB>display]\"",
                       x->path, lineno);
    char code[3] = {0};
    if (fl[1] == 2) memcpy(code, f[1], 2);
    int idx = find_code(x->c, code);
    if (idx < 0)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: unknown country code \"%.*s\"", x->path,
                       lineno, (int)fl[1], f[1]);
    if (display) { /* the name shown for the country in this language ("Russland") */
        char **name =
            strcmp(x->rules->code, "de") == 0 ? &x->c->c[idx].name_de : &x->c->c[idx].name_en;
        char *dn = resources_strndup(f[0], fl[0]);
        if (!dn) return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
        free(*name);
        *name = dn;
    }
    char key[COUNTRIES_KEY_MAX + 1];
    if (countries_fold(f[0], fl[0], key, sizeof key) == (size_t)-1 || !*key)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad name", x->path, lineno);
    int rc = add_key(x->table, key, idx, x->source);
    if (rc < 0) return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    for (size_t i = 0; i < fl[0]; i++)
        if ((unsigned char)f[0][i] >= 0x80) find_slot(x->table, key)->accented = true;
    if (rc == 1)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate name \"%.*s\"", x->path, lineno,
                       (int)fl[0], f[0]);
    if (rc == 2)
        return ck_fail(x->err, CK_E_RESOURCE,
                       "%s:%d: \"%.*s\" has another code in another language's list", x->path,
                       lineno, (int)fl[0], f[0]);
    return 0;
}

/* "article <word>" | "suffix <ending> <replacement or ->" */
static int rules_line(const char *line, size_t n, int lineno, void *vctx)
{
    load_ctx *x = vctx;
    lang_rules *r = x->rules;
    char buf[256], a[64], b[64], c3[64];
    if (n >= sizeof buf)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: line too long", x->path, lineno);
    memcpy(buf, line, n);
    buf[n] = '\0';
    int k = sscanf(buf, "%63s %63s %63s", a, b, c3);
    char key[32];
    if (strcmp(a, "article") == 0 && k == 2) {
        if (r->narticles == 16)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: too many articles", x->path, lineno);
        if (countries_fold(b, strlen(b), key, sizeof key) == (size_t)-1)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad word", x->path, lineno);
        for (int i = 0; i < r->narticles; i++)
            if (strcmp(r->articles[i], key) == 0)
                return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate article \"%s\"", x->path,
                               lineno, b);
        strcpy(r->articles[r->narticles++], key);
        return 0;
    }
    if (strcmp(a, "suffix") == 0 && k == 3) {
        if (r->nsuffix == MAX_RULES)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: too many rules", x->path, lineno);
        suffix_rule *s = &r->suffix[r->nsuffix];
        char with[32] = "";
        if (countries_fold(b, strlen(b), s->end, sizeof s->end) == (size_t)-1 ||
            (strcmp(c3, "-") != 0 &&
             countries_fold(c3, strlen(c3), with, sizeof with) == (size_t)-1))
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad ending", x->path, lineno);
        strcpy(s->with, with);
        s->end_len = strlen(s->end);
        s->with_len = strlen(s->with);
        for (int i = 0; i < r->nsuffix; i++)
            if (strcmp(r->suffix[i].end, s->end) == 0 && strcmp(r->suffix[i].with, s->with) == 0)
                return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate rule", x->path, lineno);
        r->nsuffix++;
        return 0;
    }
    return ck_fail(x->err, CK_E_RESOURCE,
                   "%s:%d: expected \"article <word>\" or \"suffix <ending> <with|->\"", x->path,
                   lineno);
}

static int load_file(load_ctx *x, const char *path, int (*fn)(const char *, size_t, int, void *))
{
    size_t len;
    char *buf = resources_read_file(path, &len, x->err);
    if (!buf) return CK_E_RESOURCE;
    x->path = path;
    int rc = resources_each_line(buf, len, fn, x);
    free(buf);
    return rc;
}

countries *countries_load(const char *dir, const char *const *langs, int nlangs, ck_error *err)
{
    countries *c = calloc(1, sizeof *c);
    if (!c) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        return NULL;
    }
    c->c = calloc(512, sizeof *c->c); /* ISO 3166-1 has 249; the loader refuses more */
    c->rules = calloc(nlangs > 0 ? (size_t)nlangs : 1, sizeof *c->rules);
    if (!c->c || !c->rules || grow(&c->names) || grow(&c->places)) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        goto fail;
    }
    char path[4096];
    load_ctx x = {c, NULL, err, 0, NULL, &c->names};
    snprintf(path, sizeof path, "%s/%s", dir, COUNTRIES_FILE);
    size_t len;
    char *buf = resources_read_file(path, &len, err);
    if (!buf) goto fail;
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += buf[i] == '\n';
    int rc = lines < 512 ? (x.path = path, resources_each_line(buf, len, table_line, &x))
                         : ck_fail(err, CK_E_RESOURCE, "%s: too many lines", path);
    free(buf);
    if (rc) goto fail;
    if (c->n == 0) {
        ck_fail(err, CK_E_RESOURCE, "%s: no countries", path);
        goto fail;
    }
    for (int i = 0; i < nlangs; i++) {
        lang_rules *r = &c->rules[c->nrules++];
        snprintf(r->code, sizeof r->code, "%s", langs[i]);
        x.source = 1 + i;
        x.rules = r;
        snprintf(path, sizeof path, "%s/%s/%s", dir, langs[i], NAMES_FILE);
        if (load_file(&x, path, names_line)) goto fail;
        snprintf(path, sizeof path, "%s/%s/%s", dir, langs[i], RULES_FILE);
        if (load_file(&x, path, rules_line)) goto fail;
    }
    /* places.tsv (tools/gen_countries --places): generated, so a name two countries share is
     * ambiguous (source 0); a resource directory without it has no places */
    snprintf(path, sizeof path, "%s/%s", dir, PLACES_FILE);
    if (access(path, F_OK) == 0) {
        x.source = 0;
        x.table = &c->places;
        if (load_file(&x, path, names_line)) goto fail;
    }
    return c;
fail:
    countries_free(c);
    return NULL;
}

void countries_free(countries *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->names.cap; i++)
        free(c->names.slots[i].key);
    for (size_t i = 0; i < c->places.cap; i++)
        free(c->places.slots[i].key);
    for (size_t i = 0; i < c->n; i++) {
        free(c->c[i].name_en);
        free(c->c[i].name_de);
    }
    free(c->names.slots);
    free(c->places.slots);
    free(c->c);
    free(c->rules);
    free(c);
}

/* The code of key in t; with accented, only a key that some accented name gave. */
static const char *get(const countries *c, const name_table *t, const char *key, bool accented)
{
    const entry *e = find_slot(t, key);
    return e->key && e->idx >= 0 && (!accented || e->accented) ? c->c[e->idx].a2 : NULL;
}

/* A name of table t, as is or inflected by lang's rules (see countries_lookup). With
 * strict_accents, a name written with non-ASCII letters matches only entries that have some:
 * "Münster" is not the Irish "Munster", while "Kecskemet" still finds "Kecskemét". */
static const char *lookup_in(const countries *c, const name_table *t, const char *lang,
                             const char *name, size_t len, bool strict_accents)
{
    char key[COUNTRIES_KEY_MAX + 1];
    size_t k = countries_fold(name, len, key, sizeof key);
    if (!c || !t->cap || k == (size_t)-1 || k == 0) return NULL;
    bool accented = false;
    for (size_t i = 0; strict_accents && i < len; i++)
        accented |= (unsigned char)name[i] >= 0x80;
    const char *hit = get(c, t, key, accented);
    if (hit || !lang) return hit;
    const lang_rules *r = NULL;
    for (int i = 0; i < c->nrules; i++)
        if (strcmp(c->rules[i].code, lang) == 0) r = &c->rules[i];
    if (!r) return NULL;

    /* words of the key */
    const char *w[MAX_WORDS];
    size_t wl[MAX_WORDS];
    int nw = 0;
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && key[j] != ' ')
            j++;
        if (nw == MAX_WORDS) return NULL;
        w[nw] = key + i;
        wl[nw++] = j - i;
        i = j + 1;
    }
    int w0 = 0;
    if (nw > 1)
        for (int i = 0; i < r->narticles; i++)
            if (strlen(r->articles[i]) == wl[0] && memcmp(r->articles[i], w[0], wl[0]) == 0) w0 = 1;
    /* per word: choice 0 = unchanged, choice j>0 = suffix rule j-1 when it applies */
    int choice[MAX_WORDS] = {0};
    char cand[COUNTRIES_KEY_MAX + 1];
    for (int tries = 0; tries < LOOKUP_MAX_TRIES; tries++) {
        size_t o = 0;
        int ok = 1;
        for (int i = w0; i < nw && ok; i++) {
            size_t keep = wl[i];
            const char *add = "";
            size_t addn = 0;
            if (choice[i]) {
                const suffix_rule *s = &r->suffix[choice[i] - 1];
                keep = wl[i] - s->end_len;
                add = s->with;
                addn = s->with_len;
            }
            if (o + keep + addn + 2 > sizeof cand) {
                ok = 0;
                break;
            }
            if (o) cand[o++] = ' ';
            memcpy(cand + o, w[i], keep);
            o += keep;
            memcpy(cand + o, add, addn);
            o += addn;
        }
        cand[o] = '\0';
        if (ok && (tries > 0 || w0 > 0) && (hit = get(c, t, cand, accented))) return hit;
        /* next combination: advance the odometer to the next rule that applies */
        int i = nw - 1;
        for (; i >= w0; i--) {
            int j = choice[i] + 1;
            for (; j <= r->nsuffix; j++) {
                const suffix_rule *s = &r->suffix[j - 1];
                if (wl[i] >= s->end_len + 2 &&
                    memcmp(w[i] + wl[i] - s->end_len, s->end, s->end_len) == 0)
                    break;
            }
            if (j <= r->nsuffix) {
                choice[i] = j;
                break;
            }
            choice[i] = 0;
        }
        if (i < w0) break;
    }
    return NULL;
}

const char *countries_lookup(const countries *c, const char *lang, const char *name, size_t len)
{
    return c ? lookup_in(c, &c->names, lang, name, len, false) : NULL;
}

const char *countries_place(const countries *c, const char *lang, const char *name, size_t len)
{
    return c ? lookup_in(c, &c->places, lang, name, len, true) : NULL;
}

int countries_valid(const countries *c, const char *code)
{
    return c && find_code(c, code) >= 0;
}

const char *countries_name(const countries *c, const char *code, const char *lang)
{
    int i = c ? find_code(c, code) : -1;
    if (i < 0) return NULL;
    if (lang && strcmp(lang, "de") == 0 && c->c[i].name_de) return c->c[i].name_de;
    return c->c[i].name_en;
}
