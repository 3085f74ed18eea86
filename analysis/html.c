/* html.c — main-content extraction from a web page: text, title, publication date.
 *
 * 1. Charset: a BOM, else the transport's charset, else the page's own <meta charset> or
 *    http-equiv declaration (read from a first gumbo parse of the raw bytes, which is exact for
 *    every ASCII-compatible charset), else UTF-8 when the bytes are valid UTF-8 and
 *    windows-1252 when not. Anything not UTF-8 is converted with iconv and parsed again.
 * 2. Blocks: one walk over gumbo's tree cuts the body into blocks, the text of one paragraph,
 *    heading, list item or table cell (<br> splits too), white space collapsed. Subtrees that
 *    are never article text are not entered: script/style/nav/aside/form/footer..., hidden
 *    elements, and elements whose class/id/role names a non-article part (cookie, consent,
 *    comments, related, share, newsletter, ad, byline, ...) unless they hold the page's <h1>
 *    or main element (a page wrapper with a "has-sidebar" class is not a sidebar).
 *    Every block-level element gets a record (parent, class/id weight, subtree text and link
 *    text); records are numbered in document order and the blocks of an element's subtree are
 *    the contiguous range [block_begin, block_end).
 * 3. Scoring: each block of at least 25 characters that is mostly not link text adds
 *    1 + commas + min(chars/100, 3) to its element's parent, half of it to the grandparent and
 *    a sixth to the great-grandparent. An element's final score is (tag bonus + class/id weight
 *    + added score) * (1 - link density of its subtree); the best is the top candidate. When
 *    it lies inside an <article> that is not much larger, the article is taken instead; a
 *    wrapper around nothing else is climbed; then siblings that score at least a fifth as well
 *    (or are long plain paragraphs) join it.
 * 4. Output: the blocks of the chosen elements in document order, minus link-dense blocks,
 *    blocks under link-dense teaser boxes, the headline (<h1>, or any block that repeats the
 *    title), short lines before the first real paragraph (kicker, byline), lines that are
 *    little more than a date (not table cells, list items, dated entries: "2. März: ...", or
 *    headings of sections after the first paragraph),
 *    and headings left with no text of their own; one block per line. A page that yields
 *    under 200 bytes this way (a script fills it) gives its JSON-LD Article's articleBody.
 * 5. Metadata from the whole tree: title (og:title, the article's <h1>, <title> minus a site
 *    suffix) and date (JSON-LD datePublished, a date <meta>, <time datetime> in the article,
 *    a dateline at the start of the text, a date line before it, an element whose class marks
 *    a date), first found in that order wins.
 * Invariants: the output is valid UTF-8 without NUL bytes; nothing gumbo allocated outlives
 * html_extract (its allocations come from a private pool freed in one sweep, which also avoids
 * gumbo's recursive destructor on deep trees); the walks stop descending at MAX_DEPTH. */
#include "analysis/html.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gumbo.h>
#include <jansson.h>

#define MAX_DEPTH     400 /* content nested deeper than this is not read */
#define MIN_BLOCK     25  /* characters a block needs to count in scoring */
#define MAX_LINK_DENS 0.5 /* blocks with more link text than this are navigation */

/* ---- gumbo's memory: a private pool, freed in one sweep ------------------------------------ */

typedef struct pool_link {
    struct pool_link *prev, *next;
} pool_link;

typedef struct pool_hdr {
    pool_link link;
    alignas(max_align_t) unsigned char data[];
} pool_hdr;

typedef struct pool {
    pool_link head; /* sentinel of a circular list of pool_hdr.link */
} pool;

static void *pool_alloc(void *ud, size_t n)
{
    pool *p = ud;
    pool_hdr *h = malloc(sizeof *h + n);
    if (!h) {
        /* gumbo dereferences what it allocates without checking: nothing sane remains */
        fputs("chronik: out of memory while parsing HTML\n", stderr);
        abort();
    }
    h->link.next = p->head.next;
    h->link.prev = &p->head;
    p->head.next->prev = &h->link;
    p->head.next = &h->link;
    return h->data;
}

static void pool_dealloc(void *ud, void *ptr)
{
    (void)ud;
    if (!ptr) return;
    pool_hdr *h = (pool_hdr *)((unsigned char *)ptr - offsetof(pool_hdr, data));
    h->link.prev->next = h->link.next;
    h->link.next->prev = h->link.prev;
    free(h);
}

static void pool_init(pool *p)
{
    p->head.next = p->head.prev = &p->head;
}

static void pool_sweep(pool *p)
{
    pool_link *l = p->head.next;
    while (l != &p->head) { /* link is the first member: the link's address is the header's */
        pool_link *n = l->next;
        free(l);
        l = n;
    }
    pool_init(p);
}

/* gumbo's tree builder looks through the stack of open elements for many start tags, so its
 * time grows with the square of the nesting depth: 100,000 nested <div>s take seconds. This
 * guard (no parser: it only estimates that cost from the tags' nesting, with end-tag-optional
 * and void elements left out) returns the length of the longest prefix whose cost stays within
 * PARSE_BUDGET; a real page stays far below it (20,000 tags 30 deep cost 600,000). */
#define PARSE_BUDGET 100000000.0
static size_t parse_prefix(const char *s, size_t n)
{
    static const char *const flat[] = {"p",     "li",    "br",     "img",   "input", "meta",
                                       "link",  "hr",    "td",     "tr",    "th",    "option",
                                       "dt",    "dd",    "wbr",    "area",  "base",  "col",
                                       "embed", "param", "source", "track", "keygen"};
    double depth = 0, cost = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '<') continue;
        bool close = s[i + 1] == '/';
        size_t j = i + 1 + close, k = 0;
        char name[8];
        while (j < n && k < sizeof name - 1 && isalnum((unsigned char)s[j]))
            name[k++] = (char)tolower((unsigned char)s[j++]);
        name[k] = '\0';
        if (k == 0 || !isalpha((unsigned char)name[0])) continue;
        bool skip = false;
        for (size_t f = 0; f < sizeof flat / sizeof *flat && !skip; f++)
            skip = !strcmp(name, flat[f]);
        if (skip) continue;
        if (close) {
            if (depth > 0) depth--;
            continue;
        }
        if (!strcmp(name, "script") || !strcmp(name, "style")) { /* "i<n" is no tag */
            const char *end = NULL;
            size_t nl = strlen(name);
            for (size_t e = j; e + 2 + nl <= n && !end; e++)
                if (s[e] == '<' && s[e + 1] == '/' && !strncasecmp(s + e + 2, name, nl))
                    end = s + e;
            if (!end) return n;
            i = (size_t)(end - s);
            continue;
        }
        depth++;
        cost += depth;
        if (cost > PARSE_BUDGET) return i;
    }
    return n;
}

static GumboOutput *parse(pool *p, const char *s, size_t n)
{
    n = parse_prefix(s, n);
    GumboOptions o = kGumboDefaultOptions;
    o.allocator = pool_alloc;
    o.deallocator = pool_dealloc;
    o.userdata = p;
    o.max_errors = 0; /* parse errors are not needed: do not record them */
    return gumbo_parse_with_options(&o, s, n);
}

/* ---- small helpers -------------------------------------------------------------------------- */

static const char *attr(const GumboNode *n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return NULL;
    GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static const GumboVector *children(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    return NULL;
}

static bool is_element(const GumboNode *n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

static bool ieq(const char *a, const char *b)
{
    return a && b && strcasecmp(a, b) == 0;
}

/* A growable byte buffer in the arena. */
typedef struct sbuf {
    arena *a;
    char *s;
    size_t len, cap;
    bool failed;
} sbuf;

static bool buf_reserve(sbuf *b, size_t extra)
{
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *s = arena_realloc(b->a, b->s, b->cap, cap);
    if (!s) {
        b->failed = true;
        return false;
    }
    b->s = s;
    b->cap = cap;
    return true;
}

static void buf_add(sbuf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n)) return;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

/* A growable array of fixed-size records in the arena. */
static void *grow(arena *a, void *v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return v;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need)
        c *= 2;
    void *nv = arena_realloc(a, v, *cap * size, c * size);
    if (nv) *cap = c;
    return nv;
}

/* ---- charsets -------------------------------------------------------------------------------- */

typedef enum cs_kind { CS_UTF8, CS_OTHER, CS_UNKNOWN } cs_kind;

/* Normalizes a charset label into out (lower case, trimmed) and classifies it. */
static cs_kind charset_label(const char *label, size_t n, char *out, size_t size)
{
    while (n && (isspace((unsigned char)*label) || *label == '"' || *label == '\'')) {
        label++;
        n--;
    }
    while (n && (isspace((unsigned char)label[n - 1]) || label[n - 1] == '"' ||
                 label[n - 1] == '\'' || label[n - 1] == ';'))
        n--;
    if (n == 0 || n >= size) return CS_UNKNOWN;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)label[i];
        if (!(isalnum(c) || c == '-' || c == '_' || c == '.' || c == ':')) return CS_UNKNOWN;
        out[i] = (char)tolower(c);
    }
    out[n] = '\0';
    if (!strcmp(out, "utf-8") || !strcmp(out, "utf8") || !strcmp(out, "unicode-1-1-utf-8"))
        return CS_UTF8;
    /* as browsers do (WHATWG Encoding): these labels mean windows-1252 */
    if (!strcmp(out, "iso-8859-1") || !strcmp(out, "iso8859-1") || !strcmp(out, "latin1") ||
        !strcmp(out, "l1") || !strcmp(out, "us-ascii") || !strcmp(out, "ascii") ||
        !strcmp(out, "cp1252") || !strcmp(out, "iso_8859-1") || !strcmp(out, "x-cp1252")) {
        snprintf(out, size, "windows-1252");
        return CS_OTHER;
    }
    iconv_t cd = iconv_open("UTF-8", out);
    if (cd == (iconv_t)-1) return CS_UNKNOWN;
    iconv_close(cd);
    return CS_OTHER;
}

/* Offset of the first invalid UTF-8 sequence in s[0, n), or n when it is all valid. */
static size_t utf8_invalid_at(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned min;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            k = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (s[i + j] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += k + 1;
    }
    return n;
}

/* The length of the valid UTF-8 sequence that lead byte p[0] (>= 0xC0) opens within avail
 * bytes, or 0 when it is broken. */
static size_t utf8_seq_at(const unsigned char *p, size_t avail)
{
    size_t k = p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : p[0] < 0xF8 ? 4 : 1, n = 1;
    while (n < k && n < avail && (p[n] & 0xC0) == 0x80)
        n++;
    return n == k && k > 1 && utf8_invalid_at(p, n) == n ? n : 0;
}

