/* eval_timeline.c — scores chronik's timeline[] as (trigger, date) pairs and their order.
 *
 * Gold comes from two sources:
 * - our articles: every .json file of tests/golden/participants with an "events" key (trigger
 *   span in code points, TIMEX3 date value; tests/golden/README.md);
 * - TimeML (--tbaq DIR, e.g. ../shared/data/tempeval3-tbaq, read at run time and never copied):
 *   the text inside <TEXT> with its EVENT and TIMEX3 tags, the DCT as reference date, and for each
 *   EVENT the TLINKs between one of its instances and a DATE TIMEX3 of the text whose value is
 *   fully specified (YYYY, YYYY-MM or YYYY-MM-DD). A link anchors the event when, read from the
 *   event's side, it is IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY or BEGUN_BY (the event starts
 *   at the date: "since"); links written from the time's side are inverted first (INCLUDES →
 *   IS_INCLUDED, BEGINS → BEGUN_BY, DURING_INV → DURING). BEFORE/AFTER, INCLUDES (the event
 *   spans more than the date), BEGINS/ENDS and ENDED_BY do not fix the event's date. An event with
 *   several anchors keeps the most specific value (the longest; the first link on ties). Links
 *   to the DCT only count with --with-dct (chronik dates events from the text's own dates).
 *
 * A predicted event's trigger span is its trigger_start/trigger_end when present, else the first
 * occurrence of its "trigger" text inside its [start, end) clause span. It matches a gold event
 * when the spans overlap and the date values are equal; each gold event is matched at most once
 * (predictions in answer order, gold in text order). Reported: precision, recall, F1 of matched
 * pairs; the same for triggers alone (dates ignored); and Kendall's tau between the answer's
 * order and the gold order (date, then text position; a year or month sorts at the start of its
 * period) over the pairs of matched events, pooled over documents: (C − D) / (C + D).
 *
 * usage: eval_timeline [--gold DIR|none] [--tbaq DIR [--skip-missing]] [--with-dct]
 *                      [--resources DIR] [--pred DIR] [--lang de|en] [--errors] [--self-test]
 *                      [--min-f1 F] [--min-tbaq-f1 F]
 * --gold none skips our articles; --tbaq is optional. --min-f1 / --min-tbaq-f1 are floors for the
 * quality suite: the (trigger, date) F1 of every gold language scored / of TBAQ must reach
 * them, else exit status 1. Exit status 0; 1 when --self-test fails or a floor is missed;
 * 2 on bad usage or unreadable input; 77 (meson's "skipped") when --skip-missing is given and
 * the --tbaq folder is not there. */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analysis/resources.h"
#include "tools/golden.h"

typedef struct pevent {
    golden_span span;
    int has_span;
    const char *date;
} pevent;

typedef struct tl_counts {
    double tp, pred, gold, trig_tp;
    double concordant, discordant;
    double docs;
} tl_counts;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "eval_timeline: out of memory\n");
        exit(2);
    }
    return p;
}

/* A sortable key for a TIMEX3 date value: seasons and quarters become their first month. */
static void date_key(const char *v, char *out, size_t cap)
{
    snprintf(out, cap, "%s", v);
    if (strlen(v) != 7 || v[4] != '-') return;
    const char *r = v + 5;
    const char *m = !strcmp(r, "SP")   ? "03"
                    : !strcmp(r, "SU") ? "06"
                    : !strcmp(r, "FA") ? "09"
                    : !strcmp(r, "AU") ? "09"
                    : !strcmp(r, "WI") ? "12"
                    : !strcmp(r, "Q1") ? "01"
                    : !strcmp(r, "Q2") ? "04"
                    : !strcmp(r, "Q3") ? "07"
                    : !strcmp(r, "Q4") ? "10"
                                       : NULL;
    if (m) snprintf(out, cap, "%.4s-%s", v, m);
}

static const golden_event *sort_events;

