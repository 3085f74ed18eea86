/* timeline.c — events anchored on the article's dates, ordered in time.
 *
 * Algorithm, per body sentence that holds a temporal expression:
 * 1. Clauses: the sentence's tokens are cut at clause punctuation (, ; : dashes, brackets) and
 *    before the words of clause-starts.txt (subordinators, coordinators) or an SCONJ token.
 *    A segment with no verb (VERB or AUX) is merged into the clause before it (into the one
 *    after it when it opens with a subordinator or starts the sentence); a segment with only
 *    an auxiliary is joined with a following verb segment that opens with no clause word (the
 *    German verb bracket "haben seit ..., ..., gesprochen").
 * 2. Anchors: each DATE (or TIME) expression with a calendar value — a four-digit year and no
 *    unknown part — anchors an event in its clause, unless a date preposition marks it as a
 *    bound ("bis", "until"). Durations, sets, PRESENT_REF ("derzeit") and X-values anchor
 *    nothing: they are attached to the nearest event of their sentence. PRESENT_REF is not
 *    turned into the reference date: it marks an ongoing state, not a dated occurrence.
 * 3. Trigger: an event noun (event-nouns.txt) at most a few tokens from the date with no verb
 *    or punctuation between ("Kommunalwahl ... am 26. Mai", "Sunday's final"); otherwise the
 *    clause's verb nearest the date (a lexical VERB before an AUX); an aspectual verb ("began")
 *    hands the trigger to the event noun before it, a light verb ("made", "held") to the event
 *    noun after it; a verb that only says its subject happens (happen-verbs.txt: "findet ...
 *    statt", "takes place", "was held") to the clause's event noun (its subject).
 *    A date whose clause has no trigger is attached to the nearest event.
 *    One event per (sentence, trigger): a second date on the same trigger is attached to it.
 *    Relative anchoring ("eine Woche bevor ... die Invasion"): a free duration followed by a
 *    relation word dates its clause's event from an event the text itself dates (no guess).
 * 4. Participants: those with a mention inside the clause, plus those a back-reference names
 *    (back-references.txt: "die beiden" → the two persons of the last sentence naming exactly
 *    two, "er" → the one person just named; "sie"/"she" a person with a female role of
 *    female-roles.txt, "er"/"he" one with a male role of male-roles.txt, else one whose roles
 *    tell no gender); ambiguous antecedents give nothing.
 * 5. Order: stable sort by the calendar key of the anchor (timeline_date_key), ties in text
 *    order.
 * Invariants: every event has a trigger span inside its clause span, inside one body sentence;
 * each temporal expression belongs to at most one event; all memory comes from doc->arena. */
#include "analysis/timeline.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/resources.h"

#define NOUN_WINDOW  4 /* tokens allowed between an event noun and the date after it */
#define NOUN_AFTER   1 /* tokens allowed between a date and the event noun after it */
#define NOUN_ENTRY   3 /* ... and after the colon of a chronology's entry ("Start of the") */
#define LIGHT_WINDOW 3 /* tokens allowed between a light verb and its noun */
/* The farthest a date's verb is looked for, and the most prepositions and determiners a fronted
 * date follows: bounds for text that is no prose (a table of 40,000 numbers in one sentence made
 * the stage quadratic: seconds for one request); no clause of an article comes near them */
#define TRIGGER_REACH 200
#define FRONT_REACH   16
/* An event's span (its summary, the participants it names) is at most this many tokens of its
 * clause around the trigger: without a bound a sentence of 30,000 words with 1,000 events gave
 * each the whole text as its summary (190 MB of JSON for 170 KB) */
#define EVENT_SPAN_MAX    120
#define SHORT_SENTENCE    160 /* bytes: a sentence this short is its events' summary */
#define BACKREF_SENTENCES 3
#define BACKREF_ORG       9 /* back-references.txt count "org": the organization just named */
#define BACKREF_SIDES     8 /* count "sides": the two persons or organizations just named */

/* clause-starts.txt kinds: START_INF_ZU is an infinitive opener only when its clause has an
 * infinitive mark ("um ... zu reisen"; "um 0,5 Prozent" is a preposition); START_MARK ("zu"
 * before a VERB) opens nothing but makes the clause an infinitive one */
enum { START_SUB = 1, START_COORD = 2, START_INF = 3, START_INF_ZU = 4, START_MARK = 5 };
/* START_PREFIX ("hochzu mark-prefix"): a verb starting with that separable prefix and "zu"
 * is a mark too ("hochzufahren") */
enum { START_PREFIX = 6 };
/* START_REL ("which rel", "die rel"): a relative pronoun (tagged PRON, not DET: "an, die
 * Produktion ... hochzufahren") right after a
 * comma opens a clause as sub does, and the name right before the comma takes part in its
 * events ("after the U.S. Open, which starts on Aug. 29") */
enum { START_REL = 7 };
/* START_SUBC ("als sub-after-comma"): a subordinator only where a clause starts anyway (the
 * sentence's start, after punctuation); inside one it compares ("mehr als 200 Hektar") */
enum { START_SUBC = 8 };
enum {
    PREP_START = 1,
    PREP_NONE = 2,
    PREP_AGO = 3,
    PREP_LATER = 4,
    PREP_EARLIER = 5,
    PREP_AHEAD = 6
};

/* One list entry: lower-case words (several for phrases), a value and an optional POS. */
typedef struct entry {
    char *word; /* words separated by single spaces, ASCII lower case */
    int val;
    int pos;     /* UPOS the next token must have, 0 = any */
    bool suffix; /* "*wahl": matches as the end of a word */
    size_t len;  /* strlen(word) */
    int gender;  /* back-references.txt "1f", "1m": a pronoun of that gender ('f', 'm'); "1F": a
                  * female one that stands for known women only ('F'), else 0 */
    char *need;  /* happen-verbs.txt: the word that must follow in the clause ("statt"), "aux"
                  * (an auxiliary before it: a passive) or NULL */
} entry;

typedef struct wlist {
    entry *v;
    size_t n, cap;
} wlist;

struct timeline_res {
    wlist starts, nouns, aspectual, light, backrefs, preps, reporting, aux, relations, verbs,
        happen, female, male, occasion, nounverbs;
};

/* ---- loading ---- */

typedef struct load_ctx {
    wlist *l;
    const char *path;
    int kind; /* which file: selects the field parser */
    ck_error *err;
} load_ctx;

enum { F_WORD, F_STARTS, F_BACKREF, F_PREP, F_REL, F_HAPPEN, F_PHRASE };
enum { REL_BEFORE = 1, REL_AFTER = 2 };

static void lower_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') *s = (char)(*s - 'A' + 'a');
}

static int add_line(const char *line, size_t n, int lineno, void *vctx)
{
    load_ctx *c = vctx;
    char buf[256];
    if (n >= sizeof buf)
        return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: line too long", c->path, lineno);
    memcpy(buf, line, n);
    buf[n] = '\0';
    char *f[8];
    int nf = 0;
    for (char *t = strtok(buf, " \t"); t && nf < 8; t = strtok(NULL, " \t"))
        f[nf++] = t;
    entry e = {0};
    char word[256] = "";
    int nwords = nf;
    if (c->kind == F_STARTS) {
        static const char *const kinds[] = {"sub",  "coord",       "inf", "inf-mark",
                                            "mark", "mark-prefix", "rel", "sub-after-comma"};
        e.val = 0;
        for (int k = 0; nf >= 2 && k < 8; k++)
            if (!strcmp(f[1], kinds[k])) e.val = k + 1;
        if (nf < 2 || nf > 3 || !e.val)
            return ck_fail(c->err, CK_E_RESOURCE,
                           "%s:%d: expected \"word sub|coord|inf|inf-mark|mark|mark-prefix|rel|"
                           "sub-after-comma [POS]\"",
                           c->path, lineno);
        if (nf == 3 && !(e.pos = document_upos_from_name(f[2])))
            return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: unknown POS \"%s\"", c->path, lineno,
                           f[2]);
        nwords = 1;
    } else if (c->kind == F_PREP) {
        static const char *const kinds[] = {"start", "none", "ago", "later", "earlier", "ahead"};
        e.val = 0;
        for (int k = 0; nf == 2 && k < 6; k++)
            if (!strcmp(f[1], kinds[k])) e.val = k + 1;
        if (!e.val)
            return ck_fail(c->err, CK_E_RESOURCE,
                           "%s:%d: expected \"word start|none|ago|later|earlier|ahead\"", c->path,
                           lineno);
        nwords = 1;
    } else if (c->kind == F_REL) {
        if (nf != 2 || (strcmp(f[1], "before") && strcmp(f[1], "after")))
            return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: expected \"word before|after\"", c->path,
                           lineno);
        e.val = strcmp(f[1], "before") ? REL_AFTER : REL_BEFORE;
        nwords = 1;
    } else if (c->kind == F_BACKREF) {
        if (nf >= 2 &&
            (!strcmp(f[nf - 1], "1f") || !strcmp(f[nf - 1], "1m") || !strcmp(f[nf - 1], "1F"))) {
            e.gender = f[nf - 1][1];
            f[nf - 1][1] = '\0';
        }
        if (nf < 2 || (strcmp(f[nf - 1], "1") && strcmp(f[nf - 1], "2") &&
                       strcmp(f[nf - 1], "org") && strcmp(f[nf - 1], "sides")))
            return ck_fail(c->err, CK_E_RESOURCE,
                           "%s:%d: expected \"words 1|1f|1F|1m|2|org|sides\"", c->path, lineno);
        e.val = f[nf - 1][0] == 'o'   ? BACKREF_ORG
                : f[nf - 1][0] == 's' ? BACKREF_SIDES
                                      : f[nf - 1][0] - '0';
        nwords = nf - 1;
    } else if (c->kind == F_HAPPEN) {
        if (nf < 1 || nf > 2)
            return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: expected \"verb [word|aux]\"", c->path,
                           lineno);
        if (nf == 2) {
            lower_ascii(f[1]);
            if (!(e.need = strdup(f[1]))) return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
        }
        nwords = 1;
    } else if (c->kind == F_PHRASE) {
        if (nf < 1) return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: empty line", c->path, lineno);
    } else if (nf != 1) {
        return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: expected one word", c->path, lineno);
    }
    for (int i = 0; i < nwords; i++) {
        if (i) strcat(word, " ");
        strcat(word, f[i]);
    }
    char *w = word;
    if (*w == '*') {
        e.suffix = true;
        w++;
    }
    if (!*w) return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: empty word", c->path, lineno);
    lower_ascii(w);
    for (size_t i = 0; i < c->l->n; i++)
        if (!strcmp(c->l->v[i].word, w)) {
            free(e.need);
            return ck_fail(c->err, CK_E_RESOURCE, "%s:%d: duplicate \"%s\"", c->path, lineno, w);
        }
    if (c->l->n == c->l->cap) {
        size_t nc = c->l->cap ? c->l->cap * 2 : 32;
        entry *nv = realloc(c->l->v, nc * sizeof *nv);
        if (!nv) {
            free(e.need);
            return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
        }
        c->l->v = nv;
        c->l->cap = nc;
    }
    if (!(e.word = strdup(w))) {
        free(e.need);
        return ck_fail(c->err, CK_E_RESOURCE, "out of memory");
    }
    e.len = strlen(w);
    c->l->v[c->l->n++] = e;
    return 0;
}

