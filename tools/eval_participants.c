/* eval_participants.c — scores chronik's participants[] against the gold articles.
 *
 * Gold: every .json file of tests/golden/participants (entities with typed, clustered mentions,
 * roles and countries; tests/golden/README.md). Predictions: chronik's answer for each article,
 * computed in-process (analyze_execute, as `chronik analyze`) or read from --pred DIR/<same
 * name>.json. Mentions are matched by exact code point span. Reported, micro-averaged over all
 * articles:
 * - mention P/R/F1, typed (span and the participant's type agree) and untyped;
 * - B³ P/R/F1 over mentions: a predicted mention without a gold twin scores 0 precision, a gold
 *   mention without a predicted twin 0 recall (so spurious and missed mentions cost);
 * - MUC P/R/F1 (links; a missed mention counts as its own partition);
 * - entity P/R/F1: a gold participant is found when one predicted participant of the same type
 *   holds more than half of its mentions; each predicted participant finds at most one;
 * - role accuracy: of the found gold participants with roles, the share whose every gold role
 *   one predicted role matches (folded case and diacritics; equal, or one contains the other,
 *   so "Verteidigungsminister" matches "Verteidigungsministerin" or "Sprecher des Pentagon" ⊃
 *   "Sprecher"); role precision: predicted roles of found participants matching a gold role;
 * - country accuracy: of the found gold participants with a country, the share with that code;
 * - salience, over the articles with a "central" key (the one to three participants an editor
 *   says the article is about, in order) and chronik's participants in their answer order:
 *   top-1 accuracy (the first predicted participant is the one found for the first central
 *   one; "any": for any central one), central recall in the top 3 (a central participant not
 *   found counts as missed), mean reciprocal rank of the first central one, and Kendall's tau-b
 *   per article between the predicted order and the gold levels of the found participants
 *   (central ones by their position, all others tied after them), averaged over the articles
 *   where it is defined.
 *
 * --conll FILE scores against a CoNLL-2003 style NER file instead (e.g. the English dev split
 * ../shared/data/conll2003-en/eng.testa, read at run time): each -DOCSTART- document is one
 * article (tokens joined by spaces, a sentence a line, no reference date); its gold participants
 * are a first approximation — mentions grouped by type and folded name, a one-word person name
 * joined to the one earlier person whose name ends with it ("Simmons" → "Phil Simmons"). No
 * roles or countries there, so only the mention, cluster and entity figures mean anything.
 *
 * --dump-gold DIR writes that approximation as gold files into DIR (never into the repository:
 * the CoNLL text is research-only) and scores nothing.
 *
 * usage: eval_participants [--gold DIR | --conll FILE [--skip-missing] [--dump-gold DIR]]
 *                          [--resources DIR] [--pred DIR] [--lang de|en] [--errors] [--self-test]
 *                          [--min NAME=X ...]
 * --min NAME=X (NAME one of mention-f1, b3-f1, muc-f1, entity-f1, role-acc, country-acc,
 * salience-top1, salience-top3; X a fraction) fails the run (exit 1) when that figure over all
 * articles is below X. Exit status 0; 1 when --self-test fails or a --min floor is not met; 2 on
 * bad usage or unreadable input; 77 when the --conll file is missing and --skip-missing was
 * given. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "analysis/countries.h"
#include "analysis/resources.h"
#include "tools/golden.h"

/* One side's clustering of one document. Strings are borrowed. */
typedef struct pent {
    const char *name, *type, *country;
    const char **roles;
    size_t nroles;
} pent;

typedef struct pment {
    uint32_t start, end;
    size_t ent;
} pment;

typedef struct clustering {
    pent *e;
    size_t ne;
    pment *m;
    size_t nm;
} clustering;

/* Sums over documents; ratios are taken at the end. */
typedef struct part_counts {
    double m_tp, m_tp_untyped, m_pred, m_gold;
    double b3_p, b3_r; /* sums of per-mention scores */
    double muc_p_num, muc_p_den, muc_r_num, muc_r_den;
    double ent_found, ent_gold, ent_pred;
    double role_ok, role_n, role_pred_ok, role_pred_n;
    double country_ok, country_n;
    double docs;
    double sal_docs, sal_top1, sal_top1_any, sal_top3, sal_central, sal_rr, sal_tau, sal_tau_docs;
} part_counts;

static void clustering_free(clustering *c)
{
    for (size_t i = 0; i < c->ne; i++)
        free(c->e[i].roles);
    free(c->e);
    free(c->m);
    memset(c, 0, sizeof *c);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "eval_participants: out of memory\n");
        exit(2);
    }
    return p;
}

static void from_gold(const golden_doc *d, clustering *c)
{
    size_t nm = 0;
    for (size_t i = 0; i < d->nparts; i++)
        nm += d->parts[i].nmentions;
    c->e = xcalloc(d->nparts, sizeof *c->e);
    c->m = xcalloc(nm, sizeof *c->m);
    for (size_t i = 0; i < d->nparts; i++) {
        const golden_participant *g = &d->parts[i];
        pent *e = &c->e[c->ne++];
        *e = (pent){g->name, g->type, g->country, xcalloc(g->nroles, sizeof(char *)), g->nroles};
        for (size_t r = 0; r < g->nroles; r++)
            e->roles[r] = g->roles[r];
        for (size_t k = 0; k < g->nmentions; k++)
            c->m[c->nm++] = (pment){g->mentions[k].start, g->mentions[k].end, i};
    }
}

