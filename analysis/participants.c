/* participants.c — pipeline stage 7: mentions merged into participants.
 *
 * Algorithm, per document, everything from doc->arena:
 * 1. Seeds, in three passes so that mentions never overlap (a token belongs to one seed at
 *    most): multi-word names of the names lexicon that no longer tagger entity holds ("Deutsche
 *    Bahn" over a tagged "Deutsche"); then every tagger entity outside boilerplate — a person's
 *    leading role words dropped ("General Mark Milley"), a person extended over following proper
 *    nouns ("Valery Gerasimov"), a name over a connector run ("Joint Chiefs" + "of Staff"), an
 *    organization head joined to a place ("Landgericht Hamburg"), a common noun before a known
 *    organization dropped; then untagged words that are country names, known organizations or
 *    places (also with an inflection ending, "Pentagons", or before a hyphen, "Pentagon-Sprecher")
 *    or demonyms ("russischen", "US-Streitkräfte"). A prefix filter over all those lists skips
 *    most words before any lookup. A country name or demonym is a mention of the country (key
 *    "cc:XX", type location); an inflected lexicon name takes the lexicon's base form.
 * 2. Clustering by key (folded text) in an open-addressing table sized for the document: first
 *    every multi-word seed, then the rest: the same key; the key less an ending; the surname or
 *    the unambiguous first name of a person (people sharing a surname keep their own clusters;
 *    a bare surname goes to the one mentioned last before it, or to none); the last word of one
 *    multi-word organization ("Leverkusen" → "Bayer Leverkusen"); an acronym of a multi-word name
 *    ("JCS"); else a new cluster.
 * 3. Repeats: body words no seed covers that equal a cluster key, a key plus an ending, a
 *    person's surname, an acronym or a hyphen-compound prefix of one become its mentions.
 * 4. Type by weighted vote of the seeds (merged surnames and repeats do not vote; a country is a
 *    location); a bare surname that two people share is dropped. Roles of person mentions from
 *    premodifiers and appositions before and after the name (roles.txt; names.txt links such as
 *    "des", "of the" join the complement); a person's country from a demonym before the role, a
 *    demonym prefix of the role ("US-Präsident") or a participant with a country inside the role
 *    ("Sprecher des Pentagon").
 * 5. Salience: 0.4 mention share (of the most mentioned; a modifier mention — a country's
 *    adjective or demonym, a name before a hyphen, a place's adjective or genitive before a noun,
 *    a name before a role and a name — counts half) + 0.2 earliness of the first name mention
 *    + 0.1 presence in the lead sentence + 0.1 subject share (from the tags: a noun phrase
 *    opening the sentence, before a verb, or right after the first verb behind an adverbial;
 *    never in a prepositional phrase or a genitive attribute) + 0.2 for a person or
 *    organization named in the lead sentence (its actors); a participant named only by
 *    modifiers gets half the earliness and lead. Sorted by it. Weights measured on the gold
 *    articles' "central" key (docs/QUALITY.md).
 * Invariants: every mention lies in a non-boilerplate sentence inside the body; no two mentions
 * overlap; after clustering every candidate belongs to a cluster; a participant's mentions are
 * in text order. */
#include "analysis/participants.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define KEY_CAP       COUNTRIES_KEY_MAX
#define MAX_ROLES     8
#define MAX_ROLE_BACK 6
#define MAX_EXTEND    3
/* Salience (step 5): what a modifier mention ("russischen", "US-") counts of a name's weight */
#define MODIFIER_WEIGHT 0.5

enum { SRC_TAGGER = 1, SRC_LEXICON, SRC_DEMONYM, SRC_REPEAT };

/* A mention candidate: tokens [tb, te), bytes [start, end). */
typedef struct cand {
    uint32_t tb, te, start, end;
    uint32_t cut; /* bytes of an inflection ending at the end, left out of the name */
    uint8_t type; /* entity_type guess */
    uint8_t src;
    uint8_t weight; /* type vote */
    bool country;   /* names a country itself */
    bool weak_cc;   /* cc is a lexicon's "XX?": kept only when the text names XX otherwise */
    char cc[3];     /* the country the name gives, "" unknown */
    const char *key;
    const char *base; /* the lexicon's base form of an inflected name ("Weißes Haus"), or NULL */
    int cluster;
} cand;

typedef struct clus {
    const char *key;
    int votes[ENT_COUNT];
    bool country, person_name; /* a country; holds a multi-word person name */
    bool misc_cc;              /* a lexicon misc name with its country ("Bundesliga") */
    char cc[3];
    int best;     /* candidate giving the name */
    int last_tok; /* last seed token seen while clustering (for surname ambiguity) */
    int seen;     /* end token of its last voting mention before the scan position, or -1 */
    const char *roles[MAX_ROLES];
    int nroles;
    int nment, nsubj, first_tok;
    int first_name_tok;   /* token of the first mention that is no modifier, or -1 */
    double wment;         /* mentions, a modifier one counting MODIFIER_WEIGHT */
    bool lead, lead_name; /* a mention, a mention that is no modifier, in the lead sentence */
    uint8_t type;
    double salience;
} clus;

/* Clusters by one word of their key (surname, first name, an organization's last word). */
typedef struct wnode {
    int cl;
    struct wnode *next;
} wnode;

typedef struct wtab {
    const char **word; /* borrowed from cluster keys, not NUL-terminated at len */
    size_t *len;
    wnode **head;
    size_t cap;
} wtab;

typedef struct st {
    const participants_res *r;
    const countries *c;
    document *doc;
    arena *a;
    uint8_t *used; /* per token: covered by a mention */
    uint8_t *capf; /* per token: a word starting with a capital letter */
    cand *cv;
    size_t nc, capc;
    clus *cl;
    size_t ncl, capcl;
    int *ht;            /* key hash → cluster index + 1 */
    const char **htkey; /* the key of each slot: a cluster's own key or an alias ("esa") */
    size_t htcap;
    wtab sur, first, orgs; /* person clusters by surname and first name; organizations by
                              their last word */
    int *tokcand;          /* per token: the candidate covering it, or -1 (for roles) */
    int *tokent;           /* per token: the tagger entity covering it, or -1 */
    bool oom;
} st;

/* ---- tokens ---- */

static const char *ttext(const st *s, size_t t)
{
    return s->doc->text + s->doc->tokens[t].start;
}

static size_t tlen(const st *s, size_t t)
{
    return s->doc->tokens[t].end - s->doc->tokens[t].start;
}

static bool is_upper_at(const char *p, size_t n)
{
    utf8proc_int32_t c;
    if (n == 0 || utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n, &c) <= 0)
        return false;
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

/* Whether token t is a word that starts with a capital letter (computed once per document). */
static bool is_cap(const st *s, size_t t)
{
    return s->capf[t];
}

static bool is_punct(const st *s, size_t t)
{
    return s->doc->tokens[t].kind == TOK_PUNCT;
}

static bool tok_is(const st *s, size_t t, const char *w)
{
    return tlen(s, t) == strlen(w) && memcmp(ttext(s, t), w, tlen(s, t)) == 0;
}

static bool in_body(const st *s, size_t t)
{
    const document *d = s->doc;
    const token *k = &d->tokens[t];
    return d->sentences[k->sentence].boiler == 0 && k->start >= d->body_start &&
           k->end <= d->body_end;
}

static uint32_t sent_begin(const st *s, size_t t)
{
    return s->doc->sentences[s->doc->tokens[t].sentence].tok_begin;
}

static uint32_t sent_end(const st *s, size_t t)
{
    return s->doc->sentences[s->doc->tokens[t].sentence].tok_end;
}

/* Bytes from the start of token a to the end of token b-1. */
static size_t span_len(const st *s, size_t a, size_t b)
{
    return s->doc->tokens[b - 1].end - s->doc->tokens[a].start;
}

/* A role phrase covering exactly tokens [a, b)? Fills *m; *skip receives the bytes of token a
 * before the role when only the part after its last hyphen is one ("US-Präsident"). */
static bool role_exact(const st *s, size_t a, size_t b, role_match *m, size_t *skip)
{
    size_t n = span_len(s, a, b);
    *skip = 0;
    if (participants_res_role(s->r, ttext(s, a), n, m) && m->len == n) return true;
    const char *p = ttext(s, a);
    for (size_t i = tlen(s, a); i-- > 1;) {
        if (p[i] != '-') continue;
        if (i + 1 < tlen(s, a) && participants_res_role(s->r, p + i + 1, n - i - 1, m) &&
            m->len == n - i - 1) {
            *skip = i + 1;
            return true;
        }
        break;
    }
    return false;
}

/* Whether a name-connector ("of", "of the") starts at token t; returns its token count. */
static int connector_at(const st *s, size_t t, size_t lim, name_kind kind)
{
    for (int w = 2; w >= 1; w--)
        if (t + (size_t)w <= lim && !is_cap(s, t) &&
            participants_res_name_is(s->r, kind, ttext(s, t), span_len(s, t, t + (size_t)w)))
            return w;
    return 0;
}

/* ---- keys and the cluster table ---- */

static const char *fold_span(st *s, uint32_t start, uint32_t end)
{
    char buf[KEY_CAP + 1];
    size_t k = countries_fold(s->doc->text + start, end - start, buf, sizeof buf);
    if (k == (size_t)-1 || k == 0) return NULL;
    char *d = arena_strndup(s->a, buf, k);
    if (!d) s->oom = true;
    return d;
}

static uint64_t hash_str(const char *k)
{
    uint64_t h = 1469598103934665603ull;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211ull;
    return h;
}

static int cl_find(const st *s, const char *key)
{
    if (!key) return -1;
    for (size_t i = hash_str(key) & (s->htcap - 1);; i = (i + 1) & (s->htcap - 1)) {
        if (!s->ht[i]) return -1;
        if (strcmp(s->htkey[i], key) == 0) return s->ht[i] - 1;
    }
}

static int cl_new(st *s, const char *key)
{
    if (s->ncl == s->capcl) return -1; /* capcl ≥ candidates, so never */
    clus *c = &s->cl[s->ncl];
    memset(c, 0, sizeof *c);
    c->key = key;
    c->best = -1;
    c->first_tok = -1;
    c->first_name_tok = -1;
    c->seen = -1;
    size_t i = hash_str(key) & (s->htcap - 1);
    while (s->ht[i])
        i = (i + 1) & (s->htcap - 1);
    s->ht[i] = (int)s->ncl + 1;
    s->htkey[i] = key;
    return (int)s->ncl++;
}

/* Makes key find cluster cl too (an acronym introduced right after its name). */
static void cl_alias(st *s, const char *key, int cl)
{
    if (!key || cl_find(s, key) >= 0) return;
    size_t i = hash_str(key) & (s->htcap - 1);
    while (s->ht[i])
        i = (i + 1) & (s->htcap - 1);
    s->ht[i] = cl + 1;
    s->htkey[i] = key;
}

static uint64_t hash_n(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    return h;
}

static bool wtab_init(st *s, wtab *t, size_t n)
{
    t->cap = 16;
    while (t->cap < 2 * n)
        t->cap *= 2;
    t->word = arena_calloc(s->a, t->cap, sizeof *t->word);
    t->len = arena_calloc(s->a, t->cap, sizeof *t->len);
    t->head = arena_calloc(s->a, t->cap, sizeof *t->head);
    if (!t->word || !t->len || !t->head) {
        s->oom = true;
        t->cap = 0; /* an empty table: wtab_get finds nothing (the caller gives up on OOM) */
    }
    return !s->oom;
}

static size_t wtab_slot(const wtab *t, const char *w, size_t n)
{
    size_t i = hash_n(w, n) & (t->cap - 1);
    while (t->word[i] && !(t->len[i] == n && memcmp(t->word[i], w, n) == 0))
        i = (i + 1) & (t->cap - 1);
    return i;
}

static const wnode *wtab_get(const wtab *t, const char *w, size_t n)
{
    return t->cap ? t->head[wtab_slot(t, w, n)] : NULL;
}

static void wtab_add(st *s, wtab *t, const char *w, size_t n, int cl)
{
    size_t i = wtab_slot(t, w, n);
    wnode *nd = arena_alloc(s->a, sizeof *nd);
    if (!nd) {
        s->oom = true;
        return;
    }
    t->word[i] = w;
    t->len[i] = n;
    nd->cl = cl;
    nd->next = t->head[i];
    t->head[i] = nd;
}

/* ---- seeds ---- */

static cand *cand_add(st *s, uint32_t tb, uint32_t te, uint32_t start, uint32_t end, int type,
                      int src)
{
    if (s->nc == s->capc) return NULL;
    cand *c = &s->cv[s->nc++];
    memset(c, 0, sizeof *c);
    c->tb = tb;
    c->te = te;
    c->start = start;
    c->end = end;
    c->type = (uint8_t)type;
    c->src = (uint8_t)src;
    c->cluster = -1;
    for (uint32_t t = tb; t < te; t++)
        s->used[t] = 1;
    return c;
}

static void set_country(st *s, cand *c, const char *code)
{
    c->country = true;
    c->type = ENT_LOC;
    memcpy(c->cc, code, 2);
    char k[6] = {'c', 'c', ':', code[0], code[1], 0};
    c->key = arena_strndup(s->a, k, 5);
    if (!c->key) s->oom = true;
}

/* Whether text[0..n) is a short Roman numeral ("I", "II", "IV"). */
static bool roman_numeral(const char *text, size_t n)
{
    if (n == 0 || n > 4) return false;
    for (size_t i = 0; i < n; i++)
        if (text[i] != 'I' && text[i] != 'V' && text[i] != 'X') return false;
    return true;
}

static const char *people_place(st *s, uint32_t t, const char **cc);

/* The country of a place or organization the lexicon does not know, from the generated
 * places (countries_place): a region or city the tagger calls a location ("North Carolina",
 * "Kecskemét"), the country or country adjective an organization's name opens with, or the
 * place an organization's last word names ("Real Madrid", and after a
 * common noun "Polizei Sachsen"; a name before it makes a surname of it: "Morgan Stanley").
 * Never a person's: "Victoria" the person is not Australian. */
static void place_country(st *s, cand *c)
{
    if (!s->c || (c->type != ENT_LOC && c->type != ENT_ORG)) return;
    const char *code = NULL;
    if (c->type == ENT_LOC) {
        const char *t = s->doc->text + c->start, *sl = memchr(t, '/', c->end - c->start);
        code = countries_place(s->c, s->doc->lang, t, c->end - c->start);
        const char *pc = NULL, *pb;
        if (!code && sl && sl > t) { /* "Frankfurt/Main" */
            size_t n = (size_t)(sl - t);
            if (participants_res_name_base(s->r, t, n, &pc, &pb) == NAME_PLACE && pc && *pc)
                code = pc;
            else
                code = countries_place(s->c, s->doc->lang, t, n);
        }
    } else if (c->te - c->tb > 1 && is_cap(s, c->te - 1)) {
        /* "U.S. Supreme Court", "British Airways", "Deutsche Bank": a country or its adjective
         * first; then a place last ("Bayer Leverkusen"), or a place's adjective first ("Hamburger
         * SV") */
        const char *f = ttext(s, c->tb);
        size_t fn = tlen(s, c->tb);
        demonym_kind dk;
        code = countries_lookup(s->c, s->doc->lang, f, fn);
        if (!code && (code = participants_res_demonym(s->r, f, fn, &dk, NULL)) && dk != DEMONYM_ADJ)
            code = NULL;
        /* "Kansas City" the club: a known place of several words as a whole */
        const char *pc = NULL, *pb;
        if (!code &&
            participants_res_name_base(s->r, f, span_len(s, c->tb, c->te), &pc, &pb) ==
                NAME_PLACE &&
            pc && *pc)
            code = pc;
        /* "New York Stock Exchange", "Northern Ireland Assembly", "Washington Post": a place
         * of the names lexicon opening the name */
        for (uint32_t e = c->te - 1; !code && e > c->tb; e--) {
            const char *oc = NULL, *ob;
            if (participants_res_name_base(s->r, f, span_len(s, c->tb, e), &oc, &ob) ==
                    NAME_PLACE &&
                oc && *oc)
                code = oc;
        }
        /* "Goldman Sachs Group Inc", "Deutsche Telekom AG": a known organization first */
        for (uint32_t e = c->te - 1; !code && e > c->tb; e--) {
            const char *oc = NULL;
            if (participants_res_name(s->r, f, span_len(s, c->tb, e), &oc) == NAME_ORG && oc && *oc)
                code = oc;
        }
        if (code) {
            memcpy(c->cc, code, 2);
            return;
        }
        uint32_t last = c->te - 1;
        if (last > c->tb + 1 && (roman_numeral(ttext(s, last), tlen(s, last)) ||
                                 s->doc->tokens[last].kind == TOK_NUMBER))
            last--; /* "Landgericht München I", "1. FSV Mainz 05" */
        const char *w = ttext(s, last), *cc = NULL, *base;
        size_t n = tlen(s, last);
        if (participants_res_name_base(s->r, w, n, &cc, &base) == NAME_PLACE && cc && *cc)
            code = cc;
        else if (s->doc->tokens[last - 1].pos != UPOS_PROPN) /* "Morgan Stanley" */
            code = countries_place(s->c, s->doc->lang, w, n);
        /* "Hamburger SV", "Münchner Stadtrat", "Kölner Polizei": a place's adjective
         * (people_place: "-er", "-ner" for "-en") */
        if (!code && fn > 4 && !memcmp(f + fn - 2, "er", 2) && people_place(s, c->tb, &cc) && cc &&
            *cc)
            code = cc;
    }
    if (code) memcpy(c->cc, code, 2);
}

/* Classifies a candidate's text: a country name, a demonym, a known organization or place
 * (also with an inflection ending); sets key, cut, country, type, cc. */
/* The bytes of a possessive ending of text[0..n) ("'s" 2, "’s" 4), 0 when none; a word of
 * at most two letters before it does not count. */
static size_t possessive_len(const char *text, size_t n)
{
    if (n > 3 && !memcmp(text + n - 2, "'s", 2)) return 2;
    if (n > 5 && !memcmp(text + n - 4, "\xe2\x80\x99s", 4)) return 4;
    return 0;
}

/* Sets c's key from its lexicon base form. */
static void base_key(st *s, cand *c)
{
    char buf[KEY_CAP + 1];
    size_t k = countries_fold(c->base, strlen(c->base), buf, sizeof buf);
    c->key = k != (size_t)-1 ? arena_strndup(s->a, buf, k) : NULL;
    if (!c->key) s->oom = true;
}

/* "der Deutschen Bank": a German name opening with an inflected adjective ("-en", "-er",
 * "-es", "-em") that is a lexicon name with the "-e" form ("Deutsche Bank"); *base is that
 * form. NAME_NONE when not. */
static name_kind inflected_adjective_name(st *s, const cand *c, const char **code,
                                          const char **base)
{
    const char *txt = s->doc->text + c->start, *w = ttext(s, c->tb);
    size_t n = c->end - c->start, wn = tlen(s, c->tb);
    if (strcmp(s->doc->lang, "de") || wn < 4 || w[wn - 2] != 'e' || !strchr("nrsm", w[wn - 1]) ||
        !is_cap(s, c->tb) || n > KEY_CAP)
        return NAME_NONE;
    char alt[KEY_CAP + 1];
    memcpy(alt, txt, wn - 1);
    memcpy(alt + wn - 1, txt + wn, n - wn);
    alt[n - 1] = '\0';
    const char *b = NULL;
    name_kind nk = participants_res_name_base(s->r, alt, n - 1, code, &b);
    if (nk != NAME_ORG && nk != NAME_PLACE) return NAME_NONE;
    *base = b ? b : arena_strndup(s->a, alt, n - 1);
    if (!*base) s->oom = true;
    return *base ? nk : NAME_NONE;
}

/* "Plains, Georgia": a country name (country code) that names.txt also knows as a region of
 * another country, after a comma and a capitalized word that is no country and no place of
 * the country named, and ending no list, is that region (not "Armenia, Georgia", not "Tbilisi,
 * Georgia", not "Moscow, Georgia and Armenia"). */
