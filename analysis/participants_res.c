/* participants_res.c — loads and looks up demonyms (→ ISO code) and role words per language.
 *
 * Entries are folded with countries_fold and kept in sorted arrays, searched by bsearch: a
 * demonym table keyed by (kind, folded form) and a role table of exact phrases, plus a short
 * list of role heads matched as word endings. Inflection is data: each file lists the endings
 * a form may take ("endings" lines); a lookup strips each ending that the word has and
 * searches the rest. Read-only after loading. */
#include "analysis/participants_res.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis/countries.h"
#include "analysis/resources.h"

#define DEMONYMS_FILE  "demonyms.tsv"
#define ROLES_FILE     "roles.txt"
#define NAMES_FILE     "names.txt"
#define GIVEN_FILE     "given-names.txt"
#define PEOPLE_FILE    "people.txt"
#define ORGS_FILE      "organizations.txt"
#define MAX_ENDINGS    16
#define MAX_ROLE_WORDS 8
#define KEY_MAX        COUNTRIES_KEY_MAX

typedef struct item {
    char *key;       /* folded, owned */
    char *canonical; /* roles: owned or NULL */
    char code[3];
    int kind; /* demonym_kind or role_mode */
    int lineno;
    bool weak; /* names.txt "XX?": the country only when the text names it otherwise */
    bool caps; /* organizations.txt: an acronym ("FAZ") that only text in capitals matches */
} item;

#define BLOOM_BITS 65536
#define PREFIX_LEN 4
#define LONG_LEN   6 /* a first word this long is also filtered by its first LONG_LEN bytes */

typedef struct list {
    item *v;
    size_t n, cap;
    uint64_t bloom[BLOOM_BITS / 64]; /* a bit per key hash: most misses end here */
} list;

static uint32_t key_bit(const char *k)
{
    uint32_t h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 16777619u;
    return (h ^ (h >> 16)) & (BLOOM_BITS - 1);
}

typedef struct endings {
    char e[MAX_ENDINGS][16];
    int n;
} endings;

struct participants_res {
    list demonyms;      /* sorted by (kind, key) */
    list roles;         /* ROLE_EXACT and ROLE_PRE, sorted by (kind, key) */
    list heads;         /* ROLE_HEAD, in file order */
    list rolecc;        /* roles.txt "country" lines: a role's start → its country, file order */
    endings dem_end[4]; /* per demonym_kind */
    endings role_end;
    int max_role_words;
    list names;                        /* names.txt: (name_kind, folded phrase), sorted */
    uint64_t prefix[BLOOM_BITS / 64];  /* first letters of every name, demonym and country */
    uint64_t prefix6[BLOOM_BITS / 64]; /* ... the first LONG_LEN of a long first word */
    uint64_t shortp[BLOOM_BITS / 64];  /* ... the first PREFIX_LEN of a short first word */
    int prefix_ok;                     /* prefix holds the country names too */
    endings name_end;                  /* names.txt "ending" lines, folded, longest first */
    int max_name_words;
    /* people.txt: public persons and their country */
    list pfull;   /* folded full names and variants, sorted; kind = person index */
    list psur;    /* folded surnames, sorted, one per key; kind = person index, -1 when two
                     persons or more have it */
    list persons; /* per person: code, key = its given names folded, each followed by '|' */
};

typedef struct ctx {
    participants_res *r;
    const char *path;
    ck_error *err;
    char lang[8]; /* organizations.txt: the language of lang_dir ("de") */
    list orgs;    /* organizations.txt: the folded forms of this language */
} ctx;

/* The bit of a folded key's prefix: its first len bytes, cut at the first space. */
static uint32_t prefix_bit_n(const char *key, size_t k, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < k && i < len && key[i] != ' '; i++)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    return (h ^ (h >> 16)) & (BLOOM_BITS - 1);
}

static uint32_t prefix_bit(const char *key, size_t k)
{
    return prefix_bit_n(key, k, PREFIX_LEN);
}

/* The bytes of a folded key's first word. */
static size_t first_word_len(const char *key, size_t k)
{
    size_t i = 0;
    while (i < k && key[i] != ' ')
        i++;
    return i;
}

static void bit_set(uint64_t *set, uint32_t b)
{
    set[b / 64] |= (uint64_t)1 << (b % 64);
}

static bool bit_get(const uint64_t *set, uint32_t b)
{
    return (set[b / 64] >> (b % 64)) & 1;
}

/* Adds a key to the prefix filters: its first PREFIX_LEN bytes, and its first LONG_LEN bytes
 * when its first word has that many (else the first PREFIX_LEN again, as a short word's). A
 * word is then let through by its first LONG_LEN bytes, or by its first PREFIX_LEN as those of
 * a short name with an ending ("Bayers", "Natos"): far fewer capitalized nouns than by four
 * letters alone, now that organizations.txt fills the four-letter filter. */
static void prefix_add(participants_res *r, const char *key)
{
    size_t k = strlen(key);
    bit_set(r->prefix, prefix_bit(key, k));
    if (first_word_len(key, k) >= LONG_LEN)
        bit_set(r->prefix6, prefix_bit_n(key, k, LONG_LEN));
    else
        bit_set(r->shortp, prefix_bit(key, k));
}

/* Adds the prefixes of a raw name and of each of its ", " parts ("Korea, Republic of"). */
static void prefix_add_raw(participants_res *r, const char *s, size_t n)
{
    char key[COUNTRIES_KEY_MAX + 1];
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        if (countries_fold(s + i, j - i, key, sizeof key) != (size_t)-1 && *key) prefix_add(r, key);
        i = j + 1;
        while (i < n && s[i] == ' ')
            i++;
    }
    if (countries_fold(s, n, key, sizeof key) != (size_t)-1 && *key) prefix_add(r, key);
}

/* Country name files: every tab-separated field after the codes (countries.tsv) or the first
 * field (country-names.tsv) is a name. */