static int gold_order_cmp(const void *a, const void *b)
{
    const golden_event *x = &sort_events[*(const size_t *)a];
    const golden_event *y = &sort_events[*(const size_t *)b];
    char kx[32], ky[32];
    date_key(x->date, kx, sizeof kx);
    date_key(y->date, ky, sizeof ky);
    int c = strcmp(kx, ky);
    if (c) return c;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

static int overlaps(golden_span a, golden_span b)
{
    return a.start < b.end && b.start < a.end;
}

/* Scores one document's predicted events (in answer order) against its gold events. */
static void score_doc(const golden_event *gold, size_t ng, const pevent *pred, size_t np,
                      tl_counts *c, long *gold_match /* OUT, may be NULL: pred index or -1 */)
{
    c->docs++;
    c->gold += (double)ng;
    c->pred += (double)np;
    long *gm = xcalloc(ng, sizeof *gm);
    char *tused = xcalloc(ng, 1);
    for (size_t g = 0; g < ng; g++)
        gm[g] = -1;
    for (size_t p = 0; p < np; p++) {
        if (!pred[p].has_span) continue;
        int tdone = 0;
        for (size_t g = 0; g < ng; g++) {
            if (!overlaps(gold[g].span, pred[p].span)) continue;
            if (!tdone && !tused[g]) {
                tused[g] = 1;
                tdone = 1;
                c->trig_tp++;
            }
            if (gm[g] < 0 && pred[p].date && strcmp(pred[p].date, gold[g].date) == 0) {
                gm[g] = (long)p;
                c->tp++;
                break;
            }
        }
    }
    /* Kendall's tau over matched pairs: gold rank from (date, position), predicted rank = index */
    size_t *order = xcalloc(ng, sizeof *order);
    for (size_t g = 0; g < ng; g++)
        order[g] = g;
    sort_events = gold;
    qsort(order, ng, sizeof *order, gold_order_cmp);
    long *rank = xcalloc(ng, sizeof *rank);
    for (size_t r = 0; r < ng; r++)
        rank[order[r]] = (long)r;
    for (size_t i = 0; i < ng; i++)
        for (size_t j = i + 1; j < ng; j++) {
            if (gm[i] < 0 || gm[j] < 0) continue;
            long dg = rank[i] - rank[j], dp = gm[i] - gm[j];
            if ((dg < 0) == (dp < 0))
                c->concordant++;
            else
                c->discordant++;
        }
    if (gold_match)
        for (size_t g = 0; g < ng; g++)
            gold_match[g] = gm[g];
    free(order);
    free(rank);
    free(gm);
    free(tused);
}

static double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static double tau(const tl_counts *c)
{
    double n = c->concordant + c->discordant;
    return n > 0 ? (c->concordant - c->discordant) / n : NAN;
}

/* Prints one line of figures; returns the (trigger, date) F1. */
static double report(const char *label, const tl_counts *c)
{
    double p = ratio(c->tp, c->pred), r = ratio(c->tp, c->gold);
    double tp_ = ratio(c->trig_tp, c->pred), tr = ratio(c->trig_tp, c->gold);
    printf("%-8s %4.0f docs | (trigger, date) P %.3f R %.3f F1 %.3f (%.0f gold, %.0f predicted, "
           "%.0f matched) | triggers only F1 %.3f | Kendall tau ",
           label, c->docs, p, r, f1(p, r), c->gold, c->pred, c->tp, f1(tp_, tr));
    if (isnan(tau(c)))
        printf("n/a (no matched pairs)\n");
    else
        printf("%.3f (%.0f pairs)\n", tau(c), c->concordant + c->discordant);
    return f1(p, r);
}

/* A floor check for the quality suite: 0 when f >= min (or min < 0), else 1 with a message. */
static int below(const char *label, double f, double min)
{
    if (min < 0 || f >= min) return 0;
    fprintf(stderr, "eval_timeline: %s (trigger, date) F1 %.3f is below the floor %.3f\n", label, f,
            min);
    return 1;
}

static void add_counts(tl_counts *to, const tl_counts *c)
{
    double *a = (double *)to;
    const double *b = (const double *)c;
    for (size_t i = 0; i < sizeof *c / sizeof(double); i++)
        a[i] += b[i];
}

/* ---- predicted events from a chronik answer ---- */

/* Code point offset of byte offset b in doc (b clamped). */
static uint32_t cp_of_byte(const golden_doc *d, size_t b)
{
    uint32_t lo = 0, hi = d->ncp;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (d->cp_byte[mid] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t from_response(json_t *resp, const golden_doc *d, pevent **out)
{
    json_t *tl = json_object_get(resp, "timeline");
    size_t n = json_array_size(tl), i;
    pevent *v = xcalloc(n, sizeof *v);
    json_t *e;
    json_array_foreach(tl, i, e)
    {
        pevent *p = &v[i];
        p->date = json_string_value(json_object_get(e, "date"));
        json_t *ts = json_object_get(e, "trigger_start"), *te = json_object_get(e, "trigger_end");
        if (json_is_integer(ts) && json_is_integer(te)) {
            p->span =
                (golden_span){(uint32_t)json_integer_value(ts), (uint32_t)json_integer_value(te)};
            p->has_span = 1;
            continue;
        }
        const char *trig = json_string_value(json_object_get(e, "trigger"));
        json_t *s = json_object_get(e, "start"), *t = json_object_get(e, "end");
        if (!trig || !*trig || !json_is_integer(s) || !json_is_integer(t)) continue;
        size_t a, len;
        golden_bytes(
            d, (golden_span){(uint32_t)json_integer_value(s), (uint32_t)json_integer_value(t)}, &a,
            &len);
        size_t tl_ = strlen(trig);
        for (size_t k = a; k + tl_ <= a + len; k++)
            if (memcmp(d->text + k, trig, tl_) == 0) {
                p->span = (golden_span){cp_of_byte(d, k), cp_of_byte(d, k + tl_)};
                p->has_span = 1;
                break;
            }
    }
    *out = v;
    return n;
}

/* ---- TimeML ---- */

typedef struct tag {
    char name[32];
    int closing, selfclosing;
    char attr[16][2][128];
    int nattr;
} tag;

static const char *attr(const tag *t, const char *name)
{
    for (int i = 0; i < t->nattr; i++)
        if (!strcmp(t->attr[i][0], name)) return t->attr[i][1];
    return NULL;
}

/* Parses the tag starting at s[0] == '<' (up to '>'); returns its length, 0 if malformed. */
static size_t parse_tag(const char *s, size_t n, tag *t)
{
    memset(t, 0, sizeof *t);
    const char *end = memchr(s, '>', n);
    if (!end) return 0;
    size_t i = 1, len = (size_t)(end - s);
    if (i < len && s[i] == '/') {
        t->closing = 1;
        i++;
    }
    size_t k = 0;
    while (i < len && s[i] != ' ' && s[i] != '/' && s[i] != '\n' && s[i] != '\t') {
        if (k + 1 < sizeof t->name) t->name[k++] = s[i];
        i++;
    }
    if (len > 0 && s[len - 1] == '/') t->selfclosing = 1;
    while (i < len && t->nattr < 16) {
        while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
            i++;
        size_t ns = i;
        while (i < len && s[i] != '=' && s[i] != ' ')
            i++;
        if (i >= len || s[i] != '=' || i + 1 >= len || s[i + 1] != '"') break;
        size_t nl = i - ns;
        i += 2;
        size_t vs = i;
        while (i < len && s[i] != '"')
            i++;
        snprintf(t->attr[t->nattr][0], 128, "%.*s", (int)nl, s + ns);
        snprintf(t->attr[t->nattr][1], 128, "%.*s", (int)(i - vs), s + vs);
        t->nattr++;
        i++;
    }
    return len + 1;
}

typedef struct tml_item {
    char id[32];
    golden_span span;
    char type[16], value[64];
} tml_item;

typedef struct tml_anchor {
    char eid[32];
    char value[64];
} tml_anchor;

static int full_date(const char *v)
{
    size_t n = strlen(v);
    if (n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 4 || i == 7) {
            if (v[i] != '-') return 0;
        } else if (v[i] < '0' || v[i] > '9') {
            return 0;
        }
    }
    return 1;
}

/* The anchoring relation read from the event's side, or NULL when rel does not anchor. */
static const char *anchoring(const char *rel, int from_time)
{
    static const char *const direct[][2] = {{"IS_INCLUDED", "INCLUDES"},
                                            {"DURING", "DURING_INV"},
                                            {"SIMULTANEOUS", "SIMULTANEOUS"},
                                            {"IDENTITY", "IDENTITY"},
                                            {"BEGUN_BY", "BEGINS"}};
    for (size_t i = 0; i < sizeof direct / sizeof *direct; i++)
        if (!strcmp(rel, direct[i][from_time])) return direct[i][0];
    return NULL;
}

/* Appends s[0..n) to buf with XML entities decoded. */
static void append_text(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '&') {
            static const char *const ent[][2] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
            for (size_t k = 0; k < 5; k++) {
                size_t el = strlen(ent[k][0]);
                if (i + el <= n && !memcmp(s + i, ent[k][0], el)) {
                    c = ent[k][1][0];
                    i += el - 1;
                    break;
                }
            }
        }
        if (*len + 2 > *cap) {
            *cap = *cap ? *cap * 2 : 4096;
            *buf = realloc(*buf, *cap);
            if (!*buf) exit(2);
        }
        (*buf)[(*len)++] = c;
    }
}

