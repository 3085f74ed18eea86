/* time.c — the time stage: refine tokens, match the rules, anchor each value in text order. */
#include "analysis/time.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "analysis/time_int.h"

/* The "hab" flags of the tense functions: a set in the sentence makes its present habitual
 * (TENSE_HAB); the match is a bare weekday (TENSE_WEEKDAY), which the presents of
 * tense_future_weekday put ahead ("The school reopens on Tuesday", "Die Schneefallgrenze sinkt
 * am Dienstag"), though not a month or holiday ("Talks resume the week of March 6"). */
enum { TENSE_HAB = 1, TENSE_WEEKDAY = 2 };

/* Whether token t ends in a past-tense ending ("ed") and is no listed exception. */
static bool past_form(const time_rules *r, const char *text, const ttok *t)
{
    if (!(t->flags & TT_WORD) || t->end - t->start < 5 ||
        time_in_list(t->w, r->list_past_not, NULL))
        return false;
    /* a tagged token must be a verb: "die erste Woche" is no preterite "-te" */
    if (t->pos && t->pos != UPOS_VERB && t->pos != UPOS_AUX) return false;
    const char *e = text + t->end;
    for (int j = 0; j < r->npast_suffix; j++)
        if (memcmp(e - r->past_suffix[j].n, r->past_suffix[j].s, r->past_suffix[j].n) == 0)
            return true;
    return false;
}

/* Whether token i is a verb: tagged so, or a listed past form the tagger took for a noun right
 * after its subject ("The stock rose to $42.875 in March", "Shares rose to $31.25 in
 * September") */
/* Whether token i, tagged a verb, is a capitalized word right after a determiner: a name the
 * tagger took for a verb ("The Fed meets in July": "fed") */
static bool name_verb(const ttok *toks, size_t i)
{
    return (toks[i].pos == UPOS_VERB || toks[i].pos == UPOS_AUX) && (toks[i].flags & TT_CAP) &&
           i > 0 && toks[i - 1].sentence == toks[i].sentence && toks[i - 1].pos == UPOS_DET;
}

static bool verb_at(const time_rules *r, const ttok *toks, size_t i)
{
    const ttok *t = &toks[i];
    if (name_verb(toks, i)) return false;
    if (t->pos == UPOS_VERB || t->pos == UPOS_AUX) return true;
    if (t->pos != UPOS_NOUN || i == 0 || toks[i - 1].sentence != t->sentence ||
        !time_in_list(t->w, r->list_past, NULL))
        return false;
    uint8_t p = toks[i - 1].pos;
    /* the subject opening the sentence may be mistagged too ("Shares" VERB) */
    bool first = i == 1 || toks[i - 2].sentence != t->sentence;
    return p == UPOS_NOUN || p == UPOS_PROPN || p == UPOS_PRON ||
           (first && p != UPOS_DET && p != UPOS_ADP);
}

/* Whether token i marks the future: a word of tense_future, or a verb in the present of an
 * announced event (tense_future_base: "the council meets Tuesday", "the leaders meet Monday")
 * that no past auxiliary before it makes a past ("did not meet Monday"), unless a set in the
 * sentence makes the present habitual (hab: "meets annually in March"); for a bare weekday also
 * one of tense_future_weekday. */
/* Whether the noun i ("reports") follows a one-word subject that opens its clause ("The company
 * reports earnings", "Apple reports"): no verb or preposition before that subject ("had filed
 * compliance reports by Wednesday" is a noun phrase) */
static bool np_head_subject(const ttok *toks, size_t i)
{
    if (i == 0 || toks[i - 1].sentence != toks[i].sentence) return false;
    if (i == 1 || toks[i - 2].sentence != toks[i].sentence) return true;
    uint8_t p = toks[i - 2].pos;
    return p != UPOS_VERB && p != UPOS_AUX && p != UPOS_ADP && p != UPOS_NOUN && p != UPOS_ADJ;
}

/* Whether a verb follows token i in its clause (up to a punctuation mark): the participle or
 * infinitive of a past condition after "hätte", "wäre" (tense_future value cond) */
static bool verb_follows(const ttok *toks, size_t nt, size_t i)
{
    for (size_t k = i + 1; k < nt && toks[k].sentence == toks[i].sentence; k++) {
        if (toks[k].pos == UPOS_PUNCT) return false;
        if (toks[k].pos == UPOS_VERB || toks[k].pos == UPOS_AUX) return true;
    }
    return false;
}

/* Where the phrase of manner that ends with the tense_future marker i of value fv begins: a
 * marker whose value is another word that stands right before it, adverbs between ("began as
 * planned on Saturday", "as previously scheduled": no plan); SIZE_MAX when there is none. */
static size_t manner_start(const ttok *toks, size_t i, const char *fv)
{
    if (!fv || strcmp(fv, toks[i].w->key) == 0 || strcmp(fv, "cond") == 0) return SIZE_MAX;
    for (size_t j = i; j-- > 0 && toks[j].sentence == toks[i].sentence;) {
        if (toks[j].w && strcmp(toks[j].w->key, fv) == 0) return j;
        if (toks[j].pos != UPOS_ADV) break;
    }
    return SIZE_MAX;
}

static bool future_at(const time_rules *r, const char *text, const ttok *toks, size_t nt, size_t i,
                      int hab)
{
    /* a modal before "have" and a participle looks back ("must have arrived on Monday") */
    if (i + 2 < nt) {
        const ttok *h = &toks[i + 1];
        if (h->sentence == toks[i].sentence && h->end - h->start == 4 &&
            memcmp(text + h->start, "have", 4) == 0 && h[1].sentence == toks[i].sentence &&
            h[1].pos == UPOS_VERB)
            return false;
    }
    const char *fv = NULL;
    if (time_in_list(toks[i].w, r->list_future, &fv)) {
        if (fv && strcmp(fv, "cond") == 0) return !verb_follows(toks, nt, i);
        return manner_start(toks, i, fv) == SIZE_MAX;
    }
    if ((hab & TENSE_HAB) ||
        !(time_in_list(toks[i].w, r->list_future_base, NULL) ||
          ((hab & TENSE_WEEKDAY) && time_in_list(toks[i].w, r->list_future_wd, NULL) &&
           (toks[i].pos == UPOS_VERB || np_head_subject(toks, i)))))
        return false;
    /* a verb, or an "-s noun" right after its subject ("The council meets", "Trading resumes":
     * the tagger's NOUN after a noun or a gerund; not "the Senate vote") */
    const ttok *pt = i > 0 && toks[i - 1].sentence == toks[i].sentence ? &toks[i - 1] : NULL;
    bool subject = pt && (pt->pos == UPOS_NOUN || pt->pos == UPOS_PROPN || pt->pos == UPOS_PRON ||
                          name_verb(toks, i - 1) ||
                          /* (a noun the tagger took for an adjective after the article: "The
                           * derby kicks off") */
                          (pt->pos == UPOS_ADJ && i > 1 && toks[i - 2].sentence == pt->sentence &&
                           toks[i - 2].pos == UPOS_DET) ||
                          (pt->pos == UPOS_VERB && pt->end - pt->start > 4 &&
                           memcmp(text + pt->end - 3, "ing", 3) == 0));
    /* or a plural present the tagger took for a noun after a plural noun ("The talks resume",
     * "Schools reopen") */
    bool plural_subject = pt && pt->pos == UPOS_NOUN && pt->end - pt->start > 3 &&
                          text[pt->end - 1] == 's' && text[pt->end - 2] != 's';
    /* ... or a lower-case word between two capitalized ones, the second a name: a team's
     * fixture ("United host City on Sunday", which the tagger reads as two adjectives; not "the
     * Boston host committee") */
    bool fixture = pt && (toks[i].pos == UPOS_NOUN || toks[i].pos == UPOS_ADJ) &&
                   text[pt->start] >= 'A' && text[pt->start] <= 'Z' && text[toks[i].start] >= 'a' &&
                   text[toks[i].start] <= 'z' && i + 1 < nt &&
                   toks[i + 1].sentence == toks[i].sentence && toks[i + 1].pos == UPOS_PROPN;
    if (toks[i].pos != UPOS_VERB && !fixture &&
        !(toks[i].pos == UPOS_NOUN && (text[toks[i].end - 1] == 's' ? subject : plural_subject)))
        return false;
    for (size_t j = i; j-- > 0 && toks[j].sentence == toks[i].sentence;) {
        const ttok *t = &toks[j];
        /* an infinitive is a plan ("agreed to meet on Thursday") unless an obligation that
         * is over ("had to meet") */
        if (t->pos == UPOS_PART && t->end - t->start == 2 && memcmp(text + t->start, "to", 2) == 0)
            return !(j > 0 && time_in_list(toks[j - 1].w, r->list_perfect, NULL));
        if (t->pos == UPOS_PART || t->pos == UPOS_ADV) continue;
        return !(time_in_list(t->w, r->list_past, NULL) ||
                 time_in_list(t->w, r->list_perfect, NULL) || past_form(r, text, t));
    }
    return true;
}

static bool verb_after(const time_rules *r, const ttok *toks, size_t nt, size_t v);
static bool perfect_aux(const time_rules *r, const ttok *t);

/* Whether t is a present form of the passive's auxiliary (tense_attr "passive": English "is",
 * "are"): with a participle after it the group is a present passive, habitual or scheduled ("The
 * festival is held in September"), and the participle's past form marks no past */
static bool passive_aux(const time_rules *r, const ttok *t)
{
    const char *pa = NULL;
    return t->w && t->pos == UPOS_AUX && time_in_list(t->w, r->list_attr, &pa) && pa &&
           strcmp(pa, "passive") == 0;
}

/* Whether token i follows a passive's present auxiliary, adverbs between ("is held", "are
 * usually presented") */
static bool after_passive(const time_rules *r, const ttok *toks, size_t i)
{
    while (i > 0 && toks[i - 1].sentence == toks[i].sentence && toks[i - 1].pos == UPOS_ADV)
        i--;
    return i > 0 && toks[i - 1].sentence == toks[i].sentence && passive_aux(r, &toks[i - 1]);
}