static int country_prefix_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    (void)lineno;
    const char *f[16];
    size_t fl[16];
    int k = resources_split_tabs(line, n, f, fl, 15);
    if (k > 15) k = 15;
    int from = x->path && strstr(x->path, "country-names") ? 0 : 2;
    int to = from == 0 ? 1 : k;
    for (int i = from; i < to && i < k; i++)
        if (fl[i]) prefix_add_raw(x->r, f[i], fl[i]);
    return 0;
}

/* The number of words of a folded key. */
static int key_words(const char *key)
{
    int words = 1;
    for (const char *p = key; *p; p++)
        words += *p == ' ';
    return words;
}

static int list_add(list *l, item it)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 256;
        item *nv = realloc(l->v, ncap * sizeof *nv);
        if (!nv) return -1;
        l->v = nv;
        l->cap = ncap;
    }
    l->v[l->n++] = it;
    return 0;
}

static void list_free(list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].key);
        free(l->v[i].canonical);
    }
    free(l->v);
}

static int item_cmp(const void *a, const void *b)
{
    const item *x = a, *y = b;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->lineno < y->lineno ? -1 : x->lineno > y->lineno;
}

/* "-,e,en" → endings ("-" is the empty ending). */
static int parse_endings(const char *s, size_t n, endings *out)
{
    out->n = 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        if (out->n == MAX_ENDINGS || j - i == 0 || j - i >= sizeof out->e[0]) return -1;
        if (!(j - i == 1 && s[i] == '-')) {
            if (countries_fold(s + i, j - i, out->e[out->n], sizeof out->e[0]) == (size_t)-1)
                return -1;
        } else {
            out->e[out->n][0] = '\0';
        }
        out->n++;
        i = j + 1;
    }
    return 0;
}

static int kind_of(const char *s, size_t n)
{
    if (n == 3 && memcmp(s, "adj", 3) == 0) return DEMONYM_ADJ;
    if (n == 4 && memcmp(s, "noun", 4) == 0) return DEMONYM_NOUN;
    if (n == 6 && memcmp(s, "prefix", 6) == 0) return DEMONYM_PREFIX;
    return DEMONYM_NONE;
}

/* demonyms.tsv: "adj|noun|prefix<TAB>form<TAB>XX" or "endings<TAB>adj|noun<TAB>-,e,en" */
static int demonym_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    const char *f[3];
    size_t fl[3];
    if (resources_split_tabs(line, n, f, fl, 3) != 3)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected 3 tab-separated fields", x->path,
                       lineno);
    if (fl[0] == 7 && memcmp(f[0], "endings", 7) == 0) {
        int k = kind_of(f[1], fl[1]);
        if (k != DEMONYM_ADJ && k != DEMONYM_NOUN)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: endings for adj or noun only", x->path,
                           lineno);
        if (x->r->dem_end[k].n)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate endings line", x->path, lineno);
        if (parse_endings(f[2], fl[2], &x->r->dem_end[k]))
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad endings list", x->path, lineno);
        return 0;
    }
    int k = kind_of(f[0], fl[0]);
    if (!k)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: unknown kind \"%.*s\"", x->path, lineno,
                       (int)fl[0], f[0]);
    if (fl[2] != 2 || f[2][0] < 'A' || f[2][0] > 'Z' || f[2][1] < 'A' || f[2][1] > 'Z')
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected an ISO alpha-2 code", x->path,
                       lineno);
    char key[KEY_MAX + 1];
    if (countries_fold(f[1], fl[1], key, sizeof key) == (size_t)-1 || !*key)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad form", x->path, lineno);
    prefix_add(x->r, key);
    item it = {strdup(key), NULL, {f[2][0], f[2][1], 0}, k, lineno};
    if (!it.key || list_add(&x->r->demonyms, it)) {
        free(it.key);
        return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    }
    return 0;
}

/* roles.txt: "exact|head<TAB>phrase[<TAB>canonical]", "pre<TAB>word<TAB>canonical" or
 * "endings<TAB>-,s,n" */
static int role_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    const char *f[3];
    size_t fl[3];
    int k = resources_split_tabs(line, n, f, fl, 3);
    if (k < 2 || k > 3)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected 2 or 3 tab-separated fields",
                       x->path, lineno);
    if (fl[0] == 7 && memcmp(f[0], "country", 7) == 0) {
        char key[KEY_MAX + 1];
        if (k != 3 || fl[2] != 2 || f[2][0] < 'A' || f[2][0] > 'Z' || f[2][1] < 'A' ||
            f[2][1] > 'Z')
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected \"country<TAB>role<TAB>XX\"",
                           x->path, lineno);
        if (countries_fold(f[1], fl[1], key, sizeof key) == (size_t)-1 || !*key)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad phrase", x->path, lineno);
        for (size_t i = 0; i < x->r->rolecc.n; i++)
            if (!strcmp(x->r->rolecc.v[i].key, key))
                return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate of line %d", x->path,
                               lineno, x->r->rolecc.v[i].lineno);
        item it = {strdup(key), NULL, {f[2][0], f[2][1], 0}, ROLE_NONE, lineno};
        if (!it.key || list_add(&x->r->rolecc, it)) {
            free(it.key);
            return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
        }
        return 0;
    }
    if (fl[0] == 7 && memcmp(f[0], "endings", 7) == 0 && k == 2) {
        if (x->r->role_end.n)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate endings line", x->path, lineno);
        if (parse_endings(f[1], fl[1], &x->r->role_end))
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad endings list", x->path, lineno);
        return 0;
    }
    int mode = fl[0] == 5 && memcmp(f[0], "exact", 5) == 0  ? ROLE_EXACT
               : fl[0] == 4 && memcmp(f[0], "head", 4) == 0 ? ROLE_HEAD
               : fl[0] == 3 && memcmp(f[0], "pre", 3) == 0  ? ROLE_PRE
                                                            : ROLE_NONE;
    if (!mode)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: unknown mode \"%.*s\" (exact, head or pre)",
                       x->path, lineno, (int)fl[0], f[0]);
    if (mode == ROLE_PRE && k != 3)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: a pre word needs its canonical form", x->path,
                       lineno);
    char key[KEY_MAX + 1];
    if (countries_fold(f[1], fl[1], key, sizeof key) == (size_t)-1 || !*key)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad phrase", x->path, lineno);
    int words = key_words(key);
    if (words > MAX_ROLE_WORDS || (mode != ROLE_EXACT && words > 1))
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: too many words", x->path, lineno);
    if (words > x->r->max_role_words) x->r->max_role_words = words;
    item it = {strdup(key), k == 3 ? resources_strndup(f[2], fl[2]) : NULL, {0}, mode, lineno};
    list *l = mode == ROLE_HEAD ? &x->r->heads : &x->r->roles;
    if (!it.key || (k == 3 && !it.canonical) || list_add(l, it)) {
        free(it.key);
        free(it.canonical);
        return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    }
    return 0;
}