/* Converts s[0, n) from charset cs to UTF-8 in the arena. Returns 0, CK_E_BAD_UTF8 (with the
 * byte offset of the first undecodable byte in err) or CK_E_NOMEM. */
static int convert(arena *a, const char *cs, const char *s, size_t n, char **out, size_t *out_len,
                   ck_error *err)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) return ck_fail(err, CK_E_BAD_UTF8, "charset '%s' is not supported", cs);
    size_t cap = n * 2 + 16, used = 0;
    char *o = arena_alloc(a, cap + 1);
    if (!o) {
        iconv_close(cd);
        return ck_fail(err, CK_E_NOMEM, "out of memory while decoding the page");
    }
    char *in = (char *)s;
    size_t left = n;
    while (left > 0) {
        char *op = o + used;
        size_t oleft = cap - used;
        size_t r = iconv(cd, &in, &left, &op, &oleft);
        used = (size_t)(op - o);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) {
            char *no = arena_realloc(a, o, cap + 1, cap * 2 + 1);
            if (!no) {
                iconv_close(cd);
                return ck_fail(err, CK_E_NOMEM, "out of memory while decoding the page");
            }
            o = no;
            cap *= 2;
            continue;
        }
        size_t at = (size_t)(in - s);
        iconv_close(cd);
        return ck_fail(err, CK_E_BAD_UTF8, "the page is not valid %s: %s at byte offset %zu", cs,
                       errno == EINVAL ? "an incomplete sequence" : "an undecodable byte", at);
    }
    iconv_close(cd);
    o[used] = '\0';
    *out = o;
    *out_len = used;
    return 0;
}

/* The charset a <meta> element declares, copied into out; false when it declares none. */
static bool meta_charset(const GumboNode *n, char *out, size_t size)
{
    const char *cs = attr(n, "charset");
    if (cs) {
        snprintf(out, size, "%s", cs);
        return true;
    }
    const char *he = attr(n, "http-equiv");
    const char *content = attr(n, "content");
    if (ieq(he, "content-type") && content) return html_content_type_charset(content, out, size);
    return false;
}

/* Depth-first search for the first <meta> declaring a charset. */
static bool find_meta_charset(const GumboNode *n, int depth, char *out, size_t size)
{
    if (depth > MAX_DEPTH) return false;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_META)
        return meta_charset(n, out, size);
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++)
        if (find_meta_charset(c->data[i], depth + 1, out, size)) return true;
    return false;
}

bool html_content_type_charset(const char *content_type, char *buf, size_t size)
{
    if (size) buf[0] = '\0';
    if (!content_type || size == 0) return false;
    const char *p = strcasestr(content_type, "charset");
    if (!p) return false;
    p += 7;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p++ != '=') return false;
    while (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'')
        p++;
    size_t n = strcspn(p, "\"'; \t,");
    if (n == 0 || n >= size) return false;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)p[i]);
    buf[n] = '\0';
    return true;
}

/* ---- class/id hints ------------------------------------------------------------------------- */

/* Words in class/id values that mark a part of the page that is never the article's text.
 * Matched as substrings of the lower-cased class and id. */
static const char *const drop_parts[] = {
    "cookie",         "consent",
    "gdpr",           "newsletter",
    "disqus",         "related",
    "sidebar",        "breadcrumb",
    "social",         "share",
    "sharing",        "promo",
    "sponsor",        "advert",
    "anzeige",        "werbung",
    "banner",         "footer",
    "navigation",     "navbar",
    "menu",           "paywall",
    "popup",          "modal",
    "overlay",        "outbrain",
    "taboola",        "mostread",
    "most-read",      "meistgelesen",
    "popular",        "recommend",
    "empfehl",        "subscribe",
    "abonn",          "signup",
    "login",          "byline",
    "author",         "autor",
    "caption",        "credit",
    "copyright",      "skip-",
    "sr-only",        "visually-hidden",
    "visuallyhidden", "screen-reader",
    "toolbar",        "pagination",
    "pager",          "keyword",
    "rating",         "read-more",
    "readmore",       "weiterlesen",
    "lesetipp",       "more-stories",
    "morestories",    "trending",
    "dateline",       "datum",
    "timestamp",      "publish",
    "comment-",       "comments",
    "kommentare",     "leserkommentar",
    "reply",          "respond",
    "teilen",         "print",
    "tooltip",        "player",
    "video-",         "gallery",
    "slideshow",      "embed",
    "tweet",          "instagram",
    "placeholder",    "usercentrics",
    "onetrust",       "didomi",
    "sp_message",     "privacy",
    "kicker",         "dachzeile",
    "overline",       "eyebrow",
    "topline",        "bildunterschrift",
    "bildtext",       "bildbeschreibung",
    "bildnachweis",   "fotonachweis",
    "pullquote",      "pull-quote",
};

/* Whole words (class/id split at non-alphanumerics) with the same meaning; too short or too
 * common to match inside other words. */
static const char *const drop_words[] = {
    "ad",
    "ads",
    "nav",
    "meta",
    "date",
    "time",
    "tags",
    "tag",
    "rss",
    "hidden",
    "hide",
    "comment",
    "kommentar-liste",
    "cmp",
    "aside",
    "foot",
    "masthead",
};

/* Weak signs against: a box with these words is dropped only when it is link-heavy. */
static const char *const weak_parts[] = {"teaser", "widget", "card",  "box",  "list",
                                         "more",   "tipp",   "extra", "info", "links"};

/* Signs for: the container of the article text. */
static const char *const good_parts[] = {"article", "artikel", "content", "story", "body",  "entry",
                                         "post",    "main",    "text",    "blog",  "inhalt"};

static bool has_word(const char *s, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = s; (p = strstr(p, w)) != NULL; p++) {
        bool left = p == s || !isalnum((unsigned char)p[-1]);
        bool right = !isalnum((unsigned char)p[wl]);
        if (left && right) return true;
    }
    return false;
}

/* True when a word of s starts with w ("metatextline", "metabar" for "meta"). */
static bool has_word_prefix(const char *s, const char *w)
{
    for (const char *p = s; (p = strstr(p, w)) != NULL; p++)
        if (p == s || !isalnum((unsigned char)p[-1])) return true;
    return false;
}

typedef struct hints {
    bool drop; /* never article text */
    bool weak; /* a box that is dropped when link-heavy */
    int weight;
} hints;

/* n's class and id, lower-cased, into s (size 512) */
static void class_id(const GumboNode *n, char *s)
{
    const char *cls = attr(n, "class"), *id = attr(n, "id");
    snprintf(s, 512, "%.250s %.250s", cls ? cls : "", id ? id : "");
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
}

static hints read_hints(const GumboNode *n)
{
    hints h = {false, false, 0};
    char s[512];
    class_id(n, s);
    for (size_t i = 0; i < sizeof drop_parts / sizeof *drop_parts; i++)
        if (strstr(s, drop_parts[i])) h.drop = true;
    for (size_t i = 0; !h.drop && i < sizeof drop_words / sizeof *drop_words; i++)
        if (has_word(s, drop_words[i])) h.drop = true;
    if (has_word_prefix(s, "meta")) h.drop = true; /* meta, metadata, metatextline, ... */
    /* "comment..." is the readers' comments, but "commentary" is an opinion piece */
    for (const char *c = s; !h.drop && (c = strstr(c, "comment")) != NULL; c++)
        if (strncmp(c + 7, "ar", 2) != 0) h.drop = true;
    for (size_t i = 0; i < sizeof weak_parts / sizeof *weak_parts; i++)
        if (strstr(s, weak_parts[i])) {
            h.weak = true;
            h.weight -= 10;
        }
    for (size_t i = 0; i < sizeof good_parts / sizeof *good_parts; i++)
        if (strstr(s, good_parts[i])) {
            h.weight += 25;
            break;
        }
    const char *role = attr(n, "role");
    /* screen readers skip it; a page behind an open consent dialog is aria-hidden as a whole,
     * which holds_main() catches like a misleading class */
    if (ieq(attr(n, "aria-hidden"), "true") || ieq(attr(n, "aria-modal"), "true")) h.drop = true;
    if (role) {
        if (ieq(role, "navigation") || ieq(role, "banner") || ieq(role, "contentinfo") ||
            ieq(role, "complementary") || ieq(role, "dialog") || ieq(role, "alertdialog") ||
            ieq(role, "menu") || ieq(role, "menubar") || ieq(role, "search") ||
            ieq(role, "toolbar") || ieq(role, "alert"))
            h.drop = true;
        if (ieq(role, "main") || ieq(role, "article")) h.weight += 25;
    }
    const char *ip = attr(n, "itemprop");
    if (ip && (strstr(ip, "articleBody") || strstr(ip, "articlebody"))) h.weight += 40;
    return h;
}

static bool is_hidden(const GumboNode *n)
{
    if (attr(n, "hidden")) return true;
    const char *st = attr(n, "style");
    if (st) {
        char s[256];
        size_t k = 0;
        for (const char *p = st; *p && k + 1 < sizeof s; p++)
            if (!isspace((unsigned char)*p)) s[k++] = (char)tolower((unsigned char)*p);
        s[k] = '\0';
        if (strstr(s, "display:none") || strstr(s, "visibility:hidden")) return true;
    }
    return false;
}

/* Tags whose subtree is never article text. */
static bool drop_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_ADDRESS: return true;
    default: return false;
    }
}

/* The lower-cased name of an element gumbo 0.10 does not know into name (size 24); false for
 * a known one. */
static bool unknown_name(const GumboNode *n, char *name)
{
    if (n->v.element.tag != GUMBO_TAG_UNKNOWN) return false;
    GumboStringPiece p = n->v.element.original_tag;
    if (p.length < 2 || p.data[0] != '<') return false;
    size_t k = 0;
    for (size_t i = 1;
         i < p.length && k + 1 < 24 && (isalnum((unsigned char)p.data[i]) || p.data[i] == '-'); i++)
        name[k++] = (char)tolower((unsigned char)p.data[i]);
    name[k] = '\0';
    return true;
}

/* Whether element n is a picture: <img>, <picture>, <amp-img>, not an emoji or an icon (class
 * "emoji", "icon", "smiley"; width or height under 48). */
