/* boilerplate.c — finds the article body in scraped plain text and marks what surrounds it.
 *
 * The algorithm works on lines (a sentence never crosses a line break). Each non-blank line
 * gets cues: its word count, whether it ends like a sentence (. ! ? … before any closing
 * quotes), and a boilerplate hint — a marker phrase from the language's list, a copyright sign,
 * a run of menu separators (navigation), or a whole-line quotation of short verbless fragments
 * (an author tagline). A line that ends like a sentence and has no hint is prose; one that does
 * not end like a sentence is weak (a headline, a label, a menu item).
 * 1. The core of the body is the longest run of prose lines (by bytes), weak lines between two
 *    prose lines included (subheadings).
 * 2. The body grows forward over every line (a table or a signature at the end stays body). It
 *    stops for good at an author-bio or footer hint; at a marker or at the start of a headline
 *    list (a weak line followed by two weak lines of four words or more, not both with a
 *    number: a schedule or a results table is the article's) it stops unless
 *    substantial prose (a long line ending in . or !) still follows, which makes the marker part
 *    of the article.
 * 3. The body grows backward over every line (a title, a byline, a dateline stay body); it
 *    stops at three short weak lines in a row (a menu), at a bio or footer hint, and at any
 *    other hint unless substantial prose precedes it.
 * 4. Every line outside the body is boilerplate; its kind comes from its hint, else from the
 *    marker or list start it follows, else navigation (short lines: menu items) or other.
 * Invariants: body is one contiguous span; a line that ends like a sentence is never cut unless
 * a hint or a marker before it says so; the marker words are data (resources/<lang>/), the
 * mechanism works without them. */
#include "analysis/boilerplate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "analysis/resources.h"

#define BOILERPLATE_FILE "boilerplate-markers.txt"

/* Lines longer than this are never matched against marker phrases (markers are short). */
#define MARKER_MAX_LINE 400

/* Lines of more words than this get no boilerplate hint. */
#define HINT_MAX_WORDS 15

typedef struct marker {
    char *phrase; /* case-folded, owned */
    size_t len;
    uint8_t kind;     /* boiler_kind */
    uint8_t contains; /* 1: anywhere in the line; 0: the whole line (or "phrase:" prefix) */
} marker;

struct boilerplate_lists {
    marker *m;
    size_t n;
};

typedef struct line_info {
    uint32_t start, end; /* trimmed byte span in doc->text */
    uint32_t words;
    uint8_t final;  /* ends with . ! ? … (closing quotes and brackets skipped) */
    uint8_t strong; /* ends with . or ! and long enough to be article prose */
    uint8_t hint;   /* boiler_kind suggested by the line alone, BOILER_NONE if none */
    uint8_t data;   /* a word of it starts with a digit (a date, a score, a time) */
    uint8_t kind;   /* final answer: BOILER_NONE for body lines */
} line_info;

/* Case-folds s[0..n) into dst (capacity cap); returns the length, or cap when it did not fit. */
static size_t fold(const char *s, size_t n, char *dst, size_t cap)
{
    size_t o = 0, i = 0;
    while (i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0) {
            k = 1;
            c = 0xFFFD;
        }
        if (o + 4 >= cap) return cap;
        o += (size_t)utf8proc_encode_char(utf8proc_tolower(c), (utf8proc_uint8_t *)dst + o);
        i += (size_t)k;
    }
    dst[o] = '\0';
    return o;
}

static int kind_from_name(const char *s, size_t n)
{
    static const struct {
        const char *name;
        boiler_kind kind;
    } kinds[] = {
        {"related-links", BOILER_RELATED_LINKS},
        {"author-bio", BOILER_AUTHOR_BIO},
        {"footer", BOILER_FOOTER},
        {"navigation", BOILER_NAVIGATION},
        {"other", BOILER_OTHER},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i].name) == n && memcmp(kinds[i].name, s, n) == 0) return kinds[i].kind;
    return -1;
}

typedef struct load_ctx {
    boilerplate_lists *l;
    const char *path;
    ck_error *err;
} load_ctx;

static size_t field(const char *s, size_t n, size_t *i)
{
    while (*i < n && (s[*i] == ' ' || s[*i] == '\t'))
        (*i)++;
    size_t b = *i;
    while (*i < n && s[*i] != ' ' && s[*i] != '\t')
        (*i)++;
    return b;
}