/* The tense around a match: the nearest future or past marker within six tokens of it in
 * its sentence (+1 future, -1 past, 0 none); not left of a subordinator (tense_subclause) that
 * opens the match's clause: the main clause's verbs there are not its tense. */
static int local_tense(const time_rules *r, const char *text, const ttok *toks, size_t nt,
                       const time_match *m, int hab)
{
    enum { WINDOW = 6 }; /* TBAQ value F1: 4-6 tokens best (12: -0.4), KRAUTS train flat */
    bool left = true;
    for (size_t d = 1; d <= WINDOW; d++) {
        size_t idx[2] = {m->tb >= d ? m->tb - d : SIZE_MAX, m->te - 1 + d};
        if (!left) idx[0] = SIZE_MAX;
        if (idx[0] < nt && time_in_list(toks[idx[0]].w, r->list_subclause, NULL)) {
            left = false;
            idx[0] = SIZE_MAX;
        }
        for (int k = 0; k < 2; k++) {
            if (idx[k] >= nt || toks[idx[k]].sentence != m->sentence || !toks[idx[k]].w) continue;
            if (future_at(r, text, toks, nt, idx[k], hab)) return 1;
            /* (not a perfect's auxiliary without its participle: "Das Museum hat im Oktober
             * geöffnet", "Die Schüler haben ab Juni Ferien") */
            if (time_in_list(toks[idx[k]].w, r->list_past, NULL) && !name_verb(toks, idx[k]) &&
                !(perfect_aux(r, &toks[idx[k]]) && !verb_after(r, toks, nt, idx[k])) &&
                !after_passive(r, toks, idx[k]))
                return -1;
        }
        for (int k = 0; k < 2; k++)
            if (idx[k] < nt && toks[idx[k]].sentence == m->sentence &&
                past_form(r, text, &toks[idx[k]]) && !after_passive(r, toks, idx[k]))
                return -1;
    }
    return 0;
}

/* Whether the nearest verb or auxiliary left of match m in its sentence (up to a punctuation
 * mark other than a comma) is a past form ("Der Gipfel war für ...") */
static bool left_past(const time_rules *r, const char *text, const ttok *toks, const time_match *m)
{
    for (size_t i = m->tb; i-- > 0 && toks[i].sentence == m->sentence;) {
        if (toks[i].pos == UPOS_PUNCT && text[toks[i].start] != ',') return false;
        if (toks[i].pos == UPOS_VERB || toks[i].pos == UPOS_AUX)
            return time_in_list(toks[i].w, r->list_past, NULL) || past_form(r, text, &toks[i]);
    }
    return false;
}

/* Whether a verb of tense_past closes the clause that runs from token j: the participle of a
 * perfect with "sein" ("Der Kanzler ist im Juni nach Kiew gereist"), up to a punctuation mark. */
static bool closing_past(const time_rules *r, const ttok *toks, size_t nt, size_t j, size_t sent)
{
    enum { REACH = 12 };
    for (size_t k = j; k < nt && k < j + REACH && toks[k].sentence == sent; k++) {
        if (toks[k].pos == UPOS_PUNCT) return false;
        if ((toks[k].pos == UPOS_VERB || toks[k].pos == UPOS_AUX) &&
            time_in_list(toks[k].w, r->list_past, NULL))
            return true;
    }
    return false;
}

/* Whether a verb or auxiliary follows token v in its clause (up to a punctuation mark): the
 * participle a perfect's auxiliary needs ("haben ... Ferien" has none: the full verb's present;
 * nor has "hat ... geöffnet", whose participle of tense_attr "state" names a state) */
static bool verb_after(const time_rules *r, const ttok *toks, size_t nt, size_t v)
{
    for (size_t k = v + 1; k < nt && toks[k].sentence == toks[v].sentence; k++) {
        if (toks[k].pos == UPOS_PUNCT) return false;
        const char *a = NULL;
        if (toks[k].w && time_in_list(toks[k].w, r->list_attr, &a) && a && strcmp(a, "state") == 0)
            continue;
        if (toks[k].pos == UPOS_VERB || toks[k].pos == UPOS_AUX) return true;
    }
    return false;
}

/* Whether t is a past word only as a perfect's auxiliary in the present (tense_attr "perfect":
 * "haben", "hat") */
static bool perfect_aux(const time_rules *r, const ttok *t)
{
    const char *pa = NULL;
    return t->w && time_in_list(t->w, r->list_attr, &pa) && pa && strcmp(pa, "perfect") == 0;
}

/* The tense of the main clause after an expression that opens its sentence ("In January, a
 * week after the ruling, a bomb killed a guard", "On Tuesday, the league plans to ..."): the
 * first verb group at most REACH tokens right of it (20: one value less on TBAQ), up to a
 * punctuation mark other than a comma or an abbreviation's dot; past when it has a past form
 * (*finite_past when its first verb is one), future when it has a future marker, 0 for a verb of
 * the report or the present. */
static int opening_tense(const time_rules *r, const char *text, const ttok *toks, size_t nt,
                         const time_match *m, int hab, bool *finite_past)
{
    enum { REACH = 30 };
    size_t j = m->te;
    for (; j < nt && j < m->te + REACH && toks[j].sentence == m->sentence; j++) {
        /* a dot inside the sentence is an abbreviation's ("Ala.", "vs.") */
        if (toks[j].pos == UPOS_PUNCT && text[toks[j].start] != ',' && text[toks[j].start] != '.')
            return 0;
        if (toks[j].pos == UPOS_VERB || toks[j].pos == UPOS_AUX) break;
    }
    if (j >= nt || j >= m->te + REACH || toks[j].sentence != m->sentence) return 0;
    /* a present that is also a participle, as the finite verb right after an opening weekday
     * and before its subject ("Am Samstag empfangen die Münchner den FC"): an announced event */
    if ((hab & TENSE_WEEKDAY) && j == m->te && !(hab & TENSE_HAB) && toks[j].w &&
        time_in_list(toks[j].w, r->list_future_v2, NULL) && j + 1 < nt &&
        toks[j + 1].sentence == m->sentence && toks[j + 1].pos != UPOS_PUNCT &&
        toks[j + 1].pos != UPOS_VERB && toks[j + 1].pos != UPOS_AUX)
        return 1;
    bool past = false;
    for (size_t k = j; k < nt && toks[k].sentence == m->sentence; k++) {
        const ttok *t = &toks[k];
        if (k > j && t->pos != UPOS_VERB && t->pos != UPOS_AUX && t->pos != UPOS_PART &&
            t->pos != UPOS_ADV)
            break;
        bool f =
            future_at(r, text, toks, nt, k, hab) || (k + 1 < nt && toks[k + 1].pos == UPOS_PART &&
                                                     time_in_list(t->w, r->list_future_to, NULL));
        if (f || time_in_list(t->w, r->list_report, NULL)) {
            *finite_past = false;
            return f ? 1 : 0;
        }
        /* (a present perfect's auxiliary with no participle after it is the full verb: "An
         * Heiligabend haben die Geschäfte bis 14 Uhr offen") */
        if ((time_in_list(t->w, r->list_past, NULL) || past_form(r, text, t)) &&
            !(perfect_aux(r, t) && !verb_after(r, toks, nt, k)) && !after_passive(r, toks, k)) {
            *finite_past |= k == j;
            past = true;
        }
    }
    if (!past && toks[j].pos == UPOS_AUX && !passive_aux(r, &toks[j]) &&
        closing_past(r, toks, nt, j + 1, m->sentence))
        return *finite_past = true, -1; /* "Im Juni ist der Kanzler nach Kiew gereist" */
    return past ? -1 : 0;
}

/* Whether a past marker that opens a span ("seit", "since": span_bound and tense_past) stands
 * right before the match, also before an article ("seit dem Herbst"): the span has begun, so
 * its start is over even a month ahead ("seit Juli" in May is last July). */
static bool span_begun(const time_rules *r, const ttok *toks, const time_match *m)
{
    if (r->list_span_bound < 0 || m->tb == 0 || toks[m->tb - 1].sentence != m->sentence)
        return false;
    const ttok *t = &toks[m->tb - 1];
    if (t->pos == UPOS_DET && m->tb > 1 && toks[m->tb - 2].sentence == m->sentence) t--;
    return t->w && time_in_list(t->w, r->list_span_bound, NULL) &&
           time_in_list(t->w, r->list_past, NULL);
}

/* The tense of a match in a phrase on an event noun opened by a word of tense_attr "event" or
 * "event_past" ("nach", "after", "seit"), with an article and a noun before the match and no
 * verb or comma between: "Nach dem Rücktritt von Draghi im Juli wählen die Italiener ...".
 * The date is the event's, not the clause's: 0 ("event": the nearer month) or -1
 * ("event_past"); 2 when the match is in no such phrase. */
static int event_tense(const time_rules *r, const ttok *toks, const time_match *m)
{
    enum { REACH = 8 };
    for (size_t k = m->tb; k > 0 && k + REACH > m->tb && toks[k - 1].sentence == m->sentence; k--) {
        const ttok *t = &toks[k - 1];
        if (t->pos == UPOS_VERB || t->pos == UPOS_AUX || t->pos == UPOS_PUNCT) return 2;
        const char *a = NULL;
        if (t->w && time_in_list(t->w, r->list_attr, &a) && a && strncmp(a, "event", 5) == 0 &&
            k + 2 < m->tb && toks[k].pos == UPOS_DET && toks[k + 1].pos == UPOS_NOUN)
            return strcmp(a, "event_past") == 0 ? -1 : 0;
    }
    return 2;
}