/* chronik's participants[] → clustering; entries it cannot read are skipped. */
static void from_response(json_t *resp, clustering *c)
{
    json_t *ps = json_object_get(resp, "participants");
    size_t n = json_array_size(ps), nm = 0, i;
    json_t *p;
    json_array_foreach(ps, i, p) nm += json_array_size(json_object_get(p, "mentions"));
    c->e = xcalloc(n, sizeof *c->e);
    c->m = xcalloc(nm, sizeof *c->m);
    json_array_foreach(ps, i, p)
    {
        pent *e = &c->e[c->ne];
        json_t *roles = json_object_get(p, "roles");
        *e = (pent){json_string_value(json_object_get(p, "name")),
                    json_string_value(json_object_get(p, "type")),
                    json_string_value(json_object_get(p, "country")),
                    xcalloc(json_array_size(roles), sizeof(char *)), 0};
        if (!e->type) e->type = "";
        size_t j;
        json_t *r;
        json_array_foreach(roles, j, r) if (json_is_string(r)) e->roles[e->nroles++] =
            json_string_value(r);
        json_t *m;
        json_array_foreach(json_object_get(p, "mentions"), j, m)
        {
            json_t *s = json_object_get(m, "start"), *t = json_object_get(m, "end");
            if (json_is_integer(s) && json_is_integer(t))
                c->m[c->nm++] = (pment){(uint32_t)json_integer_value(s),
                                        (uint32_t)json_integer_value(t), c->ne};
        }
        c->ne++;
    }
}

/* Index of the mention of c with exactly span (s,e), or -1. */
static long twin(const clustering *c, uint32_t s, uint32_t e)
{
    for (size_t i = 0; i < c->nm; i++)
        if (c->m[i].start == s && c->m[i].end == e) return (long)i;
    return -1;
}

/* Number of mentions of cluster a (in x) whose twins in y belong to cluster b. */
static size_t overlap(const clustering *x, size_t a, const clustering *y, size_t b)
{
    size_t n = 0;
    for (size_t i = 0; i < x->nm; i++) {
        if (x->m[i].ent != a) continue;
        long t = twin(y, x->m[i].start, x->m[i].end);
        if (t >= 0 && y->m[t].ent == b) n++;
    }
    return n;
}

static size_t cluster_size(const clustering *c, size_t e)
{
    size_t n = 0;
    for (size_t i = 0; i < c->nm; i++)
        n += c->m[i].ent == e;
    return n;
}

/* B³ sum over the mentions of x: |X∩Y| / |X| for the cluster Y of each mention's twin in y. */
static double b3_sum(const clustering *x, const clustering *y)
{
    double s = 0;
    for (size_t i = 0; i < x->nm; i++) {
        long t = twin(y, x->m[i].start, x->m[i].end);
        if (t < 0) continue;
        s += (double)overlap(x, x->m[i].ent, y, y->m[t].ent) / (double)cluster_size(x, x->m[i].ent);
    }
    return s;
}

/* MUC over the clusters of x partitioned by y: adds Σ(|X| − p(X)) to *num, Σ(|X| − 1) to *den. */
static void muc_sum(const clustering *x, const clustering *y, double *num, double *den)
{
    long *seen = xcalloc(y->ne + 1, sizeof *seen);
    for (size_t e = 0; e < x->ne; e++) {
        size_t size = 0, parts = 0;
        for (size_t k = 0; k <= y->ne; k++)
            seen[k] = 0;
        for (size_t i = 0; i < x->nm; i++) {
            if (x->m[i].ent != e) continue;
            size++;
            long t = twin(y, x->m[i].start, x->m[i].end);
            if (t < 0)
                parts++; /* a missed mention is a partition of its own */
            else if (!seen[y->m[t].ent]++)
                parts++;
        }
        if (size == 0) continue;
        *num += (double)(size - parts);
        *den += (double)(size - 1);
    }
    free(seen);
}

/* Whether two role strings match: folded, equal or one contains the other. */
static int role_match(const char *a, const char *b)
{
    char fa[COUNTRIES_KEY_MAX + 1], fb[COUNTRIES_KEY_MAX + 1];
    size_t na = countries_fold(a, strlen(a), fa, sizeof fa);
    size_t nb = countries_fold(b, strlen(b), fb, sizeof fb);
    if (na == (size_t)-1 || nb == (size_t)-1 || !na || !nb) return 0;
    return strstr(fa, fb) != NULL || strstr(fb, fa) != NULL;
}

/* Scores one document; found[g] (may be NULL) receives the predicted index matched to gold
 * participant g, or -1. */