/* Reads a TimeML document from src[0..n) into doc (zeroed): text, DCT, events with anchors.
 * path names it in messages. Returns 0, -1 when it has no <TEXT>. */
static int tml_parse(const char *src, size_t n, const char *path, int with_dct, golden_doc *doc)
{
    char *text = NULL;
    size_t tlen = 0, tcap = 0;
    uint32_t cp = 0;
    tml_item *ev = NULL, *tx = NULL;
    size_t nev = 0, ntx = 0, cev = 0, ctx = 0;
    char(*inst)[2][32] = NULL; /* eiid, eid */
    size_t ninst = 0, cinst = 0;
    tml_anchor *anc = NULL;
    size_t nanc = 0, canc = 0;
    char dct[64] = "", dct_tid[32] = "";
    int in_text = 0, in_dct = 0, saw_text = 0;
    tml_item *open_ev = NULL, *open_tx = NULL;
    size_t i = 0;
    while (i < n) {
        if (src[i] != '<') {
            size_t j = i;
            while (j < n && src[j] != '<')
                j++;
            if (in_text) {
                size_t before = tlen;
                append_text(&text, &tlen, &tcap, src + i, j - i);
                for (size_t k = before; k < tlen; k++)
                    cp += ((unsigned char)text[k] & 0xC0) != 0x80;
            }
            i = j;
            continue;
        }
        tag t;
        size_t k = parse_tag(src + i, n - i, &t);
        if (!k) break;
        i += k;
        if (!strcmp(t.name, "TEXT")) {
            in_text = !t.closing;
            saw_text = 1;
        } else if (!strcmp(t.name, "DCT")) {
            in_dct = !t.closing;
        } else if (!strcmp(t.name, "TIMEX3") && !t.closing && in_dct) {
            snprintf(dct, sizeof dct, "%s", attr(&t, "value") ? attr(&t, "value") : "");
            snprintf(dct_tid, sizeof dct_tid, "%s", attr(&t, "tid") ? attr(&t, "tid") : "");
        } else if ((!strcmp(t.name, "EVENT") || !strcmp(t.name, "TIMEX3")) && in_text) {
            int is_ev = t.name[0] == 'E';
            if (!t.closing) {
                tml_item **arr = is_ev ? &ev : &tx;
                size_t *cnt = is_ev ? &nev : &ntx, *cap = is_ev ? &cev : &ctx;
                if (*cnt == *cap) {
                    *cap = *cap ? *cap * 2 : 64;
                    *arr = realloc(*arr, *cap * sizeof **arr);
                    if (!*arr) exit(2);
                }
                tml_item *it = &(*arr)[(*cnt)++];
                memset(it, 0, sizeof *it);
                const char *id = attr(&t, is_ev ? "eid" : "tid");
                snprintf(it->id, sizeof it->id, "%s", id ? id : "");
                snprintf(it->type, sizeof it->type, "%s", attr(&t, "type") ? attr(&t, "type") : "");
                snprintf(it->value, sizeof it->value, "%s",
                         attr(&t, "value") ? attr(&t, "value") : "");
                it->span.start = cp;
                if (is_ev)
                    open_ev = it;
                else
                    open_tx = it;
            } else {
                tml_item *it = is_ev ? open_ev : open_tx;
                if (it) it->span.end = cp;
                if (is_ev)
                    open_ev = NULL;
                else
                    open_tx = NULL;
            }
        } else if (!strcmp(t.name, "MAKEINSTANCE")) {
            if (ninst == cinst) {
                cinst = cinst ? cinst * 2 : 64;
                inst = realloc(inst, cinst * sizeof *inst);
                if (!inst) exit(2);
            }
            snprintf(inst[ninst][0], 32, "%s", attr(&t, "eiid") ? attr(&t, "eiid") : "");
            snprintf(inst[ninst][1], 32, "%s", attr(&t, "eventID") ? attr(&t, "eventID") : "");
            ninst++;
        } else if (!strcmp(t.name, "TLINK")) {
            const char *rel = attr(&t, "relType");
            const char *ei = attr(&t, "eventInstanceID"), *ti = attr(&t, "relatedToTime");
            int from_time = 0;
            if (!ei || !ti) {
                ei = attr(&t, "relatedToEventInstance");
                ti = attr(&t, "timeID");
                from_time = 1;
            }
            if (!rel || !ei || !ti || !anchoring(rel, from_time)) continue;
            const char *value = NULL;
            if (!strcmp(ti, dct_tid)) {
                if (with_dct) value = dct;
            } else {
                for (size_t x = 0; x < ntx; x++)
                    if (!strcmp(tx[x].id, ti) && !strcmp(tx[x].type, "DATE")) value = tx[x].value;
            }
            if (!value || !full_date(value)) continue;
            const char *eid = NULL;
            for (size_t x = 0; x < ninst; x++)
                if (!strcmp(inst[x][0], ei)) eid = inst[x][1];
            if (!eid) continue;
            tml_anchor *a = NULL;
            for (size_t x = 0; x < nanc; x++)
                if (!strcmp(anc[x].eid, eid)) a = &anc[x];
            if (a) {
                if (strlen(value) > strlen(a->value))
                    snprintf(a->value, sizeof a->value, "%s", value);
                continue;
            }
            if (nanc == canc) {
                canc = canc ? canc * 2 : 64;
                anc = realloc(anc, canc * sizeof *anc);
                if (!anc) exit(2);
            }
            snprintf(anc[nanc].eid, 32, "%s", eid);
            snprintf(anc[nanc].value, 64, "%s", value);
            nanc++;
        }
    }
    int rc = -1;
    if (saw_text && golden_set_text(doc, text ? text : "", tlen) == 0) {
        rc = 0;
        doc->path = strdup(path);
        doc->language = strdup("en");
        doc->reference_date = strlen(dct) >= 10 ? strndup(dct, 10) : NULL;
        doc->has_events = 1;
        doc->events = xcalloc(nanc, sizeof *doc->events);
        for (size_t e = 0; e < nev; e++) /* text order */
            for (size_t a = 0; a < nanc; a++)
                if (!strcmp(anc[a].eid, ev[e].id)) {
                    golden_event *g = &doc->events[doc->nevents++];
                    size_t b, l;
                    golden_bytes(doc, ev[e].span, &b, &l);
                    g->trigger = strndup(doc->text + b, l);
                    g->span = ev[e].span;
                    g->date = strdup(anc[a].value);
                }
    }
    free(text);
    free(ev);
    free(tx);
    free(inst);
    free(anc);
    return rc;
}