/* The tense of the verb group that governs a match, or 0 when none decides it. A tense marker
 * right before the expression is its own ("since", "seit Mitte März wird gestreikt"). Right
 * after the expression a verb group ("Saturday was canceled") is its own: past when it has a past
 * form, future when it has a future marker. Else the nearest verb (VERB or AUX tag, or a past
 * form tagged as a noun after its subject: verb_at) at most twelve words left of it in its
 * sentence (glued pieces such as "$24.50" one word; past commas and an opening parenthesis),
 * with the verbs, auxiliaries, particles, adverbs
 * and future markers right before it ("were planning to drive ... on Monday", "had been due
 * to expire Friday"); a future marker between that verb and the expression counts too
 * ("resulted from the new labor pact effective June 1"). In the group the past perfect's
 * auxiliary wins ("had been scheduled to expire": the plan is over), then a future marker or
 * a word of tense_future_to before an infinitive particle ("is to resume", "set to resume",
 * "did not plan to remove": TBAQ +2 values, none lost), then a past form; a verb of the report
 * ("said the talks would resume Monday" has "would"; "said Monday" has none) or a group in the
 * present leaves the decision to local_tense. Commas do not end the search: TBAQ value F1 +0.1 over
 * stopping at them, a reach of 8 -0.1, 16 or 25 the same as 12; the present read as future
 * (scheduled events) -1.1, stopping at subordinating conjunctions flat. *finite_past: the
 * group's first verb is a past form and no word of tense_until ("until", "by") stands right
 * before the expression, so the event is over even for a month just ahead ("changed its name
 * in June"; "extended the offer to June 30" is not); with a verb of tense_defer in the group
 * the date is the coming one ("postponed the hearing until Tuesday"). An expression that opens its
 * sentence takes the main clause's tense (opening_tense). */
/* Whether a perfect infinitive closes the clause after the match: a participle and a word of
 * tense_attr "perfect" ("haben", "sein"), maybe with "zu" between, before a punctuation mark
 * ("Er soll am Montag einen Passanten angegriffen haben", "vorgeworfen, am Montag Geld
 * gestohlen zu haben"): the event is over, whatever modal governs it; not after "bis" (a
 * deadline: "Die Arbeiten sollen bis Mitte Juni abgeschlossen sein"). */
static bool perfect_infinitive(const time_rules *r, const ttok *toks, size_t nt,
                               const time_match *m)
{
    enum { REACH = 12 };
    /* not for a deadline: "bis Mitte Juni abgeschlossen sein" is a state to come */
    if (m->tb > 0 && toks[m->tb - 1].sentence == m->sentence && toks[m->tb - 1].w &&
        time_in_list(toks[m->tb - 1].w, r->list_until, NULL))
        return false;
    for (size_t k = m->te + 1; k < nt && k < m->te + REACH && toks[k].sentence == m->sentence;
         k++) {
        if (toks[k].pos == UPOS_PUNCT) return false;
        const char *a = NULL;
        if (!toks[k].w || !time_in_list(toks[k].w, r->list_attr, &a) || !a ||
            strcmp(a, "perfect") != 0)
            continue;
        size_t p = toks[k - 1].pos == UPOS_PART && k >= m->te + 2 ? k - 2 : k - 1;
        bool last =
            k + 1 >= nt || toks[k + 1].sentence != m->sentence || toks[k + 1].pos == UPOS_PUNCT;
        return last && p >= m->te && toks[p].pos == UPOS_VERB;
    }
    return false;
}

/* The tense of match m when a subordinator of tense_subclause opens its clause before it, with
 * no verb or punctuation between ("Er kündigte an, dass der Haushalt im Januar beschlossen werden
 * soll", "..., dass der Mann am Montag festgenommen wurde"): the clause is verb-final, so the
 * verbs after the date up to the clause's end are its tense: +1 with a future marker, -1 with
 * a past form (*finite_past when the last of them, the finite verb, is past), 0 in the present;
 * 2 when m is in no such clause. */
static int subclause_tense(const time_rules *r, const char *text, const ttok *toks, size_t nt,
                           const time_match *m, int hab, bool *finite_past)
{
    enum { REACH = 16 };
    if (r->list_subclause < 0) return 2;
    size_t i = m->tb;
    for (;;) {
        if (i == 0 || toks[i - 1].sentence != m->sentence || m->tb - i >= REACH) return 2;
        const ttok *t = &toks[--i];
        if (time_in_list(t->w, r->list_subclause, NULL)) break;
        if (t->pos == UPOS_PUNCT || t->pos == UPOS_VERB || t->pos == UPOS_AUX) return 2;
    }
    bool future = false, past = false, last_past = false;
    for (size_t j = m->te; j < nt && j < m->te + REACH && toks[j].sentence == m->sentence; j++) {
        const ttok *t = &toks[j];
        if (t->pos == UPOS_PUNCT || time_in_list(t->w, r->list_subclause, NULL)) break;
        if (t->pos != UPOS_VERB && t->pos != UPOS_AUX) continue;
        future |= future_at(r, text, toks, nt, j, hab);
        last_past = time_in_list(t->w, r->list_past, NULL) || past_form(r, text, t);
        past |= last_past;
    }
    if (future) return 1;
    if (past) return *finite_past = last_past, -1;
    return 0;
}

/* Whether match m is in an infinitive clause after a comma that closes with a particle and a
 * verb, no other verb in it ("Er kündigte an, am Montag nach Rom zu reisen"): a plan, ahead
 * (a perfect infinitive, "gestohlen zu haben", is perfect_infinitive's) */
static bool infinitive_clause(const ttok *toks, size_t nt, const time_match *m)
{
    enum { REACH = 10 };
    size_t k = m->tb;
    for (;; k--) {
        if (k == 0 || toks[k - 1].sentence != m->sentence || m->tb - k >= REACH) return false;
        const ttok *t = &toks[k - 1];
        if (t->pos == UPOS_VERB || t->pos == UPOS_AUX || t->pos == UPOS_PART) return false;
        if (t->pos == UPOS_PUNCT) break;
    }
    size_t j = m->te;
    for (; j < nt && j < m->te + REACH && toks[j].sentence == m->sentence; j++) {
        if (toks[j].pos == UPOS_PUNCT) break;
        if (toks[j].pos == UPOS_PART && j + 1 < nt && toks[j + 1].sentence == m->sentence &&
            toks[j + 1].pos == UPOS_VERB && j > m->te &&
            (j + 2 >= nt || toks[j + 2].sentence != m->sentence || toks[j + 2].pos == UPOS_PUNCT))
            return true;
        if (toks[j].pos == UPOS_VERB || toks[j].pos == UPOS_AUX) return false;
    }
    return false;
}

/* Whether verb v, a present of tense_future_v2 that is also a participle, is the finite verb
 * after a subject that opens the sentence (article, adjectives, nouns) and no verb follows the
 * weekday match m in its clause ("Der Bürgermeister eröffnet am Samstag das Dorffest"; not
 * "... am Samstag eröffnet worden") */
static bool v2_present(const time_rules *r, const ttok *toks, size_t nt, const time_match *m,
                       size_t v, int hab)
{
    if (!(hab & TENSE_WEEKDAY) || (hab & TENSE_HAB) || !toks[v].w ||
        !time_in_list(toks[v].w, r->list_future_v2, NULL) || v == 0)
        return false;
    size_t k = v;
    for (; k > 0 && toks[k - 1].sentence == m->sentence; k--) {
        uint8_t p = toks[k - 1].pos;
        if (p != UPOS_DET && p != UPOS_ADJ && p != UPOS_NOUN && p != UPOS_PROPN) return false;
    }
    if (k == v) return false;
    for (size_t j = m->te; j < nt && toks[j].sentence == m->sentence; j++) {
        if (toks[j].pos == UPOS_PUNCT) break;
        if (toks[j].pos == UPOS_VERB || toks[j].pos == UPOS_AUX) return false;
    }
    return true;
}