static void score_doc(const clustering *gold, const clustering *pred, part_counts *c, long *found)
{
    c->docs++;
    c->m_gold += (double)gold->nm;
    c->m_pred += (double)pred->nm;
    for (size_t i = 0; i < gold->nm; i++) {
        long t = twin(pred, gold->m[i].start, gold->m[i].end);
        if (t < 0) continue;
        c->m_tp_untyped++;
        if (strcmp(gold->e[gold->m[i].ent].type, pred->e[pred->m[t].ent].type) == 0) c->m_tp++;
    }
    c->b3_p += b3_sum(pred, gold);
    c->b3_r += b3_sum(gold, pred);
    muc_sum(gold, pred, &c->muc_r_num, &c->muc_r_den);
    muc_sum(pred, gold, &c->muc_p_num, &c->muc_p_den);

    c->ent_gold += (double)gold->ne;
    c->ent_pred += (double)pred->ne;
    char *taken = xcalloc(pred->ne, 1);
    for (size_t g = 0; g < gold->ne; g++) {
        long hit = -1;
        size_t size = cluster_size(gold, g);
        for (size_t p = 0; p < pred->ne && hit < 0; p++)
            if (!taken[p] && 2 * overlap(gold, g, pred, p) > size &&
                strcmp(gold->e[g].type, pred->e[p].type) == 0)
                hit = (long)p;
        if (found) found[g] = hit;
        if (hit < 0) continue;
        taken[hit] = 1;
        c->ent_found++;
        const pent *ge = &gold->e[g], *pe = &pred->e[hit];
        if (ge->nroles) {
            int all = 1;
            for (size_t r = 0; r < ge->nroles; r++) {
                int ok = 0;
                for (size_t q = 0; q < pe->nroles; q++)
                    ok |= role_match(ge->roles[r], pe->roles[q]);
                all &= ok;
            }
            c->role_n++;
            c->role_ok += all;
        }
        for (size_t q = 0; q < pe->nroles; q++) {
            int ok = 0;
            for (size_t r = 0; r < ge->nroles; r++)
                ok |= role_match(ge->roles[r], pe->roles[q]);
            c->role_pred_n++;
            c->role_pred_ok += ok;
        }
        if (ge->country) {
            c->country_n++;
            c->country_ok += pe->country && strcasecmp(pe->country, ge->country) == 0;
        }
    }
    free(taken);
}

/* Salience figures of one document into c: central[0..ncentral) are gold indexes in order,
 * found[g] the predicted index (answer order = salience order) of gold participant g or -1. */
static void score_salience(const clustering *gold, const size_t *central, size_t ncentral,
                           const long *found, part_counts *c)
{
    if (!ncentral) return;
    c->sal_docs++;
    c->sal_top1 += found[central[0]] == 0;
    for (size_t k = 0; k < ncentral; k++) {
        c->sal_top1_any += found[central[k]] == 0;
        c->sal_top3 += found[central[k]] >= 0 && found[central[k]] < 3;
    }
    c->sal_central += (double)ncentral;
    if (found[central[0]] >= 0) c->sal_rr += 1.0 / (double)(found[central[0]] + 1);
    /* Kendall tau-b: gold level = position among the central ones, ncentral for the rest */
    double conc = 0, disc = 0, pairs = 0, tied = 0;
    for (size_t i = 0; i < gold->ne; i++)
        for (size_t j = i + 1; j < gold->ne; j++) {
            if (found[i] < 0 || found[j] < 0) continue;
            size_t li = ncentral, lj = ncentral;
            for (size_t k = 0; k < ncentral; k++) {
                if (central[k] == i) li = k;
                if (central[k] == j) lj = k;
            }
            pairs++;
            if (li == lj) {
                tied++;
                continue;
            }
            if ((li < lj) == (found[i] < found[j]))
                conc++;
            else
                disc++;
        }
    if (pairs > tied) {
        c->sal_tau += (conc - disc) / sqrt(pairs * (pairs - tied));
        c->sal_tau_docs++;
    }
}

static double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* The figures of c, each a fraction in 0..1. */
typedef struct part_scores {
    double m_p, m_r, m_f, mu_f, b3_p, b3_r, b3_f, muc_p, muc_r, muc_f, e_p, e_r, e_f;
    double role_acc, role_prec, country_acc;
    double sal_top1, sal_top1_any, sal_top3, sal_mrr, sal_tau;
} part_scores;

static part_scores scores(const part_counts *c)
{
    part_scores s;
    s.m_p = ratio(c->m_tp, c->m_pred);
    s.m_r = ratio(c->m_tp, c->m_gold);
    s.m_f = f1(s.m_p, s.m_r);
    s.mu_f = f1(ratio(c->m_tp_untyped, c->m_pred), ratio(c->m_tp_untyped, c->m_gold));
    s.b3_p = ratio(c->b3_p, c->m_pred);
    s.b3_r = ratio(c->b3_r, c->m_gold);
    s.b3_f = f1(s.b3_p, s.b3_r);
    s.muc_p = ratio(c->muc_p_num, c->muc_p_den);
    s.muc_r = ratio(c->muc_r_num, c->muc_r_den);
    s.muc_f = f1(s.muc_p, s.muc_r);
    s.e_p = ratio(c->ent_found, c->ent_pred);
    s.e_r = ratio(c->ent_found, c->ent_gold);
    s.e_f = f1(s.e_p, s.e_r);
    s.role_acc = ratio(c->role_ok, c->role_n);
    s.role_prec = ratio(c->role_pred_ok, c->role_pred_n);
    s.country_acc = ratio(c->country_ok, c->country_n);
    s.sal_top1 = ratio(c->sal_top1, c->sal_docs);
    s.sal_top1_any = ratio(c->sal_top1_any, c->sal_docs);
    s.sal_top3 = ratio(c->sal_top3, c->sal_central);
    s.sal_mrr = ratio(c->sal_rr, c->sal_docs);
    s.sal_tau = ratio(c->sal_tau, c->sal_tau_docs);
    return s;
}