static int name_kind_of(const char *s, size_t n)
{
    static const char *const names[] = {
        "",         "org",  "place",    "connector", "link",     "nonname",
        "orghead",  "keep", "flag",     "mischead",  "nounmark", "legalform",
        "particle", "as",   "clubhead", "aide",      "member",   "given",
        "misc",     "peer", "match",    "nation",    "orgtail",  "orgkind"};
    _Static_assert(sizeof names / sizeof *names == NAME_ORGKIND + 1, "one word per name_kind");
    for (int k = NAME_ORG; k <= NAME_ORGKIND; k++)
        if (strlen(names[k]) == n && memcmp(names[k], s, n) == 0) return k;
    return NAME_NONE;
}

/* names.txt: "org|place<TAB>name[<TAB>XX|-[<TAB>base form]]",
 * "connector|link|nonname|orghead|mischead|nounmark|legalform|particle|as|keep<TAB>words",
 * "ending<TAB>s" */
static int name_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    const char *f4[4];
    size_t fl4[4];
    int k = resources_split_tabs(line, n, f4, fl4, 4);
    if (k < 2 || k > 4)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected 2 to 4 tab-separated fields",
                       x->path, lineno);
    const char **f = f4;
    size_t *fl = fl4;
    const char *canon = k == 4 ? f4[3] : NULL;
    size_t canon_n = k == 4 ? fl4[3] : 0;
    int nocode = k >= 3 && fl4[2] == 1 && f4[2][0] == '-'; /* "-": no country code */
    if (k == 4) k = nocode ? 2 : 3;
    if (k == 3 && nocode) k = 2; /* "place<TAB>Europa<TAB>-": a region of no one country */
    if (canon && (f4[0][0] != 'o' && f4[0][0] != 'p'))
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: only org and place take a base form", x->path,
                       lineno);
    char key[KEY_MAX + 1];
    if (countries_fold(f[1], fl[1], key, sizeof key) == (size_t)-1 || !*key)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad phrase", x->path, lineno);
    if (fl[0] == 6 && memcmp(f[0], "ending", 6) == 0 && k == 2) {
        endings *e = &x->r->name_end;
        if (e->n == MAX_ENDINGS || strlen(key) >= sizeof e->e[0])
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: too many or too long endings", x->path,
                           lineno);
        int at = e->n++; /* keep longest first */
        while (at > 0 && strlen(e->e[at - 1]) < strlen(key)) {
            memcpy(e->e[at], e->e[at - 1], sizeof e->e[0]);
            at--;
        }
        memcpy(e->e[at], key, strlen(key) + 1);
        return 0;
    }
    int kind = name_kind_of(f[0], fl[0]);
    if (!kind)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: unknown kind \"%.*s\"", x->path, lineno,
                       (int)fl[0], f[0]);
    char code[3] = {0};
    bool weak = false;
    if (k == 3) {
        if (kind != NAME_ORG && kind != NAME_PLACE && kind != NAME_MISC)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: only org, place and misc take a code",
                           x->path, lineno);
        weak = fl[2] == 3 && f[2][2] == '?'; /* "US?": a name other countries have too */
        if ((fl[2] != 2 && !weak) || f[2][0] < 'A' || f[2][0] > 'Z' || f[2][1] < 'A' ||
            f[2][1] > 'Z' || (weak && kind != NAME_ORG))
            return ck_fail(x->err, CK_E_RESOURCE,
                           "%s:%d: expected an ISO alpha-2 code (an org's may end in '?')", x->path,
                           lineno);
        code[0] = f[2][0];
        code[1] = f[2][1];
    } else if (kind == NAME_PLACE && !nocode) {
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: a place needs its country code", x->path,
                       lineno);
    }
    int words = key_words(key);
    if (words > x->r->max_name_words) x->r->max_name_words = words;
    if (kind == NAME_ORG || kind == NAME_PLACE || kind == NAME_MISC) prefix_add(x->r, key);
    item it = {strdup(key),
               canon ? resources_strndup(canon, canon_n) : NULL,
               {code[0], code[1], 0},
               kind,
               lineno,
               weak};
    if (!it.key || (canon && !it.canonical) || list_add(&x->r->names, it)) {
        free(it.key);
        free(it.canonical);
        return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    }
    return 0;
}

/* given-names.txt: one given name a line */
static int given_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    char key[KEY_MAX + 1];
    if (memchr(line, '\t', n) || countries_fold(line, n, key, sizeof key) == (size_t)-1 || !*key)
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected one given name", x->path, lineno);
    item it = {strdup(key), NULL, {0}, NAME_GIVEN, lineno};
    if (!it.key || list_add(&x->r->names, it)) {
        free(it.key);
        return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
    }
    return 0;
}