static int clause_tense(const time_rules *r, const char *text, const ttok *toks, size_t nt,
                        const time_match *m, int hab, bool *finite_past)
{
    *finite_past = false;
    enum { REACH = 12, RIGHT = 4 };
    if (perfect_infinitive(r, toks, nt, m)) return *finite_past = true, -1;
    int sub = subclause_tense(r, text, toks, nt, m, hab, finite_past);
    if (sub != 2) return sub;
    if (infinitive_clause(toks, nt, m)) return 1;
    /* "der im März angekündigte Deal wird ...": a past participle right after the date
     * (tense_attr) makes it past, whatever the main clause says */
    const char *attr = NULL;
    if (m->te < nt && toks[m->te].sentence == m->sentence && toks[m->te].w &&
        time_in_list(toks[m->te].w, r->list_attr, &attr) && attr && strcmp(attr, "past") == 0) {
        *finite_past = true; /* the participle governs the date: that event is over */
        return -1;
    }
    /* "The storm, which hit on Tuesday, will ...", "The strike that began on Monday will end
     * ...": a relative pronoun (which_clause), its verb group and a preposition before the
     * date; a past verb of the group (a zero_past form too: "hit", "set") makes it past,
     * whatever the main clause says */
    if (r->list_which >= 0 && m->tb > 2 && toks[m->tb - 1].pos == UPOS_ADP) {
        size_t v = m->tb - 1;
        bool past = false; /* the group's first verb, the finite one ("which is expected": no) */
        while (v > 0 && toks[v - 1].sentence == m->sentence && m->tb - v <= 4 &&
               (toks[v - 1].pos == UPOS_VERB || toks[v - 1].pos == UPOS_AUX ||
                toks[v - 1].pos == UPOS_ADV)) {
            const ttok *t = &toks[--v];
            if (t->pos != UPOS_ADV)
                past = t->w && (time_in_list(t->w, r->list_past, NULL) || past_form(r, text, t) ||
                                time_in_list(t->w, r->list_zero_past, NULL));
        }
        if (past && v + 1 < m->tb && v > 0 && toks[v - 1].sentence == m->sentence &&
            toks[v - 1].w && time_in_list(toks[v - 1].w, r->list_which, NULL))
            return *finite_past = true, -1;
    }
    /* a past participle between a noun and the date modifies the noun ("Results for the
     * quarter ended March 31 will be released"): past, whatever the clause says */
    if (m->tb > 1 && toks[m->tb - 2].sentence == m->sentence && toks[m->tb - 2].pos == UPOS_NOUN &&
        toks[m->tb - 1].pos == UPOS_VERB && past_form(r, text, &toks[m->tb - 1]))
        return -1;
    /* ... also with a preposition before the date, for the participles of tense_attr
     * "participle" ("its record high set on Aug. 6", "photos taken on Monday"); not a plan
     * ("the vote scheduled on Friday"), not a target or an interval's end ("set for Friday",
     * "extended to May 1") */
    if (m->tb > 2 && toks[m->tb - 3].sentence == m->sentence &&
        (toks[m->tb - 3].pos == UPOS_NOUN || toks[m->tb - 3].pos == UPOS_ADJ) &&
        toks[m->tb - 1].pos == UPOS_ADP && toks[m->tb - 1].w && toks[m->tb - 2].w) {
        const ttok *pp = &toks[m->tb - 2], *pr = &toks[m->tb - 1];
        const char *pa = NULL, *ra = NULL;
        /* (only listed ones, whatever their tag: "The company announced in March" is a finite
         * verb, and the tagger reads "high set" as adjective and noun) */
        bool part = time_in_list(pp->w, r->list_attr, &pa) && pa && strcmp(pa, "participle") == 0;
        if (part && !time_in_list(pp->w, r->list_future, NULL) &&
            !time_in_list(pr->w, r->list_until, NULL) && !time_in_list(pr->w, r->list_attr, &ra))
            return *finite_past = true, -1;
    }
    if (m->tb > 0 && toks[m->tb - 1].sentence == m->sentence) {
        const ttok *t = &toks[m->tb - 1];
        if (future_at(r, text, toks, nt, m->tb - 1, hab)) return 1;
        if (span_begun(r, toks, m)) return *finite_past = true, -1;
        if (time_in_list(t->w, r->list_past, NULL)) return -1;
    }
    if (m->te < nt && toks[m->te].sentence == m->sentence &&
        (toks[m->te].pos == UPOS_VERB || toks[m->te].pos == UPOS_AUX)) {
        int past = 0, future = 0;
        bool aux = false, passive = passive_aux(r, &toks[m->te]);
        size_t j = m->te;
        for (; j < nt && j < m->te + RIGHT && toks[j].sentence == m->sentence; j++) {
            const ttok *t = &toks[j];
            if (j > m->te && t->pos != UPOS_VERB && t->pos != UPOS_AUX && t->pos != UPOS_PART &&
                t->pos != UPOS_ADV)
                break;
            aux |= t->pos == UPOS_AUX;
            if (future_at(r, text, toks, nt, j, hab)) {
                future = 1;
                break;
            }
            if (time_in_list(t->w, r->list_report, NULL)) return 0;
            if (!passive && (time_in_list(t->w, r->list_past, NULL) || past_form(r, text, t)))
                past = j == m->te ? 2 : 1;
        }
        /* a verb group closing the clause after the date is a participle, not the finite verb
         * ("Der Gipfel war für den 20. April geplant", "wurde für den 20. Juni angekündigt") */
        bool closes =
            !future && (j >= nt || toks[j].sentence != m->sentence || toks[j].pos == UPOS_PUNCT);
        for (size_t k = j; future && k < nt && toks[k].sentence == m->sentence; k++) {
            if (toks[k].pos == UPOS_PUNCT) closes = true;
            if (toks[k].pos != UPOS_VERB && toks[k].pos != UPOS_AUX && toks[k].pos != UPOS_PART &&
                toks[k].pos != UPOS_ADV)
                break;
        }
        /* a planned date told in the past stays unmoved ("war für den 20. April geplant") */
        if (future && closes && m->tb > 1 && left_past(r, text, toks, m)) return -1;
        if (future) return 1;
        /* a finite past verb right after the date governs it ("Im Juli wurde das Gesetz
         * beschlossen", "Am 20. Juni traf sich der Ausschuss"): over even a month ahead,
         * unless the date ends an interval ("Bis Juni wurde verlängert") */
        /* "bis (zum)", or a target ("für (den)": tense_attr "target") right before the date */
        bool until = false;
        for (size_t k = m->tb; k > 0 && k + 2 >= m->tb && toks[k - 1].sentence == m->sentence;
             k--) {
            const char *a = NULL;
            until |=
                time_in_list(toks[k - 1].w, r->list_until, NULL) ||
                (time_in_list(toks[k - 1].w, r->list_attr, &a) && a && strcmp(a, "target") == 0);
        }
        /* a participle alone closing the clause is governed by the verb before the date ("Der
         * Haushalt wird im Dezember beschlossen"): that verb decides (the scan below); not after
         * a target ("wurde für den 20. Juni angekündigt": the plan told in the past) */
        if (past && closes && !aux && !until && m->tb > 0 &&
            toks[m->tb - 1].sentence == m->sentence)
            past = 0;
        *finite_past = past == 2 && !until;
        if (past) return -1;
    }
    size_t i = m->tb, v = SIZE_MAX;
    bool opens = true; /* only prepositions and determiners before it in its sentence */
    for (size_t j = m->tb; opens && j > 0 && toks[j - 1].sentence == m->sentence; j--)
        if (toks[j - 1].pos != UPOS_ADP && toks[j - 1].pos != UPOS_DET) opens = false;
    if (opens) return opening_tense(r, text, toks, nt, m, hab, finite_past);
    /* the reach counts words: the pieces of "$24.50" glued to each other count once */
    for (size_t words = 0; i > 0 && words < REACH;) {
        const ttok *t = &toks[--i];
        if (!(t->flags & TT_GLUED)) words++;
        if (t->sentence != m->sentence) return 0;
        if (t->pos == UPOS_PUNCT && text[t->start] != ',' && text[t->start] != '(') return 0;
        if (future_at(r, text, toks, nt, i, hab)) return 1;
        /* an adjective of a chance to come right before the date's preposition ("were likely
         * in September") */
        if (i + 3 >= m->tb && toks[i].w && time_in_list(toks[i].w, r->list_future_adj, NULL)) {
            bool near = true;
            for (size_t k = i + 1; k < m->tb; k++)
                near &= toks[k].pos == UPOS_ADP || toks[k].pos == UPOS_DET;
            if (near) return 1;
        }
        /* a word of tense_future_to before a target ("is set for Saturday": tense_attr
         * "target") is a plan, as before an infinitive particle */
        const char *ta = NULL;
        if (i + 1 < m->tb && time_in_list(t->w, r->list_future_to, NULL) && toks[i + 1].w &&
            time_in_list(toks[i + 1].w, r->list_attr, &ta) && ta && strcmp(ta, "target") == 0)
            return 1;
        if (verb_at(r, toks, i)) {
            /* "will be held as scheduled on Sunday": the verb governing the date is before the
             * phrase of manner */
            const char *fv = NULL;
            size_t ms =
                time_in_list(t->w, r->list_future, &fv) ? manner_start(toks, i, fv) : SIZE_MAX;
            if (ms != SIZE_MAX) {
                i = ms;
                continue;
            }
            v = i;
            break;
        }
    }
    if (v == SIZE_MAX) return 0;
    bool past = false, future = false, perfect = false, defer = false, order = false;
    bool aux_only = true; /* every past word of the group is a perfect's auxiliary */
    size_t first = v;     /* the group's first verb or auxiliary: its finite form */
    size_t lo = v;        /* the group's leftmost token */
    for (size_t j = v + 1; j-- > 0;) {
        const ttok *t = &toks[j];
        if (t->sentence != m->sentence) break;
        bool f = future_at(r, text, toks, nt, j, hab);
        bool to = j < v && toks[j + 1].pos == UPOS_PART &&
                  time_in_list(t->w, r->list_future_to, NULL); /* "set" is an ADJ in UD */
        if (j < v && !f && !to && t->pos != UPOS_VERB && t->pos != UPOS_AUX &&
            t->pos != UPOS_PART && t->pos != UPOS_ADV)
            break;
        /* (a verb of the report before an infinitive that is also of tense_defer orders: "were
         * told to leave by Thursday") */
        if (time_in_list(t->w, r->list_report, NULL) &&
            !(j < v && time_in_list(t->w, r->list_defer, NULL)))
            return 0;
        future |= f || to;
        perfect |= time_in_list(t->w, r->list_perfect, NULL);
        defer |= time_in_list(t->w, r->list_defer, NULL);
        bool pw = time_in_list(t->w, r->list_past, NULL) || past_form(r, text, t);
        if (pw && !perfect_aux(r, t)) aux_only = false;
        past |= pw;
        if (t->pos == UPOS_VERB || t->pos == UPOS_AUX) first = j;
        lo = j;
    }
    /* a past only from the perfect's auxiliary in the present ("haben", tense_attr "perfect")
     * with no participle after it in the clause is the full verb's present: "Die Schüler
     * haben ab dem 6. Juni Ferien" */
    if (past && aux_only && !verb_after(r, toks, nt, v)) past = false;
    /* a present passive ("is held", "are presented") is no past: its participle is no event
     * over */
    if (past && !perfect && first < v && passive_aux(r, &toks[first])) past = false;
    /* a passive infinitive after a noun or a comma, no finite verb governing it, is a plan:
     * "The report, to be published Thursday, ..." (not "was the first to be arrested") */
    if (lo + 2 <= v && toks[lo].pos == UPOS_PART && toks[lo].end - toks[lo].start == 2 &&
        memcmp(text + toks[lo].start, "to", 2) == 0 && toks[lo + 1].end - toks[lo + 1].start == 2 &&
        memcmp(text + toks[lo + 1].start, "be", 2) == 0 && lo > 0 &&
        toks[lo - 1].sentence == m->sentence &&
        (toks[lo - 1].pos == UPOS_NOUN || toks[lo - 1].pos == UPOS_PROPN ||
         (toks[lo - 1].pos == UPOS_PUNCT && text[toks[lo - 1].start] == ',')))
        return 1;
    /* an infinitive after the object of a verb of ordering (tense_defer): "ordered the company
     * to pay by Friday", "told residents to leave by Thursday" */
    if (!defer && lo > 1 && toks[lo].pos == UPOS_PART && toks[lo].end - toks[lo].start == 2 &&
        memcmp(text + toks[lo].start, "to", 2) == 0) {
        size_t k = lo;
        while (k > 0 && lo - k < 3 && toks[k - 1].sentence == m->sentence &&
               (toks[k - 1].pos == UPOS_DET || toks[k - 1].pos == UPOS_NOUN ||
                toks[k - 1].pos == UPOS_PROPN || toks[k - 1].pos == UPOS_PRON))
            k--;
        defer = k < lo && k > 0 && toks[k - 1].sentence == m->sentence &&
                toks[k - 1].pos == UPOS_VERB && time_in_list(toks[k - 1].w, r->list_defer, NULL);
        /* (only a verb of ordering, valued "order": "extended its offer to acquire it Friday"
         * is over, TBAQ) */
        const char *dv = NULL;
        order = defer && time_in_list(toks[k - 1].w, r->list_defer, &dv) && dv &&
                strcmp(dv, "order") == 0;
    }
    const ttok *f = &toks[first];
    bool until = false, comma = false;
    for (size_t j = m->tb; j > v + 1 && j + 2 >= m->tb;)
        until |= time_in_list(toks[--j].w, r->list_until, NULL);
    /* a comma between them: the date may be a later clause's ("kündigte an, das Thema am 11.
     * April erneut auf die Tagesordnung zu setzen") */
    for (size_t j = v + 1; j < m->tb; j++)
        comma |= toks[j].pos == UPOS_PUNCT;
    /* "postponed until Tuesday", "moved to the Thursday": the word of tense_until right before
     * the date or its article (not "moved to Boston on Thursday") */
    size_t ut = m->tb - 1;
    if (ut > v + 1 && toks[ut].pos == UPOS_DET) ut--;
    if (until && defer && !perfect && time_in_list(toks[ut].w, r->list_until, NULL)) return 1;
    /* ... and the infinitive of an order governs its date without "by" too: "told residents to
     * leave on Thursday" (was last Thursday) */
    if (order && !perfect && !comma) return 1;
    /* a present finite auxiliary before a participle and the end of an interval: a state that
     * lasts till then ("Schools are closed until Thursday", "has been closed until March"), so
     * the end lies ahead (the participle's past form nearby would make it past) */
    if (until && !perfect && !future && f->pos == UPOS_AUX && first != v &&
        !time_in_list(f->w, r->list_past, NULL) && !past_form(r, text, f))
        return 1;
    /* "Der Kanzler ist im Juni nach Kiew gereist": a perfect with "sein" */
    if (!past && !future && f->pos == UPOS_AUX && !passive_aux(r, f) && !until && !comma &&
        closing_past(r, toks, nt, m->te, m->sentence))
        return *finite_past = true, -1;
    *finite_past = !perfect && !future && past && !until && !comma &&
                   !(first > 0 && toks[first - 1].pos == UPOS_PART) &&
                   (time_in_list(f->w, r->list_past, NULL) || past_form(r, text, f));
    if (!perfect && !future && !past && first == v && v2_present(r, toks, nt, m, v, hab)) return 1;
    return perfect ? -1 : future ? 1 : past ? -1 : 0;
}