static void report(const char *label, const part_counts *c)
{
    part_scores s = scores(c);
    printf("%-4s %3.0f docs | mentions typed P %.3f R %.3f F1 %.3f (untyped F1 %.3f; %.0f gold, "
           "%.0f predicted)\n",
           label, c->docs, s.m_p, s.m_r, s.m_f, s.mu_f, c->m_gold, c->m_pred);
    printf("     B3 P %.3f R %.3f F1 %.3f | MUC P %.3f R %.3f F1 %.3f\n", s.b3_p, s.b3_r, s.b3_f,
           s.muc_p, s.muc_r, s.muc_f);
    printf("     entities P %.3f R %.3f F1 %.3f (%.0f of %.0f gold found, %.0f predicted)\n", s.e_p,
           s.e_r, s.e_f, c->ent_found, c->ent_gold, c->ent_pred);
    printf("     roles %.3f (%.0f/%.0f found participants with roles; role precision %.3f) | "
           "countries %.3f (%.0f/%.0f)\n",
           s.role_acc, c->role_ok, c->role_n, s.role_prec, s.country_acc, c->country_ok,
           c->country_n);
    if (c->sal_docs)
        printf("     salience top-1 %.3f (any central %.3f; %.0f docs) | central in top 3 %.3f "
               "(%.0f/%.0f) | MRR %.3f | tau-b %.3f\n",
               s.sal_top1, s.sal_top1_any, c->sal_docs, s.sal_top3, c->sal_top3, c->sal_central,
               s.sal_mrr, s.sal_tau);
}

static void add_counts(part_counts *to, const part_counts *c)
{
    double *a = (double *)to;
    const double *b = (const double *)c;
    for (size_t i = 0; i < sizeof *c / sizeof(double); i++)
        a[i] += b[i];
}

/* Floors given with --min NAME=VALUE, checked on the figures over all articles. */
typedef struct floor_spec {
    const char *name;
    double min;
} floor_spec;

#define MAX_FLOORS 10

static int floor_value(const part_scores *s, const char *name, double *v)
{
    static const struct {
        const char *name;
        size_t off;
    } names[] = {
        {"mention-f1", offsetof(part_scores, m_f)},
        {"b3-f1", offsetof(part_scores, b3_f)},
        {"muc-f1", offsetof(part_scores, muc_f)},
        {"entity-f1", offsetof(part_scores, e_f)},
        {"role-acc", offsetof(part_scores, role_acc)},
        {"country-acc", offsetof(part_scores, country_acc)},
        {"salience-top1", offsetof(part_scores, sal_top1)},
        {"salience-top3", offsetof(part_scores, sal_top3)},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(names[i].name, name)) {
            *v = *(const double *)((const char *)s + names[i].off);
            return 0;
        }
    return -1;
}

/* 0 when every floor holds; else prints each one that does not and returns 1. */
static int check_floors(const part_counts *c, const floor_spec *f, int nf)
{
    part_scores s = scores(c);
    int bad = 0;
    for (int i = 0; i < nf; i++) {
        double v = 0;
        floor_value(&s, f[i].name, &v);
        if (v < f[i].min) {
            fprintf(stderr, "eval_participants: %s %.3f is below the floor %.3f\n", f[i].name, v,
                    f[i].min);
            bad = 1;
        }
    }
    return bad;
}

/* ---- self-test: tiny hand-made clusterings with figures worked out by hand ---- */

static int st_fail;

static void expect(const char *what, double got, double want)
{
    if (fabs(got - want) > 1e-9) {
        fprintf(stderr, "self-test: %s = %.6f, expected %.6f\n", what, got, want);
        st_fail++;
    }
}

/* Scores central [B, A] (gold indexes 1, 0) of g with found and checks top-1, top-3, MRR. */
static part_scores expect_salience(const char *what, const clustering *g, const long *found,
                                   double top1, double top3, double mrr)
{
    static const size_t cen[] = {1, 0};
    part_counts c = {0};
    char label[128];
    score_salience(g, cen, 2, found, &c);
    part_scores s = scores(&c);
    snprintf(label, sizeof label, "%s: top-1", what);
    expect(label, s.sal_top1, top1);
    snprintf(label, sizeof label, "%s: top-3", what);
    expect(label, s.sal_top3, top3);
    snprintf(label, sizeof label, "%s: MRR", what);
    expect(label, s.sal_mrr, mrr);
    return s;
}

