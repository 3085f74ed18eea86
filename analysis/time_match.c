/* time_match.c — refines the document's tokens and matches the time rules over them.
 *
 * Refinement: each document token is cut into the pieces the rules talk about — punctuation
 * peeled off both ends, digit runs and letter runs separated ("1990er" -> "1990" "er",
 * "18.02.2022" -> "18" "." "02" "." "2022"), a digit run ending the token with a dot kept as an
 * ordinal ("18."), dotted words kept whole when the dictionary knows them ("Feb.", "p.m.").
 * Every piece records whether white space precedes it (from the text itself, so the stage does
 * not depend on the segmenter's flags) and its dictionary word, found with one lookup.
 *
 * Matching: left to right; at each token the candidate rules are those indexed under its word
 * plus the number rules (for numbers and number words) and the any-word rules. Each candidate is
 * matched by backtracking over optional elements; the longest match wins (ties: the earlier
 * rule). A PREFIX match ("etwa", "the", "Anfang") is joined to the expression that follows it
 * when the prefix accepts that expression's type. Matches never cross sentences (except a break
 * the segmenter put after a dotted word the dictionary knows, as in "v. | Chr."). Nothing is
 * allocated per token except the refined array and the matches, both from the arena. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "analysis/time_int.h"

/* ---- refinement ---- */

/* Length of the punctuation character at s (1..3 bytes) with its key ("-" for dashes), or 0
 * when s starts no punctuation. */
static size_t punct_at(const unsigned char *s, size_t n, const char **key)
{
    if (s[0] < 0x80) {
        if ((s[0] >= '0' && s[0] <= '9') || (s[0] >= 'a' && s[0] <= 'z') ||
            (s[0] >= 'A' && s[0] <= 'Z'))
            return 0;
        *key = NULL;
        return 1;
    }
    if (n >= 2 &&
        (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB || s[1] == 0xA0 || s[1] == 0xB7))) {
        *key = NULL;
        return 2;
    }
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
        if (s[2] >= 0x90 && s[2] <= 0x95) { /* hyphens and dashes */
            *key = "-";
            return 3;
        }
        if ((s[2] >= 0x98 && s[2] <= 0x9F) || s[2] == 0xA6 || s[2] == 0xAF ||
            (s[2] >= 0x80 && s[2] <= 0x8B)) {
            *key = NULL;
            return 3;
        }
    }
    return 0;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool ascii_letter(char c)
{
    return (unsigned)(((unsigned char)c | 0x20) - 'a') < 26u;
}

typedef struct refiner {
    const time_rules *r;
    const document *doc;
    ttok *out;
    size_t n, cap;
    uint32_t sentence;
    uint8_t pos; /* of the document token being refined */
    bool oom;
} refiner;

static inline __attribute__((always_inline)) ttok *emit(refiner *f, uint32_t s, uint32_t e,
                                                        uint8_t flags)
{
    if (f->n == f->cap) { /* grows in place: the array is the arena's latest allocation */
        ttok *g = arena_realloc(f->doc->arena, f->out, f->cap * sizeof *f->out,
                                f->cap * 2 * sizeof *f->out);
        if (!g) {
            f->oom = true;
            return NULL;
        }
        f->out = g;
        f->cap *= 2;
    }
    ttok *t = &f->out[f->n++];
    t->start = s;
    t->end = e;
    t->sentence = f->sentence;
    t->span = f->n >= 2 && f->out[f->n - 2].sentence == f->sentence ? f->out[f->n - 2].span
              : f->n >= 2 && (f->out[f->n - 2].flags & TT_WORD) && f->out[f->n - 2].w &&
                      f->doc->text[f->out[f->n - 2].end - 1] == '.'
                  ? f->out[f->n - 2].span
                  : f->sentence;
    t->w = NULL;
    t->num = 0;
    t->ndigits = 0;
    t->pos = f->pos;
    const char *x = f->doc->text;
    if (s > 0 && x[s - 1] != ' ' && x[s - 1] != '\n' && x[s - 1] != '\t' && x[s - 1] != '\r')
        flags |= TT_GLUED;
    t->flags = flags;
    return t;
}

/* Sets token t's dictionary word w (low[0..n): its lower-cased text; n = 0 when that did not
 * fit, and then the token keeps none) and its number. */
static void set_word(refiner *f, ttok *t, const time_word *w, const char *low, size_t n)
{
    if (!n) return;
    t->w = w;
    if (t->w && t->w->has_num) {
        t->num = t->w->num;
        t->flags |= TT_HASN;
    } else if (!t->w && (t->flags & TT_WORD)) {
        double v = time_compound_number(f->r, low, n);
        if (v > -2) {
            t->num = v;
            t->flags |= TT_HASN;
        }
    }
}

static void lookup(refiner *f, ttok *t)
{
    char buf[96];
    size_t n;
    const time_word *w =
        time_lookup_lower(f->r, f->doc->text + t->start, t->end - t->start, buf, sizeof buf, &n);
    set_word(f, t, w, buf, n);
}

static bool known(refiner *f, uint32_t s, uint32_t e)
{
    char buf[96];
    size_t n;
    return time_lookup_lower(f->r, f->doc->text + s, e - s, buf, sizeof buf, &n) != NULL;
}

static void punct_tok(refiner *f, uint32_t s, uint32_t e, const char *key)
{
    ttok *t = emit(f, s, e, TT_PUNCT);
    if (!t) return;
    if (key)
        t->w = time_lookup(f->r, key, strlen(key));
    else
        lookup(f, t);
}