static int load_list(const char *dir, const char *name, int kind, wlist *l, ck_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/timeline/%s", dir, name);
    size_t len;
    char *buf = resources_read_file(path, &len, err);
    if (!buf) return -1;
    load_ctx c = {l, path, kind, err};
    int rc = resources_each_line(buf, len, add_line, &c);
    free(buf);
    return rc;
}

static void wlist_free(wlist *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].word);
        free(l->v[i].need);
    }
    free(l->v);
}

void timeline_res_free(timeline_res *r)
{
    if (!r) return;
    wlist_free(&r->starts);
    wlist_free(&r->nouns);
    wlist_free(&r->aspectual);
    wlist_free(&r->light);
    wlist_free(&r->backrefs);
    wlist_free(&r->preps);
    wlist_free(&r->reporting);
    wlist_free(&r->aux);
    wlist_free(&r->relations);
    wlist_free(&r->verbs);
    wlist_free(&r->nounverbs);
    wlist_free(&r->happen);
    wlist_free(&r->female);
    wlist_free(&r->male);
    wlist_free(&r->occasion);
    free(r);
}

timeline_res *timeline_res_load(const char *lang_dir, ck_error *err)
{
    timeline_res *r = calloc(1, sizeof *r);
    if (!r) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        return NULL;
    }
    if (load_list(lang_dir, "clause-starts.txt", F_STARTS, &r->starts, err) ||
        load_list(lang_dir, "event-nouns.txt", F_WORD, &r->nouns, err) ||
        load_list(lang_dir, "aspectual-verbs.txt", F_WORD, &r->aspectual, err) ||
        load_list(lang_dir, "light-verbs.txt", F_WORD, &r->light, err) ||
        load_list(lang_dir, "back-references.txt", F_BACKREF, &r->backrefs, err) ||
        load_list(lang_dir, "date-prepositions.txt", F_PREP, &r->preps, err) ||
        load_list(lang_dir, "reporting-verbs.txt", F_WORD, &r->reporting, err) ||
        load_list(lang_dir, "auxiliaries.txt", F_WORD, &r->aux, err) ||
        load_list(lang_dir, "relations.txt", F_REL, &r->relations, err) ||
        load_list(lang_dir, "verb-forms.txt", F_WORD, &r->verbs, err) ||
        load_list(lang_dir, "noun-verb-forms.txt", F_WORD, &r->nounverbs, err) ||
        load_list(lang_dir, "happen-verbs.txt", F_HAPPEN, &r->happen, err) ||
        load_list(lang_dir, "female-roles.txt", F_WORD, &r->female, err) ||
        load_list(lang_dir, "male-roles.txt", F_WORD, &r->male, err) ||
        load_list(lang_dir, "same-occasion.txt", F_PHRASE, &r->occasion, err)) {
        timeline_res_free(r);
        return NULL;
    }
    return r;
}

/* ---- token matching ---- */

static char fold(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Does the text s[0..n) equal w[0..wn) ignoring ASCII case? */
static bool eq_fold(const char *s, size_t n, const char *w, size_t wn)
{
    if (n != wn) return false;
    for (size_t i = 0; i < n; i++)
        if (fold(s[i]) != w[i]) return false;
    return true;
}

/* Do s[0..n) and w[0..n) agree ignoring ASCII case? */
static bool eq_fold_text(const char *s, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (fold(s[i]) != fold(w[i])) return false;
    return true;
}

static bool tok_is(const document *doc, size_t t, const char *w, size_t wn)
{
    const token *k = &doc->tokens[t];
    return eq_fold(doc->text + k->start, k->end - k->start, w, wn);
}

/* Whether token t is w[0..wn) with a possessive ending ("company's"). */
static bool tok_possessive(const document *doc, size_t t, const char *w, size_t wn)
{
    const token *k = &doc->tokens[t];
    const char *s = doc->text + k->start;
    size_t n = k->end - k->start;
    return (n == wn + 2 && !memcmp(s + wn, "'s", 2) && eq_fold(s, wn, w, wn)) ||
           (n == wn + 4 && !memcmp(s + wn, "\xe2\x80\x99s", 4) && eq_fold(s, wn, w, wn));
}

/* Whether token t is longer than w[0..wn) and ends with it ("59-jährige" ends with "-jährige"). */
static bool tok_ends(const document *doc, size_t t, const char *w, size_t wn)
{
    const token *k = &doc->tokens[t];
    size_t n = k->end - k->start;
    return n > wn && eq_fold(doc->text + k->end - wn, wn, w, wn);
}

/* The entry of l that token t is (one word entries only), or NULL. */
static const entry *lookup(const wlist *l, const document *doc, size_t t)
{
    const token *k = &doc->tokens[t];
    const char *s = doc->text + k->start;
    size_t n = k->end - k->start;
    for (size_t i = 0; i < l->n; i++) {
        const entry *e = &l->v[i];
        size_t wn = e->len;
        if (e->suffix && n > wn ? eq_fold(s + n - wn, wn, e->word, wn) : eq_fold(s, n, e->word, wn))
            return e;
    }
    return NULL;
}

/* The entry of l whose words start at token t (t < end), setting *ntok; or NULL. */
static const entry *lookup_phrase(const wlist *l, const document *doc, size_t t, size_t end,
                                  size_t *ntok)
{
    char first = fold(doc->text[doc->tokens[t].start]);
    for (size_t i = 0; i < l->n; i++) {
        const char *w = l->v[i].word;
        if (w[0] != first && w[0] != '*') continue; /* the common case, cheaply */
        size_t k = t;
        while (*w && k < end) {
            const char *sp = strchr(w, ' ');
            size_t wn = sp ? (size_t)(sp - w) : strlen(w);
            if (!(w[0] == '*' && wn > 1
                      ? tok_ends(doc, k, w + 1, wn - 1)
                      : tok_is(doc, k, w, wn) || (!sp && tok_possessive(doc, k, w, wn))))
                break; /* the last word may take a possessive ending: "the company's" */
            k++;
            w += wn + (sp ? 1 : 0);
            if (!sp) w += strlen(w);
        }
        if (!*w && k > t) {
            *ntok = k - t;
            return &l->v[i];
        }
    }
    return NULL;
}

/* Token t's part of speech, except that a back-reference word ("beiden", "he") that the
 * tagger took for a verb counts as a pronoun, and an auxiliary form (auxiliaries.txt) as AUX. */
static int pos_of(const timeline_res *r, const document *doc, size_t t)
{
    int p = doc->tokens[t].pos;
    /* a word form that is only ever a verb, whatever else the tagger called it ("The two men
     * last met in ..." tagged "met" a noun, "Am Freitag traf ..." "traf" an adposition):
     * verb-forms.txt */
    if (p != UPOS_VERB && p != UPOS_AUX && !doc->tokens[t].ner && lookup(&r->verbs, doc, t))
        return UPOS_VERB;
    /* a past form that is also a noun, tagged a noun between its subject and what follows a
     * verb ("Shares of BP rose 3% on Monday"; not "the rose", "a rose garden"):
     * noun-verb-forms.txt */
    if (p == UPOS_NOUN && !doc->tokens[t].ner && t > 0 && t + 1 < doc->ntokens &&
        doc->tokens[t - 1].sentence == doc->tokens[t].sentence &&
        doc->tokens[t + 1].sentence == doc->tokens[t].sentence && lookup(&r->nounverbs, doc, t)) {
        int b = doc->tokens[t - 1].pos, a = doc->tokens[t + 1].pos;
        if ((b == UPOS_NOUN || b == UPOS_PROPN || b == UPOS_PRON) &&
            (a == UPOS_NUM || a == UPOS_ADV || a == UPOS_ADP || a == UPOS_DET))
            return UPOS_VERB;
    }
    /* a name the tagger also called a verb ("Baumgart soll ..." opening the sentence) */
    if ((p == UPOS_VERB || p == UPOS_AUX) && doc->tokens[t].ner &&
        (unsigned char)(doc->text[doc->tokens[t].start] - 'A') < 26)
        return UPOS_PROPN;
    /* ... or a capitalized word inside the sentence ("Sam Bankman-Fried", untagged): verbs are
     * written in lower case there */
    if (p == UPOS_VERB && (unsigned char)(doc->text[doc->tokens[t].start] - 'A') < 26 &&
        doc->sentences[doc->tokens[t].sentence].tok_begin != t && t > 0 &&
        doc->tokens[t - 1].kind != TOK_PUNCT)
        return UPOS_PROPN;
    /* ... or a particle inside a name ("Charles de Gaulle", "de" tagged an auxiliary) */
    if ((p == UPOS_VERB || p == UPOS_AUX) && doc->tokens[t].ner &&
        doc->tokens[t].ner == NER_I(NER_TYPE(doc->tokens[t].ner)) && t + 1 < doc->ntokens &&
        doc->tokens[t + 1].ner == doc->tokens[t].ner)
        return UPOS_PROPN;
    if (p == UPOS_VERB || p == UPOS_AUX) {
        size_t nt;
        if (lookup_phrase(&r->backrefs, doc, t, t + 1, &nt)) return UPOS_PRON;
        if (p == UPOS_VERB && lookup(&r->aux, doc, t)) return UPOS_AUX;
    }
    return p;
}

static bool is_verb(const timeline_res *r, const document *doc, size_t t)
{
    int p = pos_of(r, doc, t);
    return p == UPOS_VERB || p == UPOS_AUX;
}

static bool is_clause_punct(const document *doc, size_t t)
{
    const token *k = &doc->tokens[t];
    if (k->kind != TOK_PUNCT) return false;
    const char *s = doc->text + k->start;
    size_t n = k->end - k->start;
    static const char *const p[] = {",", ";", ":", "(", ")", "-", "\xe2\x80\x93", "\xe2\x80\x94"};
    for (size_t i = 0; i < sizeof p / sizeof *p; i++)
        if (n == strlen(p[i]) && !memcmp(s, p[i], n)) return true;
    return false;
}

/* ---- clauses ---- */

typedef struct clause {
    uint32_t tb, te; /* token range */
    bool verb, aux;
    int opener; /* START_SUB, START_COORD, START_INF or 0 */
} clause;

static void clause_scan(const timeline_res *r, const document *doc, clause *c)
{
    c->verb = c->aux = false;
    for (uint32_t i = c->tb; i < c->te; i++) {
        int p = pos_of(r, doc, i);
        if (p == UPOS_VERB) c->verb = true;
        if (p == UPOS_AUX) c->aux = true;
    }
}

static bool is_clause_punct(const document *doc, size_t t);

/* Whether every auxiliary of clause c comes after its verbs ("unterzeichnet worden", not "sie
 * hat gelacht"). */
static bool aux_last(const timeline_res *r, const document *doc, const clause *c)
{
    bool aux = false;
    for (uint32_t i = c->tb; i < c->te; i++) {
        int p = pos_of(r, doc, i);
        if (p == UPOS_AUX) aux = true;
        if (p == UPOS_VERB && aux) return false;
    }
    return true;
}

/* Whether every lexical verb of clause c is a reporting verb ("..., Judge Lewis Kaplan said"):
 * the attribution of what the clause before it says, not that clause's missing verb. */
static bool reporting_only(const timeline_res *r, const document *doc, const clause *c)
{
    bool any = false;
    for (uint32_t i = c->tb; i < c->te; i++)
        if (pos_of(r, doc, i) == UPOS_VERB) {
            if (!lookup(&r->reporting, doc, i)) return false;
            any = true;
        }
    return any;
}

/* The clause-starts entry of token t when its POS condition holds, or NULL. */
static const entry *start_entry(const timeline_res *r, const document *doc, uint32_t t,
                                uint32_t end)
{
    const entry *e = lookup(&r->starts, doc, t);
    if (!e || !e->pos) return e;
    /* a mark's VERB condition takes AUX too: "gestohlen zu haben" */
    int next = t + 1 < end ? doc->tokens[t + 1].pos : 0;
    return next == e->pos || (e->val == START_MARK && e->pos == UPOS_VERB && next == UPOS_AUX)
               ? e
               : NULL;
}

/* Whether token t is a verb with "zu" after a separable prefix ("hochzufahren"). */
static bool zu_infix(const timeline_res *r, const document *doc, uint32_t t)
{
    const token *k = &doc->tokens[t];
    const char *s = doc->text + k->start;
    size_t n = k->end - k->start;
    if (k->pos != UPOS_VERB) return false;
    for (size_t i = 0; i < r->starts.n; i++) {
        const entry *e = &r->starts.v[i];
        size_t wn = strlen(e->word);
        if (e->val == START_PREFIX && n >= wn + 3 && eq_fold(s, wn, e->word, wn) && s[n - 1] == 'n')
            return true;
    }
    return false;
}

/* Whether an infinitive mark ("zu reisen") lies in [t, end) before the next clause punctuation. */
static bool marked_infinitive(const timeline_res *r, const document *doc, uint32_t t, uint32_t end)
{
    for (; t < end && !is_clause_punct(doc, t); t++) {
        const entry *e = start_entry(r, doc, t, end);
        if ((e && e->val == START_MARK) || zu_infix(r, doc, t)) return true;
    }
    return false;
}

static int opener_of(const timeline_res *r, const document *doc, uint32_t t, uint32_t end)
{
    const entry *e = start_entry(r, doc, t, end);
    if (e && e->val == START_INF_ZU) return marked_infinitive(r, doc, t + 1, end) ? START_INF : 0;
    if (e && e->val == START_SUBC)
        return t == 0 || doc->tokens[t - 1].sentence != doc->tokens[t].sentence ||
                       doc->tokens[t - 1].kind == TOK_PUNCT
                   ? START_SUB
                   : 0;
    if (e && e->val == START_REL) /* only after a comma: "die" inside a clause is no opener */
        return t > 0 && tok_is(doc, t - 1, ",", 1) && doc->tokens[t].pos == UPOS_PRON ? START_REL
                                                                                      : 0;
    if (e && e->val != START_MARK && e->val != START_PREFIX) return e->val;
    if (doc->tokens[t].pos == UPOS_SCONJ) return START_SUB;
    return 0;
}

/* Cuts sentence s into clauses (out has room for its token count). Returns how many. */
static size_t clauses_of(const timeline_res *r, const document *doc, const sentence *s, clause *out)
{
    size_t n = 0;
    uint32_t cur = s->tok_begin;
    for (uint32_t i = s->tok_begin; i <= s->tok_end; i++) {
        bool end = i == s->tok_end;
        /* a short aside in brackets without a verb ("Christian Lindner (FDP) entlassen") is
         * no clause boundary: the clause goes on after it */
        if (!end && tok_is(doc, i, "(", 1)) {
            uint32_t j = i + 1;
            bool verb = false;
            for (; j < s->tok_end && j <= i + 6 && !tok_is(doc, j, ")", 1); j++)
                verb |= doc->tokens[j].pos == UPOS_VERB || doc->tokens[j].pos == UPOS_AUX;
            if (j < s->tok_end && j <= i + 6 && !verb && j + 1 < s->tok_end) {
                i = j;
                continue;
            }
        }
        bool punct = !end && is_clause_punct(doc, i);
        bool opens = !end && !punct && i > cur && opener_of(r, doc, i, s->tok_end);
        if (!end && !punct && !opens) continue;
        if (i > cur) {
            clause c = {cur, i, false, false, opener_of(r, doc, cur, s->tok_end)};
            /* "..., im Juni nach Kiew zu reisen": an infinitive clause with no opener word (or
             * one only the tagger called a subordinator: "am" tagged SCONJ) */
            if ((!c.opener || (c.opener == START_SUB && !start_entry(r, doc, cur, s->tok_end))) &&
                cur > s->tok_begin && marked_infinitive(r, doc, cur, i))
                c.opener = START_INF;
            clause_scan(r, doc, &c);
            out[n++] = c;
        }
        cur = punct ? i + 1 : i;
    }
    /* verbless segments join a neighbour */
    size_t m = 0;
    bool pending = false;
    uint32_t pend_tb = 0;
    int pend_open = 0;
    for (size_t i = 0; i < n; i++) {
        clause c = out[i];
        if (pending) {
            c.tb = pend_tb;
            c.opener = pend_open;
            pending = false;
        }
        if (!c.verb && !c.aux) {
            if (m > 0 && c.opener != START_SUB && c.opener != START_REL && c.opener != START_INF) {
                out[m - 1].te = c.te;
                continue;
            }
            if (i + 1 < n) {
                pending = true;
                pend_tb = c.tb;
                pend_open = c.opener;
                continue;
            }
        }
        out[m++] = c;
    }
    /* an auxiliary-only clause and the verb segment that completes it (not an attribution
     * that only reports it: "Sentencing is set for March 28, Judge Lewis Kaplan said") */
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        /* ... also over "und" joining two objects ("hat den Südosten der Türkei und den Norden
         * Syriens erschüttert", "war von Adenauer und de Gaulle unterzeichnet worden") */
        if (k > 0 && out[k - 1].aux && !out[k - 1].verb && out[i].verb &&
            (!out[i].opener || out[i].opener == START_COORD) &&
            (!out[i].aux || (out[i].opener == START_COORD && aux_last(r, doc, &out[i]))) &&
            pos_of(r, doc, out[i].tb) != UPOS_VERB && !reporting_only(r, doc, &out[i])) {
            out[k - 1].te = out[i].te;
            out[k - 1].verb = true;
            continue;
        }
        out[k++] = out[i];
    }
    return k;
}

