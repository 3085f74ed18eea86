/* eval_timex.c — TempEval-3-style scorer for the time stage: tags the plain text of gold
 * TimeML (TIMEX3) or ACE/TERN (TIMEX2) files and compares spans, values and types.
 *
 * Each gold file's <TEXT> is stripped of its tags (entities decoded) to give the input and the
 * gold spans in its bytes; empty (non-consuming) tags are skipped and of nested TIMEX2 only the
 * outermost counts. The reference date is the CREATION_TIME TIMEX3 (or <DCT>), unless --no-dct.
 * Strict match: equal spans; relaxed: overlapping spans, one-to-one, first come first served.
 * Attribute figures follow TempEval-3: over relaxed matches, value (type) precision is
 * correct/system, recall correct/gold, F1 their harmonic mean; accuracy is correct/matched.
 * Exit 0, 1 when a --min-* floor is not reached, 2 on bad usage, 77 when no file is found. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "models/arena.h"
#include "models/document.h"

typedef struct gold {
    size_t start, end;
    char type[16];
    char value[64];
} gold;

typedef struct counts {
    int ngold, nsys, strict, relaxed, value_ok, type_ok;
} counts;

static int verbose;

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long l = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)l + 1);
    if (b && fread(b, 1, (size_t)l, f) != (size_t)l) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) b[l] = '\0', *n = (size_t)l;
    return b;
}

/* The value of attribute name inside the tag [s, e), copied into out. */
static int attr(const char *s, const char *e, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    for (const char *p = s; p + nl + 2 < e; p++) {
        if (memcmp(p, name, nl) == 0 && p[nl] == '=' && (p[nl + 1] == '"' || p[nl + 1] == '\'') &&
            (p == s || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n')) {
            char q = p[nl + 1];
            const char *v = p + nl + 2, *ve = memchr(v, q, (size_t)(e - v));
            if (!ve) return -1;
            size_t l = (size_t)(ve - v);
            while (l && v[l - 1] == ' ')
                l--;
            if (l >= cap) l = cap - 1;
            memcpy(out, v, l);
            out[l] = '\0';
            return 0;
        }
    }
    return -1;
}

static size_t decode_entity(const char *p, const char *e, char *out)
{
    static const struct {
        const char *n, *v;
    } ents[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
    for (size_t i = 0; i < 5; i++) {
        size_t l = strlen(ents[i].n);
        if ((size_t)(e - p) >= l && memcmp(p, ents[i].n, l) == 0) {
            out[0] = ents[i].v[0];
            out[1] = (char)l;
            return 1;
        }
    }
    return 0;
}

/* Parses one gold file: text (malloc'd) with gold spans and the DCT. */
static char *parse(const char *buf, size_t n, gold **g, int *ng, char *dct, size_t *tlen)
{
    const char *end = buf + n;
    dct[0] = '\0';
    const char *d = strstr(buf, "CREATION_TIME");
    if (d) {
        const char *ts = d;
        while (ts > buf && *ts != '<')
            ts--;
        const char *te = strchr(d, '>');
        if (te) attr(ts, te, "value", dct, 32);
    }
    const char *t = strstr(buf, "<TEXT>");
    if (!t) return NULL;
    t += 6;
    const char *te = strstr(t, "</TEXT>");
    if (!te) te = end;
    char *out = malloc((size_t)(te - t) + 1);
    size_t o = 0;
    int cap = 64, depth = 0;
    *g = malloc((size_t)cap * sizeof **g);
    *ng = 0;
    int open_idx = -1;
    for (const char *p = t; p < te;) {
        if (*p == '<') {
            const char *q = memchr(p, '>', (size_t)(te - p));
            if (!q) break;
            bool closing = p[1] == '/';
            bool empty = q[-1] == '/';
            bool is_timex = strncmp(p + 1 + closing, "TIMEX", 5) == 0;
            if (is_timex && !closing && !empty) {
                if (depth++ == 0) {
                    if (*ng == cap) *g = realloc(*g, (size_t)(cap *= 2) * sizeof **g);
                    gold *x = &(*g)[*ng];
                    memset(x, 0, sizeof *x);
                    x->start = o;
                    if (attr(p, q, "value", x->value, sizeof x->value))
                        attr(p, q, "val", x->value, sizeof x->value);
                    attr(p, q, "type", x->type, sizeof x->type);
                    open_idx = (*ng)++;
                }
            } else if (is_timex && closing) {
                if (depth > 0 && --depth == 0 && open_idx >= 0) {
                    (*g)[open_idx].end = o;
                    if ((*g)[open_idx].end == (*g)[open_idx].start) (*ng)--;
                    open_idx = -1;
                }
            }
            p = q + 1;
            continue;
        }
        char ent[2];
        if (*p == '&' && decode_entity(p, te, ent)) {
            out[o++] = ent[0];
            p += (unsigned char)ent[1];
            continue;
        }
        out[o++] = *p++;
    }
    out[o] = '\0';
    *tlen = o;
    return out;
}

static void score_file(const resources *res, const char *path, const char *lang, bool use_dct,
                       counts *c)
{
    size_t n;
    char *buf = slurp(path, &n);
    if (!buf) {
        fprintf(stderr, "%s: cannot read\n", path);
        return;
    }
    gold *g = NULL;
    int ng = 0;
    char dct[40];
    size_t tlen = 0;
    char *text = parse(buf, n, &g, &ng, dct, &tlen);
    free(buf);
    if (!text) {
        free(g);
        return;
    }
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.whole_text = true; /* TEXT is the annotated article: no line of it is boilerplate */
    req.input = text;
    req.input_len = tlen;
    snprintf(req.language, sizeof req.language, "%s", lang);
    ck_error err = {0};
    if (use_dct && dct[0]) {
        char d10[11];
        snprintf(d10, sizeof d10, "%.10s", dct);
        if (request_set_param(&req, "reference_date", d10, &err))
            fprintf(stderr, "%s: bad DCT '%s'\n", path, dct);
    }
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    if (tlen == 0 || pipeline_run(res, &req, &doc, NULL, &err)) {
        if (tlen) fprintf(stderr, "%s: %s\n", path, err.detail);
        doc.ntimexes = 0;
    }
    size_t ns = doc.ntimexes;
    char *gm = calloc((size_t)ng + 1, 1), *sm = calloc(ns + 1, 1);
    c->ngold += ng;
    c->nsys += (int)ns;
    for (int i = 0; i < ng; i++) {
        for (size_t k = 0; k < ns; k++) {
            const timex *x = &doc.timexes[k];
            size_t s = document_input_offset(&doc, x->start),
                   e = document_input_offset(&doc, x->end);
            if (sm[k] || e <= g[i].start || s >= g[i].end) continue;
            sm[k] = gm[i] = 1;
            c->relaxed++;
            if (s == g[i].start && e == g[i].end) c->strict++;
            bool vok = strcmp(x->value, g[i].value) == 0;
            bool tok = strcmp(timex_type_name((timex_type)x->type), g[i].type) == 0;
            c->value_ok += vok;
            c->type_ok += tok;
            bool diff = !vok || (g[i].type[0] && !tok) || s != g[i].start || e != g[i].end;
            if (verbose > 1 || (verbose && diff))
                printf("%s\t%.*s\t%s %s\t|\t%.*s\t%s %s\t%s\n", diff ? "DIFF" : "OK",
                       (int)(g[i].end - g[i].start), text + g[i].start, g[i].type, g[i].value,
                       (int)(e - s), text + s, timex_type_name((timex_type)x->type), x->value,
                       path);
            break;
        }
        if (!gm[i] && verbose)
            printf("FN\t%.*s\t%s %s\t%s\n", (int)(g[i].end - g[i].start), text + g[i].start,
                   g[i].type, g[i].value, path);
    }
    for (size_t k = 0; verbose && k < ns; k++)
        if (!sm[k]) {
            const timex *x = &doc.timexes[k];
            size_t s = document_input_offset(&doc, x->start),
                   e = document_input_offset(&doc, x->end);
            size_t cs = s > 30 ? s - 30 : 0;
            printf("FP\t%.*s\t%s %s\t[%.*s]\t%s\n", (int)(e - s), text + s,
                   timex_type_name((timex_type)x->type), x->value,
                   (int)(e - cs + 20 < tlen - cs ? e - cs + 20 : tlen - cs), text + cs, path);
        }
    free(gm);
    free(sm);
    arena_free(a);
    free(g);
    free(text);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool wanted(const char *name)
{
    size_t l = strlen(name);
    return (l > 4 && strcmp(name + l - 4, ".tml") == 0) ||
           (l > 8 && strcmp(name + l - 8, ".key.xml") == 0);
}

/* Adds path (a file, or the gold files directly inside a folder) to the list. */
static void collect(const char *path, char ***files, int *nf, int *cap)
{
    struct stat st;
    if (stat(path, &st)) return;
    if (!S_ISDIR(st.st_mode)) {
        if (*nf == *cap) *files = realloc(*files, (size_t)(*cap = *cap * 2 + 16) * sizeof **files);
        (*files)[(*nf)++] = strdup(path);
        return;
    }
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    int first = *nf;
    while ((e = readdir(d))) {
        if (!wanted(e->d_name)) continue;
        if (*nf == *cap) *files = realloc(*files, (size_t)(*cap = *cap * 2 + 16) * sizeof **files);
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        (*files)[*nf] = malloc(l);
        snprintf((*files)[(*nf)++], l, "%s/%s", path, e->d_name);
    }
    closedir(d);
    qsort(*files + first, (size_t)(*nf - first), sizeof **files, cmp_str);
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

int main(int argc, char **argv)
{
    const char *lang = "en", *resdir = getenv("CHRONIK_RESOURCES"), *data_root = NULL;
    bool use_dct = true, no_type = false;
    double min_relaxed = 0, min_value = 0;
    char **files = NULL;
    int nf = 0, cap = 0;
    if (!resdir) resdir = "resources";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--lang") && i + 1 < argc)
            lang = argv[++i];
        else if (!strcmp(argv[i], "--resources") && i + 1 < argc)
            resdir = argv[++i];
        else if (!strcmp(argv[i], "--no-dct"))
            use_dct = false;
        else if (!strcmp(argv[i], "--no-type"))
            no_type = true;
        else if (!strcmp(argv[i], "--verbose"))
            verbose++;
        else if (!strcmp(argv[i], "--min-relaxed") && i + 1 < argc)
            min_relaxed = atof(argv[++i]);
        else if (!strcmp(argv[i], "--min-value") && i + 1 < argc)
            min_value = atof(argv[++i]);
        else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            /* later paths are relative to $CHRONIK_SHARED_DATA, else to this folder */
            const char *env = getenv("CHRONIK_SHARED_DATA");
            data_root = env && *env ? env : argv[i + 1];
            i++;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: eval_timex [--lang de|en] [--no-dct] [--no-type] "
                            "[--verbose [--verbose]] [--resources DIR] [--min-relaxed F1] "
                            "[--min-value F1] [--data ROOT] FILE|DIR...\n");
            return 2;
        } else if (data_root) {
            char p[4096];
            snprintf(p, sizeof p, "%s/%s", data_root, argv[i]);
            collect(p, &files, &nf, &cap);
        } else
            collect(argv[i], &files, &nf, &cap);
    }
    if (nf == 0) {
        fprintf(stderr, "eval_timex: no gold files found (skipped)\n");
        return 77;
    }
    ck_error err = {0};
    resources *res = resources_load(resdir, &err);
    if (!res) {
        fprintf(stderr, "eval_timex: %s\n", err.detail);
        return 2;
    }
    counts c = {0};
    for (int i = 0; i < nf; i++) {
        score_file(res, files[i], lang, use_dct, &c);
        free(files[i]);
    }
    free(files);
    resources_free(res);
    double sp = c.nsys ? (double)c.strict / c.nsys : 0,
           sr = c.ngold ? (double)c.strict / c.ngold : 0;
    double rp = c.nsys ? (double)c.relaxed / c.nsys : 0,
           rr = c.ngold ? (double)c.relaxed / c.ngold : 0;
    double vp = c.nsys ? (double)c.value_ok / c.nsys : 0,
           vr = c.ngold ? (double)c.value_ok / c.ngold : 0;
    double tp = c.nsys ? (double)c.type_ok / c.nsys : 0,
           tr = c.ngold ? (double)c.type_ok / c.ngold : 0;
    double rf = 100 * f1(rp, rr), vf = 100 * f1(vp, vr);
    printf("files %d  gold %d  system %d\n", nf, c.ngold, c.nsys);
    printf("strict   P %5.1f  R %5.1f  F1 %5.1f\n", 100 * sp, 100 * sr, 100 * f1(sp, sr));
    printf("relaxed  P %5.1f  R %5.1f  F1 %5.1f\n", 100 * rp, 100 * rr, rf);
    printf("value    F1 %5.1f  accuracy %5.1f\n", vf,
           c.relaxed ? 100.0 * c.value_ok / c.relaxed : 0);
    if (!no_type)
        printf("type     F1 %5.1f  accuracy %5.1f\n", 100 * f1(tp, tr),
               c.relaxed ? 100.0 * c.type_ok / c.relaxed : 0);
    if (rf < min_relaxed || vf < min_value) {
        fprintf(stderr,
                "eval_timex: below the floor (relaxed F1 %.1f < %.1f or value F1 %.1f < %.1f)\n",
                rf, min_relaxed, vf, min_value);
        return 1;
    }
    return 0;
}