static int self_test(void)
{
    const char *roles_a[] = {"Verteidigungsminister"};
    const char *roles_p[] = {"Verteidigungsminister Russlands"};
    /* gold A = {1,2,3} person RU, B = {4,5} location UA;
     * pred P = {1,2} person RU, Q = {3,4,5} location (no country) */
    pent ge[] = {{"A", "person", "RU", roles_a, 1}, {"B", "location", "UA", NULL, 0}};
    pment gm[] = {{0, 5, 0}, {10, 15, 0}, {20, 25, 0}, {30, 35, 1}, {40, 45, 1}};
    pent pe[] = {{"P", "person", "RU", roles_p, 1}, {"Q", "location", NULL, NULL, 0}};
    pment pm[] = {{0, 5, 0}, {10, 15, 0}, {20, 25, 1}, {30, 35, 1}, {40, 45, 1}};
    clustering gold = {ge, 2, gm, 5}, pred = {pe, 2, pm, 5};
    part_counts c = {0};
    score_doc(&gold, &pred, &c, NULL);
    part_scores s = scores(&c);
    expect("typed mention P", s.m_p, 4.0 / 5);
    expect("typed mention R", s.m_r, 4.0 / 5);
    expect("untyped mention F1", s.mu_f, 1.0);
    expect("B3 P", s.b3_p, (1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5);
    expect("B3 R", s.b3_r, (2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5);
    expect("MUC P", s.muc_p, 2.0 / 3);
    expect("MUC R", s.muc_r, 2.0 / 3);
    expect("entity P", s.e_p, 1.0);
    expect("entity R", s.e_r, 1.0);
    expect("role accuracy", s.role_acc, 1.0);
    expect("role precision", s.role_prec, 1.0);
    expect("country accuracy", s.country_acc, 0.5);

    /* the same prediction scored against itself: everything 1 */
    part_counts same = {0};
    score_doc(&gold, &gold, &same, NULL);
    s = scores(&same);
    expect("self B3 F1", s.b3_f, 1.0);
    expect("self MUC F1", s.muc_f, 1.0);
    expect("self entity F1", s.e_f, 1.0);
    expect("self typed mention F1", s.m_f, 1.0);
    expect("self country", s.country_acc, 1.0);

    /* gold A = {1,2}; pred P = {1, spurious x}: half is no majority */
    pent ge2[] = {{"A", "person", NULL, NULL, 0}};
    pment gm2[] = {{0, 5, 0}, {10, 15, 0}};
    pent pe2[] = {{"P", "person", NULL, NULL, 0}};
    pment pm2[] = {{0, 5, 0}, {50, 55, 0}};
    clustering g2 = {ge2, 1, gm2, 2}, p2 = {pe2, 1, pm2, 2};
    part_counts c2 = {0};
    long found[1];
    score_doc(&g2, &p2, &c2, found);
    s = scores(&c2);
    expect("spurious: mention P", s.m_p, 0.5);
    expect("spurious: B3 P", s.b3_p, 0.25);
    expect("spurious: B3 R", s.b3_r, 0.25);
    expect("spurious: MUC R", s.muc_r, 0.0);
    expect("spurious: entity R", s.e_r, 0.0);
    expect("spurious: found", (double)found[0], -1);

    /* one predicted participant merging two gold people finds only one of them, and a wrong
     * type finds none */
    pent ge3[] = {{"A", "person", NULL, NULL, 0},
                  {"B", "person", NULL, NULL, 0},
                  {"C", "organization", NULL, NULL, 0}};
    pment gm3[] = {{0, 1, 0}, {2, 3, 1}, {4, 5, 2}};
    pent pe3[] = {{"P", "person", NULL, NULL, 0}, {"Q", "location", NULL, NULL, 0}};
    pment pm3[] = {{0, 1, 0}, {2, 3, 0}, {4, 5, 1}};
    clustering g3 = {ge3, 3, gm3, 3}, p3 = {pe3, 2, pm3, 3};
    part_counts c3 = {0};
    score_doc(&g3, &p3, &c3, NULL);
    expect("merge: entities found", c3.ent_found, 1);
    expect("merge: MUC P den", c3.muc_p_den, 1);
    expect("merge: MUC P num", c3.muc_p_num, 0);
    expect("merge: MUC R den", c3.muc_r_den, 0);

    expect("role match inflected", role_match("Außenminister", "Außenministerin"), 1);
    expect("role match case", role_match("general", "General"), 1);
    expect("role mismatch", role_match("Trainer", "Kapitän"), 0);

    /* salience: gold A, B, C with central [B, A]; predicted order B, C, A (C of g3's
     * prediction unmatched here: found = {2, 0, 1}) */
    long fo[] = {2, 0, 1}, fo2[] = {-1, 1, 5};
    s = expect_salience("salience", &g3, fo, 1, 1, 1);
    /* pairs: (A,B) levels 1,0 ranks 2,0 concordant; (A,C) 1,2 ranks 2,1 discordant;
     * (B,C) 0,2 ranks 0,1 concordant: (2 - 1) / sqrt(3 * 3) */
    expect("salience tau-b", s.sal_tau, 1.0 / 3);
    expect_salience("salience, B second and A missed", &g3, fo2, 0, 0.5, 0.5);

    /* an empty prediction: all zero, no division by zero */
    clustering none = {0};
    part_counts c4 = {0};
    score_doc(&gold, &none, &c4, NULL);
    s = scores(&c4);
    expect("empty: entity F1", s.e_f, 0);
    expect("empty: B3 F1", s.b3_f, 0);
    expect("empty: MUC R", s.muc_r, 0);
    printf("eval_participants self-test: %s\n", st_fail ? "FAILED" : "ok");
    return st_fail ? 1 : 0;
}

/* ---- CoNLL-2003 style NER files as a first approximation of gold clusters ---- */

typedef struct conll_builder {
    char *text;
    size_t len, cap;
    uint32_t cp;
    golden_doc *doc;
    size_t cap_parts;
    /* the mention being read */
    int in_mention;
    char type[16];
    uint32_t m_start;
    size_t m_byte;
} conll_builder;

static void cb_add(conll_builder *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->text = realloc(b->text, b->cap);
        if (!b->text) exit(2);
    }
    memcpy(b->text + b->len, s, n);
    b->len += n;
    for (size_t i = 0; i < n; i++)
        b->cp += ((unsigned char)s[i] & 0xC0) != 0x80;
}

static const char *conll_type(const char *t)
{
    return !strcmp(t, "PER")   ? "person"
           : !strcmp(t, "ORG") ? "organization"
           : !strcmp(t, "LOC") ? "location"
                               : "misc";
}

/* Closes the open mention: joins the participant with the same folded name and type, or — for a
 * one-word person — the one earlier person whose name ends with that word; else a new one. */
static void cb_close(conll_builder *b)
{
    if (!b->in_mention) return;
    b->in_mention = 0;
    golden_doc *d = b->doc;
    const char *type = conll_type(b->type);
    char *mtext = strndup(b->text + b->m_byte, b->len - b->m_byte);
    char key[COUNTRIES_KEY_MAX + 1], other[COUNTRIES_KEY_MAX + 1];
    size_t kl = countries_fold(mtext, strlen(mtext), key, sizeof key);
    long hit = -1, surname = -1;
    int surname_count = 0;
    for (size_t i = 0; kl != (size_t)-1 && i < d->nparts; i++) {
        golden_participant *g = &d->parts[i];
        if (strcmp(g->type, type) != 0) continue;
        for (size_t m = 0; m < g->nmentions; m++) {
            size_t ol =
                countries_fold(g->mention_text[m], strlen(g->mention_text[m]), other, sizeof other);
            if (ol == (size_t)-1) continue;
            if (!strcmp(other, key)) hit = (long)i;
            if (!strchr(key, ' ') && !strcmp(type, "person") && ol > kl + 1 &&
                !strcmp(other + ol - kl, key) && other[ol - kl - 1] == ' ' && surname != (long)i) {
                surname = (long)i;
                surname_count++;
            }
        }
    }
    if (hit < 0 && surname_count == 1) hit = surname;
    if (hit < 0) {
        if (d->nparts == b->cap_parts) {
            b->cap_parts = b->cap_parts ? b->cap_parts * 2 : 16;
            d->parts = realloc(d->parts, b->cap_parts * sizeof *d->parts);
            if (!d->parts) exit(2);
        }
        golden_participant *g = &d->parts[d->nparts];
        memset(g, 0, sizeof *g);
        /* names are unique in a gold file: "NEW YORK (organization)" beside the city */
        char name[512];
        snprintf(name, sizeof name, "%s", mtext);
        for (int k = 1;; k++) {
            int used = 0;
            for (size_t i = 0; i < d->nparts; i++)
                used |= strcmp(d->parts[i].name, name) == 0;
            if (!used) break;
            if (k == 1)
                snprintf(name, sizeof name, "%s (%s)", mtext, type);
            else
                snprintf(name, sizeof name, "%s (%s #%d)", mtext, type, k);
        }
        g->name = strdup(name);
        g->type = strdup(type);
        hit = (long)d->nparts++;
    }
    golden_participant *g = &d->parts[hit];
    g->mentions = realloc(g->mentions, (g->nmentions + 1) * sizeof *g->mentions);
    g->mention_text = realloc(g->mention_text, (g->nmentions + 1) * sizeof *g->mention_text);
    if (!g->mentions || !g->mention_text) exit(2);
    g->mentions[g->nmentions] = (golden_span){b->m_start, b->cp};
    g->mention_text[g->nmentions++] = mtext;
}

/* Reads every document of a CoNLL NER file (token ... tag per line, IOB1 or IOB2, blank line
 * between sentences, -DOCSTART- between documents) into *docs. The text is the tokens joined by
 * a space, one sentence a line. Returns the document count, or -1 when the file cannot be read. */
static long conll_read(const char *path, golden_doc **docs)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t ndocs = 0, cap = 0;
    *docs = NULL;
    conll_builder b = {0};
    char line[4096], prev_type[16] = "";
    int sentence_open = 0;
    for (;;) {
        int eof = !fgets(line, sizeof line, f);
        int docstart = !eof && !strncmp(line, "-DOCSTART-", 10);
        if (eof || docstart) {
            cb_close(&b);
            if (b.doc) {
                golden_set_text(b.doc, b.text, b.len);
                ndocs++;
            }
            b.doc = NULL;
            if (eof) break;
            continue;
        }
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        if (!b.doc && n > 0) { /* a document starts at its first token line */
            if (ndocs + 1 > cap) {
                cap = cap ? cap * 2 : 64;
                *docs = realloc(*docs, cap * sizeof **docs);
                if (!*docs) exit(2);
            }
            b.doc = &(*docs)[ndocs];
            memset(b.doc, 0, sizeof *b.doc);
            char name[4096];
            snprintf(name, sizeof name, "%s-%03zu.json", base, ndocs + 1);
            b.doc->path = strdup(name);
            b.doc->language = strdup("en");
            b.len = 0;
            b.cp = 0;
            b.cap_parts = 0;
            sentence_open = 0;
            prev_type[0] = '\0';
        }
        if (!b.doc) continue;
        if (n == 0) {
            cb_close(&b);
            if (sentence_open) cb_add(&b, "\n", 1);
            sentence_open = 0;
            prev_type[0] = '\0';
            continue;
        }
        char *tok = line, *sp = strchr(line, ' '), *tag = strrchr(line, ' ');
        if (!sp || !tag) continue;
        size_t toklen = (size_t)(sp - tok);
        tag++;
        const char *type = strlen(tag) > 2 && tag[1] == '-' ? tag + 2 : NULL;
        int begins = type && (tag[0] == 'B' || strcmp(type, prev_type) != 0);
        if (!type || begins) cb_close(&b);
        if (sentence_open) cb_add(&b, " ", 1);
        sentence_open = 1;
        if (begins) {
            b.in_mention = 1;
            snprintf(b.type, sizeof b.type, "%s", type);
            b.m_start = b.cp;
            b.m_byte = b.len;
        }
        cb_add(&b, tok, toklen);
        snprintf(prev_type, sizeof prev_type, "%s", type ? type : "");
    }
    fclose(f);
    free(b.text);
    return (long)ndocs;
}