static bool image_elem(const GumboNode *n)
{
    char name[24];
    if (n->v.element.tag != GUMBO_TAG_IMG &&
        !(unknown_name(n, name) && (!strcmp(name, "picture") || !strcmp(name, "amp-img"))))
        return false;
    const char *cls = attr(n, "class"), *wd = attr(n, "width"), *ht = attr(n, "height");
    if (cls && (strcasestr(cls, "emoji") || strcasestr(cls, "icon") || strcasestr(cls, "smil")))
        return false;
    return !(wd && atoi(wd) > 0 && atoi(wd) < 48) && !(ht && atoi(ht) > 0 && atoi(ht) < 48);
}

/* Elements gumbo 0.10 does not know (<dialog>, <picture>) that are never article text. */
static bool unknown_dropped(const GumboNode *n)
{
    char name[24];
    if (!unknown_name(n, name)) return false;
    return !strcmp(name, "dialog") || !strcmp(name, "picture") || !strncmp(name, "amp-ad", 6) ||
           !strcmp(name, "amp-sidebar") || !strcmp(name, "amp-consent") ||
           !strcmp(name, "amp-iframe") || !strcmp(name, "amp-social-share") ||
           !strcmp(name, "amp-embed");
}

/* Tags that start and end a block of text. */
static bool block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIELDSET: return true;
    default: return false;
    }
}

static bool heading_tag(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6 && t != GUMBO_TAG_HGROUP;
}

/* ---- the walk: blocks and element records ---------------------------------------------------- */

typedef struct elem {
    const GumboNode *node;
    int parent; /* index of the enclosing block-level element; -1 for the root */
    GumboTag tag;
    hints h;
    double score;
    bool scored;
    size_t chars, link_chars; /* text in the subtree */
    size_t block_begin, block_end;
    bool ui;  /* has a <button> or form control as a child: a widget, if it is small */
    bool img; /* has an <img>, <picture> or <amp-img> as a child: a figure, if it is small */
} elem;

typedef struct block {
    size_t off, len;          /* bytes in walker.text */
    size_t chars, link_chars; /* non-space code points; those inside <a> */
    int commas;
    int elem; /* the element the block belongs to */
    GumboTag tag;
} block;

typedef struct walker {
    arena *a;
    sbuf text; /* all blocks' text, back to back */
    elem *elems;
    size_t nelems, elems_cap;
    block *blocks;
    size_t nblocks, blocks_cap;
    int cur;      /* current block-level element */
    size_t start; /* where the open block starts in text */
    size_t chars, link_chars;
    int commas;
    bool space;     /* white space seen since the last character of the open block */
    int in_link;    /* depth of <a> elements */
    bool use_hints; /* drop subtrees by class/id */
    bool nomem;
    bool has_date_line;    /* a date line before the text (see emit) */
    ck_datetime date_line; /* its date */
} walker;

/* Appends a text node's characters to the open block, collapsing white space. */
static void add_text(walker *w, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned char c = *p;
        size_t n = 1;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            w->space = true;
            p++;
            continue;
        }
        if (c == 0xC2 && p[1] == 0xA0) { /* no-break space */
            w->space = true;
            p += 2;
            continue;
        }
        if ((c == 0xC2 && p[1] == 0xAD) ||                 /* soft hyphen */
            (c == 0xE2 && p[1] == 0x80 && p[2] == 0x8B) || /* zero width space */
            (c == 0xEF && p[1] == 0xBB && p[2] == 0xBF)) { /* zero width no-break space */
            p += c == 0xC2 ? 2 : 3;
            continue;
        }
        if (c >= 0xC0) {
            /* gumbo 0.10 can leave a broken sequence (an overflowing "&#8217555555;"): a
             * replacement character, and the rest of it is skipped as stray bytes below */
            n = utf8_seq_at(p, 4); /* p is NUL-terminated: the scan stops at the NUL */
            if (!n) {
                if (w->space && w->text.len > w->start) buf_add(&w->text, " ", 1);
                w->space = false;
                buf_add(&w->text, "\xEF\xBF\xBD", 3);
                w->chars++;
                if (w->in_link) w->link_chars++;
                p++;
                continue;
            }
        } else if (c >= 0x80) { /* a stray continuation byte */
            p++;
            continue;
        }
        if (w->space && w->text.len > w->start) buf_add(&w->text, " ", 1);
        w->space = false;
        buf_add(&w->text, (const char *)p, n);
        w->chars++;
        if (w->in_link) w->link_chars++;
        if (c == ',') w->commas++;
        p += n;
    }
    if (w->text.failed) w->nomem = true;
}

/* Closes the open block (if it has text) as a block of element w->cur. */
static void flush(walker *w)
{
    if (w->text.len > w->start && w->cur >= 0) {
        block *b = grow(w->a, w->blocks, &w->blocks_cap, w->nblocks + 1, sizeof *b);
        if (!b) {
            w->nomem = true;
            return;
        }
        w->blocks = b;
        b = &w->blocks[w->nblocks++];
        b->off = w->start;
        b->len = w->text.len - w->start;
        b->chars = w->chars;
        b->link_chars = w->link_chars;
        b->commas = w->commas;
        b->elem = w->cur;
        b->tag = w->elems[w->cur].tag;
        for (int e = w->cur; e >= 0; e = w->elems[e].parent) {
            w->elems[e].chars += w->chars;
            w->elems[e].link_chars += w->link_chars;
        }
    } else {
        w->text.len = w->start; /* drop a lone space */
    }
    w->start = w->text.len;
    w->chars = w->link_chars = 0;
    w->commas = 0;
    w->space = false;
}

/* True when the subtree holds the page's <h1> or a main element: then it is no sidebar. */
static bool holds_main_budget(const GumboNode *n, int depth, long *budget)
{
    if (depth > MAX_DEPTH || !is_element(n)) return false;
    if (--*budget < 0) return true; /* too big to be a sidebar: keep it */
    GumboTag t = n->v.element.tag;
    if (depth > 0 && (t == GUMBO_TAG_H1 || t == GUMBO_TAG_MAIN)) return true;
    if (depth > 0 && (ieq(attr(n, "role"), "main") || ieq(attr(n, "itemprop"), "articleBody")))
        return true;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++)
        if (holds_main_budget(c->data[i], depth + 1, budget)) return true;
    return false;
}

static bool holds_main(const GumboNode *n)
{
    long budget = 20000;
    return holds_main_budget(n, 0, &budget);
}

/* ---- entry stamps --------------------------------------------------------------------------- */

/* A live blog's entries are repeated elements, each opened by its time ("14:32 Uhr", "2. Juni
 * 2024, 08:40", "2:32 p.m. ET"): the time is part of what the page reports, though its class
 * ("time", "entry-meta") would drop it as metadata elsewhere. An entry stamp is a short text
 * with a clock time and at most three words besides, which is the first text of one of the
 * element's ancestors (up to four levels up) that repeats: an element sibling near it has the
 * same tag and the same first class word. Every walk here is bounded, so the check costs the
 * same on any page. */
typedef struct stamp_text {
    char s[96];
    size_t n;
    bool over;   /* longer than an entry stamp */
    long budget; /* nodes left to visit */
} stamp_text;

static void gather_stamp(const GumboNode *n, int depth, stamp_text *b)
{
    if (b->over || depth > 12 || --b->budget < 0) {
        b->over = true;
        return;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
        for (const char *p = n->v.text.text; *p && !b->over; p++) {
            bool sp = isspace((unsigned char)*p);
            if (sp && (b->n == 0 || b->s[b->n - 1] == ' ')) continue;
            if (b->n + 1 >= sizeof b->s)
                b->over = true;
            else
                b->s[b->n++] = sp ? ' ' : *p;
        }
        return;
    }
    if (!is_element(n)) return;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) return;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length && !b->over; i++)
        gather_stamp(c->data[i], depth + 1, b);
}

/* Whether s[0, n) is a clock time with at most three words (of two letters or more) and 20
 * letters besides: "14:32 Uhr", "14.32 Uhr", "Sonntag, 2. Juni 2024, 08:40", "2:32 p.m. ET". */
static bool clock_stamp(const char *s, size_t n)
{
    bool clock = false;
    size_t letters = 0, words = 0, run = 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)s[i] : ' ';
        if (isalpha(c) || c >= 0x80) {
            letters += (c & 0xC0) != 0x80;
            run += (c & 0xC0) != 0x80;
            continue;
        }
        words += run >= 2;
        run = 0;
        if (!clock && isdigit(c) && (i == 0 || !isdigit((unsigned char)s[i - 1]))) {
            size_t j = i + 1;
            if (j < n && isdigit((unsigned char)s[j])) j++;
            if (j + 2 < n && (s[j] == ':' || s[j] == '.') && isdigit((unsigned char)s[j + 1]) &&
                isdigit((unsigned char)s[j + 2]) &&
                (j + 3 >= n || !isdigit((unsigned char)s[j + 3]))) {
                /* "14.32" only before "Uhr" ("2.06" is a date) */
                size_t k = j + 3;
                while (k < n && s[k] == ' ')
                    k++;
                clock = s[j] == ':' || (k + 3 <= n && !strncmp(s + k, "Uhr", 3));
            }
        }
    }
    return clock && words <= 3 && letters <= 20;
}

/* The first word of the class attribute of n, as a length into *w; 0 when there is none. */
static size_t first_class(const GumboNode *n, const char **w)
{
    const char *c = attr(n, "class");
    if (!c) return 0;
    while (*c && isspace((unsigned char)*c))
        c++;
    size_t k = 0;
    while (c[k] && !isspace((unsigned char)c[k]))
        k++;
    *w = c;
    return k;
}

/* Whether an element sibling near n (three on either side) has n's tag and first class word;
 * without a class, only <article>, <section> and <li> entries count. */
static bool repeats(const GumboNode *n)
{
    const GumboNode *p = n->parent;
    if (!p || !is_element(p) || !is_element(n)) return false;
    const GumboVector *c = children(p);
    GumboTag t = n->v.element.tag;
    const char *cls = NULL, *kc = NULL;
    size_t cl = first_class(n, &cls);
    if (!cl && t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_LI) return false;
    unsigned at = (unsigned)n->index_within_parent;
    for (int dir = -1; dir <= 1; dir += 2) {
        int seen = 0;
        for (long i = (long)at + dir; c && i >= 0 && i < (long)c->length && seen < 3; i += dir) {
            const GumboNode *k = c->data[i];
            if (!is_element(k)) continue;
            seen++;
            if (k->v.element.tag != t) continue;
            size_t kl = first_class(k, &kc);
            if (kl == cl && (!cl || !strncmp(kc, cls, cl))) return true;
        }
    }
    return false;
}