/* ---- triggers ---- */

static bool is_event_noun(const timeline_res *r, const document *doc, size_t t)
{
    uint8_t p = doc->tokens[t].pos;
    return (p == UPOS_NOUN || p == UPOS_PROPN) && lookup(&r->nouns, doc, t);
}

/* Whether a temporal expression starts at token t or the one after it (before end). */
static bool timex_after(const document *doc, uint32_t t, uint32_t end)
{
    for (uint32_t i = t; i < end && i <= t + 1; i++)
        for (size_t x = 0; x < doc->ntimexes; x++)
            if (doc->timexes[x].start == doc->tokens[i].start) return true;
    return false;
}

/* An event noun within NOUN_WINDOW tokens of the date [db, de) in clause c, with no verb or
 * punctuation between; -1 when none. The nearer side wins, the left one on ties. */
static long noun_near_date(const timeline_res *r, const document *doc, const clause *c, uint32_t db,
                           uint32_t de)
{
    long left = -1, right = -1;
    int dl = 0, dr = 0;
    for (long i = (long)db - 1, d = 0; i >= (long)c->tb && d <= NOUN_WINDOW; i--, d++) {
        const token *k = &doc->tokens[i];
        if (is_verb(r, doc, (size_t)i) || k->kind == TOK_PUNCT) break;
        if (is_event_noun(r, doc, (size_t)i)) {
            left = i;
            dl = (int)d;
            break;
        }
    }
    /* a chronology's entry: a date opening its clause, a colon or dash, and the event ("24.
     * Februar 2022: Beginn der Invasion", "11 November - Liberation of Kherson") */
    uint32_t from = de, after = NOUN_AFTER;
    if (db == c->tb && de + 1 < c->te &&
        (tok_is(doc, de, ":", 1) || tok_is(doc, de, "-", 1) ||
         tok_is(doc, de, "\xe2\x80\x93", 3))) {
        from = de + 1;
        after = NOUN_ENTRY;
    }
    for (uint32_t i = from, d = 0; i < c->te && d <= after; i++, d++) {
        const token *k = &doc->tokens[i];
        if (is_verb(r, doc, i) || (k->kind == TOK_PUNCT && !tok_is(doc, i, "'", 1))) break;
        if (is_event_noun(r, doc, i)) {
            /* "am Mittwoch einen Warnstreik für Freitag angekündigt": a noun with a date of its
             * own right after it is that date's event */
            /* ... and one right before the lexical verb that takes it as object is no event
             * of its own ("hat am Dienstag die Sitzung eröffnet": the opening) */
            /* ... also over the phrases between the two when the lexical verb closes the
             * clause ("hat am Samstag das Spitzenspiel gegen Dortmund mit 3:1 gewonnen") */
            uint32_t v = i + 1;
            while (v < c->te && !is_verb(r, doc, v))
                v++;
            uint32_t last = c->te;
            while (last > v && doc->tokens[last - 1].kind == TOK_PUNCT)
                last--;
            bool object = v < c->te && (v == i + 1 || v + 1 == last) &&
                          pos_of(r, doc, v) == UPOS_VERB && !lookup(&r->light, doc, v) &&
                          !lookup(&r->aspectual, doc, v) && !lookup(&r->happen, doc, v);
            if (!timex_after(doc, i + 1, c->te) && !object) {
                right = i;
                dr = (int)d;
            }
            break;
        }
    }
    if (left >= 0 && (right < 0 || dl <= dr)) return left;
    return right;
}

/* When the tagger found no verb in the clause: the lower-case word right after a date that
 * opens the clause ("Am 30. März empfängt ...": verb-second order puts the finite verb there;
 * a lower-case word in that place is hardly ever anything else). -1 when there is none. */
static long verb_after_fronted_date(const timeline_res *r, const document *doc, const clause *c,
                                    uint32_t db, uint32_t de)
{
    if (db > c->tb + FRONT_REACH) return -1;
    for (uint32_t i = c->tb; i < db; i++) {
        int p = pos_of(r, doc, i);
        if (p != UPOS_ADP && p != UPOS_DET && doc->tokens[i].kind != TOK_PUNCT) return -1;
    }
    if (de >= c->te || doc->tokens[de].kind != TOK_WORD) return -1;
    char ch = doc->text[doc->tokens[de].start];
    int p = pos_of(r, doc, de);
    if (ch < 'a' || ch > 'z' || p == UPOS_DET || p == UPOS_ADP || p == UPOS_PRON ||
        p == UPOS_CCONJ || p == UPOS_ADV)
        return -1;
    return de;
}

/* When the tagger found no verb in the clause: the lower-case word between a name that opens
 * the clause (after an optional determiner) and a name, determiner or number after it
 * ("Manchester United beat Liverpool 2-1 on Saturday", "beat" tagged a noun): subject, verb,
 * object is the order there, and a lower-case word in that place is the verb. -1 when there is
 * none. */
static long verb_between_names(const timeline_res *r, const document *doc, const clause *c)
{
    uint32_t i = c->tb;
    if (i < c->te && pos_of(r, doc, i) == UPOS_DET && !doc->tokens[i].ner) i++;
    if (i >= c->te || !NER_IS_BEGIN(doc->tokens[i].ner)) return -1;
    uint8_t in = NER_I(NER_TYPE(doc->tokens[i].ner));
    for (i++; i < c->te && doc->tokens[i].ner == in; i++)
        ;
    if (i + 1 >= c->te || doc->tokens[i].kind != TOK_WORD || doc->tokens[i].ner) return -1;
    char ch = doc->text[doc->tokens[i].start];
    int p = pos_of(r, doc, i);
    if (ch < 'a' || ch > 'z' || (p != UPOS_NOUN && p != UPOS_PROPN && p != UPOS_ADJ)) return -1;
    int q = pos_of(r, doc, i + 1);
    if (!NER_IS_BEGIN(doc->tokens[i + 1].ner) && q != UPOS_DET && q != UPOS_NUM) return -1;
    return i;
}