/* A word token [s, e) whose dictionary lookup gave w, low and n (as set_word takes them). */
static void word_tok_as(refiner *f, uint32_t s, uint32_t e, const time_word *w, const char *low,
                        size_t n)
{
    ttok *t = emit(f, s, e, TT_WORD);
    if (!t) return;
    unsigned char c0 = (unsigned char)f->doc->text[s];
    if (c0 < 0x80) {
        if (c0 >= 'A' && c0 <= 'Z') t->flags |= TT_CAP;
    } else {
        utf8proc_int32_t cp = 0;
        utf8proc_iterate((const utf8proc_uint8_t *)f->doc->text + s, e - s, &cp);
        if (utf8proc_isupper(cp)) t->flags |= TT_CAP;
    }
    set_word(f, t, w, low, n);
    /* "twenty four": a unit word of the list number_split one space after a tens word (20, 30,
     * .. 90) joins it into one number word, as "twenty-four" is one */
    ttok *p = f->n >= 2 ? &f->out[f->n - 2] : NULL;
    if (p && t->w && (t->flags & TT_HASN) && time_in_list(t->w, f->r->list_numsplit, NULL) &&
        (p->flags & (TT_WORD | TT_HASN | TT_NUM)) == (TT_WORD | TT_HASN) &&
        p->sentence == t->sentence && p->end + 1 == s && f->doc->text[p->end] == ' ' &&
        p->num >= 20 && p->num <= 90 && (int)p->num % 10 == 0 && t->num >= 1 && t->num <= 9) {
        p->end = e;
        p->num += t->num;
        p->w = NULL;
        f->n--;
    }
}

static void word_tok(refiner *f, uint32_t s, uint32_t e)
{
    char buf[96];
    size_t n;
    const time_word *w = time_lookup_lower(f->r, f->doc->text + s, e - s, buf, sizeof buf, &n);
    word_tok_as(f, s, e, w, buf, n);
}

/* "einwöchigen", "zweitägige": where a number word ends and a length adjective of the list
 * unit_adj (or unit_adj_y: "dreijähriger") starts, or 0. Only words ending in "ig", "ige",
 * "igem", "igen", "iger", "iges" are tried, so the cost stays off ordinary words. */
static uint32_t adj_split_at(refiner *f, uint32_t s, uint32_t e);

static inline uint32_t adj_split(refiner *f, uint32_t s, uint32_t e)
{
    /* (inline: the call itself cost more than these tests, which turn away most words; each
     * ending has its 'g' in one of the last three bytes) */
    const char *x = f->doc->text;
    if ((f->r->list_unit_adj < 0 && f->r->list_unit_adj_y < 0) || e - s < 7 || e - s > 60) return 0;
    if (x[e - 1] != 'g' && x[e - 2] != 'g' && x[e - 3] != 'g') return 0;
    return adj_split_at(f, s, e);
}

/* adj_split past its quick tests */
static uint32_t adj_split_at(refiner *f, uint32_t s, uint32_t e)
{
    const char *x = f->doc->text;
    size_t k = e - s;
    const char *w = x + s;
    bool ig = (k > 2 && memcmp(w + k - 2, "ig", 2) == 0) ||
              (k > 3 && memcmp(w + k - 3, "ige", 3) == 0) ||
              (k > 4 && (memcmp(w + k - 4, "igen", 4) == 0 || memcmp(w + k - 4, "iger", 4) == 0 ||
                         memcmp(w + k - 4, "iges", 4) == 0 || memcmp(w + k - 4, "igem", 4) == 0));
    if (!ig || known(f, s, e)) return 0;
    char buf[96];
    for (uint32_t c = s + 2; c + 4 < e; c++) {
        if (((unsigned char)x[c] & 0xC0) == 0x80) continue; /* inside a UTF-8 character */
        size_t n = time_lower(x + c, e - c, buf, sizeof buf);
        const time_word *sw = n ? time_lookup(f->r, buf, n) : NULL;
        if (!sw || (!time_in_list(sw, f->r->list_unit_adj, NULL) &&
                    !time_in_list(sw, f->r->list_unit_adj_y, NULL)))
            continue;
        n = time_lower(x + s, c - s, buf, sizeof buf);
        if (!n) return 0;
        const time_word *nw = time_lookup(f->r, buf, n);
        if ((nw && nw->has_num) || time_compound_number(f->r, buf, n) > -2) return c;
        return 0;
    }
    return 0;
}

/* Cuts the core [s, e) (no leading or trailing punctuation except dots) into runs. */
static void split_core(refiner *f, uint32_t s, uint32_t e)
{
    const char *x = f->doc->text;
    uint32_t i = s;
    while (i < e) {
        const char *key;
        if (is_digit(x[i])) {
            uint32_t j = i;
            uint64_t v = 0;
            while (j < e && is_digit(x[j])) {
                if (j - i < 12) v = v * 10 + (uint64_t)(x[j] - '0');
                j++;
            }
            bool ord = j + 1 == e && x[j] == '.';
            bool huge = j - i > 12; /* no calendar or amount reading for such a number */
            ttok *t = emit(f, i, ord ? j + 1 : j,
                           huge ? 0 : (uint8_t)(TT_NUM | (ord ? TT_ORD : TT_HASN)));
            if (t) {
                t->num = (double)v;
                t->ndigits = (uint8_t)(j - i > 255 ? 255 : j - i);
            }
            i = ord ? j + 1 : j;
        } else if (punct_at((const unsigned char *)x + i, e - i, &key)) {
            size_t l = punct_at((const unsigned char *)x + i, e - i, &key);
            punct_tok(f, i, i + (uint32_t)l, key);
            i += (uint32_t)l;
        } else {
            uint32_t j = i;
            const char *mark = NULL; /* the first inner hyphen or apostrophe */
            while (j < e) {
                /* an ASCII letter, most of a word, is no digit and no punctuation */
                if (ascii_letter(x[j])) {
                    j++;
                    continue;
                }
                if (is_digit(x[j])) break;
                size_t l = punct_at((const unsigned char *)x + j, e - j, &key);
                if (l) {
                    /* inner hyphen or apostrophe between letters stays in the word */
                    bool inner = (x[j] == '-' || x[j] == '\'') && j > i && j + 1 < e &&
                                 !is_digit(x[j + 1]) &&
                                 !punct_at((const unsigned char *)x + j + 1, e - j - 1, &key);
                    if (!inner) break;
                    if (!mark) mark = x + j;
                }
                j++;
            }
            /* a hyphenated or apostrophed word stays whole only when the dictionary knows it
             * or it is a compound number ("twenty-three"); else it is cut at the first mark
             * ("third-quarter", "Friday's"). (Every '-' or '\'' inside the word is an inner
             * one: any other ends the loop above, so mark is the first of them.) */
            if (mark && !known(f, i, j)) {
                char buf[96];
                size_t ln = time_lower(x + i, j - i, buf, sizeof buf);
                if (!ln || time_compound_number(f->r, buf, ln) <= -2) j = (uint32_t)(mark - x);
            }
            /* a dotted abbreviation the dictionary knows keeps its dot */
            if (j < e && x[j] == '.' && known(f, i, j + 1)) j++;
            uint32_t cut = adj_split(f, i, j);
            if (cut) {
                word_tok(f, i, cut);
                word_tok(f, cut, j);
            } else {
                word_tok(f, i, j);
            }
            i = j;
        }
    }
}