/* The first text node under n with a character other than white space (a bounded search). */
static const GumboNode *first_text(const GumboNode *n, int depth, long *budget)
{
    if (depth > 12 || --*budget < 0) return NULL;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) return n;
    if (!is_element(n)) return NULL;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) return NULL;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length && *budget >= 0; i++) {
        const GumboNode *f = first_text(c->data[i], depth + 1, budget);
        if (f) return f;
    }
    return NULL;
}

static bool entry_stamp(const GumboNode *n)
{
    stamp_text b = {.n = 0, .over = false, .budget = 64};
    gather_stamp(n, 0, &b);
    if (b.over || !clock_stamp(b.s, b.n)) return false;
    const GumboNode *a = n;
    for (int up = 0; up < 4 && a->parent && is_element(a->parent); up++) {
        a = a->parent;
        long budget = 64;
        const GumboNode *f = first_text(a, 0, &budget);
        bool inside = false;
        for (const GumboNode *x = f; x && !inside; x = x->parent)
            inside = x == n;
        if (!inside) return false; /* text before the stamp: not what opens an entry */
        if (repeats(a)) return true;
    }
    return false;
}

static void walk(walker *w, const GumboNode *n, int depth, bool in_article)
{
    if (w->nomem || depth > MAX_DEPTH) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
        add_text(w, n->v.text.text);
        return;
    }
    if (!is_element(n)) return;
    GumboTag t = n->v.element.tag;
    bool is_block = block_tag(t);
    if (drop_tag(t) || unknown_dropped(n) || (w->use_hints && is_hidden(n)) ||
        (t == GUMBO_TAG_HEADER && !in_article && !holds_main(n))) {
        if (is_block || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE ||
            t == GUMBO_TAG_FORM || t == GUMBO_TAG_FIGURE)
            flush(w);
        return;
    }
    if (t == GUMBO_TAG_BR || t == GUMBO_TAG_HR) {
        flush(w);
        return;
    }
    hints h = {false, false, 0};
    if (t != GUMBO_TAG_HTML && t != GUMBO_TAG_BODY) h = read_hints(n);
    if (h.drop && w->use_hints && !holds_main(n) && !entry_stamp(n)) {
        if (is_block) flush(w);
        return;
    }
    int saved = w->cur;
    if (is_block) {
        flush(w);
        elem *e = grow(w->a, w->elems, &w->elems_cap, w->nelems + 1, sizeof *e);
        if (!e) {
            w->nomem = true;
            return;
        }
        w->elems = e;
        e = &w->elems[w->nelems];
        memset(e, 0, sizeof *e);
        e->node = n;
        e->parent = w->cur;
        e->tag = t;
        e->h = h;
        e->block_begin = w->nblocks;
        const GumboVector *kids = children(n);
        for (unsigned i = 0; kids && i < kids->length && !(e->ui && e->img); i++) {
            const GumboNode *kid = kids->data[i];
            if (kid->type != GUMBO_NODE_ELEMENT) continue;
            if (kid->v.element.tag == GUMBO_TAG_BUTTON || kid->v.element.tag == GUMBO_TAG_INPUT ||
                kid->v.element.tag == GUMBO_TAG_SELECT)
                e->ui = true;
            if (image_elem(kid)) e->img = true;
        }
        w->cur = (int)w->nelems++;
    }
    bool link = t == GUMBO_TAG_A && attr(n, "href"); /* <a name=...> is an anchor, no link */
    if (link) w->in_link++;
    bool art = in_article || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++)
        walk(w, c->data[i], depth + 1, art);
    if (link) w->in_link--;
    if (is_block) {
        flush(w);
        if (w->cur >= 0 && (size_t)w->cur < w->nelems) w->elems[w->cur].block_end = w->nblocks;
        w->cur = saved;
    }
}

/* ---- scoring and choosing ------------------------------------------------------------------- */

static double link_density(size_t chars, size_t link_chars)
{
    return chars ? (double)link_chars / (double)chars : 0.0;
}

static double tag_bonus(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ARTICLE: return 10;
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TH: return -3;
    default: return heading_tag(t) ? -5 : 0;
    }
}

static void score(walker *w)
{
    for (size_t i = 0; i < w->nblocks; i++) {
        const block *b = &w->blocks[i];
        if (b->chars < MIN_BLOCK || heading_tag(b->tag)) continue;
        if (link_density(b->chars, b->link_chars) > MAX_LINK_DENS) continue;
        double len = (double)b->chars / 100.0;
        double s = 1.0 + b->commas + (len > 3 ? 3 : len);
        static const double share[] = {1.0, 0.5, 1.0 / 6};
        int prev = b->elem, e = w->elems[prev].parent;
        for (int level = 0; level < 3 && e >= 0; prev = e, e = w->elems[e].parent) {
            elem *x = &w->elems[e];
            /* a wrapper around one element and nothing else is not a level of its own
             * (<div class="text-block"><p>...</p></div> per paragraph) */
            if (x->chars == w->elems[prev].chars && x->parent >= 0) continue;
            if (!x->scored) {
                x->scored = true;
                x->score = tag_bonus(x->tag) + x->h.weight;
            }
            x->score += s * share[level++];
        }
    }
    for (size_t i = 0; i < w->nelems; i++) {
        elem *x = &w->elems[i];
        if (x->scored) x->score *= 1.0 - link_density(x->chars, x->link_chars);
    }
}

/* True when element x holds a paragraph of running text (80 characters, few links): a lead
 * before the body ("<div class=header><h2>...</h2><p class=intro>...</p></div>"). */
static bool has_lead(const walker *w, const elem *x)
{
    for (size_t k = x->block_begin; k < x->block_end && k < w->nblocks; k++) {
        const block *b = &w->blocks[k];
        if (b->chars >= 80 && !heading_tag(b->tag) && link_density(b->chars, b->link_chars) < 0.1)
            return true;
    }
    return false;
}

static bool is_article_markup(const elem *x)
{
    return x->tag == GUMBO_TAG_ARTICLE || x->tag == GUMBO_TAG_MAIN ||
           ieq(attr(x->node, "role"), "main") || ieq(attr(x->node, "itemprop"), "articleBody");
}

/* Marks the chosen elements in take[]. Returns the element in which to look for the article's
 * <h1> and <time>, or -1 when nothing scored. */
static int choose(walker *w, bool *take)
{
    int top = -1;
    for (size_t i = 0; i < w->nelems; i++)
        if (w->elems[i].scored && (top < 0 || w->elems[i].score > w->elems[top].score))
            top = (int)i;
    if (top < 0) return -1;
    /* the page's own mark-up, when it holds most of the top candidate's text: the <article>,
     * <main> or articleBody inside it (descending while one qualifies) */
    for (bool moved = true; moved;) {
        moved = false;
        size_t topgood = w->elems[top].chars - w->elems[top].link_chars;
        int best = -1;
        size_t best_good = 0;
        /* records are in document order: top's subtree is the run after it whose parents
         * are top or inside it */
        for (size_t i = (size_t)top + 1; i < w->nelems && w->elems[i].parent >= top; i++) {
            const elem *x = &w->elems[i];
            if (!is_article_markup(x)) continue;
            size_t good = x->chars - x->link_chars;
            if (good > best_good) best = (int)i, best_good = good;
        }
        if (best >= 0 && best_good * 10 >= topgood * 6) {
            top = best;
            moved = true;
        }
    }
    /* the enclosing <article>, when it is not much more than the top candidate */
    int article = -1;
    for (int e = w->elems[top].parent; e >= 0; e = w->elems[e].parent) {
        const elem *x = &w->elems[e];
        if (x->tag != GUMBO_TAG_ARTICLE && !ieq(attr(x->node, "itemprop"), "articleBody")) continue;
        size_t good = x->chars - x->link_chars, topgood = w->elems[top].chars;
        if (good <= 2 * topgood + 1500) article = top = e;
        break;
    }
    /* a wrapper around the top candidate and nothing else is the same candidate */
    while (w->elems[top].parent > 0 && w->elems[w->elems[top].parent].chars == w->elems[top].chars)
        top = w->elems[top].parent;
    take[top] = true;
    int parent = w->elems[top].parent;
    if (parent < 0) return top;
    /* siblings that read like article text join it (a lead paragraph beside the body) */
    double threshold = w->elems[top].score * 0.2;
    if (threshold < 10) threshold = 10;
    for (size_t i = 0; i < w->nelems; i++) {
        const elem *x = &w->elems[i];
        if (x->parent != parent || (int)i == top) continue;
        double ld = link_density(x->chars, x->link_chars);
        if ((x->scored && x->score >= threshold && ld < 0.25) ||
            (x->tag == GUMBO_TAG_P && x->chars > 80 && ld < 0.25) ||
            ((int)i < top && ld < 0.25 && has_lead(w, x)))
            take[i] = true;
    }
    return article >= 0 ? article : parent;
}

/* True when block b lies under a link-heavy weak box below root, or under a small widget (a
 * "show external content" placeholder with its button). */
static bool in_link_box(const walker *w, const block *b, int root)
{
    for (int e = b->elem; e >= 0 && e != root; e = w->elems[e].parent) {
        const elem *x = &w->elems[e];
        if (x->h.weak && link_density(x->chars, x->link_chars) > 0.25) return true;
        if (x->ui && x->chars < 400) return true;
    }
    return false;
}

/* True when s[0, n) ends a sentence: . ! ? or a closing quote or bracket after one. */
static bool ends_sentence(const char *s, size_t n)
{
    while (n && (s[n - 1] == ')' || s[n - 1] == '"' || s[n - 1] == '\'' ||
                 (unsigned char)s[n - 1] >= 0x80)) {
        if ((unsigned char)s[n - 1] >= 0x80) { /* a multi-byte closing quote: skip it */
            while (n && ((unsigned char)s[n - 1] & 0xC0) == 0x80)
                n--;
            if (n) n--;
        } else {
            n--;
        }
    }
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?' || s[n - 1] == ':');
}

static size_t date_at(const char *s, ck_datetime *out);

/* A line of n bytes (under 80) that is a date line: it holds a date and little else, a clock
 * time, a label before the date or at most two words before it and none after ("17. Oktober
 * 2023, 14:05 Uhr", "Stand: 02.11.2023", "Aktualisiert am 3. März 2023"), not a headline that names
 * a date ("Wahl am 26. September 2021:
 * ..."). Fills *out with the first date. Plain text and HTML blocks alike. */