/* The token of part of speech want (pos_of) in clause c nearest to the date [db, de), outside
 * it, within TRIGGER_REACH tokens; the left one on ties; -1 when there is none. A token i
 * before the date is db - i away, one after it i - de + 1. */
static long nearest_pos(const timeline_res *r, const document *doc, const clause *c, uint32_t db,
                        uint32_t de, int want)
{
    for (uint32_t d = 1; d <= TRIGGER_REACH; d++) {
        bool left = db >= c->tb + d; /* db - d in the clause (db < c->te: the date is in it) */
        uint32_t ri = de + d - 1;
        if (!left && ri >= c->te) break;
        if (left && pos_of(r, doc, db - d) == want) return (long)(db - d);
        if (ri >= c->tb && ri < c->te && pos_of(r, doc, ri) == want) return (long)ri;
    }
    return -1;
}

/* A verb of happen-verbs.txt at token v of clause c ("findet ... statt", "takes place", "was
 * held") names no event of its own: its subject does. The event noun of the clause nearest to v
 * (before it first: "Die Bundestagswahl findet am 23. Februar statt"), else a common noun after a
 * determiner with no preposition before it ("Am Samstag findet in der Halle das Konzert statt");
 * -1 when v is no such verb or the clause has no such noun. */
static long happen_subject(const timeline_res *r, const document *doc, const clause *c, long v)
{
    const entry *e = lookup(&r->happen, doc, (size_t)v);
    if (!e) return -1;
    if (e->need && !strcmp(e->need, "aux")) {
        bool aux = false;
        for (long i = (long)c->tb; i < v && !aux; i++)
            aux = pos_of(r, doc, (size_t)i) == UPOS_AUX;
        if (!aux) return -1;
    } else if (e->need) {
        bool found = false, last = false;
        size_t wn = strlen(e->need);
        if (wn > 1 && e->need[wn - 1] == '$') wn--, last = true;
        long end = (long)c->te;
        while (last && end > v + 1 && doc->tokens[end - 1].kind == TOK_PUNCT)
            end--;
        for (long i = last ? end - 1 : v + 1; i > v && i < end && !found; i++)
            found = tok_is(doc, (size_t)i, e->need, wn);
        if (!found) return -1;
    }
    for (long d = 1; d <= (long)(c->te - c->tb); d++) {
        long u = v - d; /* ... also one the tagger took for an adjective before its verb ("The
                         * final will be played") */
        if (u > (long)c->tb && doc->tokens[u].pos == UPOS_ADJ &&
            pos_of(r, doc, (size_t)u - 1) == UPOS_DET && is_verb(r, doc, (size_t)u + 1) &&
            lookup(&r->nouns, doc, (size_t)u))
            return u;
        if (v - d >= (long)c->tb && is_event_noun(r, doc, (size_t)(v - d))) return v - d;
        if (v + d < (long)c->te && is_event_noun(r, doc, (size_t)(v + d))) return v + d;
    }
    for (long i = (long)c->tb + 1; i < (long)c->te; i++) {
        const token *k = &doc->tokens[i];
        if (i == v || k->pos != UPOS_NOUN || k->ner) continue;
        long d = i - 1; /* the determiner, over adjectives ("Die nächste Zinsentscheidung") */
        while (d > (long)c->tb && i - d < 3 && pos_of(r, doc, (size_t)d) == UPOS_ADJ)
            d--;
        if (pos_of(r, doc, (size_t)d) != UPOS_DET) continue;
        if (d > (long)c->tb && pos_of(r, doc, (size_t)d - 1) == UPOS_ADP) continue;
        return i;
    }
    return -1;
}

/* The trigger token for the date [db, de) in clause c, or -1. */
static long trigger_for(const timeline_res *r, const document *doc, const clause *c, uint32_t db,
                        uint32_t de)
{
    long t = noun_near_date(r, doc, c, db, de);
    if (t >= 0) return t;
    /* the nearest verb, else the nearest auxiliary (clause_scan saw whether there is one) */
    long best = c->verb ? nearest_pos(r, doc, c, db, de, UPOS_VERB) : -1;
    if (best < 0 && c->aux) best = nearest_pos(r, doc, c, db, de, UPOS_AUX);
    if (best < 0) {
        best = verb_after_fronted_date(r, doc, c, db, de);
        if (best < 0 && !c->verb && !c->aux) best = verb_between_names(r, doc, c);
        return best;
    }
    long subj = happen_subject(r, doc, c, best);
    if (subj >= 0) return subj;
    if (lookup(&r->aspectual, doc, (size_t)best)) {
        for (long i = best - 1; i >= (long)c->tb; i--)
            if (is_event_noun(r, doc, (size_t)i)) return i;
    } else if (lookup(&r->light, doc, (size_t)best)) {
        for (long i = best + 1; i < (long)c->te && i <= best + LIGHT_WINDOW + 1; i++) {
            if (is_event_noun(r, doc, (size_t)i)) return i;
            if (doc->tokens[i].kind == TOK_PUNCT) break;
        }
    }
    return best;
}

/* ---- dates ---- */

static bool digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static long days_from_civil(long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)((long)yoe + era * 400 + (*m <= 2));
}

int timeline_date_key(const char *v, char out[11])
{
    if (!v || strlen(v) < 4 || !digits(v, 4) || strchr(v, 'X')) return -1;
    int y = atoi(v), m = 1, d = 1;
    const char *r = v + 4;
    if (*r == '-') {
        r++;
        if (digits(r, 2)) {
            m = (r[0] - '0') * 10 + (r[1] - '0');
            if (r[2] == '-' && digits(r + 3, 2)) d = (r[3] - '0') * 10 + (r[4] - '0');
        } else if (r[0] == 'W' && digits(r + 1, 2)) {
            int w = (r[1] - '0') * 10 + (r[2] - '0');
            long jan4 = days_from_civil(y, 1, 4);
            long wd = ((jan4 + 3) % 7 + 7) % 7; /* 0 = Monday */
            civil_from_days(jan4 - wd + 7L * (w - 1), &y, &m, &d);
        } else {
            static const char *const p[] = {"SP", "SU", "FA", "AU", "WI", "Q1",
                                            "Q2", "Q3", "Q4", "H1", "H2"};
            static const int pm[] = {3, 6, 9, 9, 12, 1, 4, 7, 10, 1, 7};
            for (size_t i = 0; i < sizeof p / sizeof *p; i++)
                if (!strncmp(r, p[i], 2)) m = pm[i];
        }
    } else if (*r) {
        return -1;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    char buf[40];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m, d);
    memcpy(out, buf, 11);
    return 0;
}

/* The token range [*tb, *te) of bytes [s, e), searched in sentence sn. */
static void token_range(const document *doc, const sentence *sn, uint32_t s, uint32_t e,
                        uint32_t *tb, uint32_t *te)
{
    /* the tokens are in text order and do not overlap, so those that overlap [s, e) are a run:
     * from the first that ends after s (binary search: a long sentence has many dates) while
     * they start before e; none: both at the sentence's end */
    uint32_t lo = sn->tok_begin, hi = sn->tok_end;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].end <= s)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t i = lo;
    while (i < sn->tok_end && doc->tokens[i].start < e)
        i++;
    *tb = i > lo ? lo : sn->tok_end;
    *te = i > lo ? i : sn->tok_end;
}

/* The date preposition before tokens [tb..): the word right before, or the one before a
 * determiner or a contracted preposition ("seit dem", "bis zum"). 0 when none. */
static int prep_before(const timeline_res *r, const document *doc, const sentence *sn, uint32_t tb)
{
    if (tb <= sn->tok_begin) return 0;
    const entry *e = lookup(&r->preps, doc, tb - 1);
    if (e) return e->val;
    const token *k = &doc->tokens[tb - 1];
    uint8_t p = k->pos;
    /* an article or contraction between ("bis zum Nachmittag", "zum" at times tagged a
     * numeral): a short lower-case word that is no verb or noun */
    bool small = k->end - k->start <= 3 && (unsigned char)(doc->text[k->start] - 'a') < 26 &&
                 p != UPOS_VERB && p != UPOS_AUX && p != UPOS_NOUN;
    if (tb - 1 > sn->tok_begin && (p == UPOS_DET || p == UPOS_ADP || small) &&
        (e = lookup(&r->preps, doc, tb - 2)))
        return e->val;
    return 0;
}

/* ---- building ---- */

/* A participant's mention, for the document-wide index of mentions by start (mref_build) */
typedef struct mref {
    uint32_t start, end, p;
} mref;

typedef struct evec {
    event *v;
    size_t n, cap;
    arena *a;
    const mref *ms; /* every participant's mentions, by start */
    size_t nms;
    const uint32_t *roled; /* the persons with a role, in participant order */
    size_t nroled;
} evec;

static int u32_push(arena *a, uint32_t **v, size_t *n, uint32_t x)
{
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i] == x) return 0;
    uint32_t *nv = arena_realloc(a, *v, *n * sizeof **v, (*n + 1) * sizeof **v);
    if (!nv) return -1;
    nv[(*n)++] = x;
    *v = nv;
    return 0;
}

static event *evec_push(evec *ev)
{
    if (ev->n == ev->cap) {
        size_t nc = ev->cap ? ev->cap * 2 : 16;
        event *nv = arena_realloc(ev->a, ev->v, ev->cap * sizeof *nv, nc * sizeof *nv);
        if (!nv) return NULL;
        ev->v = nv;
        ev->cap = nc;
    }
    event *e = &ev->v[ev->n++];
    memset(e, 0, sizeof *e);
    return e;
}

/* Distinct person participants with a mention in sentence sn (before byte `before`), into
 * out (up to 3). Returns how many, capped at 3. */
static int of_type_in(const document *doc, int type, uint32_t sn, uint32_t before, uint32_t out[3])
{
    int n = 0;
    for (size_t p = 0; p < doc->nparticipants; p++) {
        const participant *pa = &doc->participants[p];
        if ((int)pa->type != type) continue;
        for (size_t k = 0; k < pa->nmentions; k++) {
            const mention *mt = &pa->mentions[k];
            if (mt->sentence != sn || mt->end > before) continue;
            if (n < 3) out[n] = (uint32_t)p;
            n++;
            break;
        }
    }
    return n > 3 ? 3 : n;
}

static int persons_in(const document *doc, uint32_t sn, uint32_t before, uint32_t out[3])
{
    return of_type_in(doc, PART_PERSON, sn, before, out);
}

/* "President Joe Biden met Chancellor Olaf Scholz ... He last visited ...": the one person
 * named in sentence sn before its first verb (its subject), or -1 when none or more. */
static int subject_person(const document *doc, uint32_t sn)
{
    const sentence *se = &doc->sentences[sn];
    uint32_t verb = UINT32_MAX;
    for (uint32_t t = se->tok_begin; t < se->tok_end && verb == UINT32_MAX; t++)
        if (doc->tokens[t].pos == UPOS_VERB || doc->tokens[t].pos == UPOS_AUX)
            verb = doc->tokens[t].start;
    uint32_t got[3];
    return verb != UINT32_MAX && of_type_in(doc, PART_PERSON, sn, verb, got) == 1 ? (int)got[0]
                                                                                  : -1;
}