/* refine_token for a token that is not all ASCII letters: punctuation peeled off both ends,
 * dotted words, split_core (kept out of line: its locals made every call of refine_token pay
 * for a large stack frame) */
static __attribute__((noinline)) void refine_mixed(refiner *f, uint32_t s, uint32_t e)
{
    const char *x = f->doc->text;
    const char *key;
    size_t l;
    while (s < e && x[s] != '.' && (l = punct_at((const unsigned char *)x + s, e - s, &key))) {
        punct_tok(f, s, s + (uint32_t)l, key);
        s += (uint32_t)l;
    }
    /* trailing punctuation other than one final dot, collected right to left */
    uint32_t tail[16][2];
    const char *tkeys[16];
    int nt = 0;
    while (e > s && nt < 16) {
        uint32_t b = e - 1;
        while (b > s && ((unsigned char)x[b] & 0xC0) == 0x80)
            b--;
        l = punct_at((const unsigned char *)x + b, e - b, &key);
        if (!l || b + l != e) break;
        if (x[b] == '.' && (b == s || x[b - 1] != '.')) break; /* one final dot stays on the core */
        tail[nt][0] = b;
        tail[nt][1] = e;
        tkeys[nt++] = key;
        e = b;
    }
    if (e > s) {
        /* a whole dotted word the dictionary knows ("p.m.", "Feb.", "ca.") */
        if (!is_digit(x[s]) && e - s < 16 && memchr(x + s, '.', e - s) && known(f, s, e))
            word_tok(f, s, e);
        else
            split_core(f, s, e);
    }
    for (int k = nt - 1; k >= 0; k--)
        punct_tok(f, tail[k][0], tail[k][1], tkeys[k]);
}

static inline void refine_token(refiner *f, uint32_t s, uint32_t e)
{
    const char *x = f->doc->text;
    /* a token of ASCII letters only, most of them: no punctuation to peel, no dot, no digit
     * run, so split_core would make it one word (or two, where adj_split cuts it). The pass
     * that finds this out also lower-cases the word (an ASCII letter's lower case is c | 0x20)
     * and hashes it as time_lookup_lower would (FNV-1a, time_fnv), so its lookup is a probe */
    char buf[96];
    bool fits = e - s <= sizeof buf; /* else time_lookup_lower would find no word either */
    uint32_t h = TIME_FNV_OFFSET;
    uint32_t a = s;
    if (fits) {
        for (; a < e; a++) {
            unsigned char c = (unsigned char)x[a];
            if (!ascii_letter((char)c)) break;
            c |= 0x20;
            buf[a - s] = (char)c;
            h = (h ^ c) * TIME_FNV_PRIME;
        }
    } else {
        while (a < e && ascii_letter(x[a]))
            a++;
    }
    if (a < e || e == s) {
        refine_mixed(f, s, e);
        return;
    }
    uint32_t cut = adj_split(f, s, e);
    if (cut) {
        word_tok(f, s, cut);
        word_tok(f, cut, e);
    } else if (fits) {
        word_tok_as(f, s, e, time_probe(f->r, buf, e - s, h), buf, e - s);
    } else {
        word_tok(f, s, e);
    }
}

/* "3", "30.11": at most five bytes of digits and dots, a digit first and last */
static bool short_numeral(const char *x, uint32_t s, uint32_t e)
{
    if (e <= s || e - s > 5 || !is_digit(x[s]) || !is_digit(x[e - 1])) return false;
    for (uint32_t i = s; i < e; i++)
        if (!is_digit(x[i]) && x[i] != '.') return false;
    return true;
}

static bool class_ok(uint8_t cls, const ttok *t);

ttok *time_refine(const time_rules *r, const document *doc, size_t *n)
{
    refiner f = {r, doc, NULL, 0, 0, 0, 0, false};
    f.cap = doc->ntokens + doc->ntokens / 2 + 16;
    f.out = arena_alloc(doc->arena, f.cap * sizeof *f.out);
    *n = 0;
    if (!f.out) return NULL;
    for (size_t si = 0; si < doc->nsentences; si++) {
        const sentence *se = &doc->sentences[si];
        if (se->boiler) continue;
        f.sentence = (uint32_t)si;
        for (uint32_t k = se->tok_begin; k < se->tok_end; k++) {
            uint32_t s = doc->tokens[k].start, e = doc->tokens[k].end;
            f.pos = doc->tokens[k].pos;
            /* "am 3., 4. und 5. Oktober", "am 30.11., um 20 Uhr", "Sa., 4.10.: Wandertag": the
             * tokenizer parts "3" or "30.11" from ".," (".:", ".;", ".)", "./"); the dot glued
             * between a day (or day and month) and that punctuation is an ordinal dot (tested
             * first: most tokens have no dot right after them) */
            if (doc->text[e] == '.' && k + 2 < se->tok_end && short_numeral(doc->text, s, e) &&
                doc->tokens[k + 1].start == e && doc->tokens[k + 1].end == e + 1 &&
                doc->text[e] == '.' && doc->tokens[k + 2].start == e + 1 && doc->text[e + 1] &&
                strchr(",:;)/", doc->text[e + 1])) {
                refine_token(&f, s, e + 1);
                k++;
                continue;
            }
            refine_token(&f, s, e);
        }
    }
    if (f.oom) return NULL;
    /* the token classes, once per token: the rules test them again and again. Only digit
     * tokens (TT_NUM) can be of the number classes; for the others class_ok reduces to WORD,
     * CAPWORD and CARD (a number word). */
    for (size_t i = 0; i < f.n; i++) {
        ttok *t = &f.out[i];
        t->lists = (uint8_t)((t->w ? t->w->lists : 0) | r->flag_lists[t->flags & 63]);
        if (t->flags & TT_NUM) {
            t->cls = 0;
            for (int c = 0; c < TC_COUNT; c++)
                if (class_ok((uint8_t)c, t)) t->cls |= (uint16_t)(1u << c);
        } else {
            t->cls =
                (uint16_t)((t->flags & TT_WORD ? 1u << TC_WORD : 0) |
                           ((t->flags & (TT_WORD | TT_CAP)) == (TT_WORD | TT_CAP) ? 1u << TC_CAPWORD
                                                                                  : 0) |
                           (t->flags & TT_HASN ? 1u << TC_CARD : 0));
        }
    }
    *n = f.n;
    return f.out;
}