static bool date_line(const char *t, size_t n, ck_datetime *out)
{
    size_t letters = 0, dl = 0, words = 0, after = 0;
    bool clock = false, label = false;
    ck_datetime d;
    for (size_t i = 0; i < n; i++) {
        if (!dl && (i == 0 || !isalnum((unsigned char)t[i - 1])) && (dl = date_at(t + i, &d))) {
            if (i + dl > n) dl = 0;
            size_t j = i; /* "Stand: ": a label before the date */
            while (j > 0 && t[j - 1] == ' ')
                j--;
            if (dl && j > 0 && t[j - 1] == ':') label = true;
            i += dl ? dl - 1 : 0;
            continue;
        }
        if (i + 2 < n && isdigit((unsigned char)t[i]) && t[i + 1] == ':' &&
            isdigit((unsigned char)t[i + 2]))
            clock = true;
        if (isalpha((unsigned char)t[i]) || (unsigned char)t[i] >= 0xC0) {
            letters++;
            after += dl > 0;
            words += !dl && (i == 0 || t[i - 1] == ' ');
        }
    }
    /* "Veröffentlicht am 17. Oktober 2023": two words before the date and none after it */
    bool lead = words <= 2 && after == 0;
    if (!dl || letters >= 25 || (letters > 12 && !clock && !label && !lead)) return false;
    *out = d;
    return true;
}

/* The first date in s[0, n) that starts a word. */
static bool date_at_any(const char *s, size_t n, ck_datetime *out)
{
    for (size_t i = 0; i < n; i++) {
        size_t k;
        if ((i == 0 || !isalnum((unsigned char)s[i - 1])) && (k = date_at(s + i, out)) &&
            i + k <= n)
            return true;
    }
    return false;
}

/* A chronology's entry: a date opening the line, then a colon or dash and at least eight
 * letters of text ("24. Februar 2022: Beginn der Invasion"); no date line. */
static bool dated_entry(const char *t, size_t len)
{
    ck_datetime d;
    size_t dl = date_at(t, &d), j = dl, letters = 0;
    if (!dl || dl > len) return false;
    for (size_t i = dl; i < len; i++)
        letters += isalpha((unsigned char)t[i]) || (unsigned char)t[i] >= 0xC0;
    while (j < len && t[j] == ' ')
        j++;
    return letters >= 8 && j < len &&
           (t[j] == ':' || t[j] == '-' ||
            (j + 2 < len && !memcmp(t + j, "\xe2\x80", 2) &&
             ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94)));
}

/* Whether s[0, n) ends with a photo credit: "Foto:", "Bild:", "Photo:", "Image:" or "Credit:"
 * at the start or after a space or bracket, then at most six words and 60 bytes that end no
 * sentence ("... verlaufen. Foto: dpa/Max Mustermann", "(Photo: AP/Chris Dunmore)"). */