/* Writes d as a gold file (tests/golden/README.md format, participants only) into dir. */
static int dump_gold(const char *dir, const golden_doc *d)
{
    json_t *o = json_object(), *ps = json_array();
    json_object_set_new(o, "language", json_string(d->language));
    json_object_set_new(o, "reference_date",
                        d->reference_date ? json_string(d->reference_date) : json_null());
    json_object_set_new(o, "text", json_stringn(d->text, d->text_len));
    for (size_t i = 0; i < d->nparts; i++) {
        const golden_participant *g = &d->parts[i];
        json_t *p = json_object(), *ms = json_array();
        json_object_set_new(p, "name", json_string(g->name));
        json_object_set_new(p, "type", json_string(g->type));
        json_object_set_new(p, "roles", json_array());
        json_object_set_new(p, "country", json_null());
        for (size_t m = 0; m < g->nmentions; m++)
            json_array_append_new(
                ms, json_pack("{s:i,s:i,s:s}", "start", (json_int_t)g->mentions[m].start, "end",
                              (json_int_t)g->mentions[m].end, "text", g->mention_text[m]));
        json_object_set_new(p, "mentions", ms);
        json_array_append_new(ps, p);
    }
    json_object_set_new(o, "participants", ps);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, d->path);
    int rc = json_dump_file(o, path, JSON_INDENT(1));
    json_decref(o);
    if (rc) fprintf(stderr, "eval_participants: %s: cannot write\n", path);
    return rc ? 2 : 0;
}