static bool region_after_town(st *s, const cand *c, const char *code)
{
    const char *pc = NULL, *txt = s->doc->text + c->start;
    uint32_t t = c->tb;
    if (c->te - c->tb != 1 || t < sent_begin(s, t) + 2 || !tok_is(s, t - 1, ",") ||
        !is_cap(s, t - 2) ||
        participants_res_name(s->r, txt, c->end - c->start, &pc) != NAME_PLACE || !pc || !*pc ||
        !memcmp(pc, code, 2))
        return false;
    const char *w = ttext(s, t - 2), *wc;
    size_t n = tlen(s, t - 2);
    uint32_t a = t + 1;
    if (countries_lookup(s->c, s->doc->lang, w, n)) return false;
    /* a list goes on after it: "Moscow, Georgia and Armenia" */
    if (a < sent_end(s, t) && (s->doc->tokens[a].pos == UPOS_CCONJ ||
                               (tok_is(s, a, ",") && a + 1 < sent_end(s, t) && is_cap(s, a + 1))))
        return false;
    wc = countries_place(s->c, s->doc->lang, w, n);
    return !wc || memcmp(wc, code, 2); /* "Athens, Georgia"; not "Tbilisi, Georgia" */
}

/* Whether a names.txt kind names something: an organization, a place or a misc name. */
static bool named(name_kind nk)
{
    return nk == NAME_ORG || nk == NAME_PLACE || nk == NAME_MISC;
}

static void classify(st *s, cand *c)
{
    const char *txt = s->doc->text + c->start;
    size_t n = c->end - c->start;
    const token *first = &s->doc->tokens[c->tb];
    /* a word tagged as a verb or adverb is no country, unless it has a possessive ending
     * ("Japan's" opening a sentence, tagged a verb) */
    const char *code = s->c && ((first->pos != UPOS_VERB && first->pos != UPOS_ADV) ||
                                (possessive_len(txt, n) && c->te - c->tb == 1))
                           ? countries_lookup(s->c, s->doc->lang, txt, n)
                           : NULL;
    if (code && region_after_town(s, c, code)) code = NULL;
    if (code) {
        set_country(s, c, code);
        return;
    }
    demonym_kind dk;
    size_t dspan, dcut = c->te - c->tb == 1 ? participants_res_name_ending(s->r, txt, n) : 0;
    /* ... also a demonym of two or three words ("South Korean", "Saudi Arabian") */
    if ((c->te - c->tb == 1 || (c->te - c->tb <= 3 && !dcut && memchr(txt, ' ', n))) &&
        (((code = participants_res_demonym(s->r, txt, n, &dk, &dspan)) && dk != DEMONYM_PREFIX) ||
         (dcut && (code = participants_res_demonym(s->r, txt, n - dcut, &dk, &dspan)) &&
          dk != DEMONYM_PREFIX))) {
        set_country(s, c, code);
        return;
    }
    const char *base = NULL;
    name_kind nk = participants_res_name_base(s->r, txt, n, &code, &base);
    size_t cut = 0;
    if (!named(nk) && (cut = participants_res_name_ending(s->r, txt, n)))
        nk = participants_res_name_base(s->r, txt, n - cut, &code, &base);
    if (!named(nk) && c->te - c->tb > 1) nk = inflected_adjective_name(s, c, &code, &base);
    if (nk == NAME_MISC) { /* "Australian Open", "Urbi et Orbi"; "Bundesliga" of DE */
        c->type = ENT_MISC;
        c->weight = 3;
        c->cut = (uint32_t)cut;
        if (code && *code) memcpy(c->cc, code, 2);
    }
    if (nk == NAME_ORG || nk == NAME_PLACE) {
        c->type = nk == NAME_ORG ? ENT_ORG : ENT_LOC;
        c->weight = 3;
        if (code && *code) memcpy(c->cc, code, 2);
        c->weak_cc =
            nk == NAME_ORG && code && *code && participants_res_name_weak(s->r, txt, n - cut);
        c->cut = (uint32_t)cut;
        c->base = base;
    }
    if (!c->cc[0]) place_country(s, c);
    if (c->base) {
        base_key(s, c);
        return;
    }
    /* "Frankfurt/Main": keyed by the place before the slash, so that "Frankfurt" after it is
     * the same place */
    const char *sl = c->type == ENT_LOC ? memchr(txt, '/', n) : NULL, *pc = NULL, *pb = NULL;
    if (sl && sl > txt && s->c &&
        (participants_res_name_base(s->r, txt, (size_t)(sl - txt), &pc, &pb) == NAME_PLACE ||
         countries_place(s->c, s->doc->lang, txt, (size_t)(sl - txt)))) {
        c->key = fold_span(s, c->start, c->start + (uint32_t)(sl - txt));
        return;
    }
    c->key = fold_span(s, c->start, c->end - c->cut);
}

/* "Landgericht Hamburg", "Polizei Sachsen": an organization head word (names.txt "orghead")
 * right before a place name, or opening the tagger's place, makes the whole an organization. */
static void orghead_extend(const st *s, uint32_t *tb, uint32_t te, int *type)
{
    uint32_t t = *tb;
    if (te - t > 1 && participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, t), tlen(s, t)))
        *type = ENT_ORG; /* the tagger took the head in */
    else if (t > sent_begin(s, t) && !s->used[t - 1] && is_cap(s, t - 1) &&
             participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, t - 1), tlen(s, t - 1))) {
        *tb = t - 1;
        *type = ENT_ORG;
    }
}

/* "Hurricane Helene", "Tief Bernd": a head noun (names.txt "mischead") right before a name, or
 * opening the tagger's entity, makes the whole a misc name, not the person or place the name
 * alone would be. */
/* Whether token t is a mischead word, or in German a compound ending in one ("Orkantief"):
 * the name after it is a storm or weather system. */
static bool mischead_word(const st *s, uint32_t t)
{
    const char *w = ttext(s, t);
    size_t n = tlen(s, t);
    if (participants_res_name_is(s->r, NAME_MISCHEAD, w, n)) return true;
    if (strcmp(s->doc->lang, "de") || !is_cap(s, t) || s->doc->tokens[t].kind != TOK_WORD)
        return false;
    for (size_t i = 3; i + 4 <= n; i++)
        if ((unsigned char)w[i] >= 'a' && (unsigned char)w[i] <= 'z' &&
            participants_res_name_is(s->r, NAME_MISCHEAD, w + i, n - i))
            return true;
    return false;
}

/* Whether token t is an opening quotation mark. */
static bool open_quote(const st *s, uint32_t t)
{
    return tok_is(s, t, "\"") || tok_is(s, t, "\xe2\x80\x9e") || tok_is(s, t, "\xe2\x80\x9c") ||
           tok_is(s, t, "\xc2\xbb") || tok_is(s, t, "\xc2\xab") || tok_is(s, t, "\xe2\x80\x9a");
}

static void mischead_extend(const st *s, uint32_t *tb, uint32_t te, int *type)
{
    uint32_t t = *tb;
    /* "Sturmtief „Ylenia“": the name in quotes after the head is the misc name alone */
    if (t >= sent_begin(s, t) + 2 && open_quote(s, t - 1) && is_cap(s, t - 2) &&
        mischead_word(s, t - 2)) {
        *type = ENT_MISC;
        return;
    }
    if (te - t > 1 && mischead_word(s, t))
        *type = ENT_MISC; /* the tagger took the head in */
    else if (t > sent_begin(s, t) && !s->used[t - 1] && is_cap(s, t - 1) &&
             mischead_word(s, t - 1)) {
        *tb = t - 1;
        *type = ENT_MISC;
    }
}

/* "Russlands Armee", "Chinas Regierung": an entity that opens with an inflected country name
 * followed only by common nouns is the country; the nouns are what it owns, not a name. */
static bool genitive_country_head(const st *s, uint32_t tb, uint32_t te)
{
    if (!s->c || te - tb < 2) return false;
    for (uint32_t t = tb + 1; t < te; t++)
        if (s->doc->tokens[t].pos != UPOS_NOUN) return false;
    const char *w = ttext(s, tb);
    size_t n = tlen(s, tb), cut = participants_res_name_ending(s->r, w, n);
    return cut && countries_lookup(s->c, s->doc->lang, w, n) &&
           countries_lookup(s->c, s->doc->lang, w, n - cut);
}

/* "Florida's Big Bend", "Russia's Gazprom": the token of an entity (not its last) that is a
 * country or place with a possessive ending; tok_end when there is none. */
static uint32_t possessive_place(const st *s, uint32_t tb, uint32_t te, int type)
{
    if (!s->c) return te;
    for (uint32_t t = tb; t + 1 < te; t++) {
        const char *w = ttext(s, t);
        size_t n = tlen(s, t), cut = participants_res_name_ending(s->r, w, n);
        if (!cut || cut >= n || !is_cap(s, t + 1)) continue;
        bool name_after = false; /* "Russlands Armee": common nouns are what the country owns */
        for (uint32_t u = t + 1; u < te; u++)
            name_after |= s->doc->tokens[u].pos != UPOS_NOUN;
        if (!name_after) continue;
        /* the plain "s" of German genitives only on a country ("Chinas Xi Jinping") or, opening
         * a person of two names or more, on a known city or region ("Hamburgs Peter
         * Tschentscher"); the apostrophe forms also on a region or city */
        const char *code = NULL, *base;
        bool apostrophe = w[n - cut] == '\'' || (unsigned char)w[n - cut] == 0xe2;
        bool person_after = type == ENT_PER && t == tb && te - t >= 3;
        if (countries_lookup(s->c, NULL, w, n - cut) ||
            ((apostrophe || person_after) &&
             (participants_res_name_base(s->r, w, n - cut, &code, &base) == NAME_PLACE ||
              countries_place(s->c, s->doc->lang, w, n - cut))))
            return t;
    }
    return te;
}

/* Two to six capital ASCII letters ("JCS", "ESA"). */
static bool acronym_shape(const char *txt, size_t n)
{
    if (n < 2 || n > 6) return false;
    for (size_t i = 0; i < n; i++)
        if (txt[i] < 'A' || txt[i] > 'Z') return false;
    return true;
}

/* "Europäische Weltraumorganisation ESA", "Bundesamt für Sicherheit in der Informationstechnik
 * BSI": an organization or place the tagger ends with an acronym after at least two words of
 * a name is that name followed by its acronym, unless the acronym is a legal form (names.txt
 * "legalform": "Axel Springer SE") or opens with another letter than the name. */
static bool trailing_acronym(const st *s, uint32_t tb, uint32_t te, int type)
{
    if (te - tb < 3 || type == ENT_PER) return false;
    const char *a = ttext(s, te - 1), *first = ttext(s, tb);
    size_t n = tlen(s, te - 1);
    if (!acronym_shape(a, n) || acronym_shape(ttext(s, te - 2), tlen(s, te - 2)) ||
        !is_cap(s, te - 2) || is_punct(s, te - 2) || first[0] != a[0])
        return false;
    return !participants_res_name_is(s->r, NAME_LEGALFORM, a, n);
}

/* "Thomas Müllers Tor ... Müller sagte": a person of two words or more whose last word has a
 * name ending (names.txt "ending", the German genitive "s") and comes before a capitalized
 * word, where the document also writes that word without the ending. Returns the ending's
 * bytes, or 0 ("Boris Pistorius Rede" keeps its "s" without a "Pistoriu" elsewhere). */
static size_t genitive_person(const st *s, uint32_t tb, uint32_t te)
{
    const document *d = s->doc;
    if (te - tb < 2 || te >= sent_end(s, te - 1) || !is_cap(s, te) || is_punct(s, te)) return 0;
    const char *w = ttext(s, te - 1);
    size_t n = tlen(s, te - 1), cut = participants_res_name_ending(s->r, w, n);
    if (!cut || possessive_len(w, n)) return 0;
    for (size_t t = 0; t < d->ntokens; t++)
        if (t != te - 1 && tlen(s, t) == n - cut && !memcmp(ttext(s, t), w, n - cut)) return cut;
    return 0;
}

/* Whether token k lies inside a temporal expression of the time stage. */
static bool in_timex(const document *d, const token *k)
{
    size_t lo = 0, hi = d->ntimexes; /* timexes are in text order */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->timexes[mid].end <= k->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->ntimexes && d->timexes[lo].start <= k->start && k->end <= d->timexes[lo].end;
}

/* "a Trump adviser", "ein Trump-Berater": whether the one-word name at token t (its name part
 * ending at byte end) comes right before a noun of names.txt "aide", in the next word or after
 * its own hyphen. No acronym ("a NATO adviser"). */
static bool aide_after(const st *s, uint32_t t, uint32_t end)
{
    const token *k = &s->doc->tokens[t];
    const char *code;
    if (k->pos != UPOS_PROPN || !is_cap(s, t) || acronym_shape(ttext(s, t), end - k->start) ||
        participants_res_name(s->r, ttext(s, t), end - k->start, &code) != NAME_NONE)
        return false; /* no known name: "a Brexit adviser", "a Kremlin aide" */
    if (end + 1 < k->end && s->doc->text[end] == '-')
        return participants_res_name_is(s->r, NAME_AIDE, s->doc->text + end + 1, k->end - end - 1);
    return end + possessive_len(ttext(s, t), tlen(s, t)) == k->end && t + 1 < sent_end(s, t) &&
           participants_res_name_is(s->r, NAME_AIDE, ttext(s, t + 1), tlen(s, t + 1));
}

/* Whether token t is a score ("4-2", "3:1": two numbers of one or two digits). */
static bool score_token(const st *s, uint32_t t)
{
    const char *w = ttext(s, t);
    size_t n = tlen(s, t), i = 0, a = 0, b;
    if (s->doc->tokens[t].kind != TOK_NUMBER) return false;
    while (i < n && w[i] >= '0' && w[i] <= '9')
        i++, a++;
    if (a == 0 || a > 2 || i == n || (w[i] != '-' && w[i] != ':')) return false;
    for (b = 0, i++; i < n && w[i] >= '0' && w[i] <= '9'; i++)
        b++;
    return i == n && b >= 1 && b <= 2;
}

/* "Girona beat Real Madrid 4-2", "Freiburg gewann 3:1 gegen Mainz": whether the one-word name
 * at token t stands right next to a word of a sports result (names.txt "match") in a sentence
 * with a score; such a place is the club. */
static bool match_span(const st *s, uint32_t t, uint32_t e);

static bool match_side(const st *s, uint32_t t)
{
    return match_span(s, t, t + 1);
}

/* match_side for the name at tokens [t, e) ("Kansas City beat San Francisco 25-22"); a name of
 * several words with a country's name in it is the national team, a place ("Republic of
 * Ireland"). */
static bool match_span(const st *s, uint32_t t, uint32_t e)
{
    uint32_t sb = sent_begin(s, t), se = sent_end(s, t);
    for (uint32_t u = t; e > t + 1 && u < e; u++)
        if (s->c && countries_lookup(s->c, s->doc->lang, ttext(s, u), tlen(s, u))) return false;
    bool next =
        (t > sb && participants_res_name_is(s->r, NAME_MATCH, ttext(s, t - 1), tlen(s, t - 1))) ||
        (e < se && participants_res_name_is(s->r, NAME_MATCH, ttext(s, e), tlen(s, e)));
    for (uint32_t u = sb; next && u < se; u++)
        if (score_token(s, u)) return true;
    return false;
}

/* Whether the name at token t follows the preposition "in" outside a sports result ("Fire
 * crews in Leeds", "the first leg in Madrid"): the place itself, not the club named after it */
static bool after_in(const st *s, uint32_t t)
{
    return t > 0 && s->doc->tokens[t - 1].pos == UPOS_ADP && tok_is(s, t - 1, "in") &&
           !match_side(s, t);
}

/* "Bankman-Fried" (tagged a verb), "Göring-Eckardt": a word of two capitalized parts joined
 * by a hyphen, each of two letters or more, none a role ("Pentagon-Sprecher" is no name). */
static bool double_name(const st *s, uint32_t t)
{
    const char *w = ttext(s, t), *h = memchr(w, '-', tlen(s, t));
    size_t n = tlen(s, t), a = h ? (size_t)(h - w) : 0;
    role_match m;
    return h && a >= 2 && n - a - 1 >= 2 && !memchr(h + 1, '-', n - a - 1) &&
           is_upper_at(h + 1, n - a - 1) && s->doc->tokens[t].kind == TOK_WORD && is_cap(s, t) &&
           !participants_res_role(s->r, h + 1, n - a - 1, &m);
}

/* "die Münchner", "die Kölner": the key of the place whose people the one word at token t
 * ending in "-er" names (München, Köln, Bremen: the word without "-er", or with "-en" for "-er",
 * or for "-ner"), when the lexicon or the generated places know it, and *cc (may be NULL) its
 * country code or ""; NULL when not. */
static const char *people_place_named(st *s, uint32_t t, const char **cc, const char **name);

static const char *people_place(st *s, uint32_t t, const char **cc)
{
    return people_place_named(s, t, cc, NULL);
}

/* people_place, and *name (when not NULL) the place's name as the word gives it ("Dresden"). */
static const char *people_place_named(st *s, uint32_t t, const char **cc, const char **name)
{
    const char *w = ttext(s, t);
    size_t n = tlen(s, t);
    char buf[KEY_CAP + 1];
    if (n < 5 || n + 1 > KEY_CAP || memcmp(w + n - 2, "er", 2) || !is_cap(s, t)) return NULL;
    for (int v = 0; v < 3; v++) {
        size_t m = n - 2 - (v == 2);
        if (v == 2 && w[m] != 'n') break;
        memcpy(buf, w, m);
        if (v) memcpy(buf + m, "en", 2), m += 2;
        const char *code = NULL;
        if (participants_res_name(s->r, buf, m, &code) != NAME_PLACE)
            code = s->c ? countries_place(s->c, s->doc->lang, buf, m) : NULL;
        if (code) {
            char k[KEY_CAP + 1];
            size_t kn = countries_fold(buf, m, k, sizeof k);
            if (cc) *cc = code;
            if (name && !(*name = arena_strndup(s->a, buf, m))) s->oom = true;
            return kn != (size_t)-1 ? arena_strndup(s->a, k, kn) : NULL;
        }
    }
    return NULL;
}

/* Whether token t is a noun for a kind of organization (names.txt "orgkind"): the word, or
 * in German a compound ending in one ("Modehersteller", "Energiekonzern"). */
static bool orgkind_word(const st *s, uint32_t t)
{
    const char *w = ttext(s, t);
    size_t n = tlen(s, t);
    if (s->doc->tokens[t].kind != TOK_WORD) return false;
    if (participants_res_name_is(s->r, NAME_ORGKIND, w, n)) return true;
    if (strcmp(s->doc->lang, "de") || !is_cap(s, t)) return false;
    for (size_t i = 2; i + 5 <= n; i++) /* the compound's head: at least five bytes */
        if ((unsigned char)w[i] >= 'a' && (unsigned char)w[i] <= 'z' &&
            participants_res_name_is(s->r, NAME_ORGKIND, w + i, n - i))
            return true;
    return false;
}