/* ---- matching ---- */

typedef struct best {
    const time_rule *rule;
    size_t end;
    int32_t caps[TIME_MAX_CAPS];
    int8_t capel[TIME_MAX_CAPS];
} best;

typedef struct mctx {
    const time_rules *r;
    const ttok *t;
    size_t n;
    uint32_t start; /* first token of the match */
    const time_rule *rule;
    int32_t caps[TIME_MAX_CAPS]; /* token index per capture, -1 unset */
    int8_t capel[TIME_MAX_CAPS]; /* element index per capture */
    bool memo_valid;             /* best_at's last answer, for the position memo_i */
    size_t memo_i;
    best memo_be, memo_bp;
} mctx;

static bool class_ok(uint8_t cls, const ttok *t)
{
    bool num = t->flags & TT_NUM, ord = t->flags & TT_ORD;
    double v = t->num;
    switch (cls) {
    case TC_NUM: return num && !ord;
    case TC_ORD: return ord;
    case TC_CARD: /* a four-digit number from 1000 to 2999 counts as a year, not an amount */
        return (t->flags & TT_HASN) && !(num && t->ndigits == 4 && v >= 1000 && v <= 2999);
    case TC_DAY: return num && t->ndigits <= 2 && v >= 1 && v <= 31;
    case TC_MONTHNUM: return num && t->ndigits <= 2 && v >= 1 && v <= 12;
    case TC_YEAR: return num && t->ndigits == 4 && v >= 1000 && v <= 2199; /* 2300, 2503: counts */
    case TC_YEAR2: return num && !ord && t->ndigits == 2;
    case TC_HOUR: return num && !ord && t->ndigits <= 2 && v <= 24;
    case TC_MIN: return num && t->ndigits == 2 && v <= 59;
    case TC_WORD: return (t->flags & TT_WORD) != 0;
    case TC_CAPWORD: return (t->flags & TT_WORD) && (t->flags & TT_CAP);
    }
    return false;
}

static bool elem_ok(const mctx *c, const time_elem *e, const ttok *t)
{
    if (e->glued && !(t->flags & TT_GLUED)) return false;
    if (e->capital && !(t->flags & TT_CAP)) return false;
    switch (e->kind) {
    case TE_LIT:
        if (!t->w) { /* a digit literal ("1" of "2 1/2") matches that number, digit for digit;
                        one with a final dot ("3.") only an ordinal ("am 3. Adventssonntag") */
            if (!(t->flags & (TT_HASN | TT_ORD))) return false;
            for (int k = 0; k < e->nalts; k++) {
                const time_word *lw = &c->r->words[e->alts[k]];
                uint32_t n = lw->keylen;
                bool dot = n > 1 && lw->key[n - 1] == '.';
                if (dot != ((t->flags & TT_ORD) != 0)) continue;
                n -= dot;
                if (n != t->ndigits || n > 9) continue;
                double v = 0;
                uint32_t i = 0;
                while (i < n && is_digit(lw->key[i]))
                    v = v * 10 + (lw->key[i++] - '0');
                if (i == n && v == t->num) return true;
            }
            return false;
        }
        for (int k = 0; k < e->nalts; k++)
            if (&c->r->words[e->alts[k]] == t->w) return true;
        return false;
    case TE_LIST:
        return t->w &&
               (e->list < 64 ? (t->w->listmask >> e->list) & 1 : time_in_list(t->w, e->list, NULL));
    case TE_CLASS: return (t->cls >> e->cls) & 1; /* class_ok, precomputed by time_refine */
    }
    return false;
}

/* elem_ok for the element whose quick test is q (e: the element itself, for QT_ELEM). */
static inline bool quick_ok(const mctx *c, const time_qtest *q, const time_elem *e, const ttok *t)
{
    if ((t->flags & q->need) != q->need) return false;
    switch (q->op) {
    case QT_CLASS: return (t->cls >> q->arg) & 1;
    case QT_LIST: return t->w && ((t->w->listmask >> q->arg) & 1);
    case QT_LIT:
        if (!t->w || !((q->bloom >> (t->w->hash & 63)) & 1)) return false;
        for (int k = 0; k < q->arg; k++)
            if (&c->r->words[q->alts[k]] == t->w) return true;
        return false;
    case QT_ANY: /* one of several elements' tests (time_rules.c any_test): classes, lists, words */
        if (t->cls & q->clsmask) return true;
        if (!t->w) return false;
        if (t->w->listmask & q->lists) return true;
        if (!((q->bloom >> (t->w->hash & 63)) & 1)) return false;
        for (int k = 0; k < q->arg; k++)
            if (&c->r->words[q->alts[k]] == t->w) return true;
        return false;
    case QT_NUMLIT: /* (need holds TT_HASN) a token with a word is no digit token */
        if (t->w || !((q->bloom >> time_num_bit(t->num, t->ndigits)) & 1)) return false;
        break;
    }
    return elem_ok(c, e, t);
}

/* The end token of a match of the rule's elements [ei..) from token ti, or -1. la counts the
 * positive look-ahead elements just before ei: consecutive ones look at consecutive tokens. */