/* ---- self-test ---- */

static int st_fail;

static void expect(const char *what, double got, double want)
{
    if (!(fabs(got - want) < 1e-9)) {
        fprintf(stderr, "self-test: %s = %.6f, expected %.6f\n", what, got, want);
        st_fail++;
    }
}

static int self_test(void)
{
    golden_event gold[] = {{(char *)"a", {10, 15}, (char *)"2022-02-18", NULL, 0},
                           {(char *)"b", {30, 35}, (char *)"2022-05-13", NULL, 0},
                           {(char *)"c", {50, 55}, (char *)"2022-03-01", NULL, 0}};
    /* chronological gold order: a, c, b */
    pevent pred[] = {{{11, 14}, 1, "2022-02-18"},  /* a */
                     {{30, 35}, 1, "2022-05-12"},  /* b's trigger, wrong date */
                     {{52, 60}, 1, "2022-03-01"},  /* c */
                     {{31, 33}, 1, "2022-05-13"}}; /* b */
    tl_counts c = {0};
    long m[3];
    score_doc(gold, 3, pred, 4, &c, m);
    expect("tp", c.tp, 3);
    expect("trigger tp", c.trig_tp, 3);
    expect("match a", (double)m[0], 0);
    expect("match b", (double)m[1], 3);
    expect("match c", (double)m[2], 2);
    expect("tau in order", tau(&c), 1);
    expect("precision", ratio(c.tp, c.pred), 0.75);
    expect("recall", ratio(c.tp, c.gold), 1);

    pevent rev[] = {
        {{31, 33}, 1, "2022-05-13"}, {{52, 60}, 1, "2022-03-01"}, {{11, 14}, 1, "2022-02-18"}};
    tl_counts r = {0};
    score_doc(gold, 3, rev, 3, &r, NULL);
    expect("tau reversed", tau(&r), -1);

    /* one swapped pair of three: tau = (2 - 1) / 3 */
    pevent swap[] = {
        {{52, 60}, 1, "2022-03-01"}, {{11, 14}, 1, "2022-02-18"}, {{31, 33}, 1, "2022-05-13"}};
    tl_counts s = {0};
    score_doc(gold, 3, swap, 3, &s, NULL);
    expect("tau one swap", tau(&s), 1.0 / 3);

    /* no overlap, no span, a year sorting before its days */
    golden_event g2[] = {{(char *)"x", {0, 4}, (char *)"2022-03-05", NULL, 0},
                         {(char *)"y", {10, 14}, (char *)"2022", NULL, 0}};
    pevent p2[] = {{{4, 8}, 1, "2022-03-05"},
                   {{0, 0}, 0, "2022-03-05"},
                   {{10, 12}, 1, "2022"},
                   {{0, 3}, 1, "2022-03-05"}};
    tl_counts t2 = {0};
    score_doc(g2, 2, p2, 4, &t2, NULL);
    expect("touching spans do not overlap", t2.tp, 2);
    expect("year first: concordant", t2.concordant, 1);
    char key[32];
    date_key("2024-SU", key, sizeof key);
    expect("season key", strcmp(key, "2024-06"), 0);

    /* TimeML: anchors from both directions, DCT only on request, non-anchoring links ignored */
    const char *tml =
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
        "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>\n"
        "Stocks <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> on <TIMEX3 tid=\"t1\" "
        "type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> &amp; <EVENT eid=\"e2\">rose"
        "</EVENT> in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997\">1997</TIMEX3>; they "
        "<EVENT eid=\"e3\">said</EVENT> <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\">"
        "now</TIMEX3> and <EVENT eid=\"e4\">wait</EVENT>.\n</TEXT>\n"
        "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/><MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\"/>"
        "<MAKEINSTANCE eventID=\"e3\" eiid=\"ei3\"/><MAKEINSTANCE eventID=\"e4\" eiid=\"ei4\"/>"
        "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>"
        "<TLINK lid=\"l2\" relType=\"INCLUDES\" timeID=\"t2\" relatedToEventInstance=\"ei2\"/>"
        "<TLINK lid=\"l3\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei3\" relatedToTime=\"t3\"/>"
        "<TLINK lid=\"l4\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei4\" relatedToTime=\"t0\"/>"
        "<TLINK lid=\"l5\" relType=\"BEFORE\" eventInstanceID=\"ei3\" relatedToTime=\"t1\"/>"
        "</TimeML>";
    golden_doc d = {0};
    expect("tml parse", tml_parse(tml, strlen(tml), "inline.tml", 0, &d), 0);
    expect("tml events", (double)d.nevents, 2);
    if (d.nevents == 2) {
        expect("tml e1 date", strcmp(d.events[0].date, "1998-01-07"), 0);
        expect("tml e1 trigger", strcmp(d.events[0].trigger, "fell"), 0);
        expect("tml e1 start", d.events[0].span.start, 8);
        expect("tml e2 date", strcmp(d.events[1].date, "1997"), 0);
        expect("tml e2 trigger", strcmp(d.events[1].trigger, "rose"), 0);
        expect("tml e2 start (after &amp;)", d.events[1].span.start, 28);
    }
    expect("tml reference date", strcmp(d.reference_date ? d.reference_date : "", "1998-01-08"), 0);
    golden_clear(&d);
    golden_doc d2 = {0};
    tml_parse(tml, strlen(tml), "inline.tml", 1, &d2);
    expect("tml with DCT", (double)d2.nevents, 3);
    golden_clear(&d2);
    printf("eval_timeline self-test: %s\n", st_fail ? "FAILED" : "ok");
    return st_fail ? 1 : 0;
}