/* Whether match m is a section's date: a full date (year, month and day written) alone on its
 * line ("24. Februar 2022" over what happened that day, in a chronology or a diary) */
static bool own_line(const document *doc, const time_match *m);

static bool section_date(const document *doc, const time_match *m)
{
    const time_val *v = &m->v;
    if (v->type != TIMEX_DATE || v->year == TIME_NO_VAL || v->month == TIME_NO_VAL ||
        v->day == TIME_NO_VAL || v->has_off)
        return false;
    return own_line(doc, m);
}

/* Whether match m is all of its sentence, and that sentence all of its line (but for a
 * closing dot or colon) */
static bool own_line(const document *doc, const time_match *m)
{
    const sentence *s = &doc->sentences[m->sentence];
    const char *x = doc->text;
    uint32_t e = m->end;
    while (e < s->end && (x[e] == '.' || x[e] == ':' || x[e] == ' '))
        e++;
    return m->start == s->start && e == s->end && (s->start == 0 || x[s->start - 1] == '\n') &&
           (s->end >= doc->len || x[s->end] == '\n' || x[s->end] == '\r');
}

/* Whether match m may stand where it is: a rule with the key ownline ("08:40" alone, a live
 * blog's time stamp) only when the match is all of its line ("2:1", "kam 08:40 an" are none) */
static bool ownline_ok(const document *doc, const time_match *m)
{
    const time_rule *ru = m->rule;
    for (int k = 0; ru && k < ru->nassign; k++)
        if (ru->assign[k].key == TK_OWNLINE) return own_line(doc, m);
    return true;
}

/* Whether match m of a rule with the key yearplan ("bis 2025 Stellen streichen": four digits
 * after "bis" before a count noun) is a year: not a round hundred ("bis 2000 Besucher", "ab
 * 1500 Euro" are counts) and, as a target, at most a year before and 30 after the reference
 * year ("bis 1850 Meter" is a count); without a reference date it stays a count. */
static bool plan_year(const time_match *m, const time_anchor *an)
{
    const time_rule *ru = m->rule;
    bool plan = false;
    for (int k = 0; ru && k < ru->nassign; k++)
        plan |= ru->assign[k].key == TK_YEARPLAN;
    if (!plan) return true;
    int y = m->v.year;
    return an->has_ref && y != TIME_NO_VAL && y % 100 != 0 && y >= an->ref.year - 1 &&
           y <= an->ref.year + 30;
}

/* Whether match m is four digits alone before an attributive adjective and a count noun
 * (yearblock_next): a count, not a year ("1400 hessischen Truppen", "2000 neue Wohnungen"),
 * unless a preposition or noun before it makes it a year ("seit 1990 deutsche Truppen", "Ende
 * 2021 neue Stellen"). */
static bool count_year(const time_rules *r, const ttok *toks, size_t nt, const time_match *m)
{
    if (r->list_yearblock_next < 0 || m->te != m->tb + 1 || m->te + 1 >= nt) return false;
    const ttok *t = &toks[m->tb], *a = &toks[m->te], *n = &toks[m->te + 1];
    if (!(t->flags & TT_NUM) || t->ndigits != 4 || m->v.type != TIMEX_DATE) return false;
    /* (a participle the tagger calls a verb only after an article: "Die 1500 bewaffneten
     * Soldaten"; "1945 kamen Soldaten" is a year) */
    bool det =
        m->tb > 0 && toks[m->tb - 1].sentence == m->sentence && toks[m->tb - 1].pos == UPOS_DET;
    if (a->sentence != m->sentence || n->sentence != m->sentence ||
        !(a->pos == UPOS_ADJ || (det && a->pos == UPOS_VERB && !(a->flags & TT_CAP))) ||
        (a->flags & TT_GLUED) || !n->w || !time_in_list(n->w, r->list_yearblock_next, NULL))
        return false;
    if (m->tb > 0 && toks[m->tb - 1].sentence == m->sentence) {
        uint8_t p = toks[m->tb - 1].pos;
        if (p == UPOS_ADP || p == UPOS_NOUN || p == UPOS_PROPN) return false;
    }
    return true;
}

/* Whether match m is a half without a year ("the first half", "second-half") in a sentence
 * with a word of a match report near it (sport_context: "Silva scored twice in the first
 * half"): the match's half, no date. */
static bool match_half(const time_rules *r, const ttok *toks, size_t nt, const time_match *m)
{
    if (r->list_sport_context < 0 || m->v.half == TIME_NO_VAL || m->v.year != TIME_NO_VAL)
        return false;
    enum { REACH = 40 }; /* tokens either side: a bound on text without sentence ends */
    size_t a = m->tb, b = m->te;
    while (a > 0 && m->tb - a < REACH && toks[a - 1].sentence == m->sentence)
        a--;
    while (b < nt && b - m->te < REACH && toks[b].sentence == m->sentence)
        b++;
    for (size_t k = a; k < b; k++)
        if (toks[k].w && time_in_list(toks[k].w, r->list_sport_context, NULL)) return true;
    return false;
}

/* Whether v is a bare weekday, maybe with a part of the day ("Montagmorgen", "Friday night"):
 * no date, clock time, offset, direction or year of its own. */
static bool plain_weekday(const time_val *v)
{
    return (v->type == TIMEX_DATE || (v->type == TIMEX_TIME && v->hour == TIME_NO_VAL)) &&
           v->weekday != TIME_NO_VAL && v->day == TIME_NO_VAL && v->year == TIME_NO_VAL &&
           !v->has_off && v->dir == 0;
}

/* 1 when match m is a bare weekday whose own clause puts it ahead, else 0. */
static int weekday_ahead(const time_rules *r, const char *text, const ttok *toks, size_t nt,
                         const time_match *m, int hab)
{
    if (!plain_weekday(&m->v)) return 0;
    bool fp;
    int t = clause_tense(r, text, toks, nt, m, hab, &fp);
    if (!t) t = local_tense(r, text, toks, nt, m, hab);
    return t > 0;
}

/* Whether match m is a date with a month but no year of its own right after a range_end word
 * (maybe with a contracted article: "bis zum 6. Jänner") and a date with a month but no year
 * came before it in its sentence: the end of that range ("vom 24. Dezember bis 6. Jänner",
 * "öffnet am 25. November und dauert bis zum 6. Jänner"). */
static bool range_end(const time_rules *r, const ttok *toks, const time_match *m, size_t i)
{
    const time_val *v = &m[i].v;
    if (r->list_range_end < 0 || i == 0 || m[i - 1].sentence != m[i].sentence ||
        v->type != TIMEX_DATE || v->month == TIME_NO_VAL || v->year != TIME_NO_VAL || v->has_off ||
        v->dir != 0 || m[i].tb == 0)
        return false;
    const time_val *p = &m[i - 1].v;
    if (p->type != TIMEX_DATE || p->month == TIME_NO_VAL || p->year != TIME_NO_VAL || p->has_off ||
        p->dir != 0)
        return false;
    size_t b = m[i].tb - 1;
    if (toks[b].sentence != m[i].sentence) return false;
    if (toks[b].w && time_in_list(toks[b].w, r->list_range_end, NULL)) return true;
    /* (the tagger may call the contracted "zum" an adverb) */
    return b > 0 &&
           (toks[b].pos == UPOS_DET || toks[b].pos == UPOS_ADP || toks[b].pos == UPOS_ADV) &&
           toks[b - 1].sentence == m[i].sentence && toks[b - 1].w &&
           time_in_list(toks[b - 1].w, r->list_range_end, NULL);
}