static int64_t match_from(mctx *c, int ei, size_t ti, size_t la)
{
    const time_rule *ru = c->rule;
    if (ei == ru->nelems) return (int64_t)ti;
    const time_elem *e = &ru->elems[ei];
    uint32_t sent = c->t[c->start].span;
    if (e->look != LOOK_NONE) {
        const ttok *o = NULL;
        size_t at = ti + la;
        if (e->look == LOOK_PREV || e->look == LOOK_NOT_PREV) {
            /* consecutive look-behinds read left to right: "<a <b x" is "a b x" */
            size_t back = 1;
            for (int k = ei + 1; k < ru->nelems && (ru->elems[k].look == LOOK_PREV ||
                                                    ru->elems[k].look == LOOK_NOT_PREV);
                 k++)
                back++;
            if (c->start >= back && c->t[c->start - back].span == sent) o = &c->t[c->start - back];
            at = c->start - back;
        } else if (at < c->n && c->t[at].span == sent) {
            o = &c->t[at];
        }
        bool hit = o && elem_ok(c, e, o);
        bool want = e->look == LOOK_PREV || e->look == LOOK_NEXT;
        if (hit != want) {
            if (e->optional && want) return match_from(c, ei + 1, ti, la);
            return -1;
        }
        if (hit && e->cap >= 0) {
            c->caps[e->cap] = (int32_t)at;
            c->capel[e->cap] = (int8_t)ei;
        }
        return match_from(c, ei + 1, ti, e->look == LOOK_NEXT ? la + 1 : la);
    }
    if (ti < c->n && c->t[ti].span == sent && elem_ok(c, e, &c->t[ti])) {
        if (e->cap >= 0) {
            c->caps[e->cap] = (int32_t)ti;
            c->capel[e->cap] = (int8_t)ei;
        }
        int64_t r = match_from(c, ei + 1, ti + 1, 0);
        if (r >= 0) return r;
        if (e->cap >= 0) c->caps[e->cap] = -1;
    }
    if (e->optional) return match_from(c, ei + 1, ti, 0);
    return -1;
}

/* Whether the rule with quick record q (and rule ru, for QT_ELEM tests) can match from token
 * i: its first required element must fit within its nopt0 optional ones, and the element right
 * after that (or a look-ahead) on the token after. Rules with equal records (time_rules.c
 * quick_cmp) get the same answer, which is why try_rules asks once per group. */
static inline bool quick_pass(const mctx *c, const time_quick *q, const time_rule *ru, size_t i)
{
    if (q->req0 < 0) return true;
    /* the first element on token i + j (j = 0 .. nopt0, within the span), the second on the
     * token after it; token i itself is always there and in its span, and spans only grow along
     * the tokens, so once token i + j + 1 is in another one no later j can fit */
    const ttok *t = &c->t[i];
    for (size_t j = 0;; j++, t++) {
        if (quick_ok(c, &q->t0, &ru->elems[q->req0], t) &&
            (q->req1 < 0 || (i + j + 1 < c->n && quick_ok(c, &q->t1, &ru->elems[q->req1], t + 1))))
            return true;
        if (j == q->nopt0 || i + j + 1 >= c->n || t[1].span != c->t[i].span) return false;
    }
}

static bool eval(const mctx *c, const best *b, time_val *v);

/* Tries the rules of groups g[0..ng) of an index list ids from token i. */
static void try_rules(mctx *c, const uint16_t *ids, const time_group *g, uint16_t ng, size_t i,
                      best *be, best *bp)
{
    for (uint16_t gi = 0; gi < ng; gi++) {
        /* the reject reads the group's first compact record, the rules only when it passes */
        const uint16_t *id = ids + g[gi].first;
        if (!quick_pass(c, &c->r->quick[id[0]], &c->r->rules[id[0]], i)) continue;
        for (uint16_t k = 0; k < g[gi].n; k++) {
            const time_rule *ru = &c->r->rules[id[k]];
            c->rule = ru;
            c->start = (uint32_t)i;
            for (int cp = 0; cp < ru->ncaps; cp++)
                c->caps[cp] = -1;
            int64_t e = match_from(c, 0, i, 0);
            if (e <= (int64_t)i) continue;
            if (ru->recheck) {
                best t = {.rule = ru, .end = (size_t)e};
                memcpy(t.caps, c->caps, sizeof t.caps);
                memcpy(t.capel, c->capel, sizeof t.capel);
                time_val v;
                time_val_init(&v);
                if (!eval(c, &t, &v)) continue;
            }
            best *b = ru->kind == TR_PREFIX ? bp : be;
            if (!b->rule || (size_t)e > b->end || ((size_t)e == b->end && ru < b->rule)) {
                b->rule = ru;
                b->end = (size_t)e;
                memcpy(b->caps, c->caps, sizeof b->caps);
                memcpy(b->capel, c->capel, sizeof b->capel);
            }
        }
    }
}

/* Tries an index list's rules (groups gs) at token i, where the token after it has the
 * dictionary word nx (or none): the groups past the nfree leading ones only when nx may have
 * what their rules' second elements need (time_next). Most lists are empty or all free: no test
 * then. */
static inline void try_list(mctx *c, const uint16_t *ids, const time_groups *gs, const time_next *m,
                            const time_word *nx, size_t i, best *be, best *bp)
{
    uint16_t n = gs->n;
    if (n > gs->nfree &&
        !(nx && ((nx->listmask & m->lists) || ((m->words >> (nx->hash & 63)) & 1))))
        n = gs->nfree;
    if (n) try_rules(c, ids, gs->g, n, i, be, bp);
}

/* try_list for class list cls (0 num, 1 card, 2 word) of position k: the non-free groups only
 * where the word nx may pass their next-word test (time_word clsnext), which try_list's one
 * filter for the whole list cannot tell apart. */
static inline void try_class(mctx *c, int k, int cls, const uint16_t *ids, const time_groups *gs,
                             const time_next *m, const time_word *nx, size_t i, best *be, best *bp)
{
    if (!c->r->clsnext_ok[k][cls]) {
        try_list(c, ids, gs, m, nx, i, be, bp);
        return;
    }
    if (gs->nfree) try_rules(c, ids, gs->g, gs->nfree, i, be, bp);
    for (uint64_t bits = nx ? nx->clsnext[k][cls] : 0; bits; bits &= bits - 1)
        try_rules(c, ids, gs->g + gs->nfree + __builtin_ctzll(bits), 1, i, be, bp);
}