static bool credit_end(const char *s, size_t n)
{
    static const char *const labels[] = {
        "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:"};
    size_t from = n > 80 ? n - 80 : 0;
    for (size_t i = from; i < n; i++) {
        if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(') continue;
        size_t ll = 0;
        for (size_t l = 0; l < sizeof labels / sizeof *labels && !ll; l++)
            if (n - i >= strlen(labels[l]) && !strncasecmp(s + i, labels[l], strlen(labels[l])))
                ll = strlen(labels[l]);
        if (!ll) continue;
        size_t words = 0, e = n;
        while (e > i + ll && (s[e - 1] == ')' || s[e - 1] == ' '))
            e--;
        if (e - (i + ll) > 60 || e == i + ll) continue;
        for (size_t j = i + ll; j < e; j++)
            words += s[j] != ' ' && (j == i + ll || s[j - 1] == ' ');
        if (words <= 6 && s[e - 1] != '.' && s[e - 1] != '!' && s[e - 1] != '?') return true;
    }
    return false;
}

/* Whether block k is an image's caption: a short text that is the only block of an element
 * with an image child, itself or its parent ("<div><img><p>Ein Baum blockiert die
 * Gleise.</p></div>"), or that ends with a photo credit. */
static bool caption_block(const walker *w, size_t k)
{
    const block *b = &w->blocks[k];
    if (b->chars >= 300 || heading_tag(b->tag) || b->tag == GUMBO_TAG_LI ||
        b->tag == GUMBO_TAG_TD || b->tag == GUMBO_TAG_TH)
        return false;
    if (credit_end(w->text.s + b->off, b->len)) return true;
    if (b->chars >= 200) return false;
    const elem *x = &w->elems[b->elem];
    const elem *p = x->parent >= 0 ? &w->elems[x->parent] : NULL;
    /* a <p> with an image in it is a paragraph; its wrapper with an image is a figure */
    if (x->img && x->tag != GUMBO_TAG_P && x->block_end - x->block_begin == 1) return true;
    return p && p->img && p->block_end - p->block_begin == 1;
}

/* The part of s[0, n) between its quotes and closing punctuation: the quoted sentence. */
static const char *quote_core(const char *s, size_t n, size_t *len)
{
    size_t b = 0, e = n;
    for (bool more = true; more;) {
        more = false;
        if (b < e && (s[b] == '"' || s[b] == '\'' || s[b] == ' '))
            b++, more = true;
        else if (e - b >= 3 && !memcmp(s + b, "\xe2\x80", 2) &&
                 ((unsigned char)s[b + 2] >= 0x98 && (unsigned char)s[b + 2] <= 0x9f))
            b += 3, more = true; /* ‘ ’ ‚ “ ” „ */
        else if (e - b >= 2 && (unsigned char)s[b] == 0xC2 &&
                 ((unsigned char)s[b + 1] == 0xAB || (unsigned char)s[b + 1] == 0xBB))
            b += 2, more = true; /* « » */
    }
    for (bool more = true; more;) {
        more = false;
        char c = e > b ? s[e - 1] : 0;
        if (c == '"' || c == '\'' || c == ' ' || c == '.' || c == ',' || c == '!' || c == '?')
            e--, more = true;
        else if (e - b >= 3 && !memcmp(s + e - 3, "\xe2\x80", 2) &&
                 ((unsigned char)s[e - 1] >= 0x98 && (unsigned char)s[e - 1] <= 0x9f))
            e -= 3, more = true;
        else if (e - b >= 2 && (unsigned char)s[e - 2] == 0xC2 &&
                 ((unsigned char)s[e - 1] == 0xAB || (unsigned char)s[e - 1] == 0xBB))
            e -= 2, more = true;
    }
    *len = e - b;
    return s + b;
}

/* Whether block k, inside a <blockquote> (up to three levels up), repeats a sentence of one
 * of the eight kept blocks before or after it: a pull quote. Bounded: 16 blocks compared, 128
 * looked at. */
static bool pull_quote(const walker *w, const unsigned char *keep, size_t k)
{
    const block *b = &w->blocks[k];
    bool quoted = false;
    int e = b->elem;
    for (int up = 0; e >= 0 && up < 4 && !quoted; up++, e = w->elems[e].parent)
        quoted = w->elems[e].tag == GUMBO_TAG_BLOCKQUOTE;
    if (!quoted || b->len >= 400) return false;
    size_t cl;
    const char *core = quote_core(w->text.s + b->off, b->len, &cl);
    if (cl < 20) return false;
    for (int dir = -1; dir <= 1; dir += 2) {
        int seen = 0, steps = 0; /* eight kept blocks among at most 64 */
        for (size_t j = k; seen < 8 && steps++ < 64;) {
            if (dir < 0 ? j == 0 : j + 1 >= w->nblocks) break;
            j = dir < 0 ? j - 1 : j + 1;
            if (!keep[j]) continue;
            seen++;
            const block *o = &w->blocks[j];
            if (o->len > cl && memmem(w->text.s + o->off, o->len, core, cl)) return true;
        }
    }
    return false;
}

/* Writes the kept blocks of the chosen elements, one per line, into out. */
static void emit(walker *w, const bool *take, const char *const *titles, sbuf *out)
{
    size_t n = w->nblocks;
    unsigned char *keep = arena_calloc(w->a, n ? n : 1, 1);
    if (!keep) {
        w->nomem = true;
        return;
    }
    for (size_t i = 0; i < w->nelems; i++) {
        if (!take[i]) continue;
        const elem *x = &w->elems[i];
        for (size_t k = x->block_begin; k < x->block_end && k < n; k++) {
            const block *b = &w->blocks[k];
            if (b->tag == GUMBO_TAG_H1) continue;
            if (link_density(b->chars, b->link_chars) > MAX_LINK_DENS) continue;
            if (in_link_box(w, b, (int)i)) continue;
            keep[k] = 1;
        }
    }
    /* the headline, however it is marked up, is the title and not the text; with a kicker
     * in the same element ("Energiewende Windkraft im Süden: ...") too */
    for (size_t k = 0; k < n; k++)
        for (int t = 0; keep[k] && t < 2; t++) {
            size_t tl = titles[t] ? strlen(titles[t]) : 0, bl = w->blocks[k].len;
            const char *bt = w->text.s + w->blocks[k].off;
            if (tl == 0 || bl < tl || bl > tl + 40 || (tl < 8 && bl != tl)) continue;
            if (!strncasecmp(titles[t], bt, tl) || !strncasecmp(titles[t], bt + bl - tl, tl))
                keep[k] = 0;
        }
    /* a line that is little more than a date is the article's date line ("17. Oktober 2023,
     * 14:05 Uhr", "Updated 29 Nov 2022"), not text; the date is read from the metadata. Not
     * a table cell or a list item (a schedule, a chronology: data of the article), nor an
     * entry that a date opens before a colon or a dash ("24. Februar 2022: Russland greift
     * an") */
    unsigned char *stamp = arena_calloc(w->a, n ? n : 1, 1); /* a live blog entry's time */
    if (!stamp) {
        w->nomem = true;
        return;
    }
    for (size_t k = 0; k < n; k++)
        stamp[k] =
            keep[k] && w->blocks[k].chars < 60 && entry_stamp(w->elems[w->blocks[k].elem].node);
    bool text_before = false; /* a real paragraph before block k */
    for (size_t k = 0; k < n; k++) {
        GumboTag bt = w->blocks[k].tag;
        bool para = text_before;
        text_before |= keep[k] && w->blocks[k].chars >= 80;
        if (!keep[k] || stamp[k] || w->blocks[k].chars >= 80 || bt == GUMBO_TAG_TD ||
            bt == GUMBO_TAG_TH || bt == GUMBO_TAG_LI || bt == GUMBO_TAG_DT || bt == GUMBO_TAG_DD)
            continue;
        /* a heading after the text's first paragraph is a section's date ("<h3>24. Februar
         * 2022</h3>" over what happened that day), not the article's */
        if (para && heading_tag(bt) && bt != GUMBO_TAG_H1) continue;
        const char *t = w->text.s + w->blocks[k].off;
        size_t len = w->blocks[k].len;
        ck_datetime d;
        if (dated_entry(t, len)) continue; /* "24. Februar 2022: Beginn der Invasion" */
        if (date_line(t, len, &d)) {
            keep[k] = 0;
            /* the first such line, when no text precedes it, dates the article */
            bool leading = !w->has_date_line;
            for (size_t j = 0; leading && j < k; j++)
                if (keep[j] && !heading_tag(w->blocks[j].tag)) leading = false;
            if (leading) {
                w->date_line = d;
                w->has_date_line = true;
            }
        }
    }
    /* short lines before the first real paragraph are the headline's furniture: kicker,
     * byline, date */
    size_t first = 0;
    while (first < n && !(keep[first] && w->blocks[first].chars >= 80))
        first++;
    for (size_t k = 0; k < first && first < n; k++)
        if (keep[k] && !stamp[k] && w->blocks[k].chars < 50 && !heading_tag(w->blocks[k].tag))
            keep[k] = 0;
    /* after the last real paragraph, short lines that end no sentence are the article's
     * trailer: source ("Mit Material von dpa"), separators, "Follow our coverage at ..." */
    size_t last = n;
    for (size_t k = n; k-- > 0 && last == n;)
        if (keep[k] && w->blocks[k].chars >= 80) last = k;
    for (size_t k = last + 1; last < n && k < n; k++)
        if (keep[k] && !stamp[k] && !heading_tag(w->blocks[k].tag) &&
            w->blocks[k].tag != GUMBO_TAG_LI && w->blocks[k].tag != GUMBO_TAG_TD &&
            w->blocks[k].chars < 100 &&
            !ends_sentence(w->text.s + w->blocks[k].off, w->blocks[k].len))
            keep[k] = 0;
    /* an image's caption or photo credit; a pull quote that repeats the text */
    for (size_t k = 0; k < n; k++)
        if (keep[k] && !stamp[k] && caption_block(w, k)) keep[k] = 0;
    for (size_t k = 0; k < n; k++)
        if (keep[k] && pull_quote(w, keep, k)) keep[k] = 0;
    /* a line without a letter or digit is a separator ("___", "* * *") */
    for (size_t k = 0; k < n; k++) {
        if (!keep[k]) continue;
        const unsigned char *t = (const unsigned char *)w->text.s + w->blocks[k].off;
        bool any = false;
        for (size_t i = 0; i < w->blocks[k].len && !any; i++)
            any = isalnum(t[i]) || t[i] >= 0xC0;
        if (!any) keep[k] = 0;
    }
    /* short bits before the <h1> (kicker, section label) belong to the headline */
    size_t h1 = n;
    for (size_t k = 0; k < n && h1 == n; k++)
        if (w->blocks[k].tag == GUMBO_TAG_H1 && w->blocks[k].chars >= 3) h1 = k;
    for (size_t k = 0; k < h1 && h1 < n; k++)
        if (keep[k] && w->blocks[k].chars < MIN_BLOCK) keep[k] = 0;
    /* a heading followed by nothing kept, by another heading, or by dropped blocks (the
     * "Mehr zum Thema" over a list of links) has lost its text */
    for (size_t k = 0; k < n; k++) {
        if (!keep[k] || !heading_tag(w->blocks[k].tag)) continue;
        size_t j = k + 1;
        if (j >= n || !keep[j] || heading_tag(w->blocks[j].tag)) keep[k] = 0;
    }
    for (size_t k = 0; k < n; k++) {
        if (!keep[k]) continue;
        if (out->len) buf_add(out, "\n", 1);
        buf_add(out, w->text.s + w->blocks[k].off, w->blocks[k].len);
    }
    if (out->failed) w->nomem = true;
}

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = isspace((unsigned char)s[i]);
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

/* ---- dates ---------------------------------------------------------------------------------- */

/* Month names for datelines and free-form dates (de, en). Moves to resources/<lang>/ when the
 * time module's month tables land there. */
static const struct {
    const char *name;
    int month;
} month_names[] = {
    {"januar", 1},    {"jänner", 1}, {"january", 1},   {"jan", 1},      {"februar", 2},
    {"february", 2},  {"feb", 2},    {"märz", 3},      {"maerz", 3},    {"march", 3},
    {"mär", 3},       {"mar", 3},    {"mrz", 3},       {"april", 4},    {"apr", 4},
    {"mai", 5},       {"may", 5},    {"juni", 6},      {"june", 6},     {"jun", 6},
    {"juli", 7},      {"july", 7},   {"jul", 7},       {"august", 8},   {"aug", 8},
    {"september", 9}, {"sept", 9},   {"sep", 9},       {"oktober", 10}, {"october", 10},
    {"okt", 10},      {"oct", 10},   {"november", 11}, {"nov", 11},     {"dezember", 12},
    {"december", 12}, {"dez", 12},   {"dec", 12},
};

static int month_at(const char *s, size_t *used)
{
    char w[16];
    size_t n = 0;
    while (n + 1 < sizeof w && (isalpha((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80)) {
        w[n] = (char)tolower((unsigned char)s[n]);
        n++;
    }
    w[n] = '\0';
    if (n == 0) return 0;
    for (size_t i = 0; i < sizeof month_names / sizeof *month_names; i++)
        if (!strcmp(w, month_names[i].name)) {
            *used = n + (s[n] == '.');
            return month_names[i].month;
        }
    return 0;
}

static bool valid_date(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    return true;
}

static int num(const char *s, int maxd, size_t *used)
{
    int v = 0;
    size_t k = 0;
    while (k < (size_t)maxd && isdigit((unsigned char)s[k]))
        v = v * 10 + (s[k++] - '0');
    *used = k;
    return k ? v : -1;
}

/* A date written at s: 2022-05-13, 13.05.2022, 13. Mai 2022, 13 May 2022, May 13, 2022.
 * Returns the bytes it spans, 0 when there is none. */
static size_t date_at(const char *s, ck_datetime *out)
{
    size_t a, b, c, m;
    int y, mo, d;
    if (isdigit((unsigned char)*s)) {
        int x = num(s, 4, &a);
        if (a == 4 && s[4] == '-' && (mo = num(s + 5, 2, &b)) > 0 && s[5 + b] == '-' &&
            (d = num(s + 6 + b, 2, &c)) > 0 && valid_date(x, mo, d)) {
            *out = (ck_datetime){.year = x, .month = mo, .day = d};
            return 6 + b + c;
        }
        if (a > 2) return 0;
        size_t p = a;
        if (s[p] == '.' && isdigit((unsigned char)s[p + 1])) {
            mo = num(s + p + 1, 2, &b);
            if (s[p + 1 + b] == '.' && (y = num(s + p + 2 + b, 4, &c)) > 0 && c == 4 &&
                valid_date(y, mo, x)) {
                *out = (ck_datetime){.year = y, .month = mo, .day = x};
                return p + 2 + b + c;
            }
            return 0;
        }
        if (s[p] == '.') p++;
        while (s[p] == ' ')
            p++;
        if ((mo = month_at(s + p, &m)) == 0) return 0;
        p += m;
        while (s[p] == ' ')
            p++;
        if ((y = num(s + p, 4, &c)) > 0 && c == 4 && valid_date(y, mo, x)) {
            *out = (ck_datetime){.year = y, .month = mo, .day = x};
            return p + c;
        }
        return 0;
    }
    if ((mo = month_at(s, &m)) == 0) return 0;
    size_t p = m;
    while (s[p] == ' ')
        p++;
    if ((d = num(s + p, 2, &a)) <= 0) return 0;
    p += a;
    if (s[p] == ',') p++;
    while (s[p] == ' ')
        p++;
    if ((y = num(s + p, 4, &c)) > 0 && c == 4 && valid_date(y, mo, d)) {
        *out = (ck_datetime){.year = y, .month = mo, .day = d};
        return p + c;
    }
    return 0;
}

/* A date value from metadata: ISO 8601 first, then the written forms of date_at. */
static bool parse_date(const char *s, ck_datetime *out)
{
    if (!s) return false;
    while (isspace((unsigned char)*s))
        s++;
    char t[64];
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n == 0 || n >= sizeof t) return false;
    memcpy(t, s, n);
    t[n] = '\0';
    if (request_parse_date(t, out, NULL) == 0) return valid_date(out->year, 1, 1);
    if (n > 10 && t[4] == '-' && t[7] == '-') { /* an ISO date with a time we do not read */
        t[10] = '\0';
        if (request_parse_date(t, out, NULL) == 0) return valid_date(out->year, 1, 1);
        return false;
    }
    for (size_t i = 0; i < n; i++) /* "Fri, 13 May 2022 10:00:00 GMT", "Stand: 13.05.2022" */
        if ((i == 0 || !isalnum((unsigned char)t[i - 1])) && date_at(t + i, out)) return true;
    return false;
}

/* A dateline: a full date at the start of the first line, after at most a place name and a
 * comma ("Hamburg, 4. Juli 2022 – ..."), and followed by a dash, colon, comma, bracket or the
 * end of the line, not by the sentence it is part of ("Am 18. Februar 2022 sprachen ..."). */
static bool dateline(const char *text, size_t len, ck_datetime *out)
{
    size_t lim = len < 60 ? len : 60;
    for (size_t i = 0; i < lim && text[i] != '\n'; i++) {
        if (i > 0 && isalnum((unsigned char)text[i - 1])) continue;
        if (i > 0) { /* what precedes: a place name ending in "," "/" or "(" */
            size_t j = i;
            while (j > 0 && text[j - 1] == ' ')
                j--;
            if (j == 0 || !strchr(",/(", text[j - 1]) || count_words(text, j) > 4) continue;
        }
        size_t k = date_at(text + i, out);
        if (!k) continue;
        const char *p = text + i + k;
        while (*p == ' ')
            p++;
        if (!*p || strchr("-:,(|\n", *p) || !strncmp(p, "–", 3) || !strncmp(p, "—", 3)) return true;
    }
    return false;
}

bool html_text_dateline(const char *input, size_t len, ck_datetime *out)
{
    /* the date readers expect a terminated string, and the input need not be one: the first
     * lines, where a date line may stand (twelve lines of under 80 bytes), in a copy */
    char text[1024];
    if (len >= sizeof text) len = sizeof text - 1;
    memcpy(text, input, len);
    text[len] = '\0';
    if (dateline(text, len, out)) return true;
    size_t at = 0;
    for (int line = 0; line < 12 && at < len; line++) {
        const char *e = memchr(text + at, '\n', len - at);
        size_t n = e ? (size_t)(e - (text + at)) : len - at;
        if (n >= 80) return false; /* the first paragraph: no date line before it */
        if (date_line(text + at, n, out)) return true;
        at += n + 1;
    }
    return false;
}

static bool ld_is_article(json_t *v)
{
    json_t *t = json_object_get(v, "@type");
    if (json_is_array(t)) t = json_array_get(t, 0);
    const char *s = json_string_value(t);
    return s && (strstr(s, "Article") || strstr(s, "Posting") || strstr(s, "Report"));
}

/* datePublished in a JSON-LD value (objects, arrays, @graph), depth first; with only_articles,
 * only that of an Article, NewsArticle, BlogPosting, ... (not a WebPage or an ItemList's). */
static const char *ld_date(json_t *v, int depth, bool only_articles)
{
    if (depth > 8) return NULL;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
        {
            const char *d = ld_date(x, depth + 1, only_articles);
            if (d) return d;
        }
        return NULL;
    }
    if (!json_is_object(v)) return NULL;
    json_t *d = only_articles && !ld_is_article(v) ? NULL : json_object_get(v, "datePublished");
    if (json_is_string(d)) return json_string_value(d);
    if (json_is_array(d) && json_is_string(json_array_get(d, 0)))
        return json_string_value(json_array_get(d, 0));
    const char *key;
    json_t *x;
    json_object_foreach(v, key, x)
    {
        if (!json_is_object(x) && !json_is_array(x)) continue;
        const char *r = ld_date(x, depth + 1, only_articles);
        if (r) return r;
    }
    return NULL;
}

/* An Article's articleBody in a JSON-LD value (as ld_date searches), or NULL */
static const char *ld_body(json_t *v, int depth)
{
    if (depth > 8) return NULL;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
        {
            const char *b = ld_body(x, depth + 1);
            if (b) return b;
        }
        return NULL;
    }
    if (!json_is_object(v)) return NULL;
    json_t *b = ld_is_article(v) ? json_object_get(v, "articleBody") : NULL;
    if (json_is_string(b) && json_string_length(b)) return json_string_value(b);
    const char *key;
    json_t *x;
    json_object_foreach(v, key, x)
    {
        if (!json_is_object(x) && !json_is_array(x)) continue;
        const char *r = ld_body(x, depth + 1);
        if (r) return r;
    }
    return NULL;
}