/* The last space-separated word of s[0..n) (a name's surname: "Kramp-Karrenbauer"). */
static void last_word_of(const char *s, size_t n, const char **w, size_t *wn)
{
    size_t i = n;
    while (i > 0 && s[i - 1] != ' ')
        i--;
    *w = s + i;
    *wn = n - i;
}

#define COMMON_SURNAME (-2) /* psur kind of a people.txt "Surname<TAB>-" line */

/* Adds key (person p) to l unless this person already has it there. */
static int person_key_add(list *l, const char *key, int p, int lineno)
{
    for (size_t i = l->n; i > 0 && l->v[i - 1].kind == p; i--)
        if (!strcmp(l->v[i - 1].key, key)) return 0; /* "Erdoğan" and "Erdogan": one key */
    item it = {strdup(key), NULL, {0}, p, lineno};
    if (!it.key || list_add(l, it)) {
        free(it.key);
        return -1;
    }
    return 0;
}

/* The forms of a line: its name field, then each '|'-separated variant of its variant field. */
typedef struct forms {
    const char *rest, *vars; /* what is left of the field being read; the variants, or NULL */
    size_t restn, varsn;
} forms;

/* The next form of fs, trimmed of spaces, in s/sn; false when none is left. */
static bool forms_next(forms *fs, const char **s, size_t *sn)
{
    if (!fs->rest && fs->vars) {
        fs->rest = fs->vars;
        fs->restn = fs->varsn;
        fs->vars = NULL;
    }
    if (!fs->rest) return false;
    const char *bar = memchr(fs->rest, '|', fs->restn);
    *s = fs->rest;
    *sn = bar ? (size_t)(bar - fs->rest) : fs->restn;
    if (bar) {
        fs->restn -= *sn + 1;
        fs->rest = bar + 1;
    } else {
        fs->rest = NULL;
    }
    while (*sn && (*s)[0] == ' ')
        (*s)++, (*sn)--;
    while (*sn && (*s)[*sn - 1] == ' ')
        (*sn)--;
    return true;
}

/* people.txt: "Full Name<TAB>XX[<TAB>variant|variant...]"; a one-word variant is a surname
 * ("Xi" of "Xi Jinping", "Lula"); "Surname<TAB>-" a common surname, ambiguous alone */
static int person_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    participants_res *r = x->r;
    const char *f[3];
    size_t fl[3];
    int k = resources_split_tabs(line, n, f, fl, 3);
    if (k < 2 || k > 3)
        return ck_fail(x->err, CK_E_RESOURCE,
                       "%s:%d: expected \"Full Name<TAB>XX[<TAB>variant|variant]\"", x->path,
                       lineno);
    if (k == 2 && fl[1] == 1 && f[1][0] == '-' && !memchr(f[0], ' ', fl[0])) {
        /* "Ahmed<TAB>-": a common surname, never alone a known person's */
        char sur[KEY_MAX + 1];
        if (countries_fold(f[0], fl[0], sur, sizeof sur) == (size_t)-1 || !*sur)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad surname", x->path, lineno);
        if (person_key_add(&r->psur, sur, COMMON_SURNAME, lineno)) goto oom;
        return 0;
    }
    if (fl[1] != 2 || f[1][0] < 'A' || f[1][0] > 'Z' || f[1][1] < 'A' || f[1][1] > 'Z')
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: expected an ISO alpha-2 code", x->path,
                       lineno);
    if (!memchr(f[0], ' ', fl[0]))
        return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: a person needs a full name", x->path, lineno);
    int p = (int)r->persons.n;
    char firsts[KEY_MAX + 1] = "";
    size_t nf = 0;
    /* the name, then each variant */
    forms fs = {f[0], k == 3 ? f[2] : NULL, fl[0], k == 3 ? fl[2] : 0};
    const char *s;
    size_t sn;
    while (forms_next(&fs, &s, &sn)) {
        char key[KEY_MAX + 1];
        if (!sn || countries_fold(s, sn, key, sizeof key) == (size_t)-1 || !*key)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad name \"%.*s\"", x->path, lineno,
                           (int)sn, s);
        const char *w;
        size_t wn;
        last_word_of(s, sn, &w, &wn);
        char sur[KEY_MAX + 1];
        if (countries_fold(w, wn, sur, sizeof sur) == (size_t)-1 || !*sur)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad surname", x->path, lineno);
        if (wn == sn || !strchr(key, ' ')) { /* a one-word variant: a surname */
            if (person_key_add(&r->psur, sur, p, lineno)) goto oom;
        } else {
            if (person_key_add(&r->pfull, key, p, lineno) ||
                person_key_add(&r->psur, sur, p, lineno))
                goto oom;
            const char *sp = memchr(key, ' ', strlen(key));
            size_t gl = (size_t)(sp - key);
            if (nf + gl + 1 < sizeof firsts) {
                memcpy(firsts + nf, key, gl);
                nf += gl;
                firsts[nf++] = '|';
                firsts[nf] = '\0';
            }
        }
    }
    item it = {strdup(firsts), NULL, {f[1][0], f[1][1], 0}, p, lineno};
    if (!it.key || list_add(&r->persons, it)) {
        free(it.key);
        goto oom;
    }
    return 0;
oom:
    return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
}

static int key_cmp(const void *a, const void *b)
{
    const item *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->lineno < y->lineno ? -1 : x->lineno > y->lineno;
}

/* Sorts the people's keys: a full name twice is refused; a surname of two persons or more,
 * or a common one ("Surname<TAB>-"), is kept once, ambiguous (kind < 0). */