typedef struct run {
    const resources *res;
    const char *pred_dir, *lang;
    int errors;
    part_counts by_lang[2], all;
} run;

/* Scores one gold document into r. Returns 0, or 2 when no answer can be had. */
static int score_one(run *r, const golden_doc *d)
{
    char msg[1024];
    if (r->lang && strcmp(r->lang, d->language) != 0) return 0;
    json_t *resp = r->pred_dir ? golden_read_response(r->pred_dir, d, msg, sizeof msg)
                               : golden_analyze(r->res, d, msg, sizeof msg);
    if (!resp) {
        fprintf(stderr, "eval_participants: %s\n", msg);
        return 2;
    }
    clustering gold = {0}, pred = {0};
    from_gold(d, &gold);
    from_response(resp, &pred);
    part_counts c = {0};
    long *found = xcalloc(gold.ne, sizeof *found);
    score_doc(&gold, &pred, &c, found);
    if (r->errors)
        for (size_t g = 0; g < gold.ne; g++)
            if (found[g] < 0)
                printf("%s: missed %s (%s)\n", d->path, gold.e[g].name, gold.e[g].type);
    size_t central[3], ncentral = 0;
    for (size_t k = 0; k < d->ncentral && ncentral < 3; k++)
        for (size_t g = 0; g < gold.ne; g++)
            if (!strcmp(gold.e[g].name, d->central[k])) central[ncentral++] = g;
    score_salience(&gold, central, ncentral, found, &c);
    if (r->errors && ncentral && found[central[0]] != 0)
        printf("%s: salience: first %s, central %s at %ld\n", d->path,
               pred.ne ? pred.e[0].name : "(none)", d->central[0],
               found[central[0]] < 0 ? -1 : found[central[0]] + 1);
    free(found);
    add_counts(&r->by_lang[strcmp(d->language, "en") == 0], &c);
    add_counts(&r->all, &c);
    clustering_free(&gold);
    clustering_free(&pred);
    json_decref(resp);
    return 0;
}