/* Trims and extends one tagger entity; adds it as a seed. */
static void seed_entity(st *s, const entity *e)
{
    uint32_t tb = e->tok_begin, te = e->tok_end;
    int type = e->type;
    role_match m;
    size_t skip;
    /* a name has a capital letter somewhere ("fairgrounds" tagged a place is none; "iPhone",
     * "eBay" are), unless it is a country's adjective ("russischen") */
    if (te > tb) {
        const char *txt = s->doc->text + s->doc->tokens[tb].start;
        size_t n = s->doc->tokens[te - 1].end - s->doc->tokens[tb].start;
        bool cap = false;
        for (size_t i = 0; i < n && !cap; i++)
            cap = (txt[i] >= 'A' && txt[i] <= 'Z') ||
                  ((unsigned char)txt[i] == 0xC3 && i + 1 < n &&
                   (unsigned char)txt[i + 1] >= 0x80 && (unsigned char)txt[i + 1] <= 0x9E);
        demonym_kind dk;
        if (!cap && !(s->c && countries_lookup(s->c, s->doc->lang, txt, n)) &&
            !participants_res_demonym(s->r, txt, n, &dk, NULL))
            return;
    }
    /* "Mladost ( L", "( Lindsay ) Davenport": a bracket inside the tagger's entity ends it */
    for (uint32_t k = tb + 1; k < te; k++)
        if (tok_is(s, k, "(") || tok_is(s, k, ")")) {
            te = k;
            break;
        }
    /* a name that is all inside a date or time is part of it ("0830 GMT", "Christmas Day"),
     * no participant; a person is left alone (the time stage does not take surnames) */
    bool timed = type != ENT_PER && te > tb;
    for (uint32_t k = tb; k < te && timed; k++)
        timed = in_timex(s->doc, &s->doc->tokens[k]);
    if (timed) return;
    uint32_t pp = possessive_place(s, tb, te, e->type);
    if (pp < te) { /* two entities: the place, then what is its */
        entity place = *e, rest = *e;
        place.tok_begin = tb;
        place.tok_end = pp + 1;
        place.type = ENT_LOC;
        rest.tok_begin = pp + 1;
        seed_entity(s, &place);
        seed_entity(s, &rest);
        return;
    }
    /* "Federal Air Traffic Control Administration Director Branko Bilbija" tagged as one
     * organization: a role word inside it before two or three capitalized proper nouns, the
     * first a given name or a proper noun, splits it into the organization and the person */
    if (type == ENT_ORG && te - tb >= 4) {
        role_match rm;
        size_t rs;
        for (uint32_t r = tb + 1; r + 2 < te; r++) {
            uint32_t n = te - r - 1;
            if (n < 2 || n > 3 || !is_cap(s, r) || !role_exact(s, r, r + 1, &rm, &rs) || rs)
                continue;
            bool names = true;
            for (uint32_t u = r + 1; u < te && names; u++)
                names = is_cap(s, u) && s->doc->tokens[u].pos == UPOS_PROPN;
            if (!names) break;
            entity org = *e, per = *e;
            org.tok_begin = tb;
            org.tok_end = r;
            per.tok_begin = r + 1;
            per.tok_end = te;
            per.type = ENT_PER;
            seed_entity(s, &org);
            seed_entity(s, &per);
            return;
        }
    }
    if (trailing_acronym(s, tb, te,
                         type)) { /* the name, then its acronym (one participant later) */
        entity name = *e, acro = *e;
        name.tok_end = te - 1;
        acro.tok_begin = te - 1;
        seed_entity(s, &name);
        seed_entity(s, &acro);
        return;
    }
    /* "U.S. Treasury" + "Secretary Janet Yellen": a role phrase that starts inside a tagged
     * organization or place and ends after it, right before a tagged person, is no part of the
     * entity ("Treasury Secretary"); what stays before it is the entity ("U.S.") */
    if (type != ENT_PER && te - tb >= 2) {
        uint32_t se0 = sent_end(s, tb);
        for (uint32_t b = tb + 1; b < te; b++) {
            bool cut = false;
            for (uint32_t r = te + 1; r <= te + 3 && r < se0 && !cut; r++)
                cut = s->tokent[r] >= 0 && s->doc->entities[s->tokent[r]].type == ENT_PER &&
                      s->doc->entities[s->tokent[r]].tok_begin == r &&
                      role_exact(s, b, r, &m, &skip) && !skip;
            if (cut) {
                te = b;
                break;
            }
        }
    }
    /* leading role words and lower-case words ("General Mark Milley", "der Ukraine") */
    bool dated = false; /* a non-name word of a date dropped ("am Montag Soforthilfen") */
    /* an article opening the sentence and a name of three words or more is the sentence's,
     * not the name's ("Der Südtiroler Landtag hat ..."); in two words it may be the name's own
     * ("Der Spiegel", "Die Linke"), and so it is in a title inside the sentence ("in The
     * Decaying Mansion") */
    bool opens = tb == sent_begin(s, tb) || /* also after a dateline: "Bozen – Der ..." */
                 (tb > sent_begin(s, tb) && is_punct(s, tb - 1) &&
                  (tok_is(s, tb - 1, "–") || tok_is(s, tb - 1, "—") || tok_is(s, tb - 1, "-") ||
                   tok_is(s, tb - 1, ":")));
    if (type != ENT_PER && te - tb >= 3 && opens && is_cap(s, tb) &&
        s->doc->tokens[tb].pos == UPOS_DET)
        tb++;
    /* ... and anywhere before a country's name ("and The Gambia", "The Netherlands") */
    else if (type != ENT_PER && te - tb >= 2 && is_cap(s, tb) &&
             s->doc->tokens[tb].pos == UPOS_DET && s->c &&
             countries_lookup(s->c, s->doc->lang, ttext(s, tb + 1), span_len(s, tb + 1, te)))
        tb++;
    /* a public person people.txt knows by the whole span keeps every word ("He Lifeng", not
     * the pronoun "He" before "Lifeng"), and is a person whatever the tagger said ("Lloyd
     * Austin" tagged an organization: a bank's and a city's name) */
    bool public_person =
        te - tb >= 2 && participants_res_person(s->r, ttext(s, tb), span_len(s, tb, te));
    if (public_person) type = ENT_PER;
    while (te - tb > 1 && !public_person) {
        if (type != ENT_PER && is_cap(s, tb)) {
            const token *k = &s->doc->tokens[tb];
            if (!in_timex(s->doc, k) ||
                !participants_res_name_is(s->r, NAME_NONNAME, ttext(s, tb), tlen(s, tb)))
                break;
            tb++;
            dated = true;
            continue;
        }
        if (!is_cap(s, tb) ||
            (participants_res_name_is(s->r, NAME_NONNAME, ttext(s, tb), tlen(s, tb)) &&
             !(tlen(s, tb) == 2 && ttext(s, tb)[1] == '.'))) { /* not an initial: "A. Dale" */
            tb++; /* "der Ukraine", "Mr. Garland", "Frau Merkel" */
            continue;
        }
        uint32_t nb = tb;
        for (uint32_t b = te - 1; b > tb && nb == tb; b--)
            if (role_exact(s, tb, b, &m, &skip) && !skip) nb = b;
        if (nb == tb) break;
        tb = nb;
    }
    /* "Democrat Walter Mondale": a party member's word opening a person of three words or
     * more is no part of the name */
    if (type == ENT_PER && te - tb >= 3 &&
        participants_res_name_is(s->r, NAME_MEMBER, ttext(s, tb), tlen(s, tb)))
        tb++;
    /* "Chancellor of the Exchequer Rachel Reeves" tagged from "Exchequer": a role phrase that
     * starts before the entity and ends inside it is no part of the name; a given name after it
     * makes a person of the rest */
    for (uint32_t back = 1; back <= 3 && tb >= back && te - tb > 1; back++) {
        uint32_t j = tb - back;
        if (s->doc->tokens[j].sentence != s->doc->tokens[tb].sentence || is_punct(s, j)) break;
        uint32_t nb = tb;
        for (uint32_t b = te - 1; b > tb && nb == tb; b--)
            if (role_exact(s, j, b, &m, &skip) && !skip) nb = b;
        if (nb == tb) continue;
        tb = nb;
        if (type != ENT_PER && te - tb >= 2 && te - tb <= 3 &&
            participants_res_name_is(s->r, NAME_GIVEN, ttext(s, tb), tlen(s, tb)))
            type = ENT_PER;
        break;
    }
    while (te > tb + 1 && (is_punct(s, te - 1) || !is_cap(s, te - 1)) &&
           !(type == ENT_ORG && s->doc->tokens[te - 1].kind == TOK_NUMBER && tlen(s, te - 1) <= 2))
        te--; /* not the number of "Mainz 05", "Schalke 04" */
    if (type != ENT_PER && genitive_country_head(s, tb, te)) te = tb + 1;
    /* "Der Hamburger Konzern" tagged as one: a place's adjective before a noun for a kind of
     * organization is the place's; the noun is no name */
    if (type != ENT_PER && te - tb == 2 && orgkind_word(s, tb + 1) && people_place(s, tb, NULL))
        te = tb + 1, type = ENT_LOC;
    /* "The Labour MP for Leeds Central": a known organization without the role word after it
     * (the role is the person's) */
    if (type != ENT_PER && te - tb >= 2 && role_exact(s, te - 1, te, &m, &skip) && !skip &&
        participants_res_name(s->r, ttext(s, tb), span_len(s, tb, te - 1), NULL) == NAME_ORG)
        te--;
    /* "a West Virginia Democrat": the place without the party member after it */
    if (type != ENT_PER && te - tb >= 2 &&
        participants_res_name_is(s->r, NAME_MEMBER, ttext(s, te - 1), tlen(s, te - 1)))
        te--;
    const char *dcode;
    if (dated && te - tb == 1 && !participants_res_name(s->r, ttext(s, tb), tlen(s, tb), &dcode) &&
        !(s->c && countries_lookup(s->c, s->doc->lang, ttext(s, tb), tlen(s, tb))))
        return; /* what the tagger took in with the date is no name it knows either */
    if (te - tb == 1 && (is_punct(s, tb) ||
                         participants_res_name_is(s->r, NAME_NONNAME, ttext(s, tb),
                                                  tlen(s, tb) - /* "Sunday's" */
                                                      possessive_len(ttext(s, tb), tlen(s, tb)))))
        return;
    size_t skip1;
    if (te - tb == 1 && role_exact(s, tb, te, &m, &skip1) && !skip1) return;
    uint32_t se = sent_end(s, tb), sb = sent_begin(s, tb);
    /* "Bundestrainer Hansi Flick" tagged as one organization: a German role word opening a
     * place or organization of two or three capitalized proper nouns makes a person of them
     * (German writes its roles as one word; English "General Electric Company" stays) */
    /* ... in English when a given name follows the role ("Soprano Angel Blue") */
    if ((type == ENT_LOC || type == ENT_ORG) && te - tb >= 3 && te - tb <= 4 &&
        (!strcmp(s->doc->lang, "de") ||
         participants_res_name_is(s->r, NAME_GIVEN, ttext(s, tb + 1), tlen(s, tb + 1))) &&
        role_exact(s, tb, tb + 1, &m, &skip1) && !skip1) {
        bool names = true;
        for (uint32_t u = tb + 1; u < te && names; u++)
            names = is_cap(s, u) && s->doc->tokens[u].pos == UPOS_PROPN;
        if (names) {
            tb++;
            type = ENT_PER;
        }
    }
    /* "Duke of Sussex", "Herzogin von Cambridge": a title of nobility (names.txt "peer"), a
     * connector and a name is a person */
    if (type != ENT_PER && te - tb >= 3 &&
        participants_res_name_is(s->r, NAME_PEER, ttext(s, tb), tlen(s, tb)) &&
        connector_at(s, tb + 1, te, NAME_CONNECTOR) && is_cap(s, te - 1))
        type = ENT_PER;
    /* "Hanoi authorities", "Quang Ninh province": a person of the tagger's that is a known
     * place, right before a lower-case common noun, is that place */
    if (type == ENT_PER && te < se && s->doc->tokens[te].pos == UPOS_NOUN && !is_cap(s, te) &&
        (participants_res_name(s->r, ttext(s, tb), span_len(s, tb, te), NULL) == NAME_PLACE ||
         (s->c && countries_place(s->c, s->doc->lang, ttext(s, tb), span_len(s, tb, te)))))
        type = ENT_LOC;
    /* "Memphis, Tennessee" with the state tagged a person: a known region or place (not a
     * given name) after a comma and a place is a place */
    if (type == ENT_PER && te - tb <= 2 && tb >= sb + 2 && tok_is(s, tb - 1, ",") &&
        ((s->tokent[tb - 2] >= 0 && s->doc->entities[s->tokent[tb - 2]].type == ENT_LOC) ||
         participants_res_name(s->r, ttext(s, tb - 2), tlen(s, tb - 2), NULL) == NAME_PLACE) &&
        !participants_res_name_is(s->r, NAME_GIVEN, ttext(s, tb), tlen(s, tb))) {
        const char *pc = NULL;
        if ((participants_res_name(s->r, ttext(s, tb), span_len(s, tb, te), &pc) == NAME_PLACE &&
             pc && *pc) ||
            (s->c && countries_place(s->c, s->doc->lang, ttext(s, tb), span_len(s, tb, te))))
            type = ENT_LOC;
    }
    /* a given name alone that no country, place or lexicon name has ("the WHO's
     * director-general, Tedros,", "Franziskus rief ..." tagged a place) */
    if ((type == ENT_LOC || type == ENT_ORG) && te - tb == 1 &&
        participants_res_name_is(s->r, NAME_GIVEN, ttext(s, tb), tlen(s, tb)) &&
        !(s->c && (countries_lookup(s->c, s->doc->lang, ttext(s, tb), tlen(s, tb)) ||
                   countries_place(s->c, s->doc->lang, ttext(s, tb), tlen(s, tb)))) &&
        participants_res_name(s->r, ttext(s, tb), tlen(s, tb), NULL) == NAME_NONE)
        type = ENT_PER;
    /* "Papst Franziskus", "Regierungschefin Meloni": a one-word name the tagger took for a
     * place or organization, right after a role phrase, is a person unless the lexicon knows
     * it as a country or place */
    if ((type == ENT_LOC || type == ENT_ORG) && te - tb == 1 && tb > sb) {
        const char *code;
        bool known = (s->c && countries_lookup(s->c, s->doc->lang, ttext(s, tb), tlen(s, tb))) ||
                     participants_res_name(s->r, ttext(s, tb), tlen(s, tb), &code) != NAME_NONE;
        for (uint32_t back = 1; !known && back <= MAX_ROLE_BACK && tb >= sb + back; back++) {
            uint32_t j = tb - back;
            if (is_punct(s, j)) break;
            size_t sk;
            if (role_exact(s, j, tb, &m, &sk) && !sk) {
                type = ENT_PER;
                break;
            }
        }
    }
    /* a person over following proper nouns the tagger left out, and a regnal number ("Queen
     * Elizabeth II", tagged a numeral); not over the noun after a genitive ("Müllers Tor") */
    if (type == ENT_PER)
        for (int k = 0; k < MAX_EXTEND && te < se && !s->used[te] && is_cap(s, te) &&
                        (s->doc->tokens[te].pos == UPOS_PROPN || double_name(s, te) ||
                         (tlen(s, te) >= 2 && roman_numeral(ttext(s, te), tlen(s, te)))) &&
                        s->doc->tokens[te].ner == 0 && !genitive_person(s, tb, te);
             k++)
            te++;
    /* "Ursula" + "von der" + "Leyen", "Rafael" + "van der" + "Vaart": a particle and the
     * capitalized rest of a person's name that the tagger left out (not another entity, not a
     * country: "Scholz von der SPD") */
    if (type == ENT_PER) {
        int w = te < se ? connector_at(s, te, se, NAME_PARTICLE) : 0;
        /* "Alexander Van" + "der Bellen": the tagger took the capitalized first word of the
         * particle in */
        if (!w && te - tb >= 2 && te + 1 < se && !is_cap(s, te) &&
            participants_res_name_is(s->r, NAME_PARTICLE, ttext(s, te - 1),
                                     span_len(s, te - 1, te + 1)))
            w = 1;
        uint32_t nx = te + (uint32_t)w;
        if (w && nx < se && is_cap(s, nx) && !s->used[nx] && !is_punct(s, nx) &&
            (s->doc->tokens[nx].ner == 0 || NER_TYPE(s->doc->tokens[nx].ner) == ENT_PER) &&
            !acronym_shape(ttext(s, nx), tlen(s, nx)) &&
            !(s->c && countries_lookup(s->c, s->doc->lang, ttext(s, nx), tlen(s, nx))) &&
            !participants_res_name(s->r, ttext(s, nx), tlen(s, nx), NULL))
            te = nx + 1;
    }
    /* connector runs: "Joint Chiefs" + "of" + "Staff" */
    bool conn = false;
    for (;;) {
        int w = te < se ? connector_at(s, te, se, NAME_CONNECTOR) : 0;
        if (!w || te + (uint32_t)w >= se || !is_cap(s, te + (uint32_t)w)) break;
        uint32_t nx = te + (uint32_t)w;
        if (s->doc->tokens[nx].ner != 0 ||
            (s->c && countries_lookup(s->c, s->doc->lang, ttext(s, nx), tlen(s, nx))))
            break;
        te += (uint32_t)w;
        while (te < se && is_cap(s, te) && !s->used[te])
            te++;
        conn = true;
    }
    if (conn) {
        for (int k = 0; k < MAX_EXTEND && tb > sb + 1 && is_cap(s, tb - 1) && !s->used[tb - 1];
             k++) {
            if (participants_res_role(s->r, ttext(s, tb - 1), tlen(s, tb - 1), &m)) break;
            if (participants_res_name_is(s->r, NAME_NONNAME, ttext(s, tb - 1), tlen(s, tb - 1)))
                break;
            tb--;
        }
        if (type == ENT_PER) type = ENT_ORG;
    }
    /* "1. FC Köln", "1. FSV Mainz 05": a club's ordinal before its acronym */
    if (type == ENT_ORG && tb > sb && s->doc->tokens[tb - 1].kind == TOK_ORDINAL &&
        !s->used[tb - 1] && acronym_shape(ttext(s, tb), tlen(s, tb)))
        tb--;
    for (uint32_t t = tb; t < te; t++)
        if (s->used[t]) return;
    /* "The Nashville Predators won" with only "Nashville" tagged: in English a one-word known
     * place before an untagged capitalized plural proper noun is a team, an organization */
    const char *tcode = NULL;
    if (type != ENT_PER && te - tb == 1 && te < se && !s->used[te] && s->doc->tokens[te].ner == 0 &&
        s->doc->tokens[te].pos == UPOS_PROPN && is_cap(s, te) && !strcmp(s->doc->lang, "en") &&
        tlen(s, te) > 3 && ttext(s, te)[tlen(s, te) - 1] == 's' &&
        ttext(s, te)[tlen(s, te) - 2] != '\'' && !acronym_shape(ttext(s, te), tlen(s, te)) &&
        participants_res_name(s->r, ttext(s, te), tlen(s, te), NULL) == NAME_NONE &&
        !(s->c && countries_lookup(s->c, s->doc->lang, ttext(s, te), tlen(s, te))) &&
        participants_res_name(s->r, ttext(s, tb), tlen(s, tb), &tcode) == NAME_PLACE && tcode &&
        *tcode) {
        te++;
        type = ENT_ORG;
    }
    /* "die Kölner Polizei" with only "Kölner" tagged: a city's adjective before an untagged
     * orghead is that city's organization (its country from the adjective, place_country) */
    if ((type == ENT_LOC || type == ENT_MISC) && te - tb == 1 && te < se && !s->used[te] &&
        s->doc->tokens[te].ner == 0 && is_cap(s, te) &&
        participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, te), tlen(s, te)) &&
        people_place(s, tb, NULL)) {
        te++;
        type = ENT_ORG;
    }
    /* ... also a known place the tagger called misc ("Landgericht Frankfurt") */
    const char *pcode;
    if (type == ENT_LOC ||
        (type == ENT_MISC && te - tb == 1 &&
         (participants_res_name(s->r, ttext(s, tb), tlen(s, tb), &pcode) == NAME_PLACE ||
          (s->c && countries_place(s->c, s->doc->lang, ttext(s, tb), tlen(s, tb))))))
        orghead_extend(s, &tb, te, &type);
    mischead_extend(s, &tb, te, &type);
    /* "der Modehersteller Hugo Boss", "the carmaker Rivian" tagged a person or misc: a noun
     * for a kind of organization right before the name makes it one */
    if ((type == ENT_PER || type == ENT_MISC ||
         (type == ENT_LOC &&
          participants_res_name(s->r, ttext(s, tb), span_len(s, tb, te), NULL) == NAME_NONE &&
          !(s->c && (countries_lookup(s->c, s->doc->lang, ttext(s, tb), span_len(s, tb, te)) ||
                     countries_place(s->c, s->doc->lang, ttext(s, tb), span_len(s, tb, te)))))) &&
        tb > sb && orgkind_word(s, tb - 1))
        type = ENT_ORG; /* ... also a place of no list ("der Autozulieferer Continental") */
    /* "Northshore Power" tagged a person: a name ending in an organization's word (names.txt
     * "orgtail") is an organization */
    if (type == ENT_PER && te - tb >= 2 &&
        participants_res_name_is(s->r, NAME_ORGTAIL, ttext(s, te - 1), tlen(s, te - 1)))
        type = ENT_ORG;
    /* "Autobauer Mercedes-Benz", "Rival British Airways": the rest is a known name */
    for (uint32_t b = tb + 1; b < te && b <= tb + 2 && !conn; b++) {
        const char *code;
        if (participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, tb), tlen(s, tb))) break;
        if (participants_res_name(s->r, ttext(s, b), span_len(s, b, te), &code) == NAME_ORG) {
            tb = b;
            break;
        }
    }
    const token *tk = s->doc->tokens;
    uint32_t start = tk[tb].start, end = tk[te - 1].end;
    while (end > start + 1 && s->doc->text[end - 1] == '-')
        end--;
    /* "Pentagon-Sprecher": the name is the part before the hyphen */
    if (te - tb == 1) {
        const char *p = ttext(s, tb), *h = NULL;
        for (size_t i = tlen(s, tb); i-- > 1 && !h;)
            if (p[i] == '-') h = p + i;
        if (h && h > p && (size_t)(h - p) + 1 < tlen(s, tb) &&
            participants_res_role(s->r, h + 1, tlen(s, tb) - (size_t)(h - p) - 1, &m) &&
            m.len == tlen(s, tb) - (size_t)(h - p) - 1)
            end = start + (uint32_t)(h - p);
    }
    if (type != ENT_PER && te - tb == 1 && aide_after(s, tb, end)) type = ENT_PER;
    cand *c = cand_add(s, tb, te, start, end, type, SRC_TAGGER);
    if (!c) return;
    c->weight = (type == ENT_PER && te - tb > 1) ? 3 : 2;
    /* "the Liberal Democratic Party's leadership race": the name without the possessive */
    c->cut = (uint32_t)possessive_len(s->doc->text + start, end - start);
    if (!c->cut && type == ENT_PER) c->cut = (uint32_t)genitive_person(s, tb, te);
    classify(s, c);
    /* a place name the tagger calls an organization ("Leeds" the club, "Landgericht Hamburg"):
     * an organization in that place's country */
    if (type == ENT_ORG && c->type == ENT_LOC && !c->country &&
        !after_in(s, tb)) { /* ... but not after "in": "Fire crews in Leeds" */
        c->type = ENT_ORG;
        c->key = fold_span(s, c->start, c->end);
    }
    /* "die Stuttgarter Polizei" (tagged misc): a city's adjective before an orghead is that
     * city's organization */
    const char *pcc = NULL;
    if (c->type == ENT_MISC && te - tb == 2 &&
        participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, tb + 1), tlen(s, tb + 1)) &&
        people_place(s, tb, &pcc)) {
        c->type = ENT_ORG;
        if (*pcc && !c->cc[0]) memcpy(c->cc, pcc, 2);
    }
    /* "Der Dresdner Oberbürgermeister" (tagged misc): a place's adjective before a role word
     * is a mention of the place */
    const char *pname = NULL, *pkey;
    if (c->type == ENT_MISC && te - tb == 1 && te < se && role_exact(s, te, te + 1, &m, &skip1) &&
        !skip1 && (pkey = people_place_named(s, tb, &pcc, &pname)) && pname && *pcc) {
        c->type = ENT_LOC;
        c->key = pkey;
        c->base = pname;
        memcpy(c->cc, pcc, 2);
    }
    /* ... and one a sports result names, also one the tagger took for a person (a place of
     * several words too: "Kansas City beat San Francisco 25-22") */
    if (!c->country && (te - tb == 1 || (te - tb <= 3 && c->type == ENT_LOC)) &&
        (c->type == ENT_LOC || c->type == ENT_PER) &&
        (c->type == ENT_LOC ||
         (s->c && countries_place(s->c, s->doc->lang, s->doc->text + start, end - start))) &&
        !participants_res_name_is(s->r, NAME_NATION, s->doc->text + start, end - start) &&
        match_span(s, tb, te)) {
        const char *pc =
            s->c ? countries_place(s->c, s->doc->lang, s->doc->text + start, end - start) : NULL;
        if (pc && !c->cc[0]) memcpy(c->cc, pc, 2);
        c->type = ENT_ORG;
        c->key = fold_span(s, c->start, c->end);
    }
    if (c->country) c->weight = 3;
}