static int people_finish(participants_res *r, const char *path, ck_error *err)
{
    list *l = &r->pfull;
    if (l->n) qsort(l->v, l->n, sizeof *l->v, key_cmp);
    for (size_t i = 1; i < l->n; i++)
        if (!strcmp(l->v[i].key, l->v[i - 1].key))
            return ck_fail(err, CK_E_RESOURCE, "%s:%d: duplicate of line %d", path, l->v[i].lineno,
                           l->v[i - 1].lineno);
    l = &r->psur;
    if (l->n) qsort(l->v, l->n, sizeof *l->v, key_cmp);
    size_t out = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (out && !strcmp(l->v[out - 1].key, l->v[i].key)) {
            if (l->v[i].kind == COMMON_SURNAME && l->v[out - 1].kind == COMMON_SURNAME)
                return ck_fail(err, CK_E_RESOURCE, "%s:%d: duplicate of line %d", path,
                               l->v[i].lineno, l->v[out - 1].lineno);
            if (l->v[out - 1].kind != l->v[i].kind) l->v[out - 1].kind = -1;
            free(l->v[i].key);
            continue;
        }
        l->v[out++] = l->v[i];
    }
    l->n = out;
    return 0;
}

static int load_one(ctx *x, const char *path, int (*fn)(const char *, size_t, int, void *))
{
    size_t len;
    char *buf = resources_read_file(path, &len, x->err);
    if (!buf) return CK_E_RESOURCE;
    x->path = path;
    int rc = resources_each_line(buf, len, fn, x);
    free(buf);
    return rc;
}

/* Sorts l and refuses a repeated key (same kind) with the later line's number. */
static int sort_unique(list *l, const char *path, ck_error *err)
{
    for (size_t i = 0; i < l->n; i++) {
        uint32_t b = key_bit(l->v[i].key);
        bit_set(l->bloom, b);
    }
    if (l->n) qsort(l->v, l->n, sizeof *l->v, item_cmp);
    for (size_t i = 1; i < l->n; i++)
        if (l->v[i].kind == l->v[i - 1].kind && strcmp(l->v[i].key, l->v[i - 1].key) == 0)
            return ck_fail(err, CK_E_RESOURCE, "%s:%d: duplicate of line %d", path, l->v[i].lineno,
                           l->v[i - 1].lineno);
    return 0;
}

static const item *find(const list *l, int kind, const char *key);

/* Whether s[0..n) is written as an acronym: two capital ASCII letters or more and no lower-case
 * one ("FAZ", "E.ON", "3M"; not "BaFin", "Nato"). */
static bool all_caps(const char *s, size_t n)
{
    int up = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z') return false;
        up += s[i] >= 'A' && s[i] <= 'Z';
    }
    return up >= 2;
}

/* organizations.txt: "Name<TAB>XX|-[<TAB>variant|variant...]"; a form written "de:Form" counts
 * in that language's text only ("de:Continental": an English adjective) */
static int org_line(const char *line, size_t n, int lineno, void *vctx)
{
    ctx *x = vctx;
    const char *f[3];
    size_t fl[3];
    int k = resources_split_tabs(line, n, f, fl, 3);
    bool nocode = k >= 2 && fl[1] == 1 && f[1][0] == '-';
    if (k < 2 || k > 3 ||
        (!nocode &&
         (fl[1] != 2 || f[1][0] < 'A' || f[1][0] > 'Z' || f[1][1] < 'A' || f[1][1] > 'Z')))
        return ck_fail(x->err, CK_E_RESOURCE,
                       "%s:%d: expected \"Name<TAB>XX or -[<TAB>variant|variant]\"", x->path,
                       lineno);
    size_t first = x->orgs.n;
    forms fs = {f[0], k == 3 ? f[2] : NULL, fl[0], k == 3 ? fl[2] : 0};
    const char *s;
    size_t sn;
    while (forms_next(&fs, &s, &sn)) {
        bool here = true;
        if (sn > 3 && s[2] == ':' && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z') {
            here = !memcmp(s, x->lang, 2) && !x->lang[2];
            s += 3;
            sn -= 3;
        }
        char key[KEY_MAX + 1];
        if (!sn || countries_fold(s, sn, key, sizeof key) == (size_t)-1 || !*key)
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: bad name \"%.*s\"", x->path, lineno,
                           (int)sn, s);
        bool caps = all_caps(s, sn), seen = false;
        for (size_t i = first; i < x->orgs.n && !seen; i++)
            if ((seen = !strcmp(x->orgs.v[i].key, key))) /* "Nestlé" and "Nestle": one key */
                x->orgs.v[i].caps &= caps;               /* "E.ON" and "E.on": any case */
        if (seen || !here) continue; /* another language's form: checked, not kept */
        item it = {strdup(key), NULL, {0}, 0, lineno, false, caps};
        if (!nocode) memcpy(it.code, f[1], 2);
        if (!it.key || list_add(&x->orgs, it)) {
            free(it.key);
            return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
        }
    }
    return 0;
}

/* Whether names holds key under any kind. */
static bool names_have(const participants_res *r, const char *key)
{
    uint32_t bit = key_bit(key); /* most keys are in no kind: one test for all */
    if (!bit_get(r->names.bloom, bit)) return false;
    for (int kind = NAME_ORG; kind <= NAME_ORGKIND; kind++)
        if (find(&r->names, kind, key)) return true;
    return false;
}

/* Adds the organizations of x->orgs (this language's forms) to the sorted names, after refusing
 * a form that two lines give this language; a form names.txt has in any kind is left to
 * names.txt (the language's own knowledge wins: its base forms, "XX?", a place, a non-name or a
 * given name of the same word). */
