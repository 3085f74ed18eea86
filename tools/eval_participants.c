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
 * - country accuracy: of the found gold participants with a country, the share with that code.
 *
 * usage: eval_participants [--gold DIR] [--resources DIR] [--pred DIR] [--lang de|en]
 *                          [--errors] [--self-test]
 * Exit status 0; 1 when --self-test fails; 2 on bad usage or unreadable input. */
#include <math.h>
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
}

static void add_counts(part_counts *to, const part_counts *c)
{
    double *a = (double *)to;
    const double *b = (const double *)c;
    for (size_t i = 0; i < sizeof *c / sizeof(double); i++)
        a[i] += b[i];
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

int main(int argc, char **argv)
{
    const char *gold_dir = "tests/golden/participants", *pred_dir = NULL, *lang = NULL;
    const char *res_dir = getenv("CHRONIK_RESOURCES") ? getenv("CHRONIK_RESOURCES") : "resources";
    int errors = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--self-test")) return self_test();
        if (!strcmp(a, "--errors")) {
            errors = 1;
            continue;
        }
        if (i + 1 >= argc) goto usage;
        if (!strcmp(a, "--gold"))
            gold_dir = argv[++i];
        else if (!strcmp(a, "--pred"))
            pred_dir = argv[++i];
        else if (!strcmp(a, "--resources"))
            res_dir = argv[++i];
        else if (!strcmp(a, "--lang"))
            lang = argv[++i];
        else
            goto usage;
    }
    resources *res = NULL;
    ck_error err;
    if (!pred_dir && !(res = resources_load(res_dir, &err))) {
        fprintf(stderr, "eval_participants: %s\n", err.detail);
        return 2;
    }
    size_t n;
    char **files = golden_list(gold_dir, &n);
    if (!files || !n) {
        fprintf(stderr, "eval_participants: %s: no gold files\n", gold_dir);
        return 2;
    }
    part_counts by_lang[2] = {{0}}, all = {0};
    for (size_t f = 0; f < n; f++) {
        golden_doc d = {0};
        char msg[1024];
        if (golden_load(files[f], &d, msg, sizeof msg)) {
            fprintf(stderr, "eval_participants: %s\n", msg);
            return 2;
        }
        if (lang && strcmp(lang, d.language) != 0) {
            golden_clear(&d);
            continue;
        }
        json_t *resp = pred_dir ? golden_read_response(pred_dir, &d, msg, sizeof msg)
                                : golden_analyze(res, &d, msg, sizeof msg);
        if (!resp) {
            fprintf(stderr, "eval_participants: %s\n", msg);
            return 2;
        }
        clustering gold = {0}, pred = {0};
        from_gold(&d, &gold);
        from_response(resp, &pred);
        part_counts c = {0};
        long *found = xcalloc(gold.ne, sizeof *found);
        score_doc(&gold, &pred, &c, found);
        if (errors)
            for (size_t g = 0; g < gold.ne; g++)
                if (found[g] < 0)
                    printf("%s: missed %s (%s)\n", d.path, gold.e[g].name, gold.e[g].type);
        free(found);
        add_counts(&by_lang[strcmp(d.language, "en") == 0], &c);
        add_counts(&all, &c);
        clustering_free(&gold);
        clustering_free(&pred);
        json_decref(resp);
        golden_clear(&d);
    }
    golden_free_list(files, n);
    resources_free(res);
    if (by_lang[0].docs) report("de", &by_lang[0]);
    if (by_lang[1].docs) report("en", &by_lang[1]);
    report("all", &all);
    return 0;
usage:
    fprintf(stderr, "usage: eval_participants [--gold DIR] [--resources DIR] [--pred DIR] "
                    "[--lang de|en] [--errors] [--self-test]\n");
    return 2;
}