/* Whether a token can be (part of) a name or a demonym by its part of speech. */
static bool content_word(const token *k)
{
    switch (k->pos) {
    case UPOS_NONE:
    case UPOS_ADJ:
    case UPOS_NOUN:
    case UPOS_PROPN:
    case UPOS_X: return true;
    default: return false;
    }
}

/* Whether a tagger entity holds tokens [a, b) and more. */
static bool inside_entity(const st *s, uint32_t a, uint32_t b)
{
    int i = s->tokent[a];
    if (i < 0) return false;
    const entity *e = &s->doc->entities[i];
    return e->tok_begin <= a && e->tok_end >= b && e->tok_end - e->tok_begin > b - a;
}

/* "Die Syrische Beobachtungsstelle für Menschenrechte": where the language writes adjectives in
 * lower case (names.txt "flag adjective-names"), a capitalized adjective inside a sentence
 * starts a name that runs over the following capitalized words and connectors ("für"); it
 * becomes an organization seed. Runs inside a longer tagger entity, over a person or without a
 * capitalized word after the adjective are left alone. */
static void seed_adjective_names(st *s)
{
    const document *d = s->doc;
    if (!participants_res_name_is(s->r, NAME_FLAG, "adjective-names", 15)) return;
    for (uint32_t t = 1; t < d->ntokens; t++) {
        const token *k = &d->tokens[t];
        uint32_t sb = sent_begin(s, t), se = sent_end(s, t);
        if (s->used[t] || t == sb || !is_cap(s, t) || !in_body(s, t) || is_punct(s, t - 1) ||
            participants_res_name_is(s->r, NAME_NONNAME, ttext(s, t), tlen(s, t)))
            continue; /* "Tausende Haushalte" */
        demonym_kind dk = DEMONYM_NONE;
        bool may = participants_res_may_name(s->r, ttext(s, t), tlen(s, t));
        if (k->pos != UPOS_ADJ &&
            (!may || !participants_res_demonym(s->r, ttext(s, t), tlen(s, t), &dk, NULL) ||
             dk != DEMONYM_ADJ))
            continue;
        cand probe = {.tb = t, .te = t + 1, .start = k->start, .end = k->end, .cluster = -1};
        if (may) {
            classify(s, &probe); /* "Leipziger": a known place's adjective, not a name start */
            if (probe.weight && !probe.country) continue;
        }
        uint32_t te = t + 1;
        for (;;) {
            uint32_t u = te;
            int w = u < se ? connector_at(s, u, se, NAME_CONNECTOR) : 0;
            u += (uint32_t)w;
            if (u >= se || s->used[u] || !is_cap(s, u) || acronym_shape(ttext(s, u), tlen(s, u)) ||
                d->tokens[u].pos == UPOS_VERB || d->tokens[u].pos == UPOS_AUX ||
                (s->tokent[u] >= 0 && d->entities[s->tokent[u]].type == ENT_PER))
                break;
            te = u + 1;
        }
        if (te - t < 2 || inside_entity(s, t, te)) continue;
        /* a role of qualifiers and role words ("Der Vorsitzende Richter Thomas Becker") */
        bool role = true;
        role_match m;
        size_t skip;
        for (uint32_t u = t; u < te && role; u++)
            role = participants_res_role_pre(s->r, ttext(s, u), tlen(s, u)) ||
                   (role_exact(s, u, u + 1, &m, &skip) && !skip);
        if (role) continue;
        /* "Der Dresdner Oberbürgermeister Dirk Hilbert", "Der Schalker Trainer": an adjective
         * before role words only is no name; the role is the person's */
        /* ... nor before a noun for a kind of organization ("Der Hamburger Konzern") */
        bool roles_after = true;
        for (uint32_t u = t + 1; u < te && roles_after; u++)
            roles_after = (role_exact(s, u, u + 1, &m, &skip) && !skip) || orgkind_word(s, u);
        if (roles_after) continue;
        cand *c = cand_add(s, t, te, k->start, d->tokens[te - 1].end, ENT_ORG, SRC_LEXICON);
        if (!c) return;
        c->weight = 2;
        c->key = fold_span(s, c->start, c->end);
        place_country(s, c);
        t = te - 1;
    }
}

/* "the bloc's Digital Markets Act", "the Inflation Reduction Act": in English, one to four
 * capitalized words no seed holds before "Act" name a law, a misc name (runs after the tagger's
 * entities). */
static void seed_laws(st *s)
{
    const document *d = s->doc;
    if (strcmp(d->lang, "en")) return;
    for (uint32_t t = 1; t < d->ntokens; t++) {
        if (s->used[t] || !tok_is(s, t, "Act") || !in_body(s, t)) continue;
        uint32_t sb = sent_begin(s, t), b = t;
        while (b > sb && t - b < 4 && !s->used[b - 1] && is_cap(s, b - 1) && !is_punct(s, b - 1) &&
               !participants_res_name_is(s->r, NAME_NONNAME, ttext(s, b - 1), tlen(s, b - 1)))
            b--;
        if (b == t) continue;
        cand *c =
            cand_add(s, b, t + 1, d->tokens[b].start, d->tokens[t].end, ENT_MISC, SRC_LEXICON);
        if (!c) return;
        c->weight = 2;
        c->key = fold_span(s, c->start, c->end);
    }
}

/* Whether token t can be the surname after a given name: a capitalized proper noun of two
 * letters or more (no initial, no acronym), with its possessive ending no country, known
 * organization, demonym, role or non-name. */
static bool surname_like(st *s, uint32_t t)
{
    const token *k = &s->doc->tokens[t];
    const char *w = ttext(s, t), *code;
    size_t n = tlen(s, t), pl = possessive_len(w, n), wl = n - pl;
    role_match m;
    demonym_kind dk;
    /* a noun too where the language writes nouns in lower case ("Mbappe's" tagged a noun) */
    bool lower_nouns = !participants_res_name_is(s->r, NAME_FLAG, "adjective-names", 15);
    if (s->used[t] || !is_cap(s, t) || k->kind != TOK_WORD ||
        (k->pos != UPOS_PROPN && (k->pos != UPOS_NOUN || !lower_nouns)) || wl < 2 ||
        w[wl - 1] == '.' || acronym_shape(w, wl))
        return false;
    return !(s->c && countries_lookup(s->c, s->doc->lang, w, wl)) &&
           participants_res_name(s->r, w, wl, &code) != NAME_ORG &&
           !participants_res_name_is(s->r, NAME_NONNAME, w, wl) &&
           !participants_res_demonym(s->r, w, wl, &dk, NULL) &&
           !participants_res_role(s->r, w, wl, &m);
}

/* "Kylian Mbappe's goal" (a misc "Kylian", nothing on "Mbappe's"), "Jude Bellingham" (a place
 * "Bellingham"): a given name (resources/given-names.txt) before one or two surname-like proper
 * nouns is a person, where the tagger split the two or tagged neither. A tagger entity that
 * holds both, or runs past them ("Morgan Stanley", "Anne Frank House"), is left to the tagger,
 * and so is a name followed by a capitalized noun ("Max Planck Institute"). */
/* A public person of people.txt by a name of two to four capitalized words the tagger left
 * untagged ("Vice Premier He Lifeng" with the pronoun-like "He"): the longest such name from
 * each word is a person. */
static void seed_people(st *s)
{
    const document *d = s->doc;
    for (uint32_t t = 0; t + 1 < d->ntokens; t++) {
        if (s->used[t] || !in_body(s, t)) continue;
        uint32_t se = sent_end(s, t), run = 0;
        while (run < 4 && t + run < se && !s->used[t + run] && s->tokent[t + run] < 0 &&
               is_cap(s, t + run) && !is_punct(s, t + run))
            run++;
        for (uint32_t w = run; w >= 2; w--) {
            uint32_t te = t + w;
            size_t cut = possessive_len(ttext(s, te - 1), tlen(s, te - 1));
            if (!participants_res_person(s->r, ttext(s, t), span_len(s, t, te) - cut)) continue;
            cand *c =
                cand_add(s, t, te, d->tokens[t].start, d->tokens[te - 1].end, ENT_PER, SRC_TAGGER);
            if (!c) return;
            c->weight = 3;
            c->cut = (uint32_t)cut;
            c->key = fold_span(s, c->start, c->end - c->cut);
            t = te - 1;
            break;
        }
    }
}

static void seed_given_names(st *s)
{
    const document *d = s->doc;
    for (uint32_t t = 0; t + 1 < d->ntokens; t++) {
        const token *k = &d->tokens[t];
        uint32_t se = sent_end(s, t), te = t + 1;
        if (s->used[t] || !is_cap(s, t) || !in_body(s, t) ||
            (k->pos != UPOS_PROPN && k->pos != UPOS_NOUN && k->pos != UPOS_ADJ) ||
            !participants_res_name_is(s->r, NAME_GIVEN, ttext(s, t), tlen(s, t)))
            continue;
        while (te < se && te - t <= 2 && surname_like(s, te) &&
               !possessive_len(ttext(s, te - 1), tlen(s, te - 1)))
            te++;
        if (te == t + 1 || (te < se && is_cap(s, te) && d->tokens[te].pos == UPOS_NOUN)) continue;
        /* every tagger entity here lies inside [t, te) and holds one word, or one that is no
         * person holds just [t, te) and the name ends in a possessive ("Bukayo Saka's run"
         * tagged an organization) */
        int i = s->tokent[t];
        bool split = i >= 0 && d->entities[i].tok_begin == t && d->entities[i].tok_end == te &&
                     d->entities[i].type != ENT_PER &&
                     possessive_len(ttext(s, te - 1), tlen(s, te - 1));
        /* ... or the given name is untagged before an entity that holds just the rest
         * ("Marine" + "Le Pen's" tagged an organization) */
        int j = s->tokent[t + 1];
        split |= i < 0 && te - t >= 2 && j >= 0 && d->entities[j].tok_begin == t + 1 &&
                 d->entities[j].tok_end == te;
        for (uint32_t u = t; u < te && !split; u++) {
            i = s->tokent[u];
            if (i >= 0 && (d->entities[i].tok_begin != u || d->entities[i].tok_end != u + 1)) break;
            split = u + 1 == te;
        }
        if (!split) continue;
        cand *c = cand_add(s, t, te, k->start, d->tokens[te - 1].end, ENT_PER, SRC_TAGGER);
        if (!c) return;
        c->weight = 3;
        c->cut = (uint32_t)possessive_len(d->text + c->start, c->end - c->start);
        c->key = fold_span(s, c->start, c->end - c->cut);
        t = te - 1;
    }
}

/* "ein Trump-Berater": an untagged compound of a capitalized name and a noun of names.txt
 * "aide" after its hyphen; the name is a person (a known organization or place before the
 * hyphen is the lexicon's, seeded later: "Pentagon-Berater"). So is an untagged proper noun,
 * also with a possessive ending, before the aide noun ("Trump's adviser said" opening a
 * sentence). */
static void seed_aide_compounds(st *s)
{
    const document *d = s->doc;
    for (uint32_t t = 0; t < d->ntokens; t++) {
        const token *k = &d->tokens[t];
        const char *p = ttext(s, t), *h = memchr(p, '-', tlen(s, t));
        if (s->used[t] || s->tokent[t] >= 0 || !is_cap(s, t) || !in_body(s, t) ||
            k->kind != TOK_WORD)
            continue;
        size_t pl = h ? (size_t)(h - p) : tlen(s, t) - possessive_len(p, tlen(s, t));
        const char *code;
        demonym_kind dk;
        if (!h && !aide_after(s, t, k->start + (uint32_t)pl)) continue;
        if (pl < 2 || acronym_shape(p, pl) || (h && memchr(h + 1, '-', tlen(s, t) - pl - 1)) ||
            (h && !participants_res_name_is(s->r, NAME_AIDE, h + 1, tlen(s, t) - pl - 1)) ||
            participants_res_name(s->r, p, pl, &code) != NAME_NONE ||
            participants_res_demonym(s->r, p, pl, &dk, NULL) ||
            (s->c && countries_lookup(s->c, d->lang, p, pl)))
            continue;
        /* the mention keeps a possessive ending ("Trump's"), the name does not */
        uint32_t end = h ? k->start + (uint32_t)pl : k->end;
        cand *c = cand_add(s, t, t + 1, k->start, end, ENT_PER, SRC_TAGGER);
        if (!c) return;
        c->weight = 2;
        c->cut = (uint32_t)(end - k->start - pl);
        c->key = fold_span(s, c->start, c->end - c->cut);
    }
}

/* "ein gemeinsames Essen", "sein Essen": a one-word name the tagger left untagged, that the
 * POS tagger calls a common noun after a lower-case adjective or a word of names.txt
 * "nounmark" (indefinite articles, possessives), is used as the noun here, not as the city or
 * company of the names lexicon. A definite article proves nothing: "die Bahn". */
static bool common_noun_use(const st *s, uint32_t t)
{
    const token *k = s->doc->tokens;
    if (k[t].pos != UPOS_NOUN || t == sent_begin(s, t)) return false;
    if (k[t - 1].pos == UPOS_ADJ && !is_cap(s, t - 1)) return true;
    return participants_res_name_is(s->r, NAME_NOUNMARK, ttext(s, t - 1), tlen(s, t - 1));
}

/* Untagged tokens: country names, known organizations and places, demonyms. With minw > 1,
 * only names of at least minw words that no longer tagger entity holds (a pass before the
 * tagger's entities, so "Deutsche Bahn" beats a tagged "Deutsche"). */