/* ---- main ---- */

typedef struct run {
    const resources *res;
    const char *pred_dir, *lang;
    int errors;
} run;

/* Scores one loaded document into c; returns -1 when the answer cannot be had. */
static int score_one(const run *r, golden_doc *d, tl_counts *c)
{
    char msg[1024];
    json_t *resp = r->pred_dir ? golden_read_response(r->pred_dir, d, msg, sizeof msg)
                               : golden_analyze(r->res, d, msg, sizeof msg);
    if (!resp) {
        fprintf(stderr, "eval_timeline: %s\n", msg);
        return -1;
    }
    pevent *pred = NULL;
    size_t np = from_response(resp, d, &pred);
    long *gm = xcalloc(d->nevents, sizeof *gm);
    score_doc(d->events, d->nevents, pred, np, c, gm);
    if (r->errors)
        for (size_t g = 0; g < d->nevents; g++)
            if (gm[g] < 0)
                printf("%s: missed \"%s\" [%u,%u) %s\n", d->path, d->events[g].trigger,
                       d->events[g].span.start, d->events[g].span.end, d->events[g].date);
    free(gm);
    free(pred);
    json_decref(resp);
    return 0;
}

/* Reads every .tml file under dir (and one level of sub-folders) into c. */
static int score_tbaq(const run *r, const char *dir, int with_dct, tl_counts *c, int depth)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        fprintf(stderr, "eval_timeline: %s: cannot open\n", dir);
        return -1;
    }
    size_t cap = 64, n = 0;
    char **names = malloc(cap * sizeof *names);
    struct dirent *de;
    while (names && (de = readdir(dh))) {
        if (de->d_name[0] == '.') continue;
        if (n == cap) names = realloc(names, (cap *= 2) * sizeof *names);
        if (!names) break;
        names[n++] = strdup(de->d_name);
    }
    closedir(dh);
    if (!names) return -1;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t l = strlen(names[i]);
        if (l > 4 && !strcmp(names[i] + l - 4, ".tml")) {
            size_t len;
            ck_error err;
            char *src = resources_read_file(path, &len, &err);
            golden_doc d = {0};
            if (!src || tml_parse(src, len, path, with_dct, &d)) {
                fprintf(stderr, "eval_timeline: %s: not TimeML\n", path);
                rc = -1;
            } else if (score_one(r, &d, c)) {
                rc = -1;
            }
            free(src);
            golden_clear(&d);
        } else if (depth == 0) {
            DIR *sub = opendir(path);
            if (sub) {
                closedir(sub);
                if (score_tbaq(r, path, with_dct, c, 1)) rc = -1;
            }
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    const char *gold_dir = "tests/golden/participants", *tbaq = NULL;
    const char *res_dir = getenv("CHRONIK_RESOURCES") ? getenv("CHRONIK_RESOURCES") : "resources";
    run r = {0};
    int with_dct = 0, skip_missing = 0, low = 0;
    double min_f1 = -1, min_tbaq = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--self-test")) return self_test();
        if (!strcmp(a, "--errors")) {
            r.errors = 1;
            continue;
        }
        if (!strcmp(a, "--with-dct")) {
            with_dct = 1;
            continue;
        }
        if (!strcmp(a, "--skip-missing")) {
            skip_missing = 1;
            continue;
        }
        if (i + 1 >= argc) goto usage;
        if (!strcmp(a, "--gold"))
            gold_dir = argv[++i];
        else if (!strcmp(a, "--min-f1"))
            min_f1 = atof(argv[++i]);
        else if (!strcmp(a, "--min-tbaq-f1"))
            min_tbaq = atof(argv[++i]);
        else if (!strcmp(a, "--tbaq"))
            tbaq = argv[++i];
        else if (!strcmp(a, "--pred"))
            r.pred_dir = argv[++i];
        else if (!strcmp(a, "--resources"))
            res_dir = argv[++i];
        else if (!strcmp(a, "--lang"))
            r.lang = argv[++i];
        else
            goto usage;
    }
    if (tbaq && skip_missing) {
        DIR *dh = opendir(tbaq);
        if (!dh) {
            fprintf(stderr, "eval_timeline: %s missing: skipped\n", tbaq);
            return 77;
        }
        closedir(dh);
    }
    ck_error err;
    resources *res = NULL;
    if (!r.pred_dir && !(res = resources_load(res_dir, &err))) {
        fprintf(stderr, "eval_timeline: %s\n", err.detail);
        return 2;
    }
    r.res = res;
    int rc = 0;
    if (strcmp(gold_dir, "none") != 0) {
        size_t n;
        char **files = golden_list(gold_dir, &n);
        if (!files || !n) {
            fprintf(stderr, "eval_timeline: %s: no gold files\n", gold_dir);
            resources_free(res);
            return 2;
        }
        tl_counts by_lang[2] = {{0}}, all = {0};
        for (size_t f = 0; f < n && !rc; f++) {
            golden_doc d = {0};
            char msg[1024];
            if (golden_load(files[f], &d, msg, sizeof msg)) {
                fprintf(stderr, "eval_timeline: %s\n", msg);
                rc = 2;
            } else if (d.has_events && (!r.lang || !strcmp(r.lang, d.language))) {
                tl_counts c = {0};
                if (score_one(&r, &d, &c)) rc = 2;
                add_counts(&by_lang[strcmp(d.language, "en") == 0], &c);
                add_counts(&all, &c);
            }
            golden_clear(&d);
        }
        golden_free_list(files, n);
        if (by_lang[0].docs) low |= below("gold de", report("gold de", &by_lang[0]), min_f1);
        if (by_lang[1].docs) low |= below("gold en", report("gold en", &by_lang[1]), min_f1);
        if (all.docs) report("gold all", &all);
    }
    if (tbaq && !rc && (!r.lang || !strcmp(r.lang, "en"))) {
        tl_counts c = {0};
        if (score_tbaq(&r, tbaq, with_dct, &c, 0)) rc = 2;
        low |= below("TBAQ", report(with_dct ? "TBAQ+DCT" : "TBAQ", &c), min_tbaq);
    }
    resources_free(res);
    return rc ? rc : low;
usage:
    fprintf(stderr,
            "usage: eval_timeline [--gold DIR|none] [--tbaq DIR [--skip-missing]] [--with-dct] "
            "[--resources DIR] [--pred DIR] [--lang de|en] [--errors] [--self-test] "
            "[--min-f1 F] [--min-tbaq-f1 F]\n");
    return 2;
}