/* The value of x with its year moved by dy, for a "YYYY-MM..." value (range_end). */
static int range_year_shift(arena *a, timex *x, int dy)
{
    const char *v = x->value;
    if (!v || strlen(v) < 7 || v[4] != '-') return 0;
    for (int k = 0; k < 4; k++)
        if (v[k] < '0' || v[k] > '9') return 0;
    int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0') + dy;
    if (y < 1) return 0;
    size_t n = strlen(v);
    char *nv = arena_strndup(a, v, n);
    if (!nv) return -1;
    if (y > 9999) return 0;
    nv[0] = (char)('0' + y / 1000);
    nv[1] = (char)('0' + y / 100 % 10);
    nv[2] = (char)('0' + y / 10 % 10);
    nv[3] = (char)('0' + y % 10);
    x->value = nv;
    return 0;
}

/* The end x of a range (range_end) earlier than its start: a year later; but told in the past
 * (past) when that year's end lies after the reference date (ref "YYYY-MM-DD"), the start a year
 * earlier instead ("lief vom 10. Oktober bis 15. Februar", "ran from June to March" said in
 * October: the June before the March just past) */
static int range_order(arena *a, timex *x, timex *start, bool past, const char *ref)
{
    const char *v = x->value, *s = start->value;
    if (!v || !s || strlen(v) < 7 || strlen(s) < 7 || v[4] != '-' || s[4] != '-' ||
        strcmp(v, s) >= 0)
        return 0;
    if (range_year_shift(a, x, 1)) return -1;
    size_t n = strlen(x->value) < 10 ? strlen(x->value) : 10;
    if (!past || !ref || strncmp(x->value, ref, n) <= 0) return 0;
    x->value = v;
    return range_year_shift(a, start, -1);
}

/* Whether m[i] and m[i - 1] are bare weekdays (maybe with a part of the day) of one sentence
 * joined by one word, a conjunction, a preposition or a range_end word: "zwischen Freitagabend
 * und Samstagmorgen", "Nacht von Freitag auf Samstag", "on Monday and Tuesday". */
static bool weekday_pair(const time_rules *r, const ttok *toks, const time_match *m, size_t i)
{
    if (i == 0 || m[i - 1].sentence != m[i].sentence || m[i].tb != m[i - 1].te + 1) return false;
    for (size_t k = i - 1; k <= i; k++) {
        const time_val *v = &m[k].v;
        if ((v->type != TIMEX_DATE && v->type != TIMEX_TIME) || v->weekday == TIME_NO_VAL ||
            v->day != TIME_NO_VAL || v->month != TIME_NO_VAL || v->year != TIME_NO_VAL ||
            v->hour != TIME_NO_VAL || v->has_off)
            return false;
        /* (the second may be "the next such day after the first", German weekday_pair2) */
        if (k < i ? v->dir != 0 || v->anchor_prev : v->dir != 0 && !(v->dir == 1 && v->anchor_prev))
            return false;
    }
    /* a conjunction only after a preposition (or "am", which the tagger may call an article):
     * "between Friday and Saturday", not a list ("made Friday and Thursday", TBAQ) */
    const ttok *j = &toks[m[i].tb - 1];
    if (j->pos == UPOS_CCONJ)
        return m[i - 1].tb > 0 && toks[m[i - 1].tb - 1].sentence == m[i].sentence &&
               (toks[m[i - 1].tb - 1].pos == UPOS_ADP || toks[m[i - 1].tb - 1].pos == UPOS_DET);
    return j->pos == UPOS_ADP ||
           (j->w && r->list_range_end >= 0 && time_in_list(j->w, r->list_range_end, NULL));
}

/* x's "YYYY-MM-DD..." value moved by dd days (weekday_order). */
static int day_shift(arena *a, timex *x, int dd)
{
    int y, mo, d;
    if (!x->value || strlen(x->value) < 10 || x->value[4] != '-' || x->value[7] != '-' ||
        sscanf(x->value, "%4d-%2d-%2d", &y, &mo, &d) != 3 || y < 1 || y > 9998)
        return 0;
    time_civil_from_days(time_days_from_civil(y, mo, d) + dd, &y, &mo, &d);
    char *nv = arena_strndup(a, x->value, strlen(x->value));
    if (!nv) return -1;
    char head[11];
    snprintf(head, sizeof head, "%04d-%02d-%02d", y, mo, d);
    memcpy(nv, head, 10);
    x->value = nv;
    return 0;
}

/* The second weekday x of a pair (weekday_pair) is not before the first, start: a week later
 * ("kontrollierte zwischen Freitagabend und Samstagmorgen" said on a Friday was this Friday and
 * last Saturday); told in the past, a pair whose end lies after the reference day (ref, days) is
 * the week before ("In der Nacht von Freitag auf Samstag brannte eine Scheune" said on a Friday:
 * the night just over a week ago, not tonight). */