static void seed_lexicon(st *s, int minw)
{
    const document *d = s->doc;
    int maxw = participants_res_max_name_words(s->r);
    if (maxw < 3) maxw = 3;
    for (uint32_t t = 0; t < d->ntokens; t++) {
        if (s->used[t] || !in_body(s, t)) continue;
        const token *k = &d->tokens[t];
        if (k->kind != TOK_WORD && k->kind != TOK_ABBREV) continue;
        uint32_t se = sent_end(s, t);
        bool done = false;
        if (!participants_res_may_name(s->r, ttext(s, t), tlen(s, t))) continue;
        /* a capitalized word with a possessive ending is a name whatever its tag ("Japan's"
         * opening a sentence, tagged a verb) */
        /* ... and so is a capitalized word inside a sentence ("the Fed", tagged a verb), or one
         * opening it before anything but a pronoun ("Volkswagen meldete ...", tagged a verb; not
         * "Kommt er ..."): only a lexicon name makes a candidate of it below */
        if (is_cap(s, t) &&
            (content_word(k) || possessive_len(ttext(s, t), tlen(s, t)) || t > sent_begin(s, t) ||
             (t + 1 < se && d->tokens[t + 1].pos != UPOS_PRON))) {
            int run = 1; /* capitalized tokens from t, short lower-case words inside */
            while (run < maxw && t + (uint32_t)run < se && !s->used[t + (uint32_t)run] &&
                   (is_cap(s, t + (uint32_t)run) ||
                    (tlen(s, t + (uint32_t)run) <= 4 && !is_punct(s, t + (uint32_t)run))))
                run++;
            if (minw == 1) /* second pass: longer spans only as all-capitalized country names */
                for (int w = 1; w < run; w++)
                    if (!is_cap(s, t + (uint32_t)w) || w >= 3) {
                        run = w;
                        break;
                    }
            for (int w = run; w >= minw && !done; w--) {
                uint32_t te = t + (uint32_t)w;
                if (te > se) continue;
                if (minw > 1 && inside_entity(s, t, te)) continue;
                bool ok = true;
                for (uint32_t u = t; u < te && ok; u++)
                    ok = !s->used[u] && !is_punct(s, u);
                if (!ok || !is_cap(s, te - 1)) continue;
                if (w == 1 && participants_res_name_is(s->r, NAME_NONNAME, ttext(s, t), tlen(s, t)))
                    break;
                cand probe = {.tb = t, .te = te, .start = k->start, .end = d->tokens[te - 1].end};
                while (probe.end > probe.start + 1 && d->text[probe.end - 1] == '-')
                    probe.end--; /* "US-" of "US- und russischen Militärs" */
                probe.cluster = -1;
                classify(s, &probe);
                if (!probe.country && !probe.weight) continue;
                /* "The U.S.", "The Gambia": the article is never part of the name; the name
                 * alone is found from the next word */
                if (probe.country && w >= 2 && d->tokens[t].pos == UPOS_DET) continue;
                if (minw > 1 && probe.country) continue; /* country names: after the tagger */
                /* "DETROIT 4 Kansas City 1": a known place of several words that the tagger
                 * calls an organization, as a whole, is left to the tagger's entity (the club,
                 * as a one-word place the tagger calls an organization is) */
                if (minw > 1 && probe.type == ENT_LOC && s->tokent[t] >= 0 &&
                    d->entities[s->tokent[t]].type == ENT_ORG &&
                    d->entities[s->tokent[t]].tok_begin == t &&
                    d->entities[s->tokent[t]].tok_end == te)
                    continue;
                /* ... and so is one a sports result names ("beat San Francisco 25-22") */
                if (minw > 1 && probe.type == ENT_LOC && s->tokent[t] >= 0 &&
                    d->entities[s->tokent[t]].tok_begin == t &&
                    d->entities[s->tokent[t]].tok_end == te && match_span(s, t, te))
                    continue;
                if (w == 1 && !probe.country && common_noun_use(s, t)) continue;
                uint32_t tb = t;
                int type = probe.type;
                if (type == ENT_LOC && !probe.country) orghead_extend(s, &tb, te, &type);
                /* "Das Frankfurter Landgericht": a place's adjective before an untagged orghead
                 * is that place's organization */
                if (w == 1 && type == ENT_LOC && !probe.country && tb == t && te < se &&
                    !s->used[te] && d->tokens[te].ner == 0 && is_cap(s, te) &&
                    participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, te), tlen(s, te)) &&
                    people_place(s, t, NULL)) {
                    cand *c =
                        cand_add(s, t, te + 1, k->start, d->tokens[te].end, ENT_ORG, SRC_LEXICON);
                    if (!c) return;
                    c->weight = 3;
                    c->key = fold_span(s, c->start, c->end);
                    memcpy(c->cc, probe.cc, 3);
                    done = true;
                    continue;
                }
                cand *c = cand_add(s, tb, te, d->tokens[tb].start, probe.end, type, SRC_LEXICON);
                if (!c) return;
                if (tb == t) {
                    *c = probe;
                    c->src = SRC_LEXICON;
                } else {
                    c->key = fold_span(s, c->start, c->end);
                }
                c->weight = 3;
                done = true;
            }
            if (done || minw > 1) continue;
            /* "Pentagon-Sprecher", "GDL-Chef": a known name before the hyphen */
            const char *p = ttext(s, t), *h = memchr(p, '-', tlen(s, t));
            const char *code, *base = NULL;
            name_kind nk;
            size_t pl = h ? (size_t)(h - p) : 0, cut = 0;
            if (pl && (nk = participants_res_name_base(s->r, p, pl, &code, &base)) != NAME_ORG &&
                nk != NAME_PLACE && (cut = participants_res_name_ending(s->r, p, pl)))
                nk = participants_res_name_base(s->r, p, pl - cut, &code, &base);
            if (pl && (nk == NAME_ORG || nk == NAME_PLACE)) {
                cand *c = cand_add(s, t, t + 1, k->start, k->start + (uint32_t)(h - p),
                                   nk == NAME_ORG ? ENT_ORG : ENT_LOC, SRC_LEXICON);
                if (!c) return;
                c->weight = 3;
                c->cut = (uint32_t)cut;
                if (*code) memcpy(c->cc, code, 2);
                c->key = fold_span(s, c->start, c->end - c->cut);
                if (base) { /* "UN-Generalsekretär": the Vereinte Nationen */
                    c->base = base;
                    base_key(s, c);
                }
                continue;
            }
        }
        if (!content_word(k)) continue;
        demonym_kind dk;
        size_t span;
        const char *code = participants_res_demonym(s->r, ttext(s, t), tlen(s, t), &dk, &span);
        if (code) {
            cand *c =
                cand_add(s, t, t + 1, k->start, k->start + (uint32_t)span, ENT_LOC, SRC_DEMONYM);
            if (!c) return;
            set_country(s, c, code);
            c->weight = 1;
        }
    }
}

/* ---- clustering ---- */

/* The last word of a key ("lloyd austin" → "austin"). */
static const char *last_word(const char *k)
{
    const char *sp = strrchr(k, ' ');
    return sp ? sp + 1 : k;
}

/* Whether w (upper-case letters, 2..6) spells the initials of key's capitalized words. */
static bool acronym_of(const st *s, const cand *full, const char *txt, size_t n)
{
    if (n < 2 || n > 6) return false;
    for (size_t i = 0; i < n; i++)
        if (txt[i] < 'A' || txt[i] > 'Z') return false;
    size_t j = 0;
    for (uint32_t t = full->tb; t < full->te; t++) {
        if (!is_cap(s, t)) continue;
        if (j == n || ttext(s, t)[0] != txt[j]) return false;
        j++;
    }
    return j == n && full->te - full->tb >= 2;
}

/* The person cluster whose surname (or, if unique, first name) is key; when several people
 * share the surname, the one mentioned last before the scan position (clus.seen), and none when
 * neither was. -1 when none. */
static int person_for(const st *s, const char *key)
{
    int best = -1, nsur = 0;
    for (const wnode *n = wtab_get(&s->sur, key, strlen(key)); n; n = n->next) {
        nsur++;
        if (best < 0 || s->cl[n->cl].seen > s->cl[best].seen) best = n->cl;
    }
    if (nsur == 1) return best;
    if (nsur > 1) return s->cl[best].seen >= 0 ? best : -1;
    const wnode *f = wtab_get(&s->first, key, strlen(key));
    return f && !f->next ? f->cl : -1;
}

/* The one person cluster whose key ends with the hyphenated surname key ("bankman fried" of
 * "Bankman-Fried" for "Sam Bankman-Fried"); -1 when none or several, or key has no hyphen. */
static int hyphen_surname(const st *s, const char *key)
{
    size_t n = strlen(key);
    int found = -1;
    if (!strchr(key, ' ')) return -1;
    const char *lw = last_word(key); /* the surname index holds the persons' last words */
    for (const wnode *w = wtab_get(&s->sur, lw, strlen(lw)); w; w = w->next) {
        const clus *c = &s->cl[w->cl];
        size_t m = strlen(c->key);
        if (m <= n + 1 || c->key[m - n - 1] != ' ' || strcmp(c->key + m - n, key)) continue;
        if (found >= 0 && found != w->cl) return -1;
        found = w->cl;
    }
    return found;
}

/* The one multi-word organization cluster whose last word is key ("Leverkusen" for "Bayer
 * Leverkusen"); -1 when none or several. */
static int org_for(const st *s, const char *key)
{
    int hit = -1;
    for (const wnode *n = wtab_get(&s->orgs, key, strlen(key)); n; n = n->next) {
        const clus *c = &s->cl[n->cl];
        /* ... also a storm's misc name: "Ylenia" after "Sturmtief Ylenia" */
        if (c->country || c->best < 0 ||
            (s->cv[c->best].type != ENT_ORG &&
             !(s->cv[c->best].type == ENT_MISC && mischead_word(s, s->cv[c->best].tb))))
            continue;
        if (hit >= 0) return -1;
        hit = n->cl;
    }
    return hit;
}

/* Indexes the multi-word clusters of the first clustering pass by word. */
/* "Staatsanwaltschaft Köln", "Polizei Hannover", "Universität Hamburg": an organization named
 * by an "orghead" of names.txt and its place. The place alone ("die Polizei in Köln", "auf der
 * A7 bei Hannover") is the place, not the organization, unless the head is a club's
 * ("clubhead": "Leverkusen" for "Bayer Leverkusen", "Wolfsburgs" for "VfL Wolfsburg"). */
static bool authority_of_place(const st *s, const clus *c)
{
    if (c->best < 0) return false;
    uint32_t t = s->cv[c->best].tb;
    return participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, t), tlen(s, t)) &&
           !participants_res_name_is(s->r, NAME_CLUBHEAD, ttext(s, t), tlen(s, t));
}

static void index_names(st *s)
{
    if (!wtab_init(s, &s->sur, s->ncl) || !wtab_init(s, &s->first, s->ncl) ||
        !wtab_init(s, &s->orgs, s->ncl))
        return;
    for (size_t i = 0; i < s->ncl; i++) {
        const clus *c = &s->cl[i];
        const char *sp = strchr(c->key, ' ');
        if (!sp || c->country) continue;
        const char *lw = last_word(c->key);
        if (c->person_name) {
            wtab_add(s, &s->sur, lw, strlen(lw), (int)i);
            wtab_add(s, &s->first, c->key, (size_t)(sp - c->key), (int)i);
        } else if (!authority_of_place(s, c)) {
            wtab_add(s, &s->orgs, lw, strlen(lw), (int)i);
        }
    }
}

/* "The Metropolitan Opera ... The Met's general manager": a one-word name (three letters or
 * more, no lexicon name) that is the clipped start of the first word of exactly one multi-word
 * organization is that organization; -1 when none. */
static int clipped_cluster(const st *s, const cand *c)
{
    size_t n = strlen(c->key);
    if (n < 3 || c->type == ENT_PER || strchr(c->key, ' ') ||
        participants_res_name(s->r, ttext(s, c->tb), tlen(s, c->tb), NULL) != NAME_NONE)
        return -1;
    int hit = -1;
    for (size_t i = 0; i < s->ncl; i++) {
        const clus *o = &s->cl[i];
        const char *sp = strchr(o->key, ' ');
        if (!sp || o->country || o->best < 0 || s->cv[o->best].type != ENT_ORG ||
            (size_t)(sp - o->key) <= n || memcmp(o->key, c->key, n))
            continue;
        if (hit >= 0) return -1;
        hit = (int)i;
    }
    return hit;
}

static int acronym_cluster(const st *s, const char *txt, size_t n)
{
    /* "U.N." is the acronym "UN": capitals each followed by a full stop */
    char dotless[8];
    if (n >= 4 && n <= 12 && n % 2 == 0) {
        size_t k = 0;
        for (size_t i = 0; i + 1 < n && txt[i] >= 'A' && txt[i] <= 'Z' && txt[i + 1] == '.'; i += 2)
            dotless[k++] = txt[i];
        if (2 * k == n) {
            txt = dotless;
            n = k;
        }
    }
    if (!acronym_shape(txt, n)) return -1;
    for (size_t i = 0; i < s->ncl; i++)
        if (s->cl[i].best >= 0 && !s->cl[i].country && acronym_of(s, &s->cv[s->cl[i].best], txt, n))
            return (int)i;
    return -1;
}

/* Key less a name ending ("pentagons" → "pentagon"), if that is a cluster. */
static int stripped_cluster(st *s, const cand *c)
{
    size_t n = c->end - c->start,
           cut = participants_res_name_ending(s->r, s->doc->text + c->start, n);
    if (!cut) return -1;
    const char *k = fold_span(s, c->start, c->end - (uint32_t)cut);
    int cl = cl_find(s, k);
    if (cl < 0 && k && c->te - c->tb == 1) cl = person_for(s, k); /* "Navarro's" */
    return cl;
}

static void assign(st *s, size_t i, int cl)
{
    cand *c = &s->cv[i];
    clus *k = &s->cl[cl];
    c->cluster = cl;
    /* a name the lexicon gives a base form ("Fed" → Federal Reserve) finds its cluster when
     * it is repeated */
    if (c->base) cl_alias(s, fold_span(s, c->start, c->end - c->cut), cl);
    if (c->country) k->country = true;
    if (c->cc[0] && !k->cc[0]) memcpy(k->cc, c->cc, 3);
    if (c->cc[0] && c->type == ENT_MISC) k->misc_cc = true;
    k->votes[c->type < ENT_COUNT ? c->type : ENT_MISC] += c->weight;
    if ((int)c->te > k->last_tok) k->last_tok = (int)c->te;
    if (k->best < 0 || (c->weight && (c->te - c->tb > s->cv[k->best].te - s->cv[k->best].tb ||
                                      !s->cv[k->best].weight)))
        k->best = (int)i;
}

static int cand_cmp(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* The cluster a misc "die Münchner" stands for: the one organization named after that place
 * ("FC Bayern München", or "FC Bayern" that the lexicon knows as "FC Bayern München"), else
 * the place itself when the text names it; -1 when neither. */
static int people_cluster(st *s, const cand *c)
{
    const char *pk =
        c->type == ENT_MISC && c->te - c->tb == 1 ? people_place(s, c->tb, NULL) : NULL;
    if (!pk) return -1;
    int k = org_for(s, pk);
    /* not the court, police or university of that place ("die Polizei Köln ... die Kölner") */
    if (k >= 0 && s->cl[k].best >= 0) {
        const cand *b = &s->cv[s->cl[k].best];
        if (participants_res_name_is(s->r, NAME_ORGHEAD, ttext(s, b->tb), tlen(s, b->tb)) &&
            !participants_res_name_is(s->r, NAME_CLUBHEAD, ttext(s, b->tb), tlen(s, b->tb)))
            k = -1;
    }
    for (size_t i = 0; k < 0 && i < s->ncl; i++) {
        const clus *o = &s->cl[i];
        char full[2 * KEY_CAP + 2];
        const char *code;
        size_t on = strlen(o->key), pn = strlen(pk);
        if (o->country || o->best < 0 || s->cv[o->best].type != ENT_ORG || on + pn + 1 > KEY_CAP)
            continue;
        memcpy(full, o->key, on);
        full[on] = ' ';
        memcpy(full + on + 1, pk, pn);
        if (participants_res_name(s->r, full, on + pn + 1, &code) == NAME_ORG) k = (int)i;
    }
    return k >= 0 ? k : cl_find(s, pk);
}

static void cluster_seeds(st *s)
{
    qsort(s->cv, s->nc, sizeof *s->cv, cand_cmp);
    for (size_t i = 0; i < s->nc; i++) {
        cand *c = &s->cv[i];
        if (!c->key || c->country || c->te - c->tb < 2) continue;
        int k = cl_find(s, c->key);
        if (k < 0 && (k = cl_new(s, c->key)) < 0) return;
        if (c->type == ENT_PER) s->cl[k].person_name = true;
        assign(s, i, k);
    }
    index_names(s);
    for (size_t i = 0; i < s->nc; i++) {
        cand *c = &s->cv[i];
        if (c->cluster >= 0 && c->weight) s->cl[c->cluster].seen = (int)c->te;
        if (c->cluster >= 0 || !c->key) continue;
        int k = -1;
        /* "Europäische Weltraumorganisation ESA", "Gewerkschaft Deutscher Lokomotivführer
         * (GDL)": an acronym right after a multi-word name is that name */
        if (i > 0 && c->te - c->tb == 1 && acronym_shape(ttext(s, c->tb), tlen(s, c->tb))) {
            const cand *p = &s->cv[i - 1];
            if (p->cluster >= 0 && p->te - p->tb >= 2 && !p->country && p->type != ENT_PER &&
                (p->te == c->tb || (p->te + 1 == c->tb && tok_is(s, p->te, "(")))) {
                k = p->cluster;
                cl_alias(s, c->key, k);
            }
        }
        if (k < 0) k = cl_find(s, c->key);
        if (k < 0 && !c->country && (k = stripped_cluster(s, c)) >= 0)
            c->cut = (uint32_t)participants_res_name_ending(s->r, s->doc->text + c->start,
                                                            c->end - c->start);
        if (k < 0 && !c->country && c->te - c->tb == 1 && !c->cc[0]) {
            if ((k = person_for(s, c->key)) >= 0 || (k = hyphen_surname(s, c->key)) >= 0)
                c->weight = 0;
            /* a place or organization the tagger saw before the person is named is no surname
             * of it ("über den Rhein" before "Boris Rhein") */
            if (k >= 0 && (c->type == ENT_LOC || c->type == ENT_ORG) && s->cl[k].seen < 0 &&
                !s->cl[k].country)
                k = -1, c->weight = 2;
        }
        /* ... but a dateline's place is that place ("München (dpa) -" before "FC Bayern
         * München") */
        /* ... nor a place after "in" ("the first leg in Madrid" is no "Real Madrid") */
        bool in_place = c->type == ENT_LOC && after_in(s, c->tb);
        if (k < 0 && !c->country && c->te - c->tb == 1 && c->end > s->doc->dateline_end &&
            !in_place) {
            const char *sk = c->key;
            size_t cut =
                participants_res_name_ending(s->r, s->doc->text + c->start, c->end - c->start);
            if ((k = org_for(s, sk)) < 0 && cut &&
                (sk = fold_span(s, c->start, c->end - (uint32_t)cut)))
                k = org_for(s, sk);
            if (k >= 0) c->weight = 0;
        }
        if (k < 0 && !c->country)
            k = acronym_cluster(s, s->doc->text + c->start, c->end - c->start);
        if (k < 0 && !c->country && c->te - c->tb == 1 && (k = clipped_cluster(s, c)) >= 0)
            c->weight = 0;
        if (k < 0 && (k = people_cluster(s, c)) >= 0) c->weight = 0;
        if (k < 0 && (k = cl_new(s, c->key)) < 0) return;
        assign(s, i, k);
        if (c->weight) s->cl[k].seen = (int)c->te;
    }
}

/* Each cluster's name candidate again (after candidates moved): the first with the most
 * tokens among the voting ones. */
static void pick_names(st *s)
{
    for (size_t i = 0; i < s->ncl; i++)
        s->cl[i].best = -1;
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        clus *k = &s->cl[c->cluster];
        if (k->best < 0 || (c->weight && (c->te - c->tb > s->cv[k->best].te - s->cv[k->best].tb ||
                                          !s->cv[k->best].weight)))
            k->best = (int)i;
    }
}

/* Seeds without a key (nothing left after folding) joined no cluster: they are no mentions, and
 * their tokens are free again. Afterwards every candidate has a cluster. */
static void drop_unclustered(st *s)
{
    size_t out = 0;
    for (size_t i = 0; i < s->nc; i++) {
        if (s->cv[i].cluster < 0) {
            for (uint32_t t = s->cv[i].tb; t < s->cv[i].te; t++)
                s->used[t] = 0;
            continue;
        }
        s->cv[out++] = s->cv[i];
    }
    if (out == s->nc) return;
    s->nc = out;
    pick_names(s);
}

/* Tokens no seed covers that repeat a cluster's name. */
static void add_repeats(st *s)
{
    const document *d = s->doc;
    size_t nseed = s->nc, ci = 0;
    for (size_t i = 0; i < s->ncl; i++)
        s->cl[i].seen = -1;
    for (uint32_t t = 0; t < d->ntokens; t++) {
        for (; ci < nseed && s->cv[ci].start < d->tokens[t].start; ci++)
            if (s->cv[ci].weight) s->cl[s->cv[ci].cluster].seen = (int)s->cv[ci].te;
        if (s->used[t] || !in_body(s, t) || !is_cap(s, t)) continue;
        /* a non-name word ("He") capitalized inside an English sentence, after a word, is the
         * surname of a person named before ("Yellen last met He in San Francisco" after "Vice
         * Premier He Lifeng"); English writes its pronouns in lower case there */
        if (participants_res_name_is(s->r, NAME_NONNAME, ttext(s, t), tlen(s, t))) {
            int pc = t > sent_begin(s, t) && !is_punct(s, t - 1) && !strcmp(d->lang, "en")
                         ? person_for(s, fold_span(s, d->tokens[t].start, d->tokens[t].end))
                         : -1;
            if (pc < 0 || s->cl[pc].seen < 0) continue;
        }
        const token *k = &d->tokens[t];
        uint32_t se = sent_end(s, t);
        int cl = -1;
        /* "ein gemeinsames Essen" repeats no name, though Essen the city is one */
        bool noun = common_noun_use(s, t);
        uint32_t te = t + 1, end = k->end;
        for (uint32_t w = 3; w >= 2 && cl < 0; w--) {
            if (t + w > se) continue;
            bool ok = true;
            for (uint32_t u = t; u < t + w && ok; u++)
                ok = !s->used[u] && is_cap(s, u);
            if (!ok) continue;
            cl = cl_find(s, fold_span(s, k->start, d->tokens[t + w - 1].end));
            if (cl >= 0) te = t + w, end = d->tokens[t + w - 1].end;
        }
        if (cl < 0 && !noun) {
            cand probe = {.tb = t, .te = t + 1, .start = k->start, .end = k->end};
            const char *key = fold_span(s, k->start, k->end);
            if (!key) continue;
            cl = cl_find(s, key);
            if (cl >= 0 && s->cl[cl].country) cl = -1; /* countries come from the lexicon */
            if (cl < 0) cl = stripped_cluster(s, &probe);
            /* an untagged word is a person's surname only after the person is named ("über
             * den Rhein" before "Boris Rhein" is the river) */
            if (cl < 0 && (cl = person_for(s, key)) >= 0 && s->cl[cl].seen < 0) cl = -1;
            /* ... also a hyphenated one ("Bankman-Fried, 32, was convicted", tagged a verb) */
            if (cl < 0 && (cl = hyphen_surname(s, key)) >= 0 && s->cl[cl].seen < 0) cl = -1;
            /* "Manchester City ... for City", "die Deutsche Bahn ... Die Bahn": the last word
             * of a two-word organization named before, where it is no name of its own */
            const char *code;
            if (cl < 0 && (cl = org_for(s, key)) >= 0 &&
                (s->cl[cl].seen < 0 || strchr(strchr(s->cl[cl].key, ' ') + 1, ' ') ||
                 participants_res_name(s->r, ttext(s, t), tlen(s, t), &code) != NAME_NONE))
                cl = -1;
            if (cl < 0) cl = acronym_cluster(s, ttext(s, t), tlen(s, t));
            if (cl < 0) {
                const char *p = ttext(s, t), *h = memchr(p, '-', tlen(s, t));
                if (h && h > p) {
                    cl = cl_find(s, fold_span(s, k->start, k->start + (uint32_t)(h - p)));
                    if (cl >= 0) end = k->start + (uint32_t)(h - p);
                }
            }
        }
        if (cl < 0) continue;
        cand *c = cand_add(s, t, te, k->start, end, ENT_MISC, SRC_REPEAT);
        if (!c) return;
        c->key = s->cl[cl].key;
        assign(s, s->nc - 1, cl);
        t = te - 1;
    }
    if (s->nc == nseed) return;
    /* back in text order; the clusters' name candidates are found again */
    qsort(s->cv, s->nc, sizeof *s->cv, cand_cmp);
    pick_names(s);
}