static int mention_edge(const document *doc, uint32_t at, bool end);

/* Whether sentence sn (before byte `before`) holds a proper noun that no participant's mention
 * covers (a name the participants stage did not take up), or is too long to tell cheaply. */
static bool untagged_name(const document *doc, uint32_t sn, uint32_t before)
{
    const sentence *se = &doc->sentences[sn];
    if (se->tok_end - se->tok_begin > 200) return true;
    for (uint32_t t = se->tok_begin; t < se->tok_end && doc->tokens[t].start < before; t++) {
        const token *k = &doc->tokens[t];
        if (k->pos != UPOS_PROPN || t == se->tok_begin) continue;
        bool covered = false; /* a date's word ("am Mittwoch") is no name */
        for (size_t x = 0; x < doc->ntimexes && !covered; x++)
            covered = doc->timexes[x].start <= k->start && k->end <= doc->timexes[x].end;
        for (size_t p = 0; p < doc->nparticipants && !covered; p++)
            for (size_t m = 0; m < doc->participants[p].nmentions && !covered; m++) {
                const mention *mt = &doc->participants[p].mentions[m];
                covered = mt->start <= k->start && k->end <= mt->end;
            }
        /* ... nor a title before a person's name ("Chief Financial Officer Colette Kress") */
        uint32_t j = t + 1;
        while (!covered && j < se->tok_end && doc->tokens[j].pos == UPOS_PROPN &&
               mention_edge(doc, doc->tokens[j].start, false) < 0)
            j++;
        if (!covered && j < se->tok_end) {
            int p = mention_edge(doc, doc->tokens[j].start, false);
            covered = p >= 0 && doc->participants[p].type == PART_PERSON;
        }
        if (!covered) return true;
    }
    return false;
}

/* Whether person p has a role whose last word is an entry of l or ends with a "*" entry
 * (female-roles.txt: "Ministerin", "spokeswoman"); the entry "any" matches every role. */
static bool role_in(const wlist *l, const document *doc, uint32_t p)
{
    const participant *pa = &doc->participants[p];
    for (size_t i = 0; i < pa->nroles; i++) {
        const char *role = pa->roles[i], *w = strrchr(role, ' ');
        w = w ? w + 1 : role;
        size_t n = strlen(w);
        for (size_t k = 0; k < l->n; k++) {
            const entry *e = &l->v[k];
            if ((!e->suffix && !strcmp(e->word, "any")) ||
                (e->suffix ? n > e->len && eq_fold(w + n - e->len, e->len, e->word, e->len)
                           : eq_fold(w, n, e->word, e->len)))
                return true;
        }
    }
    return false;
}

/* A person's gender as its roles tell it: 'f' (female-roles.txt), 'm' (male-roles.txt), or 0. */
static int gender_of(const timeline_res *r, const document *doc, uint32_t p)
{
    return role_in(&r->female, doc, p) ? 'f' : role_in(&r->male, doc, p) ? 'm' : 0;
}

/* Keeps of the n persons in got those a pronoun of gender ('f', 'm', 'F', 0) may stand for: the
 * persons known to be of that gender, else those of no known gender ("Taylor Swift ... She");
 * 'F' (German "sie", which also stands for "die Polizei", "die Firma") known women only. */
static int of_gender(const timeline_res *r, const document *doc, uint32_t got[3], int n, int gender)
{
    if (!gender) return n;
    bool strict = gender == 'F';
    if (strict) gender = 'f';
    int k = 0;
    for (int i = 0; i < n; i++)
        if (gender_of(r, doc, got[i]) == gender) got[k++] = got[i];
    if (k || strict) return k;
    for (int i = 0; i < n; i++)
        if (!gender_of(r, doc, got[i])) got[k++] = got[i];
    return k;
}

/* Whether token t is a verb (VERB or AUX) ending in "-en", as the German plural's forms do
 * ("sagten", "haben", "wollen"). */
static bool plural_verb(const timeline_res *r, const document *doc, size_t t)
{
    if (t >= doc->ntokens || !is_verb(r, doc, t)) return false;
    const token *k = &doc->tokens[t];
    size_t n = k->end - k->start;
    return n > 3 && eq_fold(doc->text + k->end - 2, 2, "en", 2);
}

/* Whether token t is an age noun ("45-Jährige", "45-year-old") whose age the text gave before
 * to someone unnamed: the same number and hyphen opening a word before a common noun that no
 * name follows ("eine 45-jährige Frau", "a 45-year-old man"); that person, not a named one, is
 * meant. */
static bool unnamed_age(const document *doc, uint32_t t)
{
    const token *k = &doc->tokens[t];
    const char *w = doc->text + k->start;
    size_t n = k->end - k->start, d = 0;
    while (d < n && w[d] >= '0' && w[d] <= '9')
        d++;
    if (d == 0 || d + 1 >= n || w[d] != '-') return false;
    for (uint32_t u = 0; u + 1 < t && doc->tokens[u + 1].start < k->start; u++) {
        const token *a = &doc->tokens[u];
        if (a->end - a->start <= d + 1 || memcmp(doc->text + a->start, w, d + 1)) continue;
        const token *nx = &doc->tokens[u + 1];
        if (nx->pos == UPOS_NOUN && !nx->ner && (u + 2 >= doc->ntokens || !doc->tokens[u + 2].ner))
            return true;
    }
    return false;
}

/* Adds the participants a back-reference of count `want` (a pronoun: of gender, 'f', 'm' or 0)
 * at byte `at` in sentence sn names. */
static int resolve_backref(const timeline_res *r, const document *doc, event *e, arena *a,
                           uint32_t sn, uint32_t at, int want, int gender)
{
    uint32_t got[3];
    int n = 0;
    if (want == BACKREF_SIDES) {
        /* "beide Seiten", "both sides": the nearest sentence before that names persons or
         * organizations names exactly two (no further back than BACKREF_SENTENCES) */
        uint32_t lo = sn > BACKREF_SENTENCES ? sn - BACKREF_SENTENCES : 0;
        for (uint32_t k = sn; k-- > lo && n == 0;) {
            uint32_t orgs[3];
            n = persons_in(doc, k, UINT32_MAX, got);
            int no = of_type_in(doc, PART_ORGANIZATION, k, UINT32_MAX, orgs);
            for (int i = 0; i < no && n < 3; i++)
                got[n++] = orgs[i];
        }
        if (n != 2) return 0;
    } else if (want == BACKREF_ORG) {
        /* "the company", "der Konzern": the one organization named before it in its sentence,
         * else in the sentence before (no further: the words say nothing of which kind of
         * organization, and an untagged company must not become the White House two
         * sentences up) */
        n = of_type_in(doc, PART_ORGANIZATION, sn, at, got);
        if (n == 0 && sn > 0) n = of_type_in(doc, PART_ORGANIZATION, sn - 1, UINT32_MAX, got);
        /* ... or two sentences up, when that sentence names one organization and nothing between
         * names any, not even a name no participant holds ("Siemens meldete ... Analysten
         * zeigten sich überrascht. Das Unternehmen kündigte ... an") */
        if (n == 0 && sn > 1 && of_type_in(doc, PART_ORGANIZATION, sn - 2, UINT32_MAX, got) == 1 &&
            !untagged_name(doc, sn - 1, UINT32_MAX) && !untagged_name(doc, sn, at))
            n = 1;
        if (n != 1) return 0;
    } else if (want == 1) {
        n = of_gender(r, doc, got, persons_in(doc, sn, at, got), gender);
        if (n == 0 && sn > 0)
            n = of_gender(r, doc, got, persons_in(doc, sn - 1, UINT32_MAX, got), gender);
        /* a pronoun opening its sentence, after a sentence naming several persons: the one
         * named as that sentence's subject */
        int subj = n > 1 && at == doc->tokens[doc->sentences[sn].tok_begin].start
                       ? subject_person(doc, sn - 1)
                       : -1;
        if (subj >= 0 && gender) {
            uint32_t one[3] = {(uint32_t)subj};
            if (!of_gender(r, doc, one, 1, gender)) subj = -1;
        }
        if (subj >= 0) got[0] = (uint32_t)subj, n = 1;
        if (n != 1) return 0;
    } else {
        uint32_t lo = sn > BACKREF_SENTENCES ? sn - BACKREF_SENTENCES : 0;
        for (uint32_t k = sn; k-- > lo;) {
            n = persons_in(doc, k, UINT32_MAX, got);
            if (n >= 2) break;
        }
        if (n < 2) { /* no sentence names two: the persons of the whole window, if two */
            uint32_t all[3];
            int na = 0;
            for (uint32_t k = lo; k < sn; k++) {
                uint32_t one[3];
                int c = persons_in(doc, k, UINT32_MAX, one);
                for (int i = 0; i < c; i++) {
                    bool seen = false;
                    for (int j = 0; j < na; j++)
                        seen |= all[j] == one[i];
                    if (!seen && na < 3) all[na++] = one[i];
                }
            }
            memcpy(got, all, sizeof got);
            n = na;
        }
        if (n != 2) return 0;
    }
    for (int i = 0; i < n; i++)
        if (u32_push(a, &e->participants, &e->nparticipants, got[i])) return -1;
    return 0;
}

static int u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Whether token t starts with an ASCII capital or a non-ASCII letter: names do (a cheap test
 * before the mention scans below). */