static int load_line(const char *s, size_t n, int lineno, void *vctx)
{
    load_ctx *c = vctx;
    size_t i = 0;
    size_t kb = field(s, n, &i), ke = i;
    size_t mb = field(s, n, &i), me = i;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    int kind = kind_from_name(s + kb, ke - kb);
    if (kind < 0)
        return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: unknown kind '%.*s'", c->path, lineno,
                       (int)(ke - kb), s + kb);
    int contains;
    if (me - mb == 4 && memcmp(s + mb, "line", 4) == 0)
        contains = 0;
    else if (me - mb == 8 && memcmp(s + mb, "contains", 8) == 0)
        contains = 1;
    else
        return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: expected 'line' or 'contains', not '%.*s'",
                       c->path, lineno, (int)(me - mb), s + mb);
    if (i >= n) return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: missing phrase", c->path, lineno);
    size_t cap = 3 * (n - i) + 8;
    char *p = malloc(cap);
    if (!p) return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: out of memory", c->path, lineno);
    size_t len = fold(s + i, n - i, p, cap);
    for (size_t j = 0; j < c->l->n; j++) {
        if (c->l->m[j].len == len && memcmp(c->l->m[j].phrase, p, len) == 0) {
            free(p);
            return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: duplicate phrase '%.*s'", c->path, lineno,
                           (int)(n - i), s + i);
        }
    }
    marker *nm = realloc(c->l->m, (c->l->n + 1) * sizeof *nm);
    if (!nm) {
        free(p);
        return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: out of memory", c->path, lineno);
    }
    c->l->m = nm;
    nm[c->l->n++] = (marker){p, len, (uint8_t)kind, (uint8_t)contains};
    return 0;
}

boilerplate_lists *boilerplate_load(const char *lang_dir, ck_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", lang_dir, BOILERPLATE_FILE);
    size_t len;
    char *buf = resources_read_file(path, &len, err);
    if (!buf) return NULL;
    boilerplate_lists *l = calloc(1, sizeof *l);
    if (!l) {
        free(buf);
        ck_fail(err, CK_E_RESOURCE, "%s: out of memory", path);
        return NULL;
    }
    load_ctx c = {l, path, err};
    int rc = resources_each_line(buf, len, load_line, &c);
    free(buf);
    if (rc) {
        boilerplate_free(l);
        return NULL;
    }
    return l;
}

void boilerplate_free(boilerplate_lists *l)
{
    if (!l) return;
    for (size_t i = 0; i < l->n; i++)
        free(l->m[i].phrase);
    free(l->m);
    free(l);
}

/* The code point that ends at byte e (exclusive), and where it starts. */
static utf8proc_int32_t cp_before(const char *t, uint32_t b, uint32_t e, uint32_t *start)
{
    uint32_t s = e;
    while (s > b && ((unsigned char)t[s - 1] & 0xC0) == 0x80)
        s--;
    if (s > b) s--;
    utf8proc_int32_t c = -1;
    if (utf8proc_iterate((const utf8proc_uint8_t *)t + s, (utf8proc_ssize_t)(e - s), &c) <= 0)
        c = -1;
    *start = s;
    return c;
}

static int is_quote(utf8proc_int32_t c)
{
    switch (c) {
    case '"':
    case '\'':
    case 0x00AB:
    case 0x00BB:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2039:
    case 0x203A: return 1;
    }
    return 0;
}

static int is_closer(utf8proc_int32_t c)
{
    return is_quote(c) || c == ')' || c == ']' || c == '*';
}

static int is_final(utf8proc_int32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* A token that only separates menu items: | • · › » > / – and the like. */
static int is_separator_token(const char *t, uint32_t b, uint32_t e)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)t + b, (utf8proc_ssize_t)(e - b), &c);
    if (k <= 0 || (uint32_t)k != e - b) return 0;
    switch (c) {
    case '|':
    case '>':
    case '/':
    case 0x00B7:
    case 0x00BB:
    case 0x2022:
    case 0x203A:
    case 0x2013:
    case 0x2014: return 1;
    }
    return 0;
}