/* ---- roles and countries ---- */

static void add_role(st *s, clus *k, const char *role)
{
    if (!role || !*role || k->nroles == MAX_ROLES) return;
    char a[KEY_CAP + 1], b[KEY_CAP + 1];
    if (countries_fold(role, strlen(role), a, sizeof a) == (size_t)-1) return;
    for (int i = 0; i < k->nroles; i++)
        if (countries_fold(k->roles[i], strlen(k->roles[i]), b, sizeof b) != (size_t)-1 &&
            strcmp(a, b) == 0)
            return;
    k->roles[k->nroles++] = role;
}

/* A country that tokens [a, b) name through a mention of a cluster with a code. */
static const char *country_in(const st *s, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t < b; t++) {
        int i = s->tokcand[t];
        if (i < 0) continue;
        const cand *c = &s->cv[i];
        if (c->tb >= a && c->te <= b && s->cl[c->cluster].cc[0]) return s->cl[c->cluster].cc;
    }
    return NULL;
}

/* The country of a name text[0..n): a cluster's or the names lexicon's; NULL when unknown. */
static const char *name_country(st *s, const char *text, size_t n)
{
    const char *code = NULL;
    int k = cl_find(
        s, fold_span(s, (uint32_t)(text - s->doc->text), (uint32_t)(text - s->doc->text + n)));
    if (k >= 0 && s->cl[k].cc[0]) return s->cl[k].cc;
    name_kind nk = participants_res_name(s->r, text, n, &code);
    if (nk != NAME_ORG && nk != NAME_PLACE) {
        size_t cut = participants_res_name_ending(s->r, text, n);
        nk = cut ? participants_res_name(s->r, text, n - cut, &code) : NAME_NONE;
    }
    return (nk == NAME_ORG || nk == NAME_PLACE) && code && *code ? code : NULL;
}

/* The role text: the matched words of token t (from byte skip) in base form (or the canonical
 * form), then text [from, to). A hyphen prefix that is a country's demonym gives *cc and is
 * left out ("US-Präsident" → "Präsident"); another prefix stays ("GDL-Chef",
 * "UN-Generalsekretär") and its country, if known, is *cc. */
/* The country code of the known organization (names.txt org) text[0..n) is, or NULL. */
static const char *org_country(const st *s, const char *text, size_t n)
{
    const char *code = NULL;
    return participants_res_name(s->r, text, n, &code) == NAME_ORG && code && code[0] ? code : NULL;
}

static const char *role_text(st *s, size_t t, size_t skip, const role_match *m, uint32_t from,
                             uint32_t to, const char **cc)
{
    const char *p = ttext(s, t);
    size_t n = m->base_len, cut = 0; /* cut: a country's prefix left out of p */
    const char *canonical = m->canonical;
    if (skip) {
        demonym_kind dk;
        size_t span;
        const char *code = participants_res_demonym(s->r, p, tlen(s, t), &dk, &span);
        if (code && dk == DEMONYM_PREFIX && span + 1 == skip) {
            *cc = code;
            p += skip;
        } else {
            *cc = name_country(s, p, skip - 1);
            n += skip;
            canonical = NULL;
        }
    } else {
        /* "UN-Generalsekretär" as one phrase: a demonym prefix still gives the country */
        const char *h = memchr(p, '-', tlen(s, t));
        demonym_kind dk;
        size_t span;
        const char *code;
        if (h && h > p && (size_t)(h - p) < n &&
            (code = participants_res_demonym(s->r, p, tlen(s, t), &dk, &span)) &&
            dk == DEMONYM_PREFIX) {
            *cc = code;
            /* a country's prefix is the country, not part of the role ("US-Präsident" →
             * "Präsident", as with a skipped prefix above); "UN-Generalsekretär" keeps its
             * organization */
            if (span == (size_t)(h - p) && code[0] && code[1] && !code[2] && !canonical) {
                cut = span + 1;
                p += cut;
                n -= cut;
            }
        }
        /* "CDU-Chef", "Pentagon-Sprecher": a known organization's country */
        else if (h && h > p && (size_t)(h - p) < n && (code = org_country(s, p, (size_t)(h - p))))
            *cc = code;
    }
    /* endings the base form keeps ("Außenministerin"): names.txt "keep" */
    size_t full = m->len - skip - cut;
    if (!canonical)
        for (size_t e = full; e > n; e--)
            if (participants_res_name_is(s->r, NAME_KEEP, p + n, e - n)) {
                n = e;
                break;
            }
    if (canonical && from >= to) return canonical;
    const char *base = canonical ? canonical : p;
    size_t bn = canonical ? strlen(canonical) : n;
    size_t extra = to > from ? to - from : 0;
    char *out = arena_alloc(s->a, bn + extra + 1);
    if (!out) {
        s->oom = true;
        return NULL;
    }
    memcpy(out, base, bn);
    if (extra) memcpy(out + bn, s->doc->text + from, extra);
    out[bn + extra] = '\0';
    return out;
}

/* Token index after a role's complement starting at token t ("des Pentagon", "of the Joint
 * Chiefs of Staff"), t itself when there is none; stops before punctuation. */
static uint32_t complement_end(const st *s, uint32_t t, uint32_t se)
{
    int w = t < se ? connector_at(s, t, se, NAME_LINK) : 0;
    if (!w) return t;
    uint32_t e = t + (uint32_t)w, k = 0;
    while (e < se && !is_punct(s, e) && k < 8 && s->doc->tokens[e].pos != UPOS_VERB &&
           s->doc->tokens[e].pos != UPOS_AUX) {
        /* a preposition outside any name after the complement ends it ("president of the
         * European Central Bank on Tuesday") */
        if (k && s->tokcand[e] < 0 && s->tokcand[e - 1] >= 0 && s->doc->tokens[e].pos == UPOS_ADP)
            break;
        e++, k++;
    }
    /* "des Deutschen Fußball-Bundes (DFB)": an acronym in brackets closes the complement */
    if (k && e + 2 < se && tok_is(s, e, "(") && tok_is(s, e + 2, ")") &&
        acronym_shape(ttext(s, e + 1), tlen(s, e + 1)))
        e += 3;
    return k ? e : t;
}

/* The end of a complement [r, ce) for the role's text: without an acronym in brackets that
 * closes it ("des Deutschen Fußball-Bundes (DFB)"). */
static uint32_t text_end(const st *s, uint32_t r, uint32_t ce)
{
    return ce >= r + 4 && tok_is(s, ce - 1, ")") && tok_is(s, ce - 3, "(") ? ce - 3 : ce;
}

/* "der russische General", "his Russian counterpart": the country of a demonym among the
 * adjectives and determiners right before token j (not before sb). NULL when none. */
static const char *demonym_before(const st *s, uint32_t j, uint32_t sb)
{
    const token *tk = s->doc->tokens;
    for (; j > sb; j--) {
        int i = s->tokcand[j - 1];
        if (i >= 0 && s->cv[i].country) return s->cv[i].cc;
        if (tk[j - 1].pos != UPOS_ADJ && tk[j - 1].pos != UPOS_DET && tk[j - 1].pos != UPOS_PRON)
            return NULL;
    }
    return NULL;
}

/* Whether the n bytes at p contain the string w. */
static bool strstr_n(const char *p, size_t n, const char *w)
{
    size_t wn = strlen(w);
    for (size_t i = 0; i + wn <= n; i++)
        if (!memcmp(p + i, w, wn)) return true;
    return false;
}

/* text[0..n) followed by role, in the arena; NULL (and s->oom) when out of memory. */
static const char *prefixed(st *s, const char *text, size_t n, const char *role)
{
    size_t rn = strlen(role);
    char *full = arena_alloc(s->a, n + rn + 1);
    if (!full) {
        s->oom = true;
        return NULL;
    }
    memcpy(full, text, n);
    memcpy(full + n, role, rn + 1);
    return full;
}

/* Roles of one person mention: premodifier, apposition before, apposition after. */
/* The token after the role m that starts at token j (before se). */
static uint32_t role_end(const st *s, uint32_t j, uint32_t se, const role_match *m)
{
    uint32_t r = j;
    while (r < se && s->doc->tokens[r].end <= s->doc->tokens[j].start + m->len)
        r++;
    return r;
}

/* Adds to k the role m of tokens [j, r) with its complement [r, ce) (none when ce == r); the
 * country it names, if any, goes to *pcc when that is still unset. */
static void complement_role(st *s, clus *k, uint32_t j, uint32_t r, uint32_t ce,
                            const role_match *m, const char **pcc)
{
    const token *tk = s->doc->tokens;
    const char *cc = NULL;
    add_role(
        s, k,
        role_text(s, j, 0, m, tk[r - 1].end, ce > r ? tk[text_end(s, r, ce) - 1].end : 0, &cc));
    if (!cc) cc = country_in(s, j, ce);
    if (cc && !*pcc) *pcc = cc;
}

static void mention_roles(st *s, const cand *c, clus *k, const char **pcc)
{
    const token *tk = s->doc->tokens;
    uint32_t sb = sent_begin(s, c->tb), se = sent_end(s, c->tb);
    role_match m, best;
    uint32_t bj = c->tb;
    size_t skip, bskip = 0;
    uint32_t rend = c->tb; /* where the role must end: before a genitive place, if one */
    const char *gen_cc = NULL;
    for (uint32_t back = 1; back <= MAX_ROLE_BACK && c->tb >= sb + back; back++) {
        uint32_t j = c->tb - back;
        if (is_punct(s, j)) break;
        /* "Der Bürgermeister Hamburgs Peter Tschentscher": a place in the genitive right
         * before the name stands between the role and the name, and gives the country */
        int pc = s->tokcand[j];
        if (back == 1 && s->used[j] && pc >= 0 && s->cv[pc].tb == j && s->cv[pc].te == j + 1 &&
            s->cl[s->cv[pc].cluster].type == ENT_LOC && !memchr(ttext(s, j), '-', tlen(s, j)) &&
            participants_res_name_ending(s->r, ttext(s, j), tlen(s, j))) {
            rend = j;
            gen_cc = s->cl[s->cv[pc].cluster].cc[0] ? s->cl[s->cv[pc].cluster].cc : NULL;
            continue;
        }
        /* a word of another mention ends the search, unless the role holds it ("Treasury
         * Secretary", with "Treasury" an organization) */
        bool other = s->used[j] && !memchr(ttext(s, j), '-', tlen(s, j));
        if (role_exact(s, j, rend, &m, &skip)) bj = j, best = m, bskip = skip;
        if (other) break;
    }
    if (bj == c->tb || bj >= rend) gen_cc = NULL;
    if (bj < c->tb) {
        const char *cc = NULL;
        const char *role = role_text(s, bj, bskip, &best, 0, 0, &cc);
        /* "Fed Chair Jerome Powell", "Apple Chief Executive Tim Cook": an organization right
         * before the role belongs to it and gives its country */
        /* "transport minister", "EU climate chief": lower-case nouns before the role are part
         * of it (English writes these compounds as separate words) */
        uint32_t nb = bj;
        /* ... also the sentence's capitalized first word ("Civil protection minister") */
        while (nb > sb && bj - nb < 2 && !s->used[nb - 1] &&
               (!is_cap(s, nb - 1) ||
                (nb - 1 == sb && (tk[sb].pos == UPOS_ADJ || tk[sb].pos == UPOS_NOUN) &&
                 !strcmp(s->doc->lang, "en"))) &&
               !is_punct(s, nb - 1) && (tk[nb - 1].pos == UPOS_NOUN || nb - 1 == sb) &&
               /* not a qualifier the role keeps in its own form ("Former President ...") */
               !participants_res_role_pre(s->r, ttext(s, nb - 1), tlen(s, nb - 1)) &&
               !memchr(ttext(s, nb - 1), '\'', tlen(s, nb - 1)) && /* "the automaker's" */
               !strstr_n(ttext(s, nb - 1), tlen(s, nb - 1), "\xe2\x80\x99"))
            nb--;
        if (role && nb < bj) {
            role = prefixed(s, s->doc->text + tk[nb].start, tk[bj].start - tk[nb].start, role);
            bj = nb;
        }
        int oc = bj > sb ? s->tokcand[bj - 1] : -1;
        uint32_t pb = bj; /* the role's first token with what is prefixed */
        if (role && oc >= 0 && s->cv[oc].te == bj && s->cl[s->cv[oc].cluster].type == ENT_ORG) {
            const cand *o = &s->cv[oc];
            /* ... but a genitive is no part of it ("Bayer Leverkusens Trainer": "Trainer") */
            if (!o->cut) role = prefixed(s, s->doc->text + o->start, tk[bj].start - o->start, role);
            if (!cc && s->cl[o->cluster].cc[0]) cc = s->cl[o->cluster].cc;
            if (!cc) cc = org_country(s, s->doc->text + o->start, o->end - o->start);
            pb = o->tb;
        }
        /* "der frühere Bundeskanzler", "Former President": the role keeps the qualifier */
        const char *pre =
            pb > sb ? participants_res_role_pre(s->r, ttext(s, pb - 1), tlen(s, pb - 1)) : NULL;
        demonym_kind dk;
        /* ... also over a country's adjective ("Former British Prime Minister") */
        if (!pre && pb > sb + 1 &&
            participants_res_demonym(s->r, ttext(s, pb - 1), tlen(s, pb - 1), &dk, NULL) &&
            dk == DEMONYM_ADJ)
            pre = participants_res_role_pre(s->r, ttext(s, pb - 2), tlen(s, pb - 2));
        if (role && pre && (role = prefixed(s, " ", 1, role)))
            role = prefixed(s, pre, strlen(pre), role);
        if (!role) return;
        add_role(s, k, role);
        if (!cc) cc = gen_cc;
        if (!cc) cc = country_in(s, bj, c->tb);
        /* "Germany's transport minister" */
        if (!cc && pb > sb) cc = country_in(s, pb - 1, pb);
        if (!cc) cc = demonym_before(s, bj, sb);
        if (cc && !*pcc) *pcc = cc;
    }
    /* "der Pressesprecher des Pentagon, John Kirby" */
    if (bj >= sb + 2 && tok_is(s, bj - 1, ",")) {
        uint32_t last = bj - 1, from = last; /* the comma */
        if (last >= sb + 4 && tok_is(s, last - 1, ")") && tok_is(s, last - 3, "(") &&
            acronym_shape(ttext(s, last - 2), tlen(s, last - 2)))
            from = last - 3; /* "Der Präsident des Deutschen Fußball-Bundes (DFB), ..." */
        for (uint32_t j = from; j-- > sb && last - j <= 15;) {
            if (is_punct(s, j)) break;
            if (!participants_res_role(s->r, ttext(s, j), span_len(s, j, last), &m)) continue;
            uint32_t r = j; /* the role's last token + 1 */
            while (r < last && tk[r].end <= tk[j].start + m.len)
                r++;
            /* "The foreign minister of Brazil, ...": a longer role ending with the same word */
            for (uint32_t jj = j; jj > sb && j - jj < 2 && !is_punct(s, jj - 1);) {
                role_match m2;
                jj--;
                if (participants_res_role(s->r, ttext(s, jj), span_len(s, jj, last), &m2) &&
                    tk[jj].start + m2.len == tk[r - 1].end)
                    j = jj, m = m2;
            }
            uint32_t ce = complement_end(s, r, last);
            /* "Der Regierungschef Griechenlands, Kyriakos Mitsotakis": a country's genitive
             * right after the role gives the country and is no part of the role */
            int gc = r + 1 == last ? s->tokcand[r] : -1;
            const char *gcc = NULL;
            if (ce != last && gc >= 0 && s->cv[gc].country && s->cv[gc].tb == r &&
                s->cv[gc].te == r + 1 &&
                participants_res_name_ending(s->r, ttext(s, r), tlen(s, r)))
                gcc = s->cv[gc].cc, ce = r;
            else if (ce != last)
                continue;
            const char *cc = NULL;
            add_role(s, k,
                     role_text(s, j, 0, &m, tk[r - 1].end, tk[text_end(s, r, ce) - 1].end, &cc));
            if (!cc) cc = gcc;
            if (!cc) cc = country_in(s, j, ce);
            if (!cc) cc = demonym_before(s, j, sb);
            if (cc && !*pcc) *pcc = cc;
            break;
        }
    }
    /* "elected Olaf Scholz as chancellor", "appointed Erik ten Hag as their new manager",
     * "Merz wurde zum Kanzler gewählt": names.txt "as" words, maybe one lower-case adjective,
     * then a role */
    int aw = c->te < se ? connector_at(s, c->te, se, NAME_AS) : 0;
    if (aw) {
        uint32_t j = c->te + (uint32_t)aw;
        if (j + 1 < se && tk[j].pos == UPOS_ADJ && !is_cap(s, j)) j++;
        if (j < se && !is_punct(s, j) &&
            participants_res_role(s->r, ttext(s, j), span_len(s, j, se), &m) &&
            role_exact(s, j, role_end(s, j, se, &m), &m, &skip) && !skip) {
            uint32_t r = role_end(s, j, se, &m);
            uint32_t ce = complement_end(s, r, se);
            bool named = false; /* a complement only when it names someone ("... of the ECB") */
            for (uint32_t t = r; t < ce; t++)
                named |= s->tokcand[t] >= 0;
            if (!named) ce = r; /* not "chancellor on Dec. 8" */
            complement_role(s, k, j, r, ce, &m, pcc);
        }
    }
    /* "Karl Lauterbach (SPD)": the country of the known organization (a party) after the name */
    if (c->te + 2 < se && tok_is(s, c->te, "(") && tok_is(s, c->te + 2, ")") && !*pcc)
        *pcc = org_country(s, ttext(s, c->te + 1), tlen(s, c->te + 1));
    /* "Mark Milley, chairman of the Joint Chiefs", "Kirby, der Sprecher des Pentagon", "John
     * Kirby, a White House spokesman" (after an article, up to three capitalized words of a
     * name before the role) */
    if (c->te + 1 < se && tok_is(s, c->te, ",")) {
        uint32_t j = c->te + 1;
        if (tk[j].pos == UPOS_DET && j + 1 < se) {
            j++;
            /* "..., der deutsche Bundeskanzler": lower-case adjectives before the role */
            for (int a = 0; a < 2 && j + 1 < se && tk[j].pos == UPOS_ADJ && !is_cap(s, j) &&
                            !participants_res_role(s->r, ttext(s, j), span_len(s, j, se), &m);
                 a++)
                j++;
            uint32_t r = j;
            while (r < j + 3 && r + 1 < se && is_cap(s, r) && !is_punct(s, r) &&
                   !participants_res_role(s->r, ttext(s, r), span_len(s, r, se), &m))
                r++;
            if (r > j && participants_res_role(s->r, ttext(s, r), span_len(s, r, se), &m)) j = r;
        }
        /* "Tim Cook, Apple's chief executive", "..., the company's founder": a possessive
         * before the role */
        int pj = s->tokcand[j]; /* ... or a country's genitive ("Chinas Außenminister") */
        if (j + 1 < se && !is_punct(s, j) &&
            (possessive_len(ttext(s, j), tlen(s, j)) ||
             (pj >= 0 && s->cv[pj].country && s->cv[pj].tb == j && s->cv[pj].te == j + 1 &&
              participants_res_name_ending(s->r, ttext(s, j), tlen(s, j)))) &&
            participants_res_role(s->r, ttext(s, j + 1), span_len(s, j + 1, se), &m))
            j++;
        if (!is_punct(s, j) && participants_res_role(s->r, ttext(s, j), span_len(s, j, se), &m)) {
            uint32_t r = j;
            while (r < se && tk[r].end <= tk[j].start + m.len)
                r++;
            if (r > j + 1 && is_punct(s, r - 1)) { /* "..., spokesman.": the full stop */
                r--;
                m.len = tk[r - 1].end - tk[j].start;
                if (m.base_len > m.len) m.base_len = m.len;
            }
            uint32_t ce = complement_end(s, r, se);
            if (ce >= se || is_punct(s, ce)) {
                complement_role(s, k, j, r, ce, &m, pcc);
                /* "..., the Turkish president", "..., Germany's finance minister" */
                const char *cc = demonym_before(s, j, c->te + 1);
                if (cc && !*pcc) *pcc = cc;
            }
        }
    }
}