/* ---- metadata pass -------------------------------------------------------------------------- */

/* Date <meta> names in order of trust. */
static const char *const date_metas[] = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
};
#define NDATE_METAS (sizeof date_metas / sizeof *date_metas)

typedef struct meta {
    const char *og_title, *site_name, *title;
    const char *date_meta[NDATE_METAS];
    bool ld_found, ld_any_found; /* an Article's datePublished; any datePublished */
    ck_datetime ld, ld_any;
    arena *a;
    const char *ld_body; /* an Article's articleBody (in a), for pages a script fills */
    int h1_count;
    const GumboNode *first_h1;
} meta;

static void meta_walk(const GumboNode *n, int depth, meta *m)
{
    if (depth > MAX_DEPTH || (!is_element(n) && n->type != GUMBO_NODE_DOCUMENT)) return;
    if (is_element(n)) {
        GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_META) {
            const char *key = attr(n, "property");
            if (!key) key = attr(n, "name");
            if (!key) key = attr(n, "itemprop");
            const char *content = attr(n, "content");
            if (key && content) {
                if (ieq(key, "og:title") && !m->og_title && *content) m->og_title = content;
                if ((ieq(key, "og:site_name") || ieq(key, "application-name")) && !m->site_name)
                    m->site_name = content;
                for (size_t i = 0; i < NDATE_METAS; i++)
                    if (ieq(key, date_metas[i]) && !m->date_meta[i]) m->date_meta[i] = content;
            }
            return;
        }
        if (t == GUMBO_TAG_TITLE && !m->title) {
            const GumboVector *c = children(n);
            if (c && c->length && ((GumboNode *)c->data[0])->type == GUMBO_NODE_TEXT)
                m->title = ((GumboNode *)c->data[0])->v.text.text;
            return;
        }
        if (t == GUMBO_TAG_SCRIPT) {
            const char *type = attr(n, "type");
            const GumboVector *c = children(n);
            if (!m->ld_found && type && strstr(type, "ld+json") && c && c->length &&
                ((GumboNode *)c->data[0])->type == GUMBO_NODE_TEXT) {
                json_t *j = json_loads(((GumboNode *)c->data[0])->v.text.text, 0, NULL);
                if (j && parse_date(ld_date(j, 0, true), &m->ld)) m->ld_found = true;
                const char *body = j && !m->ld_body ? ld_body(j, 0) : NULL;
                if (body) m->ld_body = arena_strndup(m->a, body, strlen(body));
                if (j && !m->ld_any_found && parse_date(ld_date(j, 0, false), &m->ld_any))
                    m->ld_any_found = true;
                json_decref(j);
            }
            return;
        }
        if (t == GUMBO_TAG_H1) {
            if (!m->first_h1) m->first_h1 = n;
            m->h1_count++;
        }
    }
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++)
        meta_walk(c->data[i], depth + 1, m);
}

/* Whether n is a comment, related-links, teaser or sidebar box: its dates are other articles' */
static bool other_box(const GumboNode *n)
{
    char s[512];
    class_id(n, s);
    return strstr(s, "comment") || strstr(s, "kommentar") || strstr(s, "related") ||
           strstr(s, "teaser") || strstr(s, "sidebar");
}

/* The first <time datetime> under n, skipping comment and related boxes. */
static const char *find_time(const GumboNode *n, int depth)
{
    if (depth > MAX_DEPTH || !is_element(n)) return NULL;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV || t == GUMBO_TAG_SCRIPT) return NULL;
    if (t == GUMBO_TAG_TIME) {
        const char *dt = attr(n, "datetime");
        if (dt) return dt;
        const GumboVector *c = children(n); /* <time>13.05.2022</time> */
        if (c && c->length == 1 && ((GumboNode *)c->data[0])->type == GUMBO_NODE_TEXT)
            return ((GumboNode *)c->data[0])->v.text.text;
        return NULL;
    }
    if (depth > 0 && other_box(n)) return NULL;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++) {
        const char *r = find_time(c->data[i], depth + 1);
        if (r) return r;
    }
    return NULL;
}

static void node_text(const GumboNode *n, int depth, sbuf *b);
static char *clean(arena *a, const char *s, size_t n);

/* Whether the class or id of element n marks a date ("date", "datum", "dateline",
 * "timestamp", "publish..."); such elements are metadata, never text (read_hints). */
static bool date_marked(const GumboNode *n)
{
    char s[512];
    if (!attr(n, "class") && !attr(n, "id")) return false;
    class_id(n, s);
    return has_word(s, "date") || has_word(s, "datum") || strstr(s, "dateline") ||
           strstr(s, "timestamp") || strstr(s, "publish");
}

/* The date in the text of the first element under n whose class or id marks a date
 * (<p class="date">24.02.2023, 10:15 Uhr</p>, left out of the text as metadata), skipping
 * the boxes find_time skips; a marked element with a long text (a whole teaser) counts not. */
static bool find_date_marked(arena *a, const GumboNode *n, int depth, ck_datetime *out)
{
    if (depth > MAX_DEPTH || !is_element(n)) return false;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV || t == GUMBO_TAG_SCRIPT) return false;
    if (depth > 0 && date_marked(n)) {
        sbuf b = {a, NULL, 0, 0, false};
        node_text(n, 0, &b);
        char *x = !b.failed && b.s && b.len < 200 ? clean(a, b.s, b.len) : NULL;
        if (x && date_at_any(x, strlen(x), out)) return true;
    }
    if (depth > 0 && other_box(n)) return false;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++)
        if (find_date_marked(a, c->data[i], depth + 1, out)) return true;
    return false;
}

/* ---- title ---------------------------------------------------------------------------------- */

/* White space collapsed and trimmed, in the arena. */
static char *clean(arena *a, const char *s, size_t n)
{
    char *o = arena_alloc(a, 3 * n + 1); /* a broken byte becomes U+FFFD (3 bytes) */
    if (!o) return NULL;
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c) || (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)) {
            if (c == 0xC2) i++;
            sp = true;
            continue;
        }
        if (c >= 0x80 && c < 0xC0) continue; /* a stray continuation byte */
        if (sp && k) o[k++] = ' ';
        sp = false;
        size_t q = c >= 0xC0 ? utf8_seq_at((const unsigned char *)s + i, n - i) : 1;
        if (!q) {
            memcpy(o + k, "\xEF\xBF\xBD", 3);
            k += 3;
            continue;
        }
        memcpy(o + k, s + i, q);
        k += q;
        i += q - 1;
    }
    o[k] = '\0';
    return o;
}

/* Cuts a " | Site" / " - Site" suffix: when it names the site, or (unless only_site) is short
 * and shorter than what precedes it. Repeats for chains ("Headline - Politik - Site"). */
static void strip_site(char *t, const char *site, bool only_site)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "};
    for (int round = 0; round < 3; round++) {
        char *cut = NULL;
        size_t sl = 0;
        for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
            char *p = t, *last = NULL;
            while ((p = strstr(p, seps[i])) != NULL)
                last = p++;
            if (last && last > cut) {
                cut = last;
                sl = strlen(seps[i]);
            }
        }
        if (!cut || cut == t) return;
        const char *tail = cut + sl;
        size_t hw = count_words(t, (size_t)(cut - t)), tw = count_words(tail, strlen(tail));
        bool is_site = site && *site && strcasecmp(tail, site) == 0;
        if (!is_site && (only_site || !(tw <= 4 && tw < hw))) return;
        *cut = '\0';
    }
}

/* The text of an element (all descendants' text), white space collapsed, in the arena. */
static void node_text(const GumboNode *n, int depth, sbuf *b)
{
    if (depth > MAX_DEPTH) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
        buf_add(b, n->v.text.text, strlen(n->v.text.text));
        buf_add(b, " ", 1);
        return;
    }
    if (!is_element(n)) return;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) return;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++)
        node_text(c->data[i], depth + 1, b);
}

/* The first <h1> under n. */
static const GumboNode *find_h1(const GumboNode *n, int depth)
{
    if (depth > MAX_DEPTH || !is_element(n)) return NULL;
    if (n->v.element.tag == GUMBO_TAG_H1) return n;
    const GumboVector *c = children(n);
    for (unsigned i = 0; c && i < c->length; i++) {
        const GumboNode *r = find_h1(c->data[i], depth + 1);
        if (r) return r;
    }
    return NULL;
}