/* Whole line in quotes, made of at least two short fragments ("Coffee fan. Proud parent."). */
static int is_tagline(const char *t, const line_info *L)
{
    if (L->end - L->start > 200) return 0;
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + L->start,
                                          (utf8proc_ssize_t)(L->end - L->start), &c);
    if (k <= 0 || !is_quote(c)) return 0;
    uint32_t b = L->start + (uint32_t)k, e;
    if (!is_quote(cp_before(t, b, L->end, &e))) return 0;
    int frags = 0, words = 0, fw = 0, maxw = 0, inword = 0;
    for (uint32_t i = b; i <= e;) {
        int end_frag = i == e;
        if (!end_frag) {
            k = utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(e - i), &c);
            if (k <= 0) return 0;
            if (is_quote(c)) return 0; /* a quotation inside: not one whole-line quote */
            end_frag = is_final(c);
        }
        if (end_frag) {
            if (fw) {
                frags++;
                words += fw;
                if (fw > maxw) maxw = fw;
            }
            fw = inword = 0;
        } else if (c == ' ') {
            inword = 0;
        } else if (!inword) {
            inword = 1;
            fw++;
        }
        if (i == e) break;
        i += (uint32_t)k;
    }
    return frags >= 2 && maxw <= 5 && 2 * words <= 7 * frags;
}

/* The hint of a line from the marker phrases (case-folded comparison). */
static int marker_hint(const boilerplate_lists *lists, const char *t, const line_info *L,
                       char *scratch)
{
    if (!lists || L->end - L->start > MARKER_MAX_LINE) return BOILER_NONE;
    size_t n = fold(t + L->start, L->end - L->start, scratch, 3 * MARKER_MAX_LINE + 8);
    if (n >= 3 * MARKER_MAX_LINE + 8) return BOILER_NONE;
    /* the bare label: no leading bullets, no trailing colon, dots or arrows */
    static const char *const lead[] = {"-", "*", ">", "#", " ", "\u2022", "\u00bb", "\u203a"};
    static const char *const trail[] = {":", ".", ">", "|", " ", "\u2026", "\u00bb", "\u203a"};
    size_t b = 0, e = n; /* after each strip, the scan restarts (k wraps to 0) */
    for (size_t k = 0; k < sizeof lead / sizeof *lead; k++) {
        size_t l = strlen(lead[k]);
        if (e - b >= l && memcmp(scratch + b, lead[k], l) == 0) b += l, k = (size_t)-1;
    }
    for (size_t k = 0; k < sizeof trail / sizeof *trail; k++) {
        size_t l = strlen(trail[k]);
        if (e - b >= l && memcmp(scratch + e - l, trail[k], l) == 0) e -= l, k = (size_t)-1;
    }
    for (size_t i = 0; i < lists->n; i++) {
        const marker *m = &lists->m[i];
        if (m->contains) {
            if (strstr(scratch, m->phrase)) return m->kind;
        } else if (e - b == m->len && memcmp(scratch + b, m->phrase, m->len) == 0) {
            return m->kind;
        } else if (e - b > m->len && memcmp(scratch + b, m->phrase, m->len) == 0) {
            size_t j = b + m->len;
            while (j < e && scratch[j] == ' ')
                j++;
            if (j < e && scratch[j] == ':') return m->kind;
        }
    }
    return BOILER_NONE;
}

/* Fills the cues of one line. */
static void line_cues(const boilerplate_lists *lists, const char *t, line_info *L, char *scratch)
{
    uint32_t seps = 0, i = L->start;
    int copyright = 0;
    while (i < L->end) {
        while (i < L->end && t[i] == ' ')
            i++;
        uint32_t b = i;
        while (i < L->end && t[i] != ' ')
            i++;
        if (i == b) break;
        if (is_separator_token(t, b, i))
            seps++;
        else
            L->words++;
        if (t[b] >= '0' && t[b] <= '9') L->data = 1;
        if (i - b == 3 && (memcmp(t + b, "(c)", 3) == 0 || memcmp(t + b, "(C)", 3) == 0))
            copyright = 1;
        for (uint32_t j = b; j + 1 < i; j++) /* © */
            if ((unsigned char)t[j] == 0xC2 && (unsigned char)t[j + 1] == 0xA9) copyright = 1;
    }
    uint32_t e = L->end, s;
    utf8proc_int32_t c = cp_before(t, L->start, e, &s);
    while (s > L->start && is_closer(c))
        c = cp_before(t, L->start, s, &s);
    L->final = (uint8_t)is_final(c);
    L->strong = (uint8_t)((c == '.' || c == '!') && L->words >= 8 && L->end - L->start >= 60);

    /* boilerplate lines are labels and credits: a long line is article text whatever it says */
    if (L->words > HINT_MAX_WORDS) {
        L->hint = BOILER_NONE;
        return;
    }
    int hint = marker_hint(lists, t, L, scratch);
    if (!hint && copyright) hint = BOILER_FOOTER;
    if (!hint && seps >= 2 && !L->final) hint = BOILER_NAVIGATION;
    if (!hint && is_tagline(t, L)) hint = BOILER_AUTHOR_BIO;
    L->hint = (uint8_t)hint;
    if (hint) L->strong = 0;
}