/* "Prince Harry, the Duke of Sussex, ...", "Kate, die Herzogin von Cambridge": a title of
 * nobility (names.txt "peer", a connector, a name) in apposition right after a person names that
 * person: its mentions join the person's participant (they give no name and do not vote) and the
 * title is a role of it. */
static void peer_appositions(st *s)
{
    for (size_t i = 1; i < s->nc; i++) {
        cand *c = &s->cv[i];
        uint32_t t = c->tb;
        /* "Prinz William, der Herzog von Cambridge,": the tagger took only the place; the title
         * and its connector before it make the title phrase */
        if (t >= 2 && !s->used[t - 1] && !s->used[t - 2] &&
            (connector_at(s, t - 1, t, NAME_CONNECTOR) == 1 ||
             connector_at(s, t - 1, t, NAME_LINK) == 1) &&
            participants_res_name_is(s->r, NAME_PEER, ttext(s, t - 2), tlen(s, t - 2))) {
            uint32_t a = t - 2, sb = sent_begin(s, a);
            if (a > sb && s->doc->tokens[a - 1].pos == UPOS_DET) a--;
            const cand *p = &s->cv[i - 1];
            if (a >= sb + 2 && tok_is(s, a - 1, ",") && p->te == a - 1 && p->cluster >= 0 &&
                p->cluster != c->cluster && s->cl[p->cluster].votes[ENT_PER] > 0 &&
                s->cl[p->cluster].votes[ENT_PER] >= s->cl[p->cluster].votes[ENT_ORG] &&
                s->cl[p->cluster].votes[ENT_PER] >= s->cl[p->cluster].votes[ENT_LOC]) {
                int old = c->cluster;
                s->cl[old].votes[c->type < ENT_COUNT ? c->type : ENT_MISC] -= c->weight;
                c->tb = t - 2;
                c->start = s->doc->tokens[t - 2].start;
                s->used[t - 2] = s->used[t - 1] = 1;
                c->cluster = s->cv[i - 1].cluster;
                c->weight = 0;
                c->country = false;
                const char *title =
                    arena_strndup(s->a, s->doc->text + c->start, c->end - c->start - c->cut);
                if (!title) {
                    s->oom = true;
                    return;
                }
                add_role(s, &s->cl[c->cluster], title);
                continue;
            }
        }
        if (c->te - c->tb < 3 || c->cluster < 0 ||
            !participants_res_name_is(s->r, NAME_PEER, ttext(s, t), tlen(s, t)) ||
            !connector_at(s, t + 1, c->te, NAME_CONNECTOR))
            continue;
        uint32_t sb = sent_begin(s, t);
        if (t > sb && s->doc->tokens[t - 1].pos == UPOS_DET) t--;
        if (t < sb + 2 || !tok_is(s, t - 1, ",")) continue;
        const cand *p = &s->cv[i - 1];
        if (p->te != t - 1 || p->cluster < 0 || p->cluster == c->cluster) continue;
        clus *pk = &s->cl[p->cluster];
        if (pk->votes[ENT_PER] <= 0 || pk->votes[ENT_PER] < pk->votes[ENT_ORG] ||
            pk->votes[ENT_PER] < pk->votes[ENT_LOC])
            continue;
        int old = c->cluster;
        for (size_t j = 0; j < s->nc; j++) {
            cand *o = &s->cv[j];
            if (o->cluster != old) continue;
            o->cluster = p->cluster;
            o->weight = 0;
        }
        memset(s->cl[old].votes, 0, sizeof s->cl[old].votes);
        cl_alias(s, s->cl[old].key, p->cluster);
        const char *title = arena_strndup(s->a, s->doc->text + c->start, c->end - c->start);
        if (!title) {
            s->oom = true;
            return;
        }
        add_role(s, pk, title);
    }
}

/* ---- salience and output ---- */

/* Capital letters only, maybe each with a full stop ("U.S.", "UK", "USA"): an abbreviation. */
static bool abbreviation(const char *t, size_t n)
{
    if (n < 2 || n > 8) return false;
    for (size_t i = 0; i < n; i++)
        if (!(t[i] >= 'A' && t[i] <= 'Z') && t[i] != '.') return false;
    return true;
}

static bool is_verb(upos_tag pos)
{
    return pos == UPOS_VERB || pos == UPOS_AUX;
}

/* A mention that only qualifies another word: a country's adjective or demonym
 * ("russischen", "Ukrainian"), a name before a hyphen ("US-Präsident", "Pentagon-Sprecher"), a
 * place's adjective or genitive before a noun ("Stuttgarter Autobauer", "Russia's army"), a
 * name before a role and a name ("UN Secretary-General Antonio Guterres", "Trump adviser"). */
static bool modifier_mention(const st *s, const cand *c)
{
    const document *d = s->doc;
    if (c->src == SRC_DEMONYM || c->end < d->tokens[c->te - 1].end ||
        (c->te == c->tb + 1 &&
         participants_res_demonym(s->r, d->text + c->start, c->end - c->start, NULL, NULL)))
        return true;
    uint32_t se = sent_end(s, c->tb);
    if (c->te >= se) return false;
    /* a place with an ending before a noun: "Stuttgarter Autobauer", "Russlands Armee" */
    if (c->cut && s->cl[c->cluster].type == ENT_LOC) {
        upos_tag n = d->tokens[c->te].pos;
        return n == UPOS_NOUN || n == UPOS_PROPN || n == UPOS_ADJ;
    }
    /* a name before a person's role and name: "UN Secretary-General Antonio Guterres",
     * "Trump adviser Peter Navarro" */
    role_match m;
    const token *n = &d->tokens[c->te];
    if (is_verb(n->pos) || n->pos == UPOS_PUNCT || n->pos == UPOS_ADP || n->pos == UPOS_DET ||
        n->pos == UPOS_PRON || n->pos == UPOS_CCONJ || n->pos == UPOS_SCONJ ||
        !participants_res_role(s->r, d->text + n->start, d->tokens[se - 1].end - n->start, &m) ||
        m.mode == ROLE_PRE)
        return false;
    uint32_t t = c->te;
    while (t < se && d->tokens[t].start < n->start + m.len)
        t++;
    return t < se && d->tokens[t].pos == UPOS_PROPN;
}

/* Words inside a noun phrase before its head: articles, adjectives, nouns (role words), names,
 * numbers and a conjunction between two of them ("US-Präsident Joe Biden und Bundeskanzler"). */
static bool np_word(upos_tag pos)
{
    return pos == UPOS_DET || pos == UPOS_ADJ || pos == UPOS_NOUN || pos == UPOS_PROPN ||
           pos == UPOS_NUM || pos == UPOS_CCONJ;
}

/* The first token of the noun phrase that ends with mention c: back over np_word tokens, but
 * not over an article after a noun, which opens a genitive attribute ("Der Vorsitzende der Joint
 * Chiefs of Staff": the phrase of the mention starts at the second "der"). */
static uint32_t np_begin(const st *s, const cand *c)
{
    const token *tk = s->doc->tokens;
    uint32_t sb = sent_begin(s, c->tb), t = c->tb;
    while (t > sb && np_word(tk[t - 1].pos)) {
        if (tk[t - 1].pos == UPOS_DET && t - 1 > sb &&
            (tk[t - 2].pos == UPOS_NOUN || tk[t - 2].pos == UPOS_PROPN))
            return t - 1;
        t--;
    }
    return t;
}

/* Whether mention c (a modifier_mention when modifier) is the subject of its sentence, judged
 * from the tags around it: no modifier, not inside a prepositional phrase or a genitive attribute,
 * and either its noun phrase opens the sentence ("Verteidigungsminister Boris Pistorius ist ..."),
 * or it stands right before a verb ("..., the Pentagon said"), or it follows the sentence's first
 * verb after an adverbial opening ("Am 30. März empfängt Leverkusen ...", "Zuletzt hatten Biden und
 * Scholz ..."). */
static bool subject_like(const st *s, const cand *c, bool modifier)
{
    const token *tk = s->doc->tokens;
    uint32_t sb = sent_begin(s, c->tb), se = sent_end(s, c->tb);
    if (modifier) return false;
    uint32_t t = np_begin(s, c);
    if (t == sb) return c->te < se && tk[c->te].pos != UPOS_ADP;
    upos_tag before = tk[t - 1].pos, open = tk[sb].pos;
    if (before == UPOS_ADP || before == UPOS_NOUN || before == UPOS_PROPN) return false;
    if (c->te < se && is_verb(tk[c->te].pos)) return true;
    for (uint32_t i = sb; i + 1 < t; i++)
        if (is_verb(tk[i].pos)) return false;
    /* an apposition to the subject: "Der Vorsitzende der JCS, General Mark Milley, hat ..." */
    if (before == UPOS_PUNCT && c->te + 1 < se && tok_is(s, t - 1, ",") && tok_is(s, c->te, ",") &&
        is_verb(tk[c->te + 1].pos))
        return true;
    return is_verb(before) && (open == UPOS_ADP || open == UPOS_ADV);
}

static int part_cmp(const void *a, const void *b)
{
    const participant *x = a, *y = b;
    if (x->salience != y->salience) return x->salience > y->salience ? -1 : 1;
    return x->mentions[0].start < y->mentions[0].start ? -1 : 1;
}

/* The index of a two-letter country code in a 26 x 26 table; -1 for none. */
static int code_index(const char *cc)
{
    if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* A place name written all in capitals, as datelines write them ("WASHINGTON", "NEW YORK",
 * "MOSKAU"), in title case: the first letter of each word (after a space or hyphen) upper,
 * the rest lower. Names with a lower-case letter, or of fewer than four letters (acronyms:
 * "USA", "NRW"; places only, so "KYIV", "ROME" are names, "NATO" is no place), are returned as
 * they are. */
static const char *title_case_caps(arena *a, const char *name)
{
    size_t n = strlen(name), letters = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)name + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) return name;
        if (utf8proc_islower(cp)) return name;
        letters += utf8proc_isupper(cp) != 0;
        i += (size_t)k;
    }
    if (letters < 4) return name;
    char *o = arena_alloc(a, n * 2 + 1); /* a lower-case letter takes at most twice the bytes */
    if (!o) return name;
    size_t w = 0;
    bool start = true;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)name + i, (utf8proc_ssize_t)(n - i), &cp);
        if (!start && utf8proc_isupper(cp)) cp = utf8proc_tolower(cp);
        start = cp == ' ' || cp == '-';
        w += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)o + w);
        i += (size_t)k;
    }
    o[w] = '\0';
    return o;
}

static int build_output(st *s)
{
    document *d = s->doc;
    uint32_t lead = 0; /* the first sentence of the body */
    while (lead + 1 < d->nsentences &&
           (d->sentences[lead].boiler || d->sentences[lead].end <= d->body_start))
        lead++;
    uint32_t body = d->body_end > d->body_start ? d->body_end - d->body_start : 1;
    double maxw = 1e-9;
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        clus *k = &s->cl[c->cluster];
        /* a dateline's place ("LONDON (Reuters) -") is where the story was filed: a modifier */
        bool mod = modifier_mention(s, c) || c->end <= d->dateline_end,
             in_lead = d->tokens[c->tb].sentence == lead;
        if (k->first_tok < 0) k->first_tok = (int)c->tb;
        if (!mod && k->first_name_tok < 0) k->first_name_tok = (int)c->tb;
        k->nment++;
        k->wment += mod ? MODIFIER_WEIGHT : 1.0;
        if (in_lead) k->lead = true;
        if (in_lead && !mod) k->lead_name = true;
        if (subject_like(s, c, mod)) k->nsubj++;
        if (k->wment > maxw) maxw = k->wment;
    }
    participant *out = arena_calloc(s->a, s->ncl ? s->ncl : 1, sizeof *out);
    if (!out) return -1;
    size_t np = 0;
    for (size_t i = 0; i < s->ncl; i++) {
        clus *k = &s->cl[i];
        if (!k->nment || k->best < 0) continue;
        participant *p = &out[np++];
        p->type = k->type == ENT_PER   ? PART_PERSON
                  : k->type == ENT_ORG ? PART_ORGANIZATION
                  : k->type == ENT_LOC ? PART_LOCATION
                                       : PART_MISC;
        memcpy(p->country, k->cc, 3);
        const cand *b = &s->cv[k->best];
        const char *cname = NULL;
        if (k->country && s->c) {
            /* the longest uninflected country name the text uses; the lexicon's name when the
             * text's longest name is an inflected form with as many words ("den Vereinigten
             * Staaten" → "Vereinigte Staaten") or when the text has only adjectives */
            size_t bl = 0, rawl = 0, rawwords = 0;
            for (size_t j = 0; j < s->nc; j++) {
                const cand *m = &s->cv[j];
                size_t n = m->end - m->start;
                if (m->cluster != (int)i || m->src == SRC_DEMONYM ||
                    participants_res_demonym(s->r, d->text + m->start, n, NULL, NULL))
                    continue;
                if (n > rawl) rawl = n, rawwords = m->te - m->tb;
                if (n <= bl) continue;
                if (!countries_lookup(s->c, NULL, d->text + m->start, n)) {
                    size_t cut = participants_res_name_ending(s->r, d->text + m->start, n);
                    if (!cut || !countries_lookup(s->c, NULL, d->text + m->start, n - cut))
                        continue;
                    n -= cut;
                }
                b = m;
                bl = n;
            }
            const char *lex = countries_name(s->c, k->cc, d->lang);
            size_t lexwords = 1;
            for (const char *q = lex; q && *q; q++)
                lexwords += *q == ' ';
            if (lex && rawl > bl && rawwords == lexwords && rawwords > 1)
                cname = lex;
            else if (bl && !(lex && abbreviation(d->text + b->start, bl)))
                cname = arena_strndup(s->a, d->text + b->start, bl);
            /* the lexicon's name also when the text only abbreviates it ("U.S.", "UK") */
            if (!bl || !cname) cname = countries_name(s->c, k->cc, d->lang);
        }
        p->name = cname     ? cname
                  : b->base ? b->base
                            : arena_strndup(s->a, d->text + b->start, b->end - b->cut - b->start);
        if (p->name && p->type == PART_LOCATION) p->name = title_case_caps(s->a, p->name);
        p->mentions = arena_alloc(s->a, (size_t)k->nment * sizeof *p->mentions);
        p->aliases = arena_alloc(s->a, (size_t)k->nment * sizeof *p->aliases);
        p->roles = arena_alloc(s->a, (size_t)(k->nroles ? k->nroles : 1) * sizeof *p->roles);
        if (!p->name || !p->mentions || !p->aliases || !p->roles) return -1;
        for (int r = 0; r < k->nroles; r++)
            p->roles[r] = k->roles[r];
        p->nroles = (size_t)k->nroles;
        /* a participant named only by modifiers counts half for earliness and lead too */
        double named = k->first_name_tok >= 0 ? 1 : MODIFIER_WEIGHT;
        int ft = k->first_name_tok >= 0 ? k->first_name_tok : k->first_tok;
        double first = (double)(d->tokens[ft].start - d->body_start) / body;
        double early = named * (1.0 - fmin(1.0, first));
        double lead_v = k->lead_name ? 1 : k->lead ? MODIFIER_WEIGHT : 0;
        double subj = k->nment ? fmin(1.0, 2.0 * k->nsubj / k->nment) : 0;
        bool actor = k->lead_name && (k->type == ENT_PER || k->type == ENT_ORG);
        double sal =
            0.4 * k->wment / maxw + 0.2 * early + 0.1 * lead_v + 0.1 * subj + 0.2 * (actor ? 1 : 0);
        p->salience = round(fmax(0.0, fmin(1.0, sal)) * 1000.0) / 1000.0;
    }
    /* mentions and aliases, in text order */
    size_t *slot = arena_calloc(s->a, s->ncl ? s->ncl : 1, sizeof *slot);
    if (!slot) return -1;
    np = 0;
    for (size_t i = 0; i < s->ncl; i++)
        slot[i] = (s->cl[i].nment && s->cl[i].best >= 0) ? np++ : (size_t)-1;
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        if (slot[c->cluster] == (size_t)-1) continue;
        participant *p = &out[slot[c->cluster]];
        p->mentions[p->nmentions++] = (mention){c->start, c->end, d->tokens[c->tb].sentence};
        size_t n = c->end - c->start;
        const char *t = d->text + c->start;
        bool seen = strlen(p->name) == n && memcmp(p->name, t, n) == 0;
        for (size_t a = 0; a < p->naliases && !seen; a++)
            seen = strlen(p->aliases[a]) == n && memcmp(p->aliases[a], t, n) == 0;
        if (!seen) {
            const char *al = arena_strndup(s->a, t, n);
            if (!al) return -1;
            p->aliases[p->naliases++] = al;
        }
    }
    qsort(out, np, sizeof *out, part_cmp);
    d->participants = out;
    d->nparticipants = np;
    return 0;
}

/* A one-word person cluster that is the surname of two or more people ("zwei Politiker namens
 * Müller" before "Anna Müller" and "Stefan Müller") names none of them for sure: its mentions
 * are dropped. */
static void drop_ambiguous(st *s)
{
    size_t out = 0;
    for (size_t i = 0; i < s->nc; i++) {
        const clus *k = &s->cl[s->cv[i].cluster];
        int shared = 0;
        if (k->type == ENT_PER && !k->person_name && !strchr(k->key, ' '))
            for (const wnode *n = wtab_get(&s->sur, k->key, strlen(k->key)); n; n = n->next)
                shared++;
        if (shared >= 2) continue;
        s->cv[out++] = s->cv[i];
    }
    if (out == s->nc) return;
    s->nc = out;
    pick_names(s);
}

/* "Turnout was 44 percent": a one-word person opening its sentence right before a verb,
 * named nowhere else, with no role, no given name, no capitals-only acronym and no name the
 * lexicon knows, is a capitalized common noun the tagger took for a surname; it is dropped
 * (runs after the roles) in a text of two sentences or more. */