static int orgs_finish(ctx *x, const char *path)
{
    participants_res *r = x->r;
    list *l = &x->orgs;
    if (l->n) qsort(l->v, l->n, sizeof *l->v, key_cmp);
    for (size_t i = 1; i < l->n; i++)
        if (!strcmp(l->v[i].key, l->v[i - 1].key))
            return ck_fail(x->err, CK_E_RESOURCE, "%s:%d: duplicate of line %d", path,
                           l->v[i].lineno, l->v[i - 1].lineno);
    size_t old = r->names.n;
    for (size_t i = 0; i < l->n; i++) /* looked up while names is sorted: marked, then added */
        l->v[i].kind = !names_have(r, l->v[i].key);
    for (size_t i = 0; i < l->n; i++) {
        item *it = &l->v[i];
        if (!it->kind) continue;
        int words = key_words(it->key);
        if (words > r->max_name_words) r->max_name_words = words;
        prefix_add(r, it->key);
        item add = {it->key, NULL,    {it->code[0], it->code[1], 0}, NAME_ORG, it->lineno,
                    false,   it->caps};
        if (list_add(&r->names, add)) return ck_fail(x->err, CK_E_RESOURCE, "out of memory");
        it->key = NULL; /* owned by names now */
    }
    return r->names.n == old ? 0 : sort_unique(&r->names, path, x->err);
}

participants_res *participants_res_load(const char *lang_dir, ck_error *err)
{
    participants_res *r = calloc(1, sizeof *r);
    if (!r) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        return NULL;
    }
    char path[4096];
    ctx x = {r, NULL, err, "", {0}};
    /* the language: lang_dir's last part ("resources/de") */
    size_t dl = strlen(lang_dir);
    while (dl > 1 && lang_dir[dl - 1] == '/')
        dl--;
    size_t db = dl;
    while (db > 0 && lang_dir[db - 1] != '/')
        db--;
    if (dl - db < sizeof x.lang) memcpy(x.lang, lang_dir + db, dl - db);
    snprintf(path, sizeof path, "%s/%s", lang_dir, DEMONYMS_FILE);
    if (load_one(&x, path, demonym_line) || sort_unique(&r->demonyms, path, err)) goto fail;
    for (int k = DEMONYM_ADJ; k <= DEMONYM_NOUN; k++)
        if (!r->dem_end[k].n) r->dem_end[k] = (endings){{""}, 1};
    snprintf(path, sizeof path, "%s/%s", lang_dir, ROLES_FILE);
    if (load_one(&x, path, role_line) || sort_unique(&r->roles, path, err) ||
        sort_unique(&r->heads, path, err))
        goto fail;
    if (!r->role_end.n) r->role_end = (endings){{""}, 1};
    snprintf(path, sizeof path, "%s/%s", lang_dir, NAMES_FILE);
    if (load_one(&x, path, name_line)) goto fail;
    snprintf(path, sizeof path, "%s/../%s", lang_dir, GIVEN_FILE);
    if (access(path, R_OK) == 0 && load_one(&x, path, given_line)) goto fail;
    if (sort_unique(&r->names, path, err)) goto fail;
    snprintf(path, sizeof path, "%s/../%s", lang_dir, ORGS_FILE);
    if (access(path, R_OK) == 0 && (load_one(&x, path, org_line) || orgs_finish(&x, path)))
        goto fail;
    list_free(&x.orgs);
    x.orgs = (list){0};
    snprintf(path, sizeof path, "%s/../%s", lang_dir, PEOPLE_FILE);
    if (access(path, R_OK) == 0 && (load_one(&x, path, person_line) || people_finish(r, path, err)))
        goto fail;
    /* the country names, for the prefix filter only; without them the filter lets all pass */
    ck_error quiet = {0};
    ctx q = {r, NULL, &quiet};
    snprintf(path, sizeof path, "%s/../countries.tsv", lang_dir);
    if (!load_one(&q, path, country_prefix_line)) {
        snprintf(path, sizeof path, "%s/country-names.tsv", lang_dir);
        r->prefix_ok = !load_one(&q, path, country_prefix_line);
    }
    return r;
fail:
    list_free(&x.orgs);
    participants_res_free(r);
    return NULL;
}

void participants_res_free(participants_res *r)
{
    if (!r) return;
    list_free(&r->demonyms);
    list_free(&r->roles);
    list_free(&r->heads);
    list_free(&r->rolecc);
    list_free(&r->names);
    list_free(&r->pfull);
    list_free(&r->psur);
    list_free(&r->persons);
    free(r);
}