static const char *h1_text(arena *a, const GumboNode *h1)
{
    sbuf b = {a, NULL, 0, 0, false};
    node_text(h1, 0, &b);
    if (b.failed || !b.s) return NULL;
    char *t = clean(a, b.s, b.len);
    return t && *t ? t : NULL;
}

/* The last " | "-separated part of a <title>: the site's name, when it has one. */
static const char *title_tail(arena *a, const char *title)
{
    char *t = clean(a, title, strlen(title));
    if (!t) return NULL;
    const char *best = NULL;
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " · ", " :: "};
    for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
        const char *p = t, *last = NULL;
        while ((p = strstr(p, seps[i])) != NULL)
            last = p++;
        if (last && (!best || last > best)) best = last + strlen(seps[i]);
    }
    return best && *best ? best : NULL;
}

/* og:title without a suffix naming the site; NULL when there is none. */
static const char *og_title(arena *a, const meta *m)
{
    if (!m->og_title) return NULL;
    char *t = clean(a, m->og_title, strlen(m->og_title));
    if (!t || !*t) return NULL;
    const char *site = m->site_name ? clean(a, m->site_name, strlen(m->site_name)) : NULL;
    if (!site && m->title) site = title_tail(a, m->title); /* "X | Site" in both */
    if (site) strip_site(t, site, true);
    return t;
}

/* <title> without its site suffix; NULL when there is none. */
static const char *doc_title(arena *a, const meta *m)
{
    if (!m->title) return NULL;
    char *t = clean(a, m->title, strlen(m->title));
    if (!t || !*t) return NULL;
    strip_site(t, m->site_name ? clean(a, m->site_name, strlen(m->site_name)) : NULL, false);
    return t;
}

/* ---- the extractor -------------------------------------------------------------------------- */

/* One walk, scoring and choice over the tree: the text into *text, the walker's records into
 * *w. Returns the region element (see choose), -1 when nothing scored, or CK_E_NOMEM. */
static int run(arena *a, const GumboOutput *g, bool use_hints, const char *const *titles, walker *w,
               sbuf *text)
{
    memset(w, 0, sizeof *w);
    w->a = a;
    w->text.a = a;
    w->cur = -1;
    w->use_hints = use_hints;
    *text = (sbuf){a, NULL, 0, 0, false};
    walk(w, g->root, 0, false);
    flush(w);
    if (w->nomem) return CK_E_NOMEM;
    score(w);
    bool *take = arena_calloc(a, w->nelems ? w->nelems : 1, sizeof *take);
    if (!take) return CK_E_NOMEM;
    int region = choose(w, take);
    if (region < 0 && w->nelems) take[0] = true; /* nothing scored: the page minus link lists */
    emit(w, take, titles, text);
    return w->nomem ? CK_E_NOMEM : region;
}

/* JSON-LD text as the extracted text is written: white space within a line collapsed, a line
 * per paragraph (the body's line breaks, or its blank lines), no empty lines */
static char *ld_text(arena *a, const char *s)
{
    size_t n = strlen(s), k = 0;
    char *o = arena_alloc(a, n + 1);
    if (!o) return NULL;
    bool sp = false, nl = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\r') {
            nl = k > 0;
            sp = false;
        } else if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
            sp = k > 0;
        } else {
            if (nl)
                o[k++] = '\n';
            else if (sp)
                o[k++] = ' ';
            nl = sp = false;
            o[k++] = (char)c;
        }
    }
    o[k] = '\0';
    return o;
}

static int extract_tree(arena *a, const GumboOutput *g, html_page *out, ck_error *err)
{
    meta m = {0};
    m.a = a;
    meta_walk(g->document, 0, &m);
    const char *titles[2] = {og_title(a, &m), doc_title(a, &m)};
    walker w;
    sbuf text;
    int region = run(a, g, true, titles, &w, &text);
    /* class/id hints that took away nearly all the text were wrong about this page */
    if (region != CK_E_NOMEM && text.len < 200) {
        walker w2;
        sbuf text2;
        int region2 = run(a, g, false, titles, &w2, &text2);
        if (region2 == CK_E_NOMEM || text2.len > text.len + 100 || (!text.len && text2.len)) {
            w = w2;
            text = text2;
            region = region2;
        }
    }
    if (region == CK_E_NOMEM)
        return ck_fail(err, CK_E_NOMEM, "out of memory while reading the page");
    out->text = text.s ? text.s : "";
    out->len = text.len;
    /* a page that a script fills ("Bitte aktivieren Sie JavaScript"): its JSON-LD articleBody */
    if (text.len < 200 && m.ld_body) {
        char *b = ld_text(a, m.ld_body);
        if (!b) return ck_fail(err, CK_E_NOMEM, "out of memory while reading the page");
        if (strlen(b) > text.len + 200) {
            out->text = b;
            out->len = strlen(b);
        }
    }

    const GumboNode *area = region >= 0 ? w.elems[region].node : NULL;
    /* the article as the page marks it up: the chosen region's enclosing <article> */
    if (area) {
        for (int e = region; e >= 0; e = w.elems[e].parent)
            if (w.elems[e].tag == GUMBO_TAG_ARTICLE) {
                area = w.elems[e].node;
                break;
            }
    }
    const GumboNode *article_h1 = area ? find_h1(area, 0) : NULL;
    /* the title: og:title, the article's <h1> (or the page's only one), <title> */
    out->title = titles[0];
    const GumboNode *h1 = article_h1 ? article_h1 : m.h1_count == 1 ? m.first_h1 : NULL;
    if (!out->title && h1) out->title = h1_text(a, h1);
    if (!out->title) out->title = titles[1];

    out->date_source = REF_NONE;
    if (m.ld_found || m.ld_any_found) {
        out->date = m.ld_found ? m.ld : m.ld_any;
        out->date_source = REF_JSON_LD;
        return 0;
    }
    for (size_t i = 0; i < NDATE_METAS; i++)
        if (m.date_meta[i] && parse_date(m.date_meta[i], &out->date)) {
            out->date_source = REF_HTML_META;
            return 0;
        }
    if (area && parse_date(find_time(area, 0), &out->date)) {
        out->date_source = REF_TIME_ELEMENT;
        return 0;
    }
    if (dateline(out->text, out->len, &out->date)) {
        out->date_source = REF_DATELINE;
    } else if (w.has_date_line) { /* "Talheim, 12.01.2020" on a line of its own */
        out->date = w.date_line;
        out->date_source = REF_DATELINE;
    } else if (area && find_date_marked(a, area, 0, &out->date)) {
        out->date_source = REF_DATELINE;
    }
    return 0;
}

/* Converts s[0, len) from label to UTF-8 (see convert). windows-1252 leaves five bytes
 * undefined (0x81, 0x8D, ...); a page with one is read as ISO-8859-1 instead, and label says so. */
static int decode(arena *a, char *label, size_t lsize, const char *s, size_t len, char **u,
                  size_t *ulen, ck_error *err)
{
    int rc = convert(a, label, s, len, u, ulen, err);
    if (rc == CK_E_BAD_UTF8 && !strcmp(label, "windows-1252")) {
        rc = convert(a, "iso-8859-1", s, len, u, ulen, err);
        if (!rc) snprintf(label, lsize, "iso-8859-1");
    }
    return rc;
}

int html_extract(arena *a, const char *bytes, size_t len, const char *charset, html_page *out,
                 ck_error *err)
{
    memset(out, 0, sizeof *out);
    out->text = "";
    const char *s = bytes ? bytes : "";
    char label[64] = "utf-8";
    cs_kind kind = CS_UNKNOWN;
    const char *why = NULL;
    /* 1. a byte order mark wins over every declaration, then the transport's charset */
    if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
        s += 3, len -= 3, kind = CS_UTF8, why = "its byte order mark";
    } else if (len >= 2 && !memcmp(s, "\xFE\xFF", 2)) {
        s += 2, len -= 2, kind = CS_OTHER;
        snprintf(label, sizeof label, "utf-16be");
    } else if (len >= 2 && !memcmp(s, "\xFF\xFE", 2)) {
        s += 2, len -= 2, kind = CS_OTHER;
        snprintf(label, sizeof label, "utf-16le");
    } else if (charset && *charset) {
        kind = charset_label(charset, strlen(charset), label, sizeof label);
        if (kind == CS_UNKNOWN)
            return ck_fail(err, CK_E_BAD_UTF8, "the page's charset '%.40s' is not supported",
                           charset);
        why = "the Content-Type";
    }
    char *u = (char *)s;
    size_t ulen = len;
    int rc;
    if (kind == CS_OTHER && (rc = decode(a, label, sizeof label, s, len, &u, &ulen, err)))
        return rc;
    size_t bad = utf8_invalid_at((const unsigned char *)s, len);
    if (kind == CS_UTF8 && bad < len)
        return ck_fail(err, CK_E_BAD_UTF8,
                       "the page is not valid utf-8 (declared by %s): invalid byte at byte "
                       "offset %zu",
                       why, bad);
    pool p;
    pool_init(&p);
    GumboOutput *g = parse(&p, u, ulen);
    if (kind == CS_UNKNOWN) {
        /* 2. the page's own declaration, else UTF-8 when it is valid, else windows-1252 */
        char decl[64] = "";
        if (find_meta_charset(g->document, 0, decl, sizeof decl))
            kind = charset_label(decl, strlen(decl), label, sizeof label);
        if (kind == CS_OTHER && strstr(label, "utf-16")) kind = CS_UTF8; /* as browsers do */
        if (kind == CS_UTF8 && bad < len) {
            pool_sweep(&p);
            return ck_fail(err, CK_E_BAD_UTF8,
                           "the page is not valid utf-8 (declared by its <meta>): invalid byte "
                           "at byte offset %zu",
                           bad);
        }
        if (kind == CS_UNKNOWN && bad < len) {
            snprintf(label, sizeof label, "windows-1252");
            kind = CS_OTHER;
        }
        if (kind == CS_OTHER) {
            pool_sweep(&p);
            if ((rc = decode(a, label, sizeof label, s, len, &u, &ulen, err))) return rc;
            g = parse(&p, u, ulen);
        }
    }
    if (kind != CS_OTHER)
        out->charset = "utf-8";
    else if (strstr(label, "utf-16"))
        out->charset = "utf-16";
    else if (!(out->charset = arena_strndup(a, label, strlen(label))))
        out->charset = "other";
    rc = extract_tree(a, g, out, err);
    pool_sweep(&p);
    return rc;
}