static int weekday_order(arena *a, timex *x, timex *start, bool past, int64_t ref)
{
    int y1, m1, d1, y2, m2, d2;
    if (!x->value || !start->value || strlen(x->value) < 10 || strlen(start->value) < 10 ||
        sscanf(start->value, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 ||
        sscanf(x->value, "%4d-%2d-%2d", &y2, &m2, &d2) != 3)
        return 0;
    int64_t s = time_days_from_civil(y1, m1, d1), e = time_days_from_civil(y2, m2, d2);
    int de = e < s ? 7 : 0;
    if (e + de - s > 6) return 0;
    int ds = 0;
    if (past && e + de > ref) ds = -7, de -= 7;
    if (de && day_shift(a, x, de)) return -1;
    if (ds && day_shift(a, start, ds)) return -1;
    return 0;
}

/* "am Sonntag vor Ostern", "the Friday after Thanksgiving", "das Wochenende vor Weihnachten": a
 * bare weekday (wk 1-7) or weekend (wk 8) written as px, a word of weekday_anchor (value "before"
 * or "after") at token te, maybe an article, and x, a date of a day that starts at token tb,
 * make one expression: px becomes the nearest such weekday (the weekend of the nearest Saturday)
 * strictly before or after x's day and takes in x's span, resolution and anchor. Returns 1 when
 * merged (*day: the day it names, a weekend's Saturday), 0 when not, -1 out of memory. */
static int anchored_weekday(const time_rules *r, const ttok *toks, arena *a, timex *px, int wk,
                            size_t te, const timex *x, size_t tb, int64_t *day)
{
    int y, mo, d;
    const char *rel = NULL;
    if (r->list_weekday_anchor < 0 || !wk || x->sentence != px->sentence || x->type != TIMEX_DATE ||
        !x->value || strlen(x->value) != 10 || sscanf(x->value, "%4d-%2d-%2d", &y, &mo, &d) != 3 ||
        tb <= te || tb - te > 2 || !toks[te].w ||
        !time_in_list(toks[te].w, r->list_weekday_anchor, &rel) || !rel ||
        (tb - te == 2 && toks[te + 1].pos != UPOS_DET))
        return 0;
    bool before = strcmp(rel, "before") == 0;
    int wd = time_weekday(y, mo, d), want = wk == 8 ? 6 : wk;
    int delta = before ? (wd - want + 7) % 7 : (want - wd + 7) % 7;
    if (delta == 0 || (wk == 8 && before && wd == 7)) delta += 7; /* not its own weekend */
    *day = time_days_from_civil(y, mo, d) + (before ? -delta : delta);
    time_civil_from_days(*day, &y, &mo, &d);
    char v[16];
    int iy, w = time_iso_week(y, mo, d, &iy);
    if (wk == 8)
        snprintf(v, sizeof v, "%04d-W%02d-WE", iy % 10000, w % 100);
    else
        snprintf(v, sizeof v, "%04d-%02d-%02d", y % 10000, mo % 100, d % 100);
    char *nv = arena_strndup(a, v, strlen(v));
    if (!nv) return -1;
    px->value = nv;
    px->end = x->end;
    px->resolution = x->resolution;
    px->anchor = x->anchor;
    px->granularity = wk == 8 ? "week" : "day";
    px->mod = NULL;
    return 1;
}

int time_document(const time_rules *r, document *doc, ck_error *err)
{
    doc->timexes = NULL;
    doc->ntimexes = 0;
    if (!r) return 0;
    size_t nt, nm;
    ttok *toks = time_refine(r, doc, &nt);
    if (!toks) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
    time_match *m = time_find(r, toks, nt, doc->arena, &nm);
    if (!m) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
    if (nm == 0) return 0;

    timex *out = arena_calloc(doc->arena, nm, sizeof *out);
    if (!out) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");

    time_anchor an = {0};
    an.has_ref = doc->ref != REF_NONE;
    an.ref = doc->ref_date;
    an.prev_index = -1;
    an.keep_de = r->keep_de;
    an.undated_d = r->undated_d, an.undated_w = r->undated_w, an.undated_m = r->undated_m;
    an.keep_ce = r->keep_ce;
    an.narr_next = r->narr_next, an.narr_season = r->narr_season, an.narr_clock = r->narr_clock;
    /* AFTER_SET: at most this many tokens from a set (or a time after one) to a clock time */
    enum { AFTER_SET = 2 };
    bool chain = false; /* the match before was a set or a time after one */
    /* section dates (two or more: a structure, not a stray date line): from each on, the
     * expressions that the reference date would complete take that date instead ("in der
     * Nacht" under "24. Februar 2022"), resolution previous_date */
    size_t nsections = 0;
    for (size_t i = 0; i < nm && nsections < 2; i++)
        nsections += section_date(doc, &m[i]);
    int32_t section = -1;             /* the timex of the current section's date */
    size_t run_end = 0, run_sets = 0; /* the matches of m[i]'s sentence end at run_end */
    /* the last bare weekday ahead: its sentence and its days after the reference date */
    uint32_t wd_sent = UINT32_MAX;
    int wd_delta = -1;
    int ref_wd = an.has_ref ? time_weekday(an.ref.year, an.ref.month, an.ref.day) : 0;
    /* the last bare month (no year, offset or direction) that took its year from the
     * reference date: its sentence and year * 12 + month */
    uint32_t month_sent = UINT32_MAX;
    int month_ym = 0;
    size_t last_mi = SIZE_MAX; /* the match of the last timex written */
    int last_wk = 0;           /* that timex is a bare weekday (1-7) or weekend (8) */
    size_t wk_mi = SIZE_MAX;   /* ... of match wk_mi */
    bool wd_joined = false;    /* that timex is a weekday that dated the clock time before it */
    bool moved = false;        /* that timex ends a clock range on the day after its start */
    for (size_t i = 0; i < nm; i++) {
        if (i == run_end) { /* a new sentence: its matches and how many are sets, once */
            run_sets = 0;
            for (run_end = i; run_end < nm && m[run_end].sentence == m[i].sentence; run_end++)
                run_sets += m[run_end].v.type == TIMEX_SET;
        }
        if (!plan_year(&m[i], &an) || !ownline_ok(doc, &m[i]) || count_year(r, toks, nt, &m[i]) ||
            match_half(r, toks, nt, &m[i]))
            continue;
        an.sentence = m[i].sentence;
        an.own_line = own_line(doc, &m[i]);
        an.after_set = chain && i > 0 && m[i - 1].sentence == m[i].sentence &&
                       m[i].tb - m[i - 1].te <= AFTER_SET;
        if (m[i].v.undated) an.after_set = true; /* "jeweils 20 Uhr" (undated=1) */
        chain = m[i].v.type == TIMEX_SET || (an.after_set && m[i].v.type == TIMEX_TIME);
        /* a set in the sentence makes its present habitual ("meets annually in March") */
        /* another one is a set */
        int hab = run_sets > (m[i].v.type == TIMEX_SET ? 1u : 0u) ? TENSE_HAB : 0;
        /* (a clock time with a weekday of its own counts too: "reopens from 8 a.m. to noon on
         * Tuesday" dates the start as the weekday) */
        const time_val *cv = &m[i].v;
        if (plain_weekday(cv) ||
            (cv->type == TIMEX_TIME && cv->hour != TIME_NO_VAL && cv->weekday != TIME_NO_VAL &&
             cv->day == TIME_NO_VAL && cv->year == TIME_NO_VAL && !cv->has_off && cv->dir == 0))
            hab |= TENSE_WEEKDAY;
        an.attributive = (m[i].te < nt && toks[m[i].te].pos == UPOS_ADJ) ||
                         (m[i].tb > 0 && r->list_span_bound >= 0 && toks[m[i].tb - 1].w &&
                          time_in_list(toks[m[i].tb - 1].w, r->list_span_bound, NULL));
        /* a weekday right after the clock time it dates ("by 6 p.m. on Thursday"; the time took
         * it by a look-ahead) reads its tense from the start of the two ("by" is the deadline's) */
        time_match tm = m[i];
        bool dates_clock = last_mi == i - 1 && i > 0 && m[i - 1].sentence == m[i].sentence &&
                           m[i - 1].v.type == TIMEX_TIME && m[i - 1].v.hour != TIME_NO_VAL &&
                           m[i - 1].v.weekday == m[i].v.weekday && m[i].v.type == TIMEX_DATE &&
                           plain_weekday(&m[i].v) && m[i].tb == m[i - 1].te + 1;
        if (dates_clock) tm.tb = m[i - 1].tb;
        an.tense = clause_tense(r, doc->text, toks, nt, &tm, hab, &an.finite_past);
        /* (no past verb before it in the sentence: "made it difficult for Sun to meet demand
         * well into the summer", TBAQ, reads "meet" as an announced event) */
        an.clause_future = an.tense > 0;
        bool fut_seen =
            false; /* a future marker between: "met ... and will meet" is a new clause */
        for (size_t j = m[i].tb;
             an.clause_future && j-- > 0 && toks[j].sentence == m[i].sentence;) {
            if (fut_seen && toks[j].pos == UPOS_CCONJ) break;
            if ((toks[j].pos == UPOS_VERB || toks[j].pos == UPOS_AUX) && toks[j].w &&
                time_in_list(toks[j].w, r->list_future, NULL))
                fut_seen = true;
            if ((toks[j].pos == UPOS_VERB || toks[j].pos == UPOS_AUX) && toks[j].w &&
                (time_in_list(toks[j].w, r->list_past, NULL) || past_form(r, doc->text, &toks[j])))
                an.clause_future = false;
        }
        if (!an.tense) an.tense = local_tense(r, doc->text, toks, nt, &tm, hab);
        an.span_begun = span_begun(r, toks, &m[i]);
        /* not a weekday after "nach": without tense it would go back ("Nach dem Spiel am
         * Samstag wird der Trainer entlassen" is the coming one) */
        int et = event_tense(r, toks, &m[i]);
        if (et != 2 && (et < 0 || m[i].v.weekday == TIME_NO_VAL))
            an.tense = et, an.finite_past = false;
        /* "Der Streik dauert bis Donnerstag", "closed until March": a weekday or month right
         * after the end of an interval (tense_until) after a verb, adverb or adjective, in a
         * clause neither past nor future, lies ahead; not the end of a range ("vom 26. bis 28.
         * Juni", "Monday to Friday"), not after a noun ("in contrast to Thursday") */
        const time_val *mv = &m[i].v;
        /* also two such words ("bis einschließlich Freitag"; not an article between: "by the
         * Tuesday" in TBAQ is the one before) */
        size_t ub = m[i].tb;
        if (ub > 1 && toks[ub - 2].sentence == m[i].sentence && toks[ub - 2].w && toks[ub - 1].w &&
            time_in_list(toks[ub - 1].w, r->list_until, NULL) &&
            time_in_list(toks[ub - 2].w, r->list_until, NULL))
            ub--;
        int before = ub > 1 ? toks[ub - 2].pos : 0;
        /* or opening the sentence: "Bis Mittwoch bleibt es trocken" */
        bool opens = ub == 1 || (ub > 1 && toks[ub - 2].sentence != m[i].sentence);
        /* or after a noun in a sentence without a verb: a deadline ("Anmeldung bis Montag.") */
        bool verbless = false;
        if (!an.tense && !opens && ub > 1 && before == UPOS_NOUN) {
            verbless = true;
            for (size_t k = ub - 1; k-- > 0 && toks[k].sentence == m[i].sentence && verbless;)
                verbless = toks[k].pos != UPOS_VERB && toks[k].pos != UPOS_AUX;
            for (size_t k = m[i].te; k < nt && toks[k].sentence == m[i].sentence && verbless; k++)
                verbless = toks[k].pos != UPOS_VERB && toks[k].pos != UPOS_AUX;
        }
        /* (after a noun too when the word is only an interval's end: "strict", "remains in
         * effect until Saturday") */
        const char *uv = NULL;
        bool strict = ub > 0 && toks[ub - 1].w &&
                      time_in_list(toks[ub - 1].w, r->list_until, &uv) && uv &&
                      strcmp(uv, "strict") == 0;
        if (!an.tense && ub > 0 &&
            (opens || verbless ||
             (toks[ub - 2].sentence == m[i].sentence &&
              (before == UPOS_VERB || before == UPOS_AUX || before == UPOS_ADV ||
               before == UPOS_ADJ || (strict && (before == UPOS_NOUN || before == UPOS_PROPN))))) &&
            toks[ub - 1].w && time_in_list(toks[ub - 1].w, r->list_until, NULL) &&
            mv->year == TIME_NO_VAL && !mv->has_off &&
            (mv->weekday != TIME_NO_VAL || mv->month != TIME_NO_VAL || mv->has_easter) &&
            !(i > 0 && m[i - 1].sentence == m[i].sentence && m[i].tb - m[i - 1].te <= 2))
            an.tense = 1; /* (a movable feast too: "Bis Ostern bleibt das Museum geschlossen") */
        /* the start of a span (span_bound, neither past nor an interval's end: "ab"), maybe
         * with an article, in a clause neither past nor future: a weekday lies ahead, a month
         * still to come this year is not last year's ("Ab dem 15. Dezember steigen die Preise";
         * "ab dem 1. März gilt" in May stays the nearer March) */
        if (!an.tense && an.has_ref && r->list_span_bound >= 0 && m[i].tb > 0 &&
            mv->year == TIME_NO_VAL && !mv->has_off && mv->dir == 0 &&
            (mv->weekday != TIME_NO_VAL ||
             (mv->month != TIME_NO_VAL &&
              (mv->month > an.ref.month ||
               (mv->month == an.ref.month && mv->day != TIME_NO_VAL && mv->day > an.ref.day))))) {
            size_t fb = m[i].tb - 1;
            if (toks[fb].pos == UPOS_DET && fb > 0) fb--;
            const ttok *ft = &toks[fb];
            if (ft->sentence == m[i].sentence && ft->w &&
                time_in_list(ft->w, r->list_span_bound, NULL) &&
                !time_in_list(ft->w, r->list_past, NULL) &&
                !time_in_list(ft->w, r->list_until, NULL))
                an.tense = 1;
        }
        /* the end of an interval on the reference date's weekday is a week on: "Die Arbeiten
         * dauern bis Freitag" on a Friday ("bis heute" would name today) */
        if (an.tense > 0 && an.has_ref && mv->weekday != TIME_NO_VAL && mv->dir == 0 &&
            !mv->has_off && mv->day == TIME_NO_VAL && ub > 0 &&
            toks[ub - 1].sentence == m[i].sentence && toks[ub - 1].w &&
            time_in_list(toks[ub - 1].w, r->list_until, NULL) &&
            mv->weekday == time_weekday(an.ref.year, an.ref.month, an.ref.day))
            m[i].v.dir = 1;
        /* a schedule: a weekday without tense in a sentence whose other weekday lies ahead
         * ("Deutschland empfängt am Freitag die Dänen, am Sonntag folgt die Partie gegen
         * Österreich"): ahead too */
        if (!an.tense && plain_weekday(mv)) {
            for (size_t k = i; k-- > 0 && m[k].sentence == m[i].sentence && !an.tense;)
                an.tense = weekday_ahead(r, doc->text, toks, nt, &m[k], hab | TENSE_WEEKDAY);
            for (size_t k = i + 1; k < nm && m[k].sentence == m[i].sentence && !an.tense; k++)
                an.tense = weekday_ahead(r, doc->text, toks, nt, &m[k], hab | TENSE_WEEKDAY);
            /* ... or right after a sentence with a bare weekday ahead, when it is the first
             * match of its own ("Game 1 is on Tuesday. Game 2 is Thursday.") */
            if (!an.tense && wd_sent != UINT32_MAX && wd_sent + 1 == m[i].sentence &&
                (i == 0 || m[i - 1].sentence != m[i].sentence))
                an.tense = 1;
        }
        /* an event listing: a bare weekday with a clock time in a sentence without a verb
         * ("Vortrag am Dienstag um 19.30 Uhr im Pfarrsaal.") lies ahead; a copula in the
         * present is no verb there ("Vernissage ist am Donnerstag um 19 Uhr") */
        if (!an.tense && plain_weekday(mv) && i + 1 < nm && m[i + 1].sentence == m[i].sentence &&
            m[i + 1].v.type == TIMEX_TIME && m[i + 1].v.hour != TIME_NO_VAL) {
            bool verb = false;
            for (size_t k = m[i].tb; k-- > 0 && toks[k].sentence == m[i].sentence && !verb;)
                verb = toks[k].pos == UPOS_VERB ||
                       (toks[k].pos == UPOS_AUX && (time_in_list(toks[k].w, r->list_past, NULL) ||
                                                    past_form(r, doc->text, &toks[k])));
            for (size_t k = m[i].te; k < nt && toks[k].sentence == m[i].sentence && !verb; k++)
                verb = toks[k].pos == UPOS_VERB || toks[k].pos == UPOS_AUX;
            if (!verb) an.tense = 1;
        }
        /* in a schedule a weekday ahead after another comes after it ("Am Montag ist die
         * Abstimmung, am Freitag wird das Ergebnis verkündet" on a Friday: the next Friday) */
        if (an.tense > 0 && an.has_ref && plain_weekday(&m[i].v) && mv->weekday >= 1 &&
            mv->weekday <= 7) {
            int delta = (mv->weekday - ref_wd + 7) % 7;
            if (wd_sent == m[i].sentence && wd_delta > delta) {
                m[i].v.dir = delta == 0 ? 1 : 2;
                delta += 7;
            }
            wd_sent = m[i].sentence;
            wd_delta = delta;
        }
        const ttok *nx =
            m[i].te < nt && toks[m[i].te].sentence == m[i].sentence ? &toks[m[i].te] : NULL;
        an.past_after = an.tense < 0 && nx && (nx->pos == UPOS_VERB || nx->pos == UPOS_AUX) &&
                        (time_in_list(nx->w, r->list_past, NULL) || past_form(r, doc->text, nx));
        bool bare_month = mv->type == TIMEX_DATE && mv->month != TIME_NO_VAL &&
                          mv->year == TIME_NO_VAL && !mv->has_off && mv->dir == 0;
        an.near_ym =
            r->list_month_near >= 0 && bare_month && month_sent == m[i].sentence ? month_ym : 0;
        an.near_after = an.near_ym > 0 && m[i].tb > 0 && toks[m[i].tb - 1].w &&
                        time_in_list(toks[m[i].tb - 1].w, r->list_month_near, NULL);
        timex *x = &out[doc->ntimexes];
        x->start = m[i].start;
        x->end = m[i].end;
        x->sentence = m[i].sentence;
        int32_t prev = an.prev_index;
        an.updated = false;
        if (time_resolve(&m[i].v, &an, doc->arena, x))
            return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
        if (x->resolution == TIMEX_PREVIOUS) x->anchor = prev;
        x->tense = (int8_t)(an.tense > 0 ? 1 : an.tense < 0 ? -1 : 0);
        /* "8 p.m. on Saturday": the clock time took the weekday after it on its own (a rule's
         * look-ahead) and may have read another tense there; it is the weekday's day */
        bool joined = false;
        /* (not the end of a range moved to the day after: "till 2 a.m. on Saturday") */
        if (dates_clock && !moved && x->value && strlen(x->value) == 10) {
            timex *pt = &out[doc->ntimexes - 1];
            if (pt->value && strlen(pt->value) >= 16 && pt->value[10] == 'T') {
                joined = true;
                if (memcmp(pt->value, x->value, 10) != 0) {
                    char *nv = arena_strndup(doc->arena, pt->value, strlen(pt->value));
                    if (!nv) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
                    memcpy(nv, x->value, 10);
                    pt->value = nv;
                }
            }
        }
        /* "from 10 p.m. to 5 a.m.": a range's end earlier than its start is on the day after;
         * also when both took the weekday named after the end ("from 10 p.m. to 5 a.m. on
         * Saturday": the night from Saturday to Sunday), and after the start's weekday ("from 8
         * p.m. on Saturday till 2 a.m.") */
        bool next_day = false;
        size_t ps = wd_joined && i > 1 ? 2 : 1; /* the start: m[i - ps], out[ntimexes - ps] */
        const timex *px = doc->ntimexes >= ps ? &out[doc->ntimexes - ps] : NULL;
        if (r->list_time_range_end >= 0 && px && i >= ps && m[i - ps].sentence == m[i].sentence &&
            m[i].v.type == TIMEX_TIME && m[i - ps].v.type == TIMEX_TIME && px->value && x->value &&
            m[i].tb == m[i - 1].te + 1 && toks[m[i].tb - 1].w &&
            time_in_list(toks[m[i].tb - 1].w, r->list_time_range_end, NULL) &&
            mv->day == TIME_NO_VAL && mv->month == TIME_NO_VAL && !mv->has_off &&
            strlen(x->value) >= 16 && strlen(px->value) >= 16 && x->value[10] == 'T' &&
            px->value[10] == 'T' && memcmp(x->value, px->value, 10) == 0 &&
            memcmp(x->value + 11, px->value + 11, 5) < 0) {
            next_day = true;
            int y, mo, d;
            if (sscanf(x->value, "%4d-%2d-%2d", &y, &mo, &d) == 3 && y >= 1 && y <= 9998) {
                time_civil_from_days(time_days_from_civil(y, mo, d) + 1, &y, &mo, &d);
                char *nv = arena_strndup(doc->arena, x->value, strlen(x->value));
                if (!nv) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
                char head[11];
                snprintf(head, sizeof head, "%04d-%02d-%02d", y, mo, d);
                memcpy(nv, head, 10);
                x->value = nv;
            }
        }
        int vy = 0, vm = 0;
        if (bare_month && x->resolution == TIMEX_REFERENCE && x->value &&
            sscanf(x->value, "%4d-%2d", &vy, &vm) == 2 && vm >= 1 && vm <= 12) {
            month_sent = m[i].sentence;
            month_ym = vy * 12 + vm;
        }
        if (doc->ntimexes > 0 && range_end(r, toks, m, i) &&
            out[doc->ntimexes - 1].sentence == m[i].sentence) {
            char refs[16]; /* (only here: a formatted print per match cost 2 % of the stage) */
            snprintf(refs, sizeof refs, "%04d-%02d-%02d", an.ref.year % 10000, an.ref.month % 100,
                     an.ref.day % 100);
            if (range_order(doc->arena, x, &out[doc->ntimexes - 1], an.tense < 0,
                            an.has_ref ? refs : NULL))
                return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
        }
        if (doc->ntimexes > 0 && an.has_ref && last_mi == i - 1 &&
            out[doc->ntimexes - 1].resolution == TIMEX_REFERENCE && weekday_pair(r, toks, m, i)) {
            int64_t rd = time_days_from_civil(an.ref.year, an.ref.month, an.ref.day);
            if (weekday_order(doc->arena, x, &out[doc->ntimexes - 1], an.tense < 0, rd))
                return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
        }
        if (section >= 0 && x->resolution == TIMEX_REFERENCE) {
            x->resolution = TIMEX_PREVIOUS;
            x->anchor = section;
        }
        if (an.updated) an.prev_index = (int32_t)doc->ntimexes;
        last_mi = i;
        wd_joined = joined;
        moved = next_day;
        if (nsections >= 2 && doc->ref != REF_NONE && x->resolution == TIMEX_EXPLICIT &&
            section_date(doc, &m[i])) {
            x->section = true;
            section = (int32_t)doc->ntimexes;
            an.has_ref = true;
            an.ref = (ck_datetime){m[i].v.year, m[i].v.month, m[i].v.day, 0, 0, 0, false};
        }
        /* a weekday or weekend before "vor"/"after" and this day: one expression */
        int64_t wday = 0;
        int merged = last_wk && wk_mi + 1 == i && doc->ntimexes > 0
                         ? anchored_weekday(r, toks, doc->arena, &out[doc->ntimexes - 1], last_wk,
                                            m[i - 1].te, x, m[i].tb, &wday)
                         : 0;
        if (merged < 0) return ck_fail(err, CK_E_NOMEM, "out of memory in the time stage");
        last_wk = 0;
        wk_mi = i;
        if (mv->type == TIMEX_DATE && plain_weekday(mv) && mv->weekday >= 1 && mv->weekday <= 7)
            last_wk = mv->weekday;
        else if (mv->type == TIMEX_DATE && strcmp(mv->tod, "WE") == 0 && mv->has_off &&
                 mv->off_n == 0 && strcmp(mv->off_unit, "W") == 0 && mv->dir == 0 &&
                 mv->weekday == TIME_NO_VAL && mv->day == TIME_NO_VAL && mv->year == TIME_NO_VAL)
            last_wk = 8;
        if (merged) { /* the merged day is the narrative anchor, if this day was */
            if (an.updated) {
                int y, mo, d;
                time_civil_from_days(wday, &y, &mo, &d);
                an.prev_y = y, an.prev_m = mo, an.prev_d = d, an.prev_has_day = true;
                an.prev_index = (int32_t)doc->ntimexes - 1;
            }
            memset(x, 0, sizeof *x);
            last_wk = 0;
            continue;
        }
        doc->ntimexes++;
    }
    doc->timexes = out;
    return 0;
}