/* The longest expression (*be) and the longest prefix (*bp) starting at token i. */
static void best_at(mctx *c, size_t i, best *be, best *bp)
{
    if (c->memo_valid && c->memo_i == i) { /* a prefix chain looked here a moment ago */
        *be = c->memo_be;
        *bp = c->memo_bp;
        return;
    }
    be->rule = bp->rule = NULL;
    be->end = bp->end = i;
    const time_rules *r = c->r;
    /* the word of the token after the list's own (token i + k) decides whether the lists'
     * rules past their leading "free" ones can match (time_rules.c partition_free) */
    const ttok *t0 = &c->t[i];
    bool more = i + 1 < c->n; /* a token after i (in the span or not) */
    for (int k = 0; k < 2; k++) {
        const ttok *t = t0 + k;
        if (k && (!more || t->span != t0->span)) break;
        const time_word *nx = i + k + 1 < c->n ? t[1].w : NULL;
        const time_word *w = t->w;
        if (w) try_list(c, w->rules[k], &w->groups[k], &w->next[k], nx, i, be, bp);
        if (t->flags & TT_NUM)
            try_class(c, k, 0, r->num_rules[k], &r->num_groups[k], &r->num_next[k], nx, i, be, bp);
        if (t->flags & TT_HASN)
            try_class(c, k, 1, r->card_rules[k], &r->card_groups[k], &r->card_next[k], nx, i, be,
                      bp);
        if (t->flags & TT_WORD)
            try_class(c, k, 2, r->word_rules[k], &r->word_groups[k], &r->word_next[k], nx, i, be,
                      bp);
    }
    /* most tokens start nothing: not remembered, as a second look would find nothing again */
    if (!be->rule && !bp->rule) return;
    c->memo_valid = true;
    c->memo_i = i;
    c->memo_be = *be;
    c->memo_bp = *bp;
}

/* Whether best_at can find anything at token i: an index list with rules for the token itself
 * or for the one after it (ttok.lists) */
static inline bool may_start(const mctx *c, size_t i)
{
    return (c->t[i].lists & 1) ||
           (i + 1 < c->n && (c->t[i + 1].lists & 2) && c->t[i + 1].span == c->t[i].span);
}

/* The end of the longest expression reachable from token i through at most depth prefixes
 * that all accept its type, or 0; the prefixes go to pre[0..*np), the expression to *e. */
static size_t chain(mctx *c, size_t i, int depth, best *pre, int *np, best *e)
{
    best be, bp;
    if (i >= c->n || !may_start(c, i)) return 0;
    best_at(c, i, &be, &bp);
    size_t end_e = be.rule ? be.end : 0;
    if (depth > 0 && bp.rule) {
        best sub[4], se;
        int ns = 0;
        size_t end_p = chain(c, bp.end, depth - 1, sub, &ns, &se);
        if (end_p > end_e && (bp.rule->types & (1u << se.rule->type))) {
            pre[0] = bp;
            memcpy(pre + 1, sub, (size_t)ns * sizeof *sub);
            *np = ns + 1;
            *e = se;
            return end_p;
        }
    }
    *np = 0;
    if (be.rule) *e = be;
    return end_e;
}

/* ---- values ---- */

void time_val_init(time_val *v)
{
    memset(v, 0, sizeof *v);
    v->year = v->month = v->day = v->hour = v->minute = v->week = v->weekday = TIME_NO_VAL;
    v->quarter = v->half = v->decade = v->century = TIME_NO_VAL;
}

typedef struct operand_val {
    const char *s; /* NUL-terminated, or NULL */
    double num;
    bool has_num;
    uint8_t ndigits; /* digits of a number written in digits, else 0 */
} operand_val;

static operand_val eval_operand(const mctx *c, const best *b, const time_operand *o)
{
    operand_val r = {NULL, 0, false, 0};
    if (o->cap < 0) {
        r.s = o->lit;
        char *end;
        r.num = strtod(o->lit, &end);
        r.has_num = end != o->lit;
        if (o->lit[0] == 'X' && o->lit[1] == '\0') r.num = -1, r.has_num = true;
        return r;
    }
    int32_t ti = b->caps[o->cap];
    if (ti < 0) return r;
    const ttok *t = &c->t[ti];
    const time_elem *e = &b->rule->elems[b->capel[o->cap]];
    if (e->kind == TE_LIST) {
        time_in_list(t->w, e->list, &r.s);
        char *end;
        r.num = strtod(r.s, &end);
        r.has_num = end != r.s;
        if (r.s[0] == 'X' && r.s[1] == '\0') r.num = -1, r.has_num = true;
    } else if (e->kind == TE_CLASS && (t->flags & (TT_NUM | TT_HASN))) {
        r.num = t->num;
        r.has_num = true;
        if (t->flags & TT_NUM) r.ndigits = t->ndigits;
    } else if (t->w) {
        r.s = t->w->key;
        if (t->flags & TT_HASN) r.num = t->num, r.has_num = true;
    } else if (t->flags & TT_HASN) { /* a digit literal: its number */
        r.num = t->num;
        r.has_num = true;
    }
    if (o->neg && r.has_num && r.num > 0) r.num = -r.num;
    return r;
}

static void copy2(char *dst, const char *s)
{
    dst[0] = dst[1] = dst[2] = '\0';
    if (s) {
        dst[0] = s[0];
        if (s[0]) dst[1] = s[1];
    }
}

static void copy3(char *dst, const char *s)
{
    memset(dst, 0, 4);
    if (s) strncpy(dst, s, 3);
}

/* Applies the rule's assignments; false when a required capture is missing or a value is out
 * of range (then the match is dropped). */