int main(int argc, char **argv)
{
    const char *gold_dir = "tests/golden/participants", *conll = NULL, *dump = NULL;
    const char *res_dir = getenv("CHRONIK_RESOURCES") ? getenv("CHRONIK_RESOURCES") : "resources";
    run r = {0};
    int skip_missing = 0, nfloors = 0;
    floor_spec floors[MAX_FLOORS];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--self-test")) return self_test();
        if (!strcmp(a, "--errors")) {
            r.errors = 1;
            continue;
        }
        if (!strcmp(a, "--skip-missing")) {
            skip_missing = 1;
            continue;
        }
        if (i + 1 >= argc) goto usage;
        if (!strcmp(a, "--gold"))
            gold_dir = argv[++i];
        else if (!strcmp(a, "--conll"))
            conll = argv[++i];
        else if (!strcmp(a, "--dump-gold"))
            dump = argv[++i];
        else if (!strcmp(a, "--pred"))
            r.pred_dir = argv[++i];
        else if (!strcmp(a, "--resources"))
            res_dir = argv[++i];
        else if (!strcmp(a, "--lang"))
            r.lang = argv[++i];
        else if (!strcmp(a, "--min") && nfloors < MAX_FLOORS) {
            const char *eq = strchr(argv[++i], '=');
            static char names[MAX_FLOORS][32];
            double v;
            part_scores probe = {0};
            if (!eq || (size_t)(eq - argv[i]) >= sizeof names[0]) goto usage;
            memcpy(names[nfloors], argv[i], (size_t)(eq - argv[i]));
            names[nfloors][eq - argv[i]] = '\0';
            if (floor_value(&probe, names[nfloors], &v)) goto usage;
            floors[nfloors].name = names[nfloors];
            floors[nfloors++].min = atof(eq + 1);
        } else
            goto usage;
    }
    golden_doc *docs = NULL;
    long ndocs = 0;
    if (conll) {
        ndocs = conll_read(conll, &docs);
        if (ndocs < 0) {
            fprintf(stderr, "eval_participants: %s: cannot read%s\n", conll,
                    skip_missing ? ": skipped" : "");
            return skip_missing ? 77 : 2;
        }
    }
    if (dump) { /* only write the CoNLL-derived gold, for reading or checking */
        int rc = conll ? 0 : 2;
        for (long i = 0; i < ndocs; i++) {
            if (!rc) rc = dump_gold(dump, &docs[i]);
            golden_clear(&docs[i]);
        }
        free(docs);
        if (!conll) fprintf(stderr, "eval_participants: --dump-gold needs --conll\n");
        return rc;
    }
    ck_error err;
    resources *res = NULL;
    if (!r.pred_dir && !(res = resources_load(res_dir, &err))) {
        fprintf(stderr, "eval_participants: %s\n", err.detail);
        return 2;
    }
    r.res = res;
    int rc = 0;
    if (conll) {
        for (long i = 0; i < ndocs; i++) {
            if (!rc) rc = score_one(&r, &docs[i]);
            golden_clear(&docs[i]);
        }
        free(docs);
    } else {
        size_t n;
        char **files = golden_list(gold_dir, &n);
        if (!files || !n) {
            fprintf(stderr, "eval_participants: %s: no gold files\n", gold_dir);
            resources_free(res);
            return 2;
        }
        for (size_t f = 0; f < n && !rc; f++) {
            golden_doc d = {0};
            char msg[1024];
            if (golden_load(files[f], &d, msg, sizeof msg)) {
                fprintf(stderr, "eval_participants: %s\n", msg);
                rc = 2;
            } else {
                rc = score_one(&r, &d);
            }
            golden_clear(&d);
        }
        golden_free_list(files, n);
    }
    resources_free(res);
    if (rc) return rc;
    if (r.by_lang[0].docs) report("de", &r.by_lang[0]);
    if (r.by_lang[1].docs) report("en", &r.by_lang[1]);
    report("all", &r.all);
    return check_floors(&r.all, floors, nfloors);
usage:
    fprintf(
        stderr,
        "usage: eval_participants [--gold DIR | --conll FILE [--skip-missing] [--dump-gold DIR]] "
        "[--resources DIR] [--pred DIR] [--lang de|en] [--errors] [--self-test] "
        "[--min mention-f1|b3-f1|muc-f1|entity-f1|role-acc|country-acc|salience-top1|"
        "salience-top3=X ...]\n");
    return 2;
}