static bool cap_at(const document *doc, size_t t)
{
    unsigned char c = (unsigned char)doc->text[doc->tokens[t].start];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The participant with a mention that starts (end false) or ends (end true) at byte `at`, or
 * -1. */
static int mention_edge(const document *doc, uint32_t at, bool end)
{
    for (size_t p = 0; p < doc->nparticipants; p++)
        for (size_t k = 0; k < doc->participants[p].nmentions; k++)
            if ((end ? doc->participants[p].mentions[k].end
                     : doc->participants[p].mentions[k].start) == at)
                return (int)p;
    return -1;
}

/* Whether role (a participant's role text) has w[0..n) as its head word: the last word before
 * a complement (a lower-case word after the first that a capitalized one follows: "of" in
 * "Secretary of State", "des" in "Präsident des DFB") or the end, compared case-insensitively;
 * in German compounds its end ("Minister" of "Verteidigungsminister"). */
static bool role_head_is(const char *role, const char *w, size_t n, bool compound)
{
    size_t len = strlen(role);
    for (const char *sp = strchr(role, ' '); sp; sp = strchr(sp + 1, ' ')) {
        const char *nx = strchr(sp + 1, ' ');
        if (nx && sp[1] >= 'a' && sp[1] <= 'z' && nx[1] >= 'A' && nx[1] <= 'Z') {
            len = (size_t)(sp - role);
            break;
        }
    }
    size_t b = len;
    while (b > 0 && role[b - 1] != ' ')
        b--;
    size_t hn = len - b;
    return (hn == n || (compound && hn > n)) && eq_fold_text(role + len - n, w, n);
}

/* "Der Minister sagte am Montag ...", "the secretary said": a determiner and a role word of
 * exactly one person named before token t refer to that person; its index, or -1. */
static int role_reference(const document *doc, const evec *ev, uint32_t t)
{
    const token *k = &doc->tokens[t];
    if ((k->pos != UPOS_NOUN && k->pos != UPOS_PROPN) || doc->tokens[t - 1].pos != UPOS_DET ||
        k->ner)
        return -1;
    const char *w = doc->text + k->start;
    size_t n = k->end - k->start;
    if (n < 4) return -1;
    /* a role phrase that introduces someone refers back to nobody: "Der Präsident des DFB,
     * Bernd Neuendorf", "the minister of finance", "der Minister Pistorius" */
    if (t + 1 < doc->ntokens) {
        int np = doc->tokens[t + 1].pos;
        /* ... but a place after a preposition is where the person is ("starb der Papst in
         * Rom") */
        int at = t + 2 < doc->ntokens && np == UPOS_ADP
                     ? mention_edge(doc, doc->tokens[t + 2].start, false)
                     : -1;
        if (at >= 0 && doc->participants[at].type == PART_LOCATION) np = 0;
        if (np == UPOS_ADP || np == UPOS_DET || np == UPOS_PROPN || doc->tokens[t + 1].ner ||
            (tok_is(doc, t + 1, ",", 1) && t + 2 < doc->ntokens &&
             (doc->tokens[t + 2].pos == UPOS_PROPN || doc->tokens[t + 2].ner)))
            return -1;
    }
    bool de = strcmp(doc->lang, "de") == 0;
    int found = -1;
    for (size_t q = 0; q < ev->nroled; q++) {
        size_t p = ev->roled[q];
        const participant *pa = &doc->participants[p];
        if (!pa->nmentions || pa->mentions[0].start >= k->start) continue;
        bool match = false;
        for (size_t r = 0; r < pa->nroles && !match; r++) {
            const char *ro = pa->roles[r];
            match = role_head_is(ro, w, n, de);
            /* "des Ministers", "dem Präsidenten": an inflection ending */
            if (!match && de && (w[n - 1] == 's' || w[n - 1] == 'n'))
                match = role_head_is(ro, w, n - 1, de);
            if (!match && de && n > 6 && w[n - 2] == 'e' && w[n - 1] == 'n')
                match = role_head_is(ro, w, n - 2, de);
        }
        if (!match) continue;
        if (found >= 0) return -1;
        found = (int)p;
    }
    return found;
}

static int mref_cmp(const void *a, const void *b)
{
    const mref *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return x->p < y->p ? -1 : x->p > y->p;
}

/* ev's index of every participant's mentions by start and its list of the persons with a role;
 * 0, or -1 when out of memory */
static int mref_build(const document *doc, evec *ev)
{
    size_t n = 0;
    for (size_t p = 0; p < doc->nparticipants; p++)
        n += doc->participants[p].nmentions;
    mref *ms = n ? arena_alloc(doc->arena, n * sizeof *ms) : NULL;
    if (n && !ms) return -1;
    size_t k = 0;
    for (size_t p = 0; p < doc->nparticipants; p++)
        for (size_t j = 0; j < doc->participants[p].nmentions; j++)
            ms[k++] = (mref){doc->participants[p].mentions[j].start,
                             doc->participants[p].mentions[j].end, (uint32_t)p};
    if (n > 1) qsort(ms, n, sizeof *ms, mref_cmp);
    ev->ms = ms;
    ev->nms = n;
    size_t nr = 0;
    for (size_t p = 0; p < doc->nparticipants; p++)
        nr += doc->participants[p].type == PART_PERSON && doc->participants[p].nroles;
    uint32_t *roled = nr ? arena_alloc(doc->arena, nr * sizeof *roled) : NULL;
    if (nr && !roled) return -1;
    nr = 0;
    for (size_t p = 0; p < doc->nparticipants; p++)
        if (doc->participants[p].type == PART_PERSON && doc->participants[p].nroles)
            roled[nr++] = (uint32_t)p;
    ev->roled = roled;
    ev->nroled = nr;
    return 0;
}

/* Participants of event e: mentions inside its clause [tb, te), then back-references. */
static int event_participants(const timeline_res *r, const document *doc, const evec *ev, event *e,
                              uint32_t tb, uint32_t te)
{
    /* the participants with a mention inside the span (not "Berlin (dpa) -"), each once, in
     * participant order: the index from the first mention that starts in it */
    size_t lo = 0, hi = ev->nms;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ev->ms[mid].start < e->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < ev->nms && ev->ms[k].start < e->end; k++)
        if (ev->ms[k].end <= e->end && ev->ms[k].end > doc->dateline_end &&
            u32_push(doc->arena, &e->participants, &e->nparticipants, ev->ms[k].p))
            return -1;
    if (e->nparticipants > 1) {
        qsort(e->participants, e->nparticipants, sizeof(uint32_t), u32_cmp);
        size_t u = 1;
        for (size_t i = 1; i < e->nparticipants; i++)
            if (e->participants[i] != e->participants[u - 1])
                e->participants[u++] = e->participants[i];
        e->nparticipants = u;
    }
    if (doc->nparticipants)
        for (uint32_t t = tb; t < te; t++) {
            size_t nt;
            const entry *b = lookup_phrase(&r->backrefs, doc, t, te, &nt);
            if (!b) continue;
            /* "The Bank of England": words that open a name refer to nothing before */
            bool named = false;
            const token *last = &doc->tokens[t + nt - 1];
            for (size_t k = lo; k < ev->nms && ev->ms[k].start < last->end && !named; k++)
                named = ev->ms[k].end >= last->end;
            if (named) {
                t += (uint32_t)nt - 1;
                continue;
            }
            /* "der Autobauer Volkswagen": a name right after it is what the words refer to */
            if (t + nt < doc->ntokens && cap_at(doc, t + nt) &&
                mention_edge(doc, doc->tokens[t + nt].start, false) >= 0) {
                t += (uint32_t)nt - 1;
                continue;
            }
            /* a German "sie" with a plural verb next to it is "they" ("sie sagten", "sagten
             * sie"), and "Sie" inside a sentence the polite "you" */
            if ((b->gender == 'f' || b->gender == 'F') && nt == 1 &&
                (plural_verb(r, doc, t + 1) || (t > tb && plural_verb(r, doc, t - 1)) ||
                 (cap_at(doc, t) && t != doc->sentences[e->sentence].tok_begin))) {
                continue;
            }
            if (unnamed_age(doc, t + (uint32_t)nt - 1)) {
                t += (uint32_t)nt - 1;
                continue;
            }
            if (resolve_backref(r, doc, e, doc->arena, e->sentence, doc->tokens[t].start, b->val,
                                b->gender))
                return -1;
            t += (uint32_t)nt - 1;
        }
    if (doc->nparticipants)
        for (uint32_t t = tb + 1; t < te; t++) {
            int p = role_reference(doc, ev, t);
            bool have = false;
            for (size_t j = 0; p >= 0 && j < e->nparticipants; j++)
                have |= e->participants[j] == (uint32_t)p;
            if (p >= 0 && !have &&
                u32_push(doc->arena, &e->participants, &e->nparticipants, (uint32_t)p))
                return -1;
        }
    if (e->nparticipants > 1) qsort(e->participants, e->nparticipants, sizeof(uint32_t), u32_cmp);
    return 0;
}

/* The event of ev (from index first on) nearest to bytes [s, e) in sentence sn, or NULL. */
static event *nearest_event(evec *ev, size_t first, uint32_t sn, uint32_t s, uint32_t e)
{
    event *best = NULL;
    uint32_t bd = 0;
    for (size_t i = first; i < ev->n; i++) {
        event *x = &ev->v[i];
        if (x->sentence != sn) continue;
        uint32_t d = x->trigger_start >= e ? x->trigger_start - e : s - x->trigger_end;
        if (x->start <= s && e <= x->end) d = 0; /* its own clause governs */
        if (!best || d < bd) {
            best = x;
            bd = d;
        }
    }
    return best;
}

/* The date duration x (a simple "P<n>D|W|M|Y") after or, with sign -1, before the date y-m-d
 * (m and d 0 when the date is a year or a month only), as a day, month or year key in buf (24
 * bytes); days and weeks need a day, months a month. NULL when none fits. */
static const char *shift_date(const timex *x, int y, int m, int d, int sign, char buf[24])
{
    if (x->type != TIMEX_DURATION || !x->value || x->value[0] != 'P') return NULL;
    char *end;
    long n = strtol(x->value + 1, &end, 10);
    if (end == x->value + 1 || n <= 0 || n > 1000 || end[1] != '\0' || y < 1 || y > 9999)
        return NULL;
    n *= sign;
    if ((*end == 'D' || *end == 'W') && d) {
        civil_from_days(days_from_civil(y, (unsigned)m, (unsigned)d) + n * (*end == 'W' ? 7 : 1),
                        &y, &m, &d);
        snprintf(buf, 24, "%04d-%02d-%02d", y, m, d);
    } else if (*end == 'M' && m) {
        long mm = (long)y * 12 + (m - 1) + n;
        snprintf(buf, 24, "%04ld-%02ld", mm / 12, mm % 12 + 1);
    } else if (*end == 'Y') {
        snprintf(buf, 24, "%04ld", (long)y + n);
    } else {
        return NULL;
    }
    return buf[0] == '-' ? NULL : buf;
}

/* The date a duration after a word of kind "ago" (sign -1: "vor zwei Wochen", which German
 * annotates as the DURATION "zwei Wochen") or "ahead" (sign 1: "in zwei Wochen") points to:
 * the reference date moved by the duration, as shift_date gives it; NULL when the value is no
 * simple "P<n>D|W|M|Y" or no reference date is known. */
static const char *ago_date(const document *doc, const timex *x, int sign, char buf[24])
{
    if (doc->ref == REF_NONE) return NULL;
    return shift_date(x, doc->ref_date.year, doc->ref_date.month, doc->ref_date.day, sign, buf);
}

/* The date a duration before a word of kind "later" or "earlier" points to ("two days later",
 * "eine Woche später", "drei Tage zuvor"): the last calendar date (day, month or year) named
 * before it in its sentence or the two before, among the 16 expressions before it, moved by
 * the duration; NULL when there is none. */
static const char *later_date(const document *doc, size_t xi, int sign, char buf[24])
{
    const timex *x = &doc->timexes[xi];
    for (size_t i = xi; i-- > 0 && xi - i <= 16;) { /* (bounded: text without sentences) */
        const timex *p = &doc->timexes[i];
        if (p->sentence + 2 < x->sentence) break;
        if (p->type != TIMEX_DATE || !p->value) continue;
        int y = 0, m = 0, d = 0, k = sscanf(p->value, "%4d-%2d-%2d", &y, &m, &d);
        size_t vl = strlen(p->value);
        if (k < 1 || !(vl == 4 || (vl == 7 && k >= 2) || (vl == 10 && k == 3))) continue;
        return shift_date(x, y, k >= 2 ? m : 0, k == 3 ? d : 0, sign, buf);
    }
    return NULL;
}

static bool anchors(const timex *x)
{
    char key[11];
    return (x->type == TIMEX_DATE || x->type == TIMEX_TIME) && !timeline_date_key(x->value, key);
}

typedef struct sort_item {
    char key[11];
    uint32_t pos;
    event e;
} sort_item;