static void drop_lone_openers(st *s)
{
    /* a text of one sentence keeps it: a headline or a lone sentence names its people so
     * ("Biden signed the bill.") */
    if (s->doc->nsentences < 2) return;
    int *n = arena_calloc(s->a, s->ncl ? s->ncl : 1, sizeof *n);
    if (!n) {
        s->oom = true;
        return;
    }
    for (size_t i = 0; i < s->nc; i++)
        n[s->cv[i].cluster]++;
    size_t out = 0;
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        const clus *k = &s->cl[c->cluster];
        uint32_t t = c->tb;
        const token *nx = t + 1 < s->doc->ntokens ? &s->doc->tokens[t + 1] : NULL;
        if (k->type == ENT_PER && n[c->cluster] == 1 && !k->nroles && c->te == t + 1 &&
            c->src == SRC_TAGGER && t == sent_begin(s, t) && nx && t + 1 < sent_end(s, t) &&
            (nx->pos == UPOS_VERB || nx->pos == UPOS_AUX) && !c->cut &&
            !acronym_shape(ttext(s, t), tlen(s, t)) &&
            !participants_res_name_is(s->r, NAME_GIVEN, ttext(s, t), tlen(s, t)) &&
            participants_res_name(s->r, ttext(s, t), tlen(s, t), NULL) == NAME_NONE)
            continue;
        s->cv[out++] = s->cv[i];
    }
    if (out == s->nc) return;
    s->nc = out;
    pick_names(s);
}

/* "The ferry reached Cuxhaven in Germany": a one-word person named nowhere else, with no role
 * and no given name, after a preposition of place and before "in" and a country, is a place in
 * that country (runs after the roles; needs tokcand). */
static void lone_places(st *s)
{
    static const char *const preps[] = {"to",   "from", "near", "in", "at", "into",
                                        "nach", "aus",  "bei",  "im", "von"};
    int *n = arena_calloc(s->a, s->ncl ? s->ncl : 1, sizeof *n);
    if (!n) {
        s->oom = true;
        return;
    }
    for (size_t i = 0; i < s->nc; i++)
        n[s->cv[i].cluster]++;
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        clus *k = &s->cl[c->cluster];
        uint32_t t = c->tb, a = c->te + 1;
        if (k->type != ENT_PER || n[c->cluster] != 1 || k->nroles || c->te != t + 1 ||
            c->src != SRC_TAGGER || t == sent_begin(s, t) || a >= sent_end(s, t) ||
            !(tok_is(s, c->te, "in") || tok_is(s, c->te, "im")) || s->tokcand[a] < 0 ||
            s->cv[s->tokcand[a]].tb != a || !s->cv[s->tokcand[a]].country ||
            s->cv[s->tokcand[a]].src == SRC_DEMONYM ||
            participants_res_name_is(s->r, NAME_GIVEN, ttext(s, t), tlen(s, t)))
            continue;
        bool prep = false;
        for (size_t p = 0; p < sizeof preps / sizeof *preps && !prep; p++)
            prep = tok_is(s, t - 1, preps[p]);
        if (!prep) continue;
        k->type = ENT_LOC;
        memcpy(k->cc, s->cv[s->tokcand[a]].cc, 2);
    }
    /* "Storm Ciaran battered Cornwall": a one-word person named nowhere else, with no role and
     * no given name, that the generated places know, inside its sentence, is that place */
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        clus *k = &s->cl[c->cluster];
        uint32_t t = c->tb;
        const char *pc;
        if (k->type != ENT_PER || n[c->cluster] != 1 || k->nroles || c->te != t + 1 ||
            c->src != SRC_TAGGER || t == sent_begin(s, t) || !s->c ||
            participants_res_name_is(s->r, NAME_GIVEN, ttext(s, t), tlen(s, t)) ||
            !(pc = countries_place(s->c, s->doc->lang, ttext(s, t), tlen(s, t))))
            continue;
        k->type = ENT_LOC;
        memcpy(k->cc, pc, 2);
    }
}

/* A person of whom the text gives no country gets the one resources/people.txt knows
 * (text evidence always wins: this runs last, on persons without a code): by a mention that is
 * a known full name ("Sergei Shoigu", "Wladimir Putin"); or, when no mention gives a given name
 * ("Putin" alone), by a surname that only one known person has. A person named in full whom
 * the lexicon does not know ("Dwayne Johnson") gets nothing from a known surname. Never
 * creates a participant, never changes a type or a name. */
static void known_people(st *s)
{
    if (!participants_res_person_count(s->r)) return;
    /* per cluster: whether a mention has two words or more (a given name and a surname), the
     * code of a mention that is a known full name, the code of a lone known surname */
    uint8_t *full = arena_calloc(s->a, s->ncl ? s->ncl : 1, 1);
    const char **code = arena_calloc(s->a, s->ncl ? s->ncl : 1, sizeof *code);
    const char **sur = arena_calloc(s->a, s->ncl ? s->ncl : 1, sizeof *sur);
    if (!full || !code || !sur) {
        s->oom = true;
        return;
    }
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->cv[i];
        const clus *k = &s->cl[c->cluster];
        if (k->type != ENT_PER || k->cc[0] || code[c->cluster]) continue;
        const char *t = s->doc->text + c->start;
        size_t n = c->end - c->start - c->cut;
        if (!n) continue;
        if (memchr(t, ' ', n)) {
            full[c->cluster] = 1;
            code[c->cluster] = participants_res_person(s->r, t, n);
        } else if (!sur[c->cluster]) {
            sur[c->cluster] = participants_res_person_surname(s->r, t, n, NULL);
        }
    }
    for (size_t i = 0; i < s->ncl; i++) {
        clus *k = &s->cl[i];
        const char *cc = code[i] ? code[i] : !full[i] ? sur[i] : NULL;
        if (k->type == ENT_PER && !k->cc[0] && cc) memcpy(k->cc, cc, 3);
    }
}

static void decide_types(st *s)
{
    for (size_t i = 0; i < s->ncl; i++) {
        clus *k = &s->cl[i];
        if (k->country) {
            k->type = ENT_LOC;
            continue;
        }
        int bt = ENT_MISC, bv = 0;
        static const int order[] = {ENT_PER, ENT_ORG, ENT_LOC, ENT_MISC};
        for (int j = 0; j < 4; j++)
            if (k->votes[order[j]] > bv) bv = k->votes[order[j]], bt = order[j];
        k->type = (uint8_t)bt;
        if (bt != ENT_LOC && bt != ENT_ORG && !(bt == ENT_MISC && k->misc_cc)) k->cc[0] = '\0';
    }
}

static bool is_dash(const st *s, uint32_t t)
{
    return tok_is(s, t, "-") || tok_is(s, t, "\xe2\x80\x93") || tok_is(s, t, "\xe2\x80\x94");
}

/* "Berlin (dpa) -", "WASHINGTON, June 19 (Reuters) -", "MOSKAU/KIEW (dpa) –", "NEW YORK —": a
 * dateline opening the article's first sentence: a place, maybe a date, maybe the agency in
 * parentheses, then a dash. Returns the dash's token + 1, or 0. The agency is the dateline's
 * and no participant: its tokens are marked used. */
/* Whether tokens [a, b) are a place the tagger or the lexicon knows ("Stuttgart",
 * "Frankfurt/Main"). */
static bool bare_place(const st *s, uint32_t a, uint32_t b)
{
    const document *d = s->doc;
    if (s->tokent[a] >= 0 && d->entities[s->tokent[a]].type == ENT_LOC &&
        d->entities[s->tokent[a]].tok_end == b)
        return true;
    const char *code;
    return participants_res_name(s->r, ttext(s, a), span_len(s, a, b), &code) == NAME_PLACE ||
           (s->c && countries_place(s->c, d->lang, ttext(s, a), span_len(s, a, b)));
}

static uint32_t dateline(st *s)
{
    const document *d = s->doc;
    uint32_t t0 = 0;
    while (t0 < d->ntokens && !in_body(s, t0))
        t0++;
    if (t0 >= d->ntokens || !is_cap(s, t0) || is_punct(s, t0)) return 0;
    uint32_t se = sent_end(s, t0), open = 0, close = 0, dash = 0;
    for (uint32_t t = t0 + 1; t < se && t < t0 + 14 && !dash; t++) {
        if (tok_is(s, t, "("))
            open = t;
        else if (tok_is(s, t, ")"))
            close = t;
        else if (is_dash(s, t))
            dash = t;
        else if (!open && !is_punct(s, t) && !is_cap(s, t) && d->tokens[t].kind != TOK_NUMBER &&
                 !tok_is(s, t, "/") && !in_timex(d, &d->tokens[t]))
            return 0; /* a lower-case word before any parenthesis: a sentence, no dateline */
    }
    if (!dash) return 0;
    bool agency = open && close == dash - 1 && close > open + 1 && close <= open + 4;
    bool caps = tlen(s, t0) >= 2 && !open; /* "WASHINGTON —": the place in capitals */
    for (size_t i = 0; caps && i < tlen(s, t0); i++)
        if (ttext(s, t0)[i] >= 'a' && ttext(s, t0)[i] <= 'z') caps = false;
    /* "Stuttgart - Bei einem Brand ...": a one- or two-word place, the dash, a capital */
    bool bare = !open && dash <= t0 + 2 && dash + 1 < se && is_cap(s, dash + 1) &&
                tlen(s, t0) >= 2 && !is_punct(s, dash - 1) && bare_place(s, t0, dash);
    /* "Berlin, 2. November 2023 – Gestern ...": a place, a comma and a date the time stage
     * found, filling the gap to the dash exactly, the dash, a capital */
    bool dated = false;
    uint32_t comma = t0 + 1;
    while (!open && comma < dash && comma <= t0 + 3 && !tok_is(s, comma, ","))
        comma++;
    if (!open && !agency && !caps && !bare && comma + 1 < dash && tok_is(s, comma, ",") &&
        dash + 1 < se && is_cap(s, dash + 1) && bare_place(s, t0, comma))
        for (size_t i = 0; i < d->ntimexes && !dated; i++)
            dated = d->timexes[i].start == d->tokens[comma + 1].start &&
                    d->timexes[i].end == d->tokens[dash - 1].end;
    if (!agency && !caps && !bare && !dated) return 0;
    if (agency)
        for (uint32_t t = open; t <= close; t++)
            s->used[t] = 1;
    return dash + 1;
}

int participants_document(const participants_res *r, const countries *c, document *doc,
                          ck_error *err)
{
    doc->participants = NULL;
    doc->nparticipants = 0;
    if (!doc->ntokens || !r) return 0;
    st s = {.r = r, .c = c, .doc = doc, .a = doc->arena};
    s.used = arena_calloc(s.a, doc->ntokens, 1);
    s.capc = s.capcl = doc->ntokens;
    s.cv = arena_alloc(s.a, s.capc * sizeof *s.cv);
    s.cl = arena_alloc(s.a, s.capcl * sizeof *s.cl);
    s.htcap = 16;
    while (s.htcap < 4 * s.capcl) /* clusters and aliases, at most one each per token */
        s.htcap *= 2;
    s.ht = arena_calloc(s.a, s.htcap, sizeof *s.ht);
    s.htkey = arena_calloc(s.a, s.htcap, sizeof *s.htkey);
    if (!s.used || !s.cv || !s.cl || !s.ht || !s.htkey) goto oom;

    s.capf = arena_alloc(s.a, doc->ntokens);
    if (!s.capf) goto oom;
    for (size_t t = 0; t < doc->ntokens; t++) {
        const token *k = &doc->tokens[t];
        s.capf[t] = (k->kind == TOK_WORD || k->kind == TOK_ABBREV) &&
                    is_upper_at(doc->text + k->start, k->end - k->start);
    }
    s.tokent = arena_alloc(s.a, doc->ntokens * sizeof *s.tokent);
    if (!s.tokent) goto oom;
    for (size_t t = 0; t < doc->ntokens; t++)
        s.tokent[t] = -1;
    for (size_t i = 0; i < doc->nentities; i++)
        for (uint32_t t = doc->entities[i].tok_begin;
             t < doc->entities[i].tok_end && t < doc->ntokens; t++)
            s.tokent[t] = (int)i;
    uint32_t dl = dateline(&s);
    doc->dateline_end = dl ? doc->tokens[dl - 1].end : 0;
    seed_lexicon(&s, 2);
    seed_adjective_names(&s);
    seed_given_names(&s);
    seed_people(&s);
    seed_aide_compounds(&s);
    for (size_t i = 0; i < doc->nentities; i++) {
        const entity *e = &doc->entities[i];
        if (e->tok_end > e->tok_begin && in_body(&s, e->tok_begin)) seed_entity(&s, e);
    }
    seed_lexicon(&s, 1);
    seed_laws(&s);
    if (s.oom) goto oom;
    cluster_seeds(&s);
    drop_unclustered(&s);
    add_repeats(&s);
    peer_appositions(&s);
    pick_names(&s);
    if (s.oom) goto oom;
    decide_types(&s);
    drop_ambiguous(&s);

    /* roles and person countries */
    s.tokcand = arena_alloc(s.a, doc->ntokens * sizeof *s.tokcand);
    if (!s.tokcand) goto oom;
    for (size_t t = 0; t < doc->ntokens; t++)
        s.tokcand[t] = -1;
    for (size_t i = 0; i < s.nc; i++)
        for (uint32_t t = s.cv[i].tb; t < s.cv[i].te; t++)
            s.tokcand[t] = (int)i;
    for (size_t i = 0; i < s.nc; i++) {
        const cand *m = &s.cv[i];
        clus *k = &s.cl[m->cluster];
        if (k->type == ENT_ORG && !k->cc[0] && m->tb > 0) {
            /* "die Schweizer Notenbank SNB", "der russische Konzern Gazprom", "the Chinese
             * shipping company Cosco": a demonym before the organization (over one or two
             * common nouns that describe it) gives its country; so does a country that
             * prefixes the noun ("der US-Autobauer Ford") */
            uint32_t sb = sent_begin(&s, m->tb), j = m->tb;
            const char *cc = NULL;
            for (int nouns = 0; nouns < 2 && j > sb && !cc; nouns++) {
                int pc = s.tokcand[j - 1];
                if (pc >= 0 && s.cv[pc].country && s.cv[pc].end < doc->tokens[j - 1].end &&
                    (doc->tokens[j - 1].pos == UPOS_NOUN || doc->tokens[j - 1].pos == UPOS_PROPN))
                    cc = s.cv[pc].cc; /* "US-Autobauer" */
                else if (pc < 0 && (doc->tokens[j - 1].pos == UPOS_NOUN ||
                                    doc->tokens[j - 1].pos == UPOS_PROPN))
                    j--;
                else
                    break;
                if (!cc && j < m->tb) cc = demonym_before(&s, j, sb);
            }
            if (cc) memcpy(k->cc, cc, 2);
        }
        /* "Cupertino, California": a place followed by a comma and a place of a known country
         * lies in that country; so does a town of another country's name before a region
         * ("Paris, Texas"), unless the two open a list ("Paris, London and Berlin") */
        /* (also a town the tagger called misc: "The Cupertino, California-based company") */
        bool misc_town = k->type == ENT_MISC && m->te - m->tb == 1;
        if ((k->type == ENT_LOC || misc_town) && !k->country && m->te + 1 < doc->ntokens &&
            tok_is(&s, m->te, ",") && s.tokcand[m->te + 1] >= 0) {
            const cand *n = &s.cv[s.tokcand[m->te + 1]];
            const clus *nk = &s.cl[n->cluster];
            uint32_t a = n->te;
            bool list = a < doc->ntokens &&
                        (doc->tokens[a].pos == UPOS_CCONJ ||
                         (tok_is(&s, a, ",") && a + 1 < doc->ntokens && s.tokcand[a + 1] >= 0 &&
                          s.cl[s.cv[s.tokcand[a + 1]].cluster].type == ENT_LOC));
            if (n->tb == m->te + 1 && nk->type == ENT_LOC && nk->cc[0] &&
                (!k->cc[0] || (!nk->country && !list)) && (!misc_town || !nk->country)) {
                memcpy(k->cc, nk->cc, 2);
                if (misc_town && !list) k->type = ENT_LOC;
            }
        }
        /* "Bremerhaven in Germany", "Gmunden in Österreich": a place of no known country right
         * before "in" and a country lies in it; not a region of no one country ("Europa in
         * Ungarn", names.txt "place<TAB>Europa<TAB>-") */
        const char *rc = NULL;
        if (k->type == ENT_LOC && !k->country && !k->cc[0] && m->te + 1 < doc->ntokens &&
            (tok_is(&s, m->te, "in") || tok_is(&s, m->te, "In")) && s.tokcand[m->te + 1] >= 0 &&
            s.cv[s.tokcand[m->te + 1]].tb == m->te + 1 && s.cv[s.tokcand[m->te + 1]].country &&
            !(participants_res_name(r, doc->text + m->start, m->end - m->start, &rc) ==
                  NAME_PLACE &&
              rc && !*rc))
            memcpy(k->cc, s.cv[s.tokcand[m->te + 1]].cc, 2);
        if (k->type != ENT_PER) continue;
        const char *cc = NULL;
        mention_roles(&s, m, k, &cc);
        if (cc && !k->cc[0]) memcpy(k->cc, cc, 2);
        /* "Daniil Medvedev of Russia", "Iga Swiatek aus Polen": a country right after the name
         * and "of"/"aus" is the person's (not a list going on: "of Russia and ...") */
        uint32_t oa = m->te + 1;
        if (!k->cc[0] && oa < doc->ntokens &&
            doc->tokens[m->te].sentence == doc->tokens[oa].sentence &&
            (tok_is(&s, m->te, "of") || tok_is(&s, m->te, "aus")) && s.tokcand[oa] >= 0 &&
            s.cv[s.tokcand[oa]].tb == oa && s.cv[s.tokcand[oa]].country &&
            s.cv[s.tokcand[oa]].src != SRC_DEMONYM) {
            uint32_t after = s.cv[s.tokcand[oa]].te;
            if (after >= doc->ntokens || doc->tokens[after].pos != UPOS_CCONJ)
                memcpy(k->cc, s.cv[s.tokcand[oa]].cc, 2);
        }
    }
    /* a role that only one country has ("Bundestagspräsidentin", "Home Secretary", roles.txt
     * "country" lines) gives a person of no other known country that country */
    for (size_t i = 0; i < s.ncl; i++) {
        clus *k = &s.cl[i];
        for (int j = 0; k->type == ENT_PER && !k->cc[0] && j < k->nroles; j++) {
            const char *cc = participants_res_role_country(r, k->roles[j], strlen(k->roles[j]));
            if (cc) memcpy(k->cc, cc, 2);
        }
    }
    /* a lexicon country of a name that other countries' organizations have too ("Democratic
     * Party", names.txt "US?") stays only when another participant, or one of its own mentions
     * that is the country itself, names that country; one pass over tables by code, so many
     * such mentions cost no more than one each */
    enum { NCODE = 26 * 26 };
    int *owner = arena_alloc(s.a, NCODE * sizeof *owner);  /* cluster of a firm mention, -2 two */
    int *ncl = arena_calloc(s.a, NCODE, sizeof *ncl);      /* clusters of the code */
    bool *named = arena_calloc(s.a, NCODE, sizeof *named); /* a country mention of it */
    if (!owner || !ncl || !named) goto oom;
    for (int ci = 0; ci < NCODE; ci++)
        owner[ci] = -1;
    for (size_t i = 0; i < s.ncl; i++)
        if (code_index(s.cl[i].cc) >= 0) ncl[code_index(s.cl[i].cc)]++;
    for (size_t i = 0; i < s.nc; i++) {
        const cand *m = &s.cv[i];
        int ci = code_index(m->cc);
        if (ci < 0 || m->weak_cc) continue;
        named[ci] |= m->country;
        owner[ci] = owner[ci] == -1 || owner[ci] == m->cluster ? m->cluster : -2;
    }
    for (size_t i = 0; i < s.nc; i++) {
        const cand *m = &s.cv[i];
        clus *k = &s.cl[m->cluster];
        int ci = code_index(m->cc);
        if (!m->weak_cc || ci < 0 || memcmp(k->cc, m->cc, 2)) continue;
        if (named[ci] || ncl[ci] > 1 || (owner[ci] != -1 && owner[ci] != m->cluster)) continue;
        k->cc[0] = k->cc[1] = '\0';
        ncl[ci]--;
    }
    lone_places(&s);
    drop_lone_openers(&s);
    known_people(&s);
    if (s.oom || build_output(&s)) goto oom;
    return 0;
oom:
    return ck_fail(err, CK_E_NOMEM, "out of memory in the participants stage");
}