static bool eval(const mctx *c, const best *b, time_val *v)
{
    const time_rule *ru = b->rule;
    for (int i = 0; i < ru->nassign; i++) {
        const time_assign *a = &ru->assign[i];
        operand_val x = eval_operand(c, b, &a->a);
        if (!x.s && !x.has_num) continue; /* optional capture absent */
        /* numbers come from the text: clamp before any conversion to int */
        double xn = x.num > 1e7 ? 1e7 : x.num < -1e7 ? -1e7 : x.num;
        int n = (int)xn;
        switch (a->key) {
        case TK_YEAR: v->year = n; break;
        case TK_YEAR2: v->year = n < 100 ? (n < 30 ? 2000 + n : 1900 + n) : n; break; /* 1.9.39 */
        case TK_PASTNIGHT: v->past_night = n != 0; break;
        case TK_UNDATED: v->undated = n != 0; break;
        case TK_YEARNEXT:
            if (v->year == TIME_NO_VAL || n != (n < 100 ? (v->year + 1) % 100 : v->year + 1))
                return false;
            break;
        case TK_YEARAFTER:
            if (v->year == TIME_NO_VAL || n < 100) return false;
            v->year = n - n % 100 + v->year % 100;
            if (v->year <= n) v->year += 100;
            break;
        case TK_MONTH:
            if (n < 1 || n > 12) return false;
            v->month = n;
            break;
        case TK_DAY:
            if (n < 1 || n > 31) return false;
            v->day = n;
            break;
        case TK_HOUR:
            if (n < 0 || n > 24) return false;
            v->hour = n;
            break;
        case TK_MINUTE: v->minute = n; break;
        case TK_HHMM:
            if (n < 0 || n > 2400 || n % 100 > 59) return false;
            v->hour = n / 100;
            v->minute = n % 100;
            break;
        case TK_WEEK:
            if (n < 1 || n > 53) return false;
            v->week = n;
            break;
        case TK_WEEKDAY: v->weekday = n; break;
        case TK_WDCHECK: v->wd_check = n >= 1 && n <= 7 ? n : 0; break;
        case TK_JUSTPAST: v->just_past = n != 0; break;
        case TK_UPCOMING: v->upcoming = n != 0; break;
        case TK_QUARTER: v->quarter = n; break;
        case TK_HALF: v->half = n; break;
        case TK_SEASON: copy2(v->season, x.s); break;
        case TK_DECADE: v->decade = n >= 100 ? n / 10 : 190 + n / 10; break;
        case TK_CENTURY: v->century = n >= 100 ? n / 100 : n; break; /* 1800: 18 */
        case TK_CENTURYORD: v->century = n - 1; break;
        case TK_TOD: {
            const char *t = x.s;
            while (t && *t >= '0' && *t <= '9')
                t++;
            copy2(v->tod, t);
            break;
        }
        case TK_AMPM:
            if (x.s && (x.s[0] == 'p' || x.s[0] == 'P'))
                v->pm = true;
            else
                v->am = true;
            break;
        case TK_OFF: {
            operand_val y = eval_operand(c, b, &a->b);
            double n0 = !y.has_num ? 0 : y.num > 1e6 ? 1e6 : y.num < -1e6 ? -1e6 : y.num;
            /* a day offset and a week offset add up ("gestern vor einer Woche": off=D:-1
             * off=W:-1 is eight days back); the same unit twice overrides */
            if (v->has_off && x.s && strcmp(v->off_unit, x.s) != 0 &&
                (strcmp(v->off_unit, "D") == 0 || strcmp(v->off_unit, "W") == 0) &&
                (strcmp(x.s, "D") == 0 || strcmp(x.s, "W") == 0)) {
                v->off_n = (strcmp(v->off_unit, "W") == 0 ? 7 : 1) * v->off_n +
                           (strcmp(x.s, "W") == 0 ? 7 : 1) * n0;
                copy3(v->off_unit, "D");
                break;
            }
            v->has_off = true;
            copy3(v->off_unit, x.s);
            v->off_n = n0;
            break;
        }
        case TK_DUR: {
            operand_val y = eval_operand(c, b, &a->b);
            v->has_dur = true;
            v->dur_x = x.num < 0;
            v->dur_n = x.num;
            copy3(v->dur_unit, y.s);
            break;
        }
        case TK_DIR: v->dir = n; break;
        case TK_REF: v->ref = x.s; break;
        case TK_MOD: v->mod = x.s; break;
        case TK_QUANT: v->quant = x.s; break;
        case TK_FREQ: v->freq = x.s; break;
        case TK_MULT:
            if (v->has_dur && !v->dur_x && x.has_num && x.num > 1 && x.num <= 1e6)
                v->dur_n *= x.num;
            break;
        case TK_FREQN:
            if (!x.has_num) break;
            v->freq_n = x.num < 0 ? -1 : n >= 1 && n <= 1000 ? n : 0;
            break;
        case TK_GRAN: v->gran = x.s; break;
        case TK_ANCHOR:
            v->anchor_prev = x.s && (strcmp(x.s, "prev") == 0 || strcmp(x.s, "prevref") == 0);
            v->anchor_prevref = x.s && strcmp(x.s, "prevref") == 0;
            v->anchor_last = x.s && strcmp(x.s, "last") == 0;
            v->anchor_narr = x.s && strcmp(x.s, "narr") == 0;
            v->anchor_day = x.s && strcmp(x.s, "day") == 0;
            break;
        case TK_VALUE: v->value = x.s; break;
        case TK_OUTSIDE: v->outside = n != 0; break;
        case TK_BC: v->bc_year = n; break;
        case TK_BCCENT:
            if (n < 1 || n > 100) return false;
            v->bc_century = n;
            break;
        case TK_TZ: v->tz = x.s; break;
        case TK_NOWREF: v->nowref = (uint8_t)(n < 0 ? 0 : n > 2 ? 2 : n); break;
        case TK_YEARHI:
            if (n < 10 || n > 29) return false;
            v->year =
                n * 100 + (v->year != TIME_NO_VAL && v->year >= 0 && v->year < 100 ? v->year : 0);
            break;
        case TK_PLUS:
            if (v->has_dur && !v->dur_x && x.num > 0 && x.num < 1)
                v->dur_n += x.num, v->dur_split = true;
            break;
        case TK_FRAC: /* the digits after the decimal mark, written as decimals (P1.5Y) */
            if (!v->has_dur || v->dur_x || x.ndigits < 1 || x.ndigits > 2) return false;
            v->dur_n += x.num / (x.ndigits == 1 ? 10.0 : 100.0);
            break;
        case TK_YEARLO:
            if (n < 10 || n > 99 || v->year == TIME_NO_VAL || v->year % 100 != 0) return false;
            v->year += n;
            break;
        case TK_EASTER:
            v->has_easter = true;
            v->easter_off = n;
            break;
        case TK_NTHWD: /* MWN: month M, weekday W (1 Monday .. 7 Sunday), N-th (9: last) */
            if (n / 100 < 1 || n / 100 > 12 || n / 10 % 10 < 1 || n / 10 % 10 > 7 ||
                !((n % 10 >= 1 && n % 10 <= 5) || n % 10 == 9))
                return false;
            v->month = n / 100;
            v->nth_wd = n / 10 % 10;
            v->nth_n = n % 10;
            v->feast = true;
            break;
        case TK_MD:
            if (n / 100 < 1 || n / 100 > 12 || n % 100 < 1 || n % 100 > 31) return false;
            v->month = n / 100;
            v->day = n % 100;
            v->feast = true;
            break;
        case TK_DURMIN:
            if (!v->has_dur || v->dur_x || n < 0 || n > 59 || strcmp(v->dur_unit, "H") != 0)
                return false;
            v->dur_min = n;
            break;
        case TK_DURSEC:
            if (!v->has_dur || v->dur_x || n < 0 || n > 59 || strcmp(v->dur_unit, "H") != 0)
                return false;
            v->dur_sec = n;
            break;
        case TK_DURPART: {
            int f = !v->has_dur || v->dur_x || v->dur_n < 1 ? 0
                    : strcmp(v->dur_unit, "Y") == 0         ? 12
                    : strcmp(v->dur_unit, "W") == 0         ? 7
                    : strcmp(v->dur_unit, "D") == 0         ? 24
                                                            : 0;
            if (!f || n < 1 || n >= f) return false;
            if (f == 7) { /* weeks and days are days: P23D (ISO 8601 writes weeks alone) */
                v->dur_n = v->dur_n * 7 + n;
                copy3(v->dur_unit, "D");
                break;
            }
            v->dur_n += (double)n / f;
            v->dur_split = true;
            break;
        }
        case TK_NTH:
            if (!((n >= 1 && n <= 5) || n == 9)) return false;
            v->nth_n = n;
            break;
        }
    }
    /* "the first Monday in October": the weekday named is the one counted in the month (or
     * in the month of an offset: "the first Sunday of the month", off=M:0) */
    if (v->nth_n && !v->nth_wd) {
        if (v->weekday == TIME_NO_VAL || v->weekday < 1 || v->weekday > 7 ||
            (v->month == TIME_NO_VAL && !(v->has_off && strcmp(v->off_unit, "M") == 0)))
            return false;
        v->nth_wd = v->weekday;
        v->weekday = TIME_NO_VAL;
    }
    /* a calendar date must exist: 31.02. and 29.02.2023 are no dates */
    if (v->day != TIME_NO_VAL && v->month != TIME_NO_VAL &&
        v->day > time_month_days(v->year != TIME_NO_VAL ? v->year : 2000, v->month))
        return false;
    return true;
}