static int item_cmp(const void *a, const void *b)
{
    const sort_item *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* A new event of ev on trigger token t of clause c in sentence sn; prev is the clause before c
 * in the sentence, or NULL. An infinitive or coordinated clause without participants of its own
 * ("Blinken is expected | to arrive on June 18") shares its subject with prev: it gets prev's.
 * NULL on out of memory. */
/* Whether a participant has a mention inside clause c. */
static bool names_in(const document *doc, const clause *c)
{
    uint32_t a = doc->tokens[c->tb].start, b = doc->tokens[c->te - 1].end;
    for (size_t p = 0; p < doc->nparticipants; p++)
        for (size_t k = 0; k < doc->participants[p].nmentions; k++)
            if (doc->participants[p].mentions[k].start >= a &&
                doc->participants[p].mentions[k].end <= b)
                return true;
    return false;
}

/* Whether clause c goes on with the main clause after an aside: it opens with its verb after a
 * comma ("Trump, who denies wrongdoing, | is expected ..."), a verb that does not report
 * ("..., sagte ein Sprecher" has a subject of its own). */
static bool resumes(const timeline_res *r, const document *doc, const clause *c)
{
    int p0 = pos_of(r, doc, c->tb);
    return !c->opener && c->tb > 0 && tok_is(doc, c->tb - 1, ",", 1) &&
           (p0 == UPOS_AUX || p0 == UPOS_VERB) && !lookup(&r->reporting, doc, c->tb);
}

static event *make_event(const timeline_res *r, document *doc, evec *ev, uint32_t sn,
                         const clause *first, const clause *c, const clause *prev, long t,
                         const char *date, const char *gran)
{
    const sentence *s = &doc->sentences[sn];
    const token *k = &doc->tokens[t];
    event *e = evec_push(ev);
    if (!e) return NULL;
    e->date = date;
    e->granularity = gran;
    e->sentence = sn;
    uint32_t tb = c->tb, te = c->te;
    if (te - tb > EVENT_SPAN_MAX) { /* no prose: the tokens around the trigger */
        tb = (uint32_t)t > tb + EVENT_SPAN_MAX / 2 ? (uint32_t)t - EVENT_SPAN_MAX / 2 : tb;
        te = tb + EVENT_SPAN_MAX < te ? tb + EVENT_SPAN_MAX : te;
    }
    e->start = doc->tokens[tb].start;
    e->end = doc->tokens[te - 1].end;
    e->trigger_start = k->start;
    e->trigger_end = k->end;
    e->reporting = lookup(&r->reporting, doc, (size_t)t) != NULL;
    bool short_s = s->end - s->start <= SHORT_SENTENCE;
    e->summary_start = short_s ? s->start : e->start;
    e->summary_end = short_s ? s->end : e->end;
    /* the dateline ("LONDON, May 20 (Reuters) -") is not part of the event's text */
    if (doc->dateline_end > e->start && doc->dateline_end < e->end) {
        uint32_t b = tb;
        while (b + 1 < te && doc->tokens[b].start < doc->dateline_end)
            b++;
        if (doc->tokens[b].start <= e->trigger_start) { /* the trigger stays inside */
            e->start = doc->tokens[b].start;
            if (e->summary_start < e->start) e->summary_start = e->start;
        }
    }
    /* nor of a summary that is the whole sentence ("WASHINGTON — ..., the White House said") */
    if (doc->dateline_end > e->summary_start && doc->dateline_end < e->summary_end) {
        uint32_t b = s->tok_begin;
        while (b < s->tok_end && doc->tokens[b].start < doc->dateline_end)
            b++;
        if (b < s->tok_end && doc->tokens[b].start <= e->start)
            e->summary_start = doc->tokens[b].start;
    }
    if (event_participants(r, doc, ev, e, tb, te)) return NULL;
    if (c->opener == START_REL && c->tb >= 2 && tok_is(doc, c->tb - 1, ",", 1) &&
        cap_at(doc, c->tb - 2)) {
        int p = mention_edge(doc, doc->tokens[c->tb - 2].end, true);
        bool have = false;
        for (size_t j = 0; p >= 0 && j < e->nparticipants; j++)
            have |= e->participants[j] == (uint32_t)p;
        if (p >= 0 && !have) {
            if (u32_push(doc->arena, &e->participants, &e->nparticipants, (uint32_t)p)) return NULL;
            if (e->nparticipants > 1)
                qsort(e->participants, e->nparticipants, sizeof(uint32_t), u32_cmp);
        }
    }
    /* an infinitive clause never has a subject of its own: it always adds prev's participants
     * ("Macron kündigte an, | im Juni nach Kiew zu reisen"); a coordinated one only when it
     * names nobody */
    /* ... and so does a clause that goes on with the main clause after an aside (resumes); the
     * participants come from the nearest clause before that names someone, over clauses of
     * these kinds that name nobody ("Trump, who denies wrongdoing, | is expected | to
     * surrender ... next week") */
    bool resumed = !e->nparticipants && resumes(r, doc, c);
    const clause *src = prev;
    while (src && src > first && !names_in(doc, src) &&
           (src->opener == START_INF || src->opener == START_COORD || resumes(r, doc, src)))
        src--;
    if (src &&
        (c->opener == START_INF || (c->opener == START_COORD && !e->nparticipants) || resumed)) {
        event shared = *e;
        shared.participants = NULL;
        shared.nparticipants = 0;
        /* (of a clause longer than EVENT_SPAN_MAX, its end: the part nearest this one) */
        uint32_t sb = src->te - src->tb > EVENT_SPAN_MAX ? src->te - EVENT_SPAN_MAX : src->tb;
        shared.start = doc->tokens[sb].start;
        shared.end = doc->tokens[src->te - 1].end;
        if (event_participants(r, doc, ev, &shared, sb, src->te)) return NULL;
        for (size_t i = 0; i < shared.nparticipants; i++) {
            bool have = false;
            for (size_t j = 0; j < e->nparticipants && !have; j++)
                have = e->participants[j] == shared.participants[i];
            if (!have &&
                u32_push(doc->arena, &e->participants, &e->nparticipants, shared.participants[i]))
                return NULL;
        }
        if (e->nparticipants > 1)
            qsort(e->participants, e->nparticipants, sizeof(uint32_t), u32_cmp);
    }
    return e;
}

/* How fine an event granularity is: day (and time) above week, month, quarter, season and
 * year; anything else 0. */
static int gran_rank(const char *g)
{
    static const char *const order[] = {"year", "season", "quarter", "month", "week", "day"};
    for (int i = 0; g && i < 6; i++)
        if (!strcmp(g, order[i])) return i + 1;
    return 0;
}

/* Events of one sentence into ev; clause buffer cl has room for the sentence's tokens. */
static int sentence_events(const timeline_res *r, document *doc, uint32_t sn, size_t x0, size_t x1,
                           evec *ev, clause *cl)
{
    const sentence *s = &doc->sentences[sn];
    size_t nc = clauses_of(r, doc, s, cl), first = ev->n;
    bool *used = arena_calloc(doc->arena, x1 - x0, sizeof *used);
    if (!used) return -1;
    for (size_t xi = x0; xi < x1; xi++) {
        const timex *x = &doc->timexes[xi];
        bool dated = anchors(x);
        if (!dated && x->type != TIMEX_DURATION) continue;
        /* "LONDON, May 20 (Reuters) -": the date of the dateline is when the report was filed,
         * not when its first sentence's event happened */
        if (x->end <= doc->dateline_end) continue;
        uint32_t tb, te;
        token_range(doc, s, x->start, x->end, &tb, &te);
        int prep = prep_before(r, doc, s, tb);
        if (prep == PREP_NONE) continue;
        /* a duration dates an event only after "vor" ("vor zwei Wochen"): ago_date; or
         * before "later", "später" ("two days later"): so long after the date before it */
        char agobuf[24];
        const char *ago = !dated && prep == PREP_AGO ? ago_date(doc, x, -1, agobuf) : NULL;
        /* ... or after "in" in a future clause ("In zwei Wochen wird gewählt"; not "the first
         * time in two weeks", "kam in zwei Stunden ans Ziel"): so long after the reference date */
        /* (right after a verb, an adverb, a comma or at the clause's start: not "her second in
         * less than a year", "results in two weeks") */
        int pb = tb >= 2 && doc->tokens[tb - 2].sentence == sn ? doc->tokens[tb - 2].pos : 0;
        bool ahead_ok = pb == 0 || pb == UPOS_VERB || pb == UPOS_AUX || pb == UPOS_ADV ||
                        pb == UPOS_PUNCT || pb == UPOS_CCONJ || pb == UPOS_SCONJ;
        if (!dated && prep == PREP_AHEAD && ahead_ok && x->tense > 0)
            ago = ago_date(doc, x, 1, agobuf);
        const entry *after = !dated && !ago && te < s->tok_end && doc->tokens[te].sentence == sn
                                 ? lookup(&r->preps, doc, te)
                                 : NULL;
        if (after && (after->val == PREP_LATER || after->val == PREP_EARLIER))
            ago = later_date(doc, xi, after->val == PREP_LATER ? 1 : -1, agobuf);
        if (!dated && !ago) continue;
        /* "a week before the invasion" read as "a week ago": relative to an event, not to the
         * reference date, so it anchors nothing here */
        if (te > tb && te < s->tok_end && lookup(&r->relations, doc, te - 1) &&
            doc->tokens[te].kind == TOK_WORD)
            continue;
        size_t c = 0;
        while (c + 1 < nc && cl[c].te <= tb)
            c++;
        if (!nc) continue;
        long t = trigger_for(r, doc, &cl[c], tb, te);
        if (t < 0) continue;
        const token *k = &doc->tokens[t];
        event *e = NULL;
        for (size_t i = first; i < ev->n && !e; i++)
            if (ev->v[i].trigger_start == k->start) e = &ev->v[i];
        const char *date = ago ? arena_strndup(doc->arena, ago, strlen(ago)) : x->value;
        if (!ago && x->type == TIMEX_TIME && strlen(x->value) > 10)
            date = arena_strndup(doc->arena, x->value, 10);
        if (!date) return -1;
        size_t vl = strlen(date);
        const char *gran = x->type == TIMEX_TIME ? "day"
                           : ago                 ? (vl == 10  ? "day"
                                                    : vl == 7 ? "month"
                                                              : "year")
                           : x->granularity      ? x->granularity
                           : vl == 4             ? "year"
                           : vl == 7             ? "month"
                                                 : "day";
        if (!e) {
            e = make_event(r, doc, ev, sn, cl, &cl[c], c ? &cl[c - 1] : NULL, t, date, gran);
            if (!e) return -1;
            e->link = prep == PREP_START ? EVENT_LINK_BEGUN_BY : EVENT_LINK_IS_INCLUDED;
        } else if (gran_rank(gran) > gran_rank(e->granularity)) {
            /* two dates of one event: the finer one dates it ("will report first-quarter
             * results on April 19", "im März, am 3.") */
            e->date = date;
            e->granularity = gran;
            e->link = prep == PREP_START ? EVENT_LINK_BEGUN_BY : EVENT_LINK_IS_INCLUDED;
        }
        if (u32_push(doc->arena, &e->timexes, &e->ntimexes, (uint32_t)xi)) return -1;
        used[xi - x0] = true;
    }
    /* everything else attaches to the nearest event of the sentence (not a dateline's date) */
    for (size_t xi = x0; xi < x1 && ev->n > first; xi++) {
        if (used[xi - x0]) continue;
        const timex *x = &doc->timexes[xi];
        if (x->end <= doc->dateline_end) continue;
        event *e = nearest_event(ev, first, sn, x->start, x->end);
        if (e && u32_push(doc->arena, &e->timexes, &e->ntimexes, (uint32_t)xi)) return -1;
    }
    return 0;
}

/* Whether sentence sn lies in the article body and names no date; *xs is the first timex of
 * sentence sn or after it, advanced as sn grows between calls. */
static bool undated_body_sentence(const document *doc, uint32_t sn, size_t *xs)
{
    const sentence *s = &doc->sentences[sn];
    while (*xs < doc->ntimexes && doc->timexes[*xs].sentence < sn)
        (*xs)++;
    return !s->boiler && s->start >= doc->body_start &&
           !(doc->body_end > doc->body_start && s->end > doc->body_end) &&
           !(*xs < doc->ntimexes && doc->timexes[*xs].sentence == sn);
}

/* The first verb (else auxiliary) at token `from` or after it of the first clause of sentence s
 * that has one, its clause's index into cl in *ci; -1 when there is none. */
static long first_verb(const timeline_res *r, const document *doc, const sentence *s, clause *cl,
                       uint32_t from, size_t *ci)
{
    size_t nc = clauses_of(r, doc, s, cl), c = 0;
    while (c < nc && !cl[c].verb && !cl[c].aux)
        c++;
    if (c == nc) return -1;
    int want = cl[c].verb ? UPOS_VERB : UPOS_AUX;
    *ci = c;
    for (uint32_t i = cl[c].tb > from ? cl[c].tb : from; i < cl[c].te; i++)
        if (pos_of(r, doc, i) == want) return i;
    return -1;
}

/* The events of the line after a section's date (timex.section: "24. Februar 2022" alone on
 * its line, over "Russische Truppen überschreiten die Grenze. Selenskyj verhängt das
 * Kriegsrecht."): each of its sentences that names no date of its own is dated by the section,
 * its trigger the first verb (else auxiliary) of its first clause that has one. */
static int section_events(const timeline_res *r, document *doc, evec *ev, clause *cl)
{
    size_t xs = 0; /* the first timex of sentence sn or after it, as sn grows */
    for (size_t xi = 0; xi < doc->ntimexes; xi++) {
        const timex *x = &doc->timexes[xi];
        if (!x->section || x->sentence + 1 >= doc->nsentences) continue;
        uint32_t sn = x->sentence + 1, from = doc->sentences[sn].start;
        const char *nl = memchr(doc->text + from, '\n', doc->len - from);
        size_t line_end = nl ? (size_t)(nl - doc->text) : doc->len;
        char key[11];
        if (timeline_date_key(x->value, key)) continue;
        const char *date = arena_strndup(doc->arena, key, 10);
        if (!date) return -1;
        for (; sn < doc->nsentences && doc->sentences[sn].start < line_end; sn++) {
            const sentence *s = &doc->sentences[sn];
            if (!undated_body_sentence(doc, sn, &xs)) continue;
            size_t c = 0;
            long t = first_verb(r, doc, s, cl, s->tok_begin, &c);
            if (t < 0) continue;
            event *e =
                make_event(r, doc, ev, sn, cl, &cl[c], c ? &cl[c - 1] : NULL, t, date, "day");
            if (!e) return -1;
            e->link = EVENT_LINK_IS_INCLUDED;
            if (u32_push(doc->arena, &e->timexes, &e->ntimexes, (uint32_t)xi)) return -1;
        }
    }
    return 0;
}

/* The events of sentences that name no date but open with words that put them on the occasion
 * of the event before ("Dort traf er seinen Amtskollegen", "During the visit, she signed ...":
 * same-occasion.txt): such a sentence takes the date of the last event of the sentence just
 * before it, when its event shares a participant with that one ("Dort leben 5000 Menschen"
 * shares none and stays undated). So does a sentence that opens with a back-reference to two
 * persons and a verb ("Die beiden sprachen über ..."). Its trigger is the first verb (else
 * auxiliary) of its first clause that has one; the anchor is the earlier event's date
 * expression. */
static int occasion_events(const timeline_res *r, document *doc, evec *ev, clause *cl)
{
    if (!r->occasion.n) return 0;
    size_t xs = 0;
    for (uint32_t sn = 1; sn < doc->nsentences; sn++) {
        const sentence *s = &doc->sentences[sn];
        if (!undated_body_sentence(doc, sn, &xs) || s->tok_end <= s->tok_begin) continue;
        size_t nt;
        /* the occasion words, or a back-reference to two persons and a verb right after it
         * ("Die beiden sprachen ...", "The two agreed ..."; not "Die beiden Armeen"): the
         * back-reference gives the event the two persons of the sentence before */
        if (!lookup_phrase(&r->occasion, doc, s->tok_begin, s->tok_end, &nt)) {
            const entry *b = lookup_phrase(&r->backrefs, doc, s->tok_begin, s->tok_end, &nt);
            uint32_t v = s->tok_begin + (uint32_t)nt;
            if (!b || b->val != 2 || v >= s->tok_end ||
                (doc->tokens[v].pos != UPOS_VERB && doc->tokens[v].pos != UPOS_AUX))
                continue;
        }
        const event *prev = NULL; /* the last event (in text order) of the sentence before */
        for (size_t i = 0; i < ev->n; i++)
            if (ev->v[i].sentence == sn - 1 &&
                (!prev || ev->v[i].trigger_start > prev->trigger_start))
                prev = &ev->v[i];
        if (!prev || !prev->ntimexes) continue;
        size_t c = 0;
        long t = first_verb(r, doc, s, cl, s->tok_begin + (uint32_t)nt, &c);
        if (t < 0) continue;
        size_t pi = (size_t)(prev - ev->v);
        const char *date = prev->date, *gran = prev->granularity;
        uint32_t anchor = prev->timexes[0];
        event *e = make_event(r, doc, ev, sn, cl, &cl[c], c ? &cl[c - 1] : NULL, t, date, gran);
        if (!e) return -1;
        prev = &ev->v[pi]; /* make_event may have moved the events */
        bool shared = false;
        for (size_t i = 0; i < e->nparticipants && !shared; i++)
            for (size_t j = 0; j < prev->nparticipants && !shared; j++)
                shared = e->participants[i] == prev->participants[j];
        if (!shared) {
            ev->n--;
            continue;
        }
        e->link = EVENT_LINK_IS_INCLUDED;
        if (u32_push(doc->arena, &e->timexes, &e->ntimexes, anchor)) return -1;
    }
    return 0;
}

/* Days of a simple duration value ("P1W", "P3D", "P2M", "P1Y"; months and years as 30 and 365
 * days are not used: only D and W count). -1 when not such a value. */
static long duration_days(const char *v)
{
    if (!v || v[0] != 'P' || v[1] < '0' || v[1] > '9') return -1;
    char *end;
    long n = strtol(v + 1, &end, 10);
    if (end[1] != '\0') return -1;
    return *end == 'D' ? n : *end == 'W' ? 7 * n : -1;
}

/* Relative anchoring, after every dated event is known: a duration not attached to any event,
 * followed by a relation word ("eine Woche bevor ...", "a week before the invasion"), dates its
 * clause's event when a later word of the clause is the trigger of an event the text dates to
 * a day: that date minus (before) or plus (after) the duration. Nothing is guessed otherwise. */
static int relative_events(const timeline_res *r, document *doc, evec *ev, clause *cl)
{
    size_t ndated = ev->n;
    for (size_t xi = 0; xi < doc->ntimexes; xi++) {
        const timex *x = &doc->timexes[xi];
        long days = x->type == TIMEX_DURATION ? duration_days(x->value) : -1;
        if (days < 0 || x->sentence >= doc->nsentences) continue;
        bool used = false;
        for (size_t i = 0; i < ev->n && !used; i++)
            for (size_t k = 0; k < ev->v[i].ntimexes; k++)
                used |= ev->v[i].timexes[k] == xi;
        const sentence *s = &doc->sentences[x->sentence];
        if (used || s->boiler) continue;
        uint32_t tb, te;
        token_range(doc, s, x->start, x->end, &tb, &te);
        const entry *rel = te < s->tok_end ? lookup(&r->relations, doc, te) : NULL;
        if (!rel) continue;
        /* the related event: a word after the relation that some dated event has as trigger */
        const event *target = NULL;
        for (uint32_t i = te + 1; i < s->tok_end && !target; i++) {
            const token *k = &doc->tokens[i];
            if (k->kind == TOK_PUNCT) break;
            for (size_t j = 0; j < ndated && !target; j++) {
                const event *d = &ev->v[j];
                if (strlen(d->date) == 10 &&
                    d->trigger_end - d->trigger_start == k->end - k->start &&
                    eq_fold_text(doc->text + k->start, doc->text + d->trigger_start,
                                 k->end - k->start))
                    target = d;
            }
        }
        char key[11];
        if (!target || timeline_date_key(target->date, key)) continue;
        size_t nc = clauses_of(r, doc, s, cl), c = 0;
        while (c + 1 < nc && cl[c].te <= tb)
            c++;
        if (!nc) continue;
        long t = trigger_for(r, doc, &cl[c], tb, te);
        if (t < 0 || (t > (long)te && doc->tokens[t].start >= target->trigger_start)) continue;
        long z = days_from_civil(atoi(key), (unsigned)atoi(key + 5), (unsigned)atoi(key + 8));
        z += rel->val == REL_BEFORE ? -days : days;
        int y, m, d;
        civil_from_days(z, &y, &m, &d);
        char *date = arena_alloc(doc->arena, 40);
        if (!date) return -1;
        snprintf(date, 40, "%04d-%02d-%02d", y, m, d);
        event *e =
            make_event(r, doc, ev, x->sentence, cl, &cl[c], c ? &cl[c - 1] : NULL, t, date, "day");
        if (!e || u32_push(doc->arena, &e->timexes, &e->ntimexes, (uint32_t)xi)) return -1;
    }
    return 0;
}

int timeline_document(const timeline_res *r, document *doc, ck_error *err)
{
    doc->events = NULL;
    doc->nevents = 0;
    if (!r || !doc->ntimexes) return 0;
    evec ev = {NULL, 0, 0, doc->arena, NULL, 0, NULL, 0};
    if (mref_build(doc, &ev))
        return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    size_t maxtok = 0;
    for (size_t i = 0; i < doc->nsentences; i++) {
        size_t n = doc->sentences[i].tok_end - doc->sentences[i].tok_begin;
        if (n > maxtok) maxtok = n;
    }
    clause *cl = arena_alloc(doc->arena, (maxtok + 1) * sizeof *cl);
    if (!cl) return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    for (size_t x0 = 0, x1; x0 < doc->ntimexes; x0 = x1) {
        uint32_t sn = doc->timexes[x0].sentence;
        for (x1 = x0 + 1; x1 < doc->ntimexes && doc->timexes[x1].sentence == sn; x1++)
            ;
        if (sn >= doc->nsentences) continue;
        const sentence *s = &doc->sentences[sn];
        if (s->boiler || s->start < doc->body_start ||
            (doc->body_end > doc->body_start && s->end > doc->body_end))
            continue;
        if (sentence_events(r, doc, sn, x0, x1, &ev, cl))
            return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    }
    if (section_events(r, doc, &ev, cl))
        return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    if (ev.n && relative_events(r, doc, &ev, cl))
        return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    if (ev.n && occasion_events(r, doc, &ev, cl))
        return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    if (!ev.n) return 0;
    sort_item *it = arena_alloc(doc->arena, ev.n * sizeof *it);
    if (!it) return ck_fail(err, CK_E_NOMEM, "out of memory in the timeline stage");
    for (size_t i = 0; i < ev.n; i++) {
        if (timeline_date_key(ev.v[i].date, it[i].key)) strcpy(it[i].key, "9999-99-99");
        it[i].pos = ev.v[i].trigger_start;
        it[i].e = ev.v[i];
    }
    qsort(it, ev.n, sizeof *it, item_cmp);
    for (size_t i = 0; i < ev.n; i++)
        ev.v[i] = it[i].e;
    doc->events = ev.v;
    doc->nevents = ev.n;
    return 0;
}