static const item *find(const list *l, int kind, const char *key)
{
    uint32_t bit = key_bit(key);
    if (!bit_get(l->bloom, bit)) return NULL;
    item probe = {(char *)key, NULL, {0}, kind, 0};
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const item *m = &l->v[mid];
        int c = m->kind != kind ? (m->kind < kind ? -1 : 1) : strcmp(m->key, probe.key);
        if (c == 0) return m;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Whether key (length k) minus ending e is in l under kind; returns the item. */
static const item *find_stripped(const list *l, int kind, const char *key, size_t k, const char *e)
{
    size_t el = strlen(e);
    if (el >= k || memcmp(key + k - el, e, el) != 0) return NULL;
    char stem[KEY_MAX + 1];
    memcpy(stem, key, k - el);
    stem[k - el] = '\0';
    return find(l, kind, stem);
}

const char *participants_res_demonym(const participants_res *r, const char *word, size_t n,
                                     demonym_kind *kind, size_t *span)
{
    char key[KEY_MAX + 1];
    size_t k = r ? countries_fold(word, n, key, sizeof key) : (size_t)-1;
    if (k == (size_t)-1 || k == 0) return NULL;
    for (int kd = DEMONYM_ADJ; kd <= DEMONYM_NOUN; kd++)
        for (int i = 0; i < r->dem_end[kd].n; i++) {
            const item *it = find_stripped(&r->demonyms, kd, key, k, r->dem_end[kd].e[i]);
            if (it) {
                if (kind) *kind = (demonym_kind)kd;
                if (span) *span = n;
                return it->code;
            }
        }
    const char *h = memchr(word, '-', n);
    if (h && h > word) {
        size_t pn = (size_t)(h - word);
        if (countries_fold(word, pn, key, sizeof key) != (size_t)-1) {
            const item *it = find(&r->demonyms, DEMONYM_PREFIX, key);
            if (it) {
                if (kind) *kind = DEMONYM_PREFIX;
                if (span) *span = pn;
                return it->code;
            }
        }
    }
    if (kind) *kind = DEMONYM_NONE;
    return NULL;
}

const char *participants_res_role_pre(const participants_res *r, const char *word, size_t n)
{
    char key[KEY_MAX + 1];
    size_t k = r ? countries_fold(word, n, key, sizeof key) : (size_t)-1;
    if (k == (size_t)-1 || k == 0) return NULL;
    const item *it = find(&r->roles, ROLE_PRE, key);
    return it ? it->canonical : NULL;
}

int participants_res_role(const participants_res *r, const char *text, size_t n, role_match *m)
{
    if (!r || !m) return 0;
    /* ends of the first max_role_words words, trailing ",;:" left out */
    size_t ends[MAX_ROLE_WORDS], wstart[MAX_ROLE_WORDS];
    int nw = 0;
    size_t i = 0;
    while (nw < r->max_role_words) {
        while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
            i++;
        if (i >= n || (nw == 0 && i > 0)) break;
        size_t s = i;
        while (i < n && text[i] != ' ' && text[i] != '\t' && text[i] != '\n')
            i++;
        size_t e = i;
        int punct = 0;
        while (e > s && (text[e - 1] == ',' || text[e - 1] == ';' || text[e - 1] == ':')) {
            e--;
            punct = 1;
        }
        if (e == s) break;
        wstart[nw] = s;
        ends[nw++] = e;
        if (punct) break; /* a phrase does not run over a comma */
    }
    char key[KEY_MAX + 1];
    for (int w = nw; w >= 1; w--) {
        size_t k = countries_fold(text, ends[w - 1], key, sizeof key);
        if (k == (size_t)-1 || k == 0) continue;
        for (int e = 0; e < r->role_end.n; e++) {
            const char *end = r->role_end.e[e];
            const item *it = find_stripped(&r->roles, ROLE_EXACT, key, k, end);
            if (it) {
                *m =
                    (role_match){ROLE_EXACT, ends[w - 1], ends[w - 1] - strlen(end), it->canonical};
                return 1;
            }
        }
        if (w != 1) continue;
        for (int e = 0; e < r->role_end.n; e++) {
            const char *end = r->role_end.e[e];
            size_t el = strlen(end);
            if (el >= k || memcmp(key + k - el, end, el) != 0) continue;
            for (size_t h = 0; h < r->heads.n; h++) {
                const char *hk = r->heads.v[h].key;
                size_t hl = strlen(hk);
                if (hl <= k - el && memcmp(key + k - el - hl, hk, hl) == 0) {
                    *m = (role_match){ROLE_HEAD, ends[0], ends[0] - el, r->heads.v[h].canonical};
                    (void)wstart;
                    return 1;
                }
            }
        }
    }
    return 0;
}

const char *participants_res_role_country(const participants_res *r, const char *role, size_t n)
{
    char key[KEY_MAX + 1];
    size_t k = r ? countries_fold(role, n, key, sizeof key) : (size_t)-1;
    if (k == (size_t)-1 || k == 0) return NULL;
    for (size_t i = 0; i < r->rolecc.n; i++) {
        const char *e = r->rolecc.v[i].key;
        size_t el = strlen(e);
        /* at the role's start or at a word's start inside it ("frühere Bundeskanzler") */
        for (size_t at = 0; at + el <= k; at++)
            if ((at == 0 || key[at - 1] == ' ') && !memcmp(key + at, e, el))
                return r->rolecc.v[i].code;
    }
    return NULL;
}

size_t participants_res_demonym_count(const participants_res *r)
{
    return r ? r->demonyms.n : 0;
}

size_t participants_res_role_count(const participants_res *r)
{
    return r ? r->roles.n + r->heads.n : 0;
}

/* Whether the text text[0..n) of a lookup may be the item: an acronym of organizations.txt only
 * when the text has no lower-case letter ("FAZ", not "Faz"; "PLA", not the stem of "Plan"). */
static bool matches_case(const item *it, const char *text, size_t n)
{
    if (!it->caps) return true;
    for (size_t i = 0; i < n; i++)
        if (text[i] >= 'a' && text[i] <= 'z') return false;
    return true;
}

name_kind participants_res_name(const participants_res *r, const char *text, size_t n,
                                const char **code)
{
    return participants_res_name_base(r, text, n, code, NULL);
}

bool participants_res_name_weak(const participants_res *r, const char *text, size_t n)
{
    char key[KEY_MAX + 1];
    size_t k = r ? countries_fold(text, n, key, sizeof key) : (size_t)-1;
    if (k == (size_t)-1 || k == 0) return false;
    const item *it = find(&r->names, NAME_ORG, key);
    return it && it->weak && matches_case(it, text, n);
}

name_kind participants_res_name_base(const participants_res *r, const char *text, size_t n,
                                     const char **code, const char **base)
{
    char key[KEY_MAX + 1];
    size_t k = r ? countries_fold(text, n, key, sizeof key) : (size_t)-1;
    if (k == (size_t)-1 || k == 0) return NAME_NONE;
    uint32_t bit = key_bit(key);
    if (!bit_get(r->names.bloom, bit)) return NAME_NONE;
    for (int kind = NAME_ORG; kind <= NAME_MISC; kind = kind == NAME_FLAG ? NAME_MISC : kind + 1) {
        const item *it = find(&r->names, kind, key);
        if (it && matches_case(it, text, n)) {
            if (code) *code = it->code;
            if (base) *base = it->canonical;
            return (name_kind)kind;
        }
    }
    return NAME_NONE;
}

size_t participants_res_name_ending(const participants_res *r, const char *word, size_t n)
{
    if (!r || n < 3) return 0;
    /* cheap rejection on the raw last byte: every ending ends in an ASCII letter or an
     * apostrophe (', or the last byte of U+2019) */
    unsigned char lb = (unsigned char)word[n - 1];
    if (lb >= 'A' && lb <= 'Z') lb = (unsigned char)(lb + 32);
    int hit = 0;
    for (int i = 0; i < r->name_end.n && !hit; i++) {
        size_t el = strlen(r->name_end.e[i]);
        unsigned char ec = el ? (unsigned char)r->name_end.e[i][el - 1] : 0;
        hit = ec && (ec == lb || (ec == '\'' && lb == 0x99));
    }
    if (!hit) return 0;
    char key[KEY_MAX + 1];
    size_t k = countries_fold(word, n, key, sizeof key);
    if (k == (size_t)-1) return 0;
    for (int i = 0; i < r->name_end.n; i++) {
        size_t el = strlen(r->name_end.e[i]);
        if (el && el + 2 <= k && memcmp(key + k - el, r->name_end.e[i], el) == 0) {
            /* the same ending in the text's bytes: ASCII letters or an apostrophe form */
            size_t tail = 0, ke = 0;
            while (ke < el && tail < n) {
                unsigned char c = (unsigned char)word[n - 1 - tail];
                if (c < 0x80) {
                    ke++;
                    tail++;
                } else {
                    /* a multi-byte apostrophe (U+2019) folds to one ' */
                    size_t b = 1;
                    while (b < n - tail && ((unsigned char)word[n - tail - b] & 0xC0) == 0x80)
                        b++;
                    tail += b;
                    ke++;
                }
            }
            /* the hyphen that joins the ending ("California-based": folding drops it) */
            if (tail < n && word[n - 1 - tail] == '-') tail++;
            return tail < n ? tail : 0;
        }
    }
    return 0;
}

int participants_res_max_name_words(const participants_res *r)
{
    return r ? r->max_name_words : 0;
}

int participants_res_name_is(const participants_res *r, name_kind kind, const char *text, size_t n)
{
    char key[KEY_MAX + 1];
    size_t k = r ? countries_fold(text, n, key, sizeof key) : (size_t)-1;
    if (k == (size_t)-1 || k == 0) return 0;
    const item *it = find(&r->names, kind, key);
    return it && matches_case(it, text, n);
}

int participants_res_may_name(const participants_res *r, const char *word, size_t n)
{
    if (!r || !r->prefix_ok) return 1;
    size_t cut = n < 4 * LONG_LEN ? n : 4 * LONG_LEN;
    while (cut < n && ((unsigned char)word[cut] & 0xC0) == 0x80) /* whole characters */
        cut++;
    char key[4 * LONG_LEN + 8];
    size_t k = countries_fold(word, cut, key, sizeof key);
    if (k == (size_t)-1) return 1;
    if (first_word_len(key, k) < LONG_LEN) return bit_get(r->prefix, prefix_bit(key, k));
    return bit_get(r->prefix6, prefix_bit_n(key, k, LONG_LEN)) ||
           bit_get(r->shortp, prefix_bit(key, k));
}

/* The item of l with key key (l sorted by key_cmp), or NULL. */
static const item *find_key(const list *l, const char *key)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(l->v[mid].key, key);
        if (c == 0) return &l->v[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* The person of the folded name key (length k), or -1: a full name or variant, else a name
 * of the form "given ... surname" whose surname is one person's and whose first word is one of
 * that person's given names. */
static int person_of_key(const participants_res *r, const char *key, size_t k)
{
    const item *it = find_key(&r->pfull, key);
    if (it) return it->kind;
    const char *sp = memchr(key, ' ', k);
    if (!sp) return -1;
    const char *w;
    size_t wn;
    last_word_of(key, k, &w, &wn);
    it = find_key(&r->psur, w);
    if (!it || it->kind < 0) return -1;
    const char *firsts = r->persons.v[it->kind].key;
    size_t gl = (size_t)(sp - key);
    for (const char *g = firsts; *g;) {
        const char *bar = strchr(g, '|');
        if ((size_t)(bar - g) == gl && !memcmp(g, key, gl)) return it->kind;
        g = bar + 1;
    }
    return -1;
}

const char *participants_res_person(const participants_res *r, const char *text, size_t n)
{
    if (!r || !r->persons.n) return NULL;
    char key[KEY_MAX + 1];
    size_t k = countries_fold(text, n, key, sizeof key);
    if (k == (size_t)-1 || k == 0) return NULL;
    int p = person_of_key(r, key, k);
    size_t e;
    if (p < 0 && (e = participants_res_name_ending(r, text, n)) > 0 &&
        (k = countries_fold(text, n - e, key, sizeof key)) != (size_t)-1 && k)
        p = person_of_key(r, key, k); /* "Wladimir Putins" */
    return p >= 0 ? r->persons.v[p].code : NULL;
}

const char *participants_res_person_surname(const participants_res *r, const char *word, size_t n,
                                            bool *ambiguous)
{
    if (ambiguous) *ambiguous = false;
    if (!r || !r->persons.n) return NULL;
    char key[KEY_MAX + 1];
    size_t k = countries_fold(word, n, key, sizeof key);
    if (k == (size_t)-1 || k == 0) return NULL;
    const item *it = find_key(&r->psur, key);
    size_t e;
    if (!it && (e = participants_res_name_ending(r, word, n)) > 0 &&
        (k = countries_fold(word, n - e, key, sizeof key)) != (size_t)-1 && k)
        it = find_key(&r->psur, key); /* "Putins" */
    if (!it) return NULL;
    if (it->kind < 0) {
        if (ambiguous) *ambiguous = true;
        return NULL;
    }
    return r->persons.v[it->kind].code;
}

size_t participants_res_person_count(const participants_res *r)
{
    return r ? r->persons.n : 0;
}