time_match *time_find(const time_rules *r, const ttok *toks, size_t n, arena *a, size_t *nm)
{
    size_t cap = 64;
    time_match *out = arena_alloc(a, cap * sizeof *out);
    *nm = 0;
    if (!out) return NULL;
    mctx c = {.r = r, .t = toks, .n = n};
    best pre[4], b;
    size_t i = 0;
    while (i < n) {
        if (!may_start(&c, i)) {
            i++;
            continue;
        }
        int np = 0;
        size_t end = chain(&c, i, 3, pre, &np, &b);
        if (!end) {
            i++;
            continue;
        }
        if (b.rule->kind == TR_NONE) { /* a blocker: these tokens are no expression */
            i = b.end;
            continue;
        }
        time_match m;
        time_val_init(&m.v);
        m.v.type = b.rule->type;
        if (!eval(&c, &b, &m.v)) { /* "31.02.2022": no date, and no year inside it either */
            i = b.end;
            continue;
        }
        size_t tb = i;
        for (int k = 0; k < np; k++) {
            time_val pv;
            time_val_init(&pv);
            eval(&c, &pre[k], &pv);
            if (pv.mod && !m.v.mod) m.v.mod = pv.mod;
            if (pv.quant && !m.v.quant) m.v.quant = pv.quant;
            if (pv.outside && tb == (k ? pre[k - 1].end : i)) tb = pre[k].end;
        }
        /* an expression never ends on punctuation an optional element took */
        size_t te = b.end;
        while (te > tb + 1 && (toks[te - 1].flags & TT_PUNCT))
            te--;
        m.tb = (uint32_t)tb;
        m.te = (uint32_t)te;
        m.start = toks[tb].start;
        const ttok *last = &toks[te - 1];
        m.end = last->end;
        /* the dot of a final ordinal belongs to the sentence ("Sept. 30.", "im Jahr 2022."),
         * except in a numeric date ("18.2.") and for a day after a word before a small letter
         * in the sentence ("in der Nacht vom 7. auf den 8. Mai": the day's dot; "am 3. 4. um"
         * stays "3. 4") */
        bool lower_next = te < n && toks[te].sentence == last->sentence &&
                          (toks[te].flags & (TT_WORD | TT_CAP)) == TT_WORD && te - 1 > tb &&
                          (toks[te - 2].flags & TT_WORD);
        if ((last->flags & TT_ORD) && !lower_next &&
            (last->ndigits == 4 || (te - 1 > tb && !(toks[te - 2].flags & TT_PUNCT))))
            m.end--;
        m.sentence = toks[tb].sentence;
        m.rule = b.rule;
        if (*nm == cap) {
            time_match *g = arena_realloc(a, out, cap * sizeof *out, cap * 2 * sizeof *out);
            if (!g) return NULL;
            out = g;
            cap *= 2;
        }
        out[(*nm)++] = m;
        i = b.end;
    }
    return out;
}