static int is_prose(const line_info *L)
{
    return L->final && !L->hint && L->words >= 2;
}

static int is_weak(const line_info *L)
{
    return !L->final && !L->hint;
}

/* A weak line that opens a list of headlines: two weak lines of four words or more follow,
 * not both with numbers (a schedule, a results table: "May 15 v Durham", "Bayern - Dortmund
 * 2:1" belong to the article). */
static int list_start(const line_info *L, size_t n, size_t i)
{
    return is_weak(&L[i]) && i + 2 < n && is_weak(&L[i + 1]) && L[i + 1].words >= 4 &&
           is_weak(&L[i + 2]) && L[i + 2].words >= 4 && !(L[i + 1].data && L[i + 2].data);
}

/* Substantial prose after line i, before any bio or footer hint. */
static int prose_follows(const line_info *L, size_t n, size_t i)
{
    for (size_t j = i + 1; j < n; j++) {
        if (L[j].hint == BOILER_AUTHOR_BIO || L[j].hint == BOILER_FOOTER) return 0;
        if (L[j].strong) return 1;
    }
    return 0;
}

/* Substantial prose before line i, after any bio or footer hint. */
static int prose_precedes(const line_info *L, size_t i)
{
    while (i-- > 0) {
        if (L[i].hint == BOILER_AUTHOR_BIO || L[i].hint == BOILER_FOOTER) return 0;
        if (L[i].strong) return 1;
    }
    return 0;
}

/* Grows the body [*first, *last] (line indexes) forward, step 2 of the algorithm. */
static void grow_forward(const line_info *L, size_t n, size_t *last)
{
    for (size_t i = *last + 1; i < n; i++) {
        if (L[i].hint == BOILER_AUTHOR_BIO || L[i].hint == BOILER_FOOTER) return;
        if ((L[i].hint || list_start(L, n, i)) && !prose_follows(L, n, i)) return;
        *last = i;
    }
}

static int is_short_weak(const line_info *L)
{
    return is_weak(L) && L->words <= 2;
}

/* Grows the body backward, step 3. */
static void grow_backward(const line_info *L, size_t *first)
{
    while (*first > 0) {
        size_t i = *first - 1;
        if (L[i].hint) {
            if (L[i].hint == BOILER_AUTHOR_BIO || L[i].hint == BOILER_FOOTER) return;
            if (!prose_precedes(L, i)) return;
        } else if (i >= 2 && is_short_weak(&L[i]) && is_short_weak(&L[i - 1]) &&
                   is_short_weak(&L[i - 2])) {
            return; /* a menu: three short lines in a row */
        }
        *first = i;
    }
}

/* Kinds of the lines outside [first, last], step 4. */
static void assign_kinds(line_info *L, size_t n, size_t first, size_t last)
{
    for (size_t i = 0; i < first; i++)
        L[i].kind = L[i].hint ? L[i].hint : is_short_weak(&L[i]) ? BOILER_NAVIGATION : BOILER_OTHER;
    uint8_t current = BOILER_NONE;
    for (size_t i = last + 1; i < n; i++) {
        if (L[i].hint) {
            L[i].kind = L[i].hint;
            current = L[i].hint;
        } else if (list_start(L, n, i)) {
            L[i].kind = current = BOILER_RELATED_LINKS;
        } else if (current) {
            L[i].kind = current;
        } else {
            int menu = is_short_weak(&L[i]) && ((i + 1 < n && is_short_weak(&L[i + 1])) ||
                                                (i > last + 1 && is_short_weak(&L[i - 1])));
            L[i].kind = menu ? BOILER_NAVIGATION : BOILER_OTHER;
        }
    }
}

int boilerplate_mark(const boilerplate_lists *lists, document *doc, ck_error *err)
{
    const char *t = doc->text;
    doc->body_start = doc->body_end = 0;
    doc->boiler = NULL;
    doc->nboiler = 0;

    size_t cap = 1;
    for (size_t i = 0; i < doc->len; i++)
        cap += t[i] == '\n';
    line_info *L = arena_calloc(doc->arena, cap, sizeof *L);
    char *scratch = arena_alloc(doc->arena, 3 * MARKER_MAX_LINE + 8);
    if (!L || !scratch) return ck_fail(err, CK_E_NOMEM, "out of memory");

    size_t n = 0;
    for (size_t i = 0; i < doc->len;) {
        size_t j = i;
        while (j < doc->len && t[j] != '\n')
            j++;
        size_t b = i, e = j;
        while (b < e && (t[b] == ' ' || t[b] == '\t' || t[b] == '\r'))
            b++;
        while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
            e--;
        if (e > b) {
            L[n].start = (uint32_t)b;
            L[n].end = (uint32_t)e;
            line_cues(lists, t, &L[n], scratch);
            n++;
        }
        i = j + 1;
    }
    if (n == 0) return 0;

    /* 1. the longest run of prose lines, weak lines between two prose lines included */
    size_t best_first = 0, best_last = 0, best_bytes = 0;
    int found = 0;
    for (size_t i = 0; i < n;) {
        if (!is_prose(&L[i])) {
            i++;
            continue;
        }
        size_t j = i, last = i;
        while (j + 1 < n) {
            if (is_prose(&L[j + 1]))
                last = ++j;
            else if (is_weak(&L[j + 1]) && j + 2 < n && is_prose(&L[j + 2]))
                j += 2, last = j;
            else
                break;
        }
        size_t bytes = L[last].end - L[i].start;
        if (!found || bytes > best_bytes) {
            best_first = i;
            best_last = last;
            best_bytes = bytes;
            found = 1;
        }
        i = last + 1;
    }
    int strong = 0; /* a long line ending in . or !: article prose, against which a list of
                       headlines stands out; a results table or a hard-wrapped wire text has
                       none, and there no layout says what would be boilerplate */
    for (size_t i = 0; i < n && !strong; i++)
        strong = L[i].strong;
    if (!found || !strong) { /* no prose at all: nothing to tell apart, all of it is the article */
        doc->body_start = L[0].start;
        doc->body_end = L[n - 1].end;
        return 0;
    }

    /* 2.-4. */
    size_t first = best_first, last = best_last;
    grow_forward(L, n, &last);
    grow_backward(L, &first);
    assign_kinds(L, n, first, last);
    doc->body_start = L[first].start;
    doc->body_end = L[last].end;

    /* spans: consecutive boilerplate lines of one kind */
    size_t nspans = 0;
    for (size_t i = 0; i < n; i++)
        if (L[i].kind && (i == 0 || L[i - 1].kind != L[i].kind)) nspans++;
    if (nspans) {
        doc->boiler = arena_alloc(doc->arena, nspans * sizeof *doc->boiler);
        if (!doc->boiler) return ck_fail(err, CK_E_NOMEM, "out of memory");
        for (size_t i = 0; i < n; i++) {
            if (!L[i].kind) continue;
            if (i > 0 && L[i - 1].kind == L[i].kind) {
                doc->boiler[doc->nboiler - 1].end = L[i].end;
            } else {
                doc->boiler[doc->nboiler++] =
                    (boiler_span){L[i].start, L[i].end, (boiler_kind)L[i].kind};
            }
        }
    }

    /* sentences: the kind of the line each starts on (both lists are in text order) */
    size_t li = 0;
    for (size_t s = 0; s < doc->nsentences; s++) {
        sentence *se = &doc->sentences[s];
        while (li + 1 < n && L[li].end <= se->start)
            li++;
        se->boiler = (se->start >= L[li].start && se->start < L[li].end) ? L[li].kind : 0;
    }
    return 0;
}
