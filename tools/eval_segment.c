/* eval_segment.c — scores the text layer (normalize + segment) against a CoNLL-U treebank.
 *
 * The raw text is rebuilt from the "# text =" lines: sentences of one paragraph are joined with
 * a space, a "# newdoc" or "# newpar" starts a new line. Gold sentence boundaries are the ends
 * of those sentences; gold tokens are the surface tokens (a multiword range "1-2" counts once,
 * its syntactic words not at all), located in the text by matching their forms in order.
 * Reported: sentence-boundary precision, recall and F1 (all boundaries, and those not at a line
 * break), token accuracy (the share of gold token spans produced exactly), and throughput.
 *
 * usage: eval_segment --lang de|en [--resources DIR] [--data-dir DIR] [--min-f1 X]
 *                     [--skip-missing] [--errors N] [--bench] FILE.conllu
 * A relative FILE is looked up under $CHRONIK_SHARED_DATA, else under --data-dir. Exit status:
 * 0, 1 when F1 is below --min-f1, 2 on bad usage or input, 77 when FILE is missing and
 * --skip-missing was given (meson's "skipped"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "analysis/normalize.h"
#include "analysis/segment.h"
#include "models/arena.h"
#include "models/document.h"

typedef struct span {
    uint32_t start, end;
} span;

typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

typedef struct vec {
    span *p;
    size_t n, cap;
} vec;

static void die(const char *msg)
{
    fprintf(stderr, "eval_segment: %s\n", msg);
    exit(2);
}

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p) die("out of memory");
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void vec_add(vec *v, uint32_t s, uint32_t e)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1024;
        v->p = realloc(v->p, v->cap * sizeof *v->p);
        if (!v->p) die("out of memory");
    }
    v->p[v->n++] = (span){s, e};
}

static int span_cmp(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return 0;
}

/* Counts the spans present in both sorted arrays. */
static size_t common(const vec *a, const vec *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n && j < b->n) {
        int c = span_cmp(&a->p[i], &b->p[j]);
        if (c == 0) {
            n++;
            i++;
            j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

typedef struct corpus {
    buf text;
    vec sents;  /* gold sentence spans */
    vec tokens; /* gold surface token spans */
    size_t unaligned;
} corpus;

/* Reads the CoNLL-U file into the rebuilt text and its gold spans. */
static void read_conllu(FILE *f, corpus *c)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int new_par = 0;
    size_t sent_start = 0, pos = 0; /* pos: where the next token is searched */
    long skip_to = 0;               /* last word id covered by a multiword range */
    int in_sent = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (strncmp(line, "# newdoc", 8) == 0 || strncmp(line, "# newpar", 8) == 0) {
            new_par = 1;
        } else if (strncmp(line, "# text = ", 9) == 0) {
            if (c->text.n) buf_add(&c->text, new_par ? "\n" : " ", 1);
            new_par = 0;
            sent_start = c->text.n;
            buf_add(&c->text, line + 9, (size_t)len - 9);
            vec_add(&c->sents, (uint32_t)sent_start, (uint32_t)c->text.n);
            pos = sent_start;
            skip_to = 0;
            in_sent = 1;
        } else if (len == 0) {
            in_sent = 0;
        } else if (in_sent && line[0] >= '0' && line[0] <= '9') {
            char *tab = strchr(line, '\t');
            if (!tab) continue;
            char *form = tab + 1, *tab2 = strchr(form, '\t');
            if (!tab2) continue;
            *tab2 = '\0';
            char *end;
            long id = strtol(line, &end, 10);
            if (*end == '.') continue; /* an empty node */
            if (*end == '-') {
                skip_to = strtol(end + 1, NULL, 10);
            } else if (id <= skip_to) {
                continue; /* a word inside a multiword token */
            }
            size_t fl = strlen(form);
            const char *hay = c->text.p + pos;
            while (*hay == ' ')
                hay++;
            const char *at = strncmp(hay, form, fl) == 0 ? hay : strstr(c->text.p + pos, form);
            if (!at) {
                c->unaligned++;
                vec_add(&c->tokens, UINT32_MAX, UINT32_MAX);
                continue;
            }
            uint32_t s = (uint32_t)(at - c->text.p);
            vec_add(&c->tokens, s, s + (uint32_t)fl);
            pos = s + fl;
        }
    }
    free(line);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Prints the text around byte offset off on one line. */
static void show(const char *what, const buf *t, uint32_t off)
{
    size_t a = off > 60 ? off - 60 : 0, b = off + 60 < t->n ? off + 60 : t->n;
    while (a > 0 && ((unsigned char)t->p[a] & 0xC0) == 0x80)
        a--;
    while (b < t->n && ((unsigned char)t->p[b] & 0xC0) == 0x80)
        b++;
    printf("%s: ", what);
    for (size_t i = a; i < b; i++) {
        if (i == off) fputs("‖", stdout);
        putchar(t->p[i] == '\n' ? '/' : t->p[i]);
    }
    putchar('\n');
}

int main(int argc, char **argv)
{
    const char *lang = NULL, *res = getenv("CHRONIK_RESOURCES"), *data_dir = NULL, *file = NULL;
    double min_f1 = -1;
    int skip_missing = 0, bench = 0, errors = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--lang") && i + 1 < argc)
            lang = argv[++i];
        else if (!strcmp(a, "--resources") && i + 1 < argc)
            res = argv[++i];
        else if (!strcmp(a, "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(a, "--min-f1") && i + 1 < argc)
            min_f1 = atof(argv[++i]);
        else if (!strcmp(a, "--errors") && i + 1 < argc)
            errors = atoi(argv[++i]);
        else if (!strcmp(a, "--skip-missing"))
            skip_missing = 1;
        else if (!strcmp(a, "--bench"))
            bench = 1;
        else if (a[0] != '-' && !file)
            file = a;
        else
            die("usage: eval_segment --lang de|en [--resources DIR] [--data-dir DIR] "
                "[--min-f1 X] [--skip-missing] [--errors N] [--bench] FILE.conllu");
    }
    if (!lang || !file) die("--lang and a CoNLL-U file are required");
    if (!res) res = "resources";
    char path[4096];
    const char *env = getenv("CHRONIK_SHARED_DATA");
    if (file[0] != '/' && env && *env)
        snprintf(path, sizeof path, "%s/%s", env, file);
    else if (file[0] != '/' && data_dir)
        snprintf(path, sizeof path, "%s/%s", data_dir, file);
    else
        snprintf(path, sizeof path, "%s", file);
    if (access(path, R_OK) != 0) {
        fprintf(stderr, "eval_segment: %s: not found\n", path);
        return skip_missing ? 77 : 2;
    }

    char dir[4096];
    snprintf(dir, sizeof dir, "%s/%s", res, lang);
    ck_error err = {0};
    segment_rules *rules = segment_rules_load(dir, &err);
    if (!rules) {
        fprintf(stderr, "eval_segment: %s\n", err.detail);
        return 2;
    }

    FILE *f = fopen(path, "r");
    if (!f) die("cannot open the CoNLL-U file");
    corpus c = {0};
    read_conllu(f, &c);
    fclose(f);
    if (!c.sents.n) die("no \"# text =\" lines found");

    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    doc.input = c.text.p;
    doc.input_len = c.text.n;
    memcpy(doc.lang, lang, 2);
    if (normalize_document(&doc, &err) || segment_document(rules, &doc, &err)) {
        fprintf(stderr, "eval_segment: %s\n", err.detail);
        return 2;
    }

    /* predicted spans in input offsets */
    vec ps = {0}, pt = {0};
    for (size_t i = 0; i < doc.nsentences; i++)
        vec_add(&ps, document_input_offset(&doc, doc.sentences[i].start),
                document_input_offset(&doc, doc.sentences[i].end));
    for (size_t i = 0; i < doc.ntokens; i++)
        vec_add(&pt, document_input_offset(&doc, doc.tokens[i].start),
                document_input_offset(&doc, doc.tokens[i].end));

    /* sentence boundaries: the end offsets; "inner" ones are those not followed by '\n' */
    vec ge = {0}, pe = {0};
    for (size_t i = 0; i < c.sents.n; i++)
        vec_add(&ge, c.sents.p[i].end, 0);
    for (size_t i = 0; i < ps.n; i++)
        vec_add(&pe, ps.p[i].end, 0);
    size_t ge_in = 0, pe_in = 0, hit_in = 0, hit = 0;
    size_t gi = 0;
    for (size_t i = 0; i < pe.n; i++) {
        uint32_t e = pe.p[i].start;
        int inner = e < c.text.n && c.text.p[e] != '\n';
        pe_in += inner;
        while (gi < ge.n && ge.p[gi].start < e)
            gi++;
        if (gi < ge.n && ge.p[gi].start == e) {
            hit++;
            hit_in += inner;
        }
    }
    for (size_t i = 0; i < ge.n; i++) {
        uint32_t e = ge.p[i].start;
        ge_in += e < c.text.n && c.text.p[e] != '\n';
    }
    double p = pe.n ? 100.0 * hit / pe.n : 0, r = 100.0 * hit / ge.n;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    double pi = pe_in ? 100.0 * hit_in / pe_in : 0, ri = ge_in ? 100.0 * hit_in / ge_in : 0;
    double f1i = pi + ri > 0 ? 2 * pi * ri / (pi + ri) : 0;

    qsort(c.tokens.p, c.tokens.n, sizeof *c.tokens.p, span_cmp);
    double tacc = 100.0 * (double)common(&c.tokens, &pt) / (double)c.tokens.n;

    printf("file: %s\n", path);
    printf("text: %zu bytes, %zu gold sentences, %zu predicted, %zu gold tokens (%zu unaligned), "
           "%zu predicted\n",
           c.text.n, c.sents.n, ps.n, c.tokens.n, c.unaligned, pt.n);
    printf("sentence boundaries: P %.2f  R %.2f  F1 %.2f\n", p, r, f1);
    printf("sentence boundaries not at a line break: P %.2f  R %.2f  F1 %.2f  (gold %zu)\n", pi, ri,
           f1i, ge_in);
    printf("token accuracy: %.2f\n", tacc);

    if (errors) {
        /* missed and spurious boundaries, in text order */
        int shown = 0;
        size_t i = 0, j = 0;
        while ((i < ge.n || j < pe.n) && shown < errors) {
            uint32_t g = i < ge.n ? ge.p[i].start : UINT32_MAX;
            uint32_t q = j < pe.n ? pe.p[j].start : UINT32_MAX;
            if (g == q) {
                i++;
                j++;
            } else if (g < q) {
                show("missed  ", &c.text, g);
                i++;
                shown++;
            } else {
                show("spurious", &c.text, q);
                j++;
                shown++;
            }
        }
        /* token errors: gold spans we did not produce */
        qsort(pt.p, pt.n, sizeof *pt.p, span_cmp);
        shown = 0;
        j = 0;
        for (i = 0; i < c.tokens.n && shown < errors; i++) {
            span g = c.tokens.p[i];
            if (g.start == UINT32_MAX) continue;
            while (j < pt.n && span_cmp(&pt.p[j], &g) < 0)
                j++;
            if (j < pt.n && span_cmp(&pt.p[j], &g) == 0) continue;
            printf("token   : %.*s\n", (int)(g.end - g.start), c.text.p + g.start);
            shown++;
        }
    }

    if (bench) {
        int reps = 20;
        double t0 = now();
        for (int k = 0; k < reps; k++) {
            arena *b = arena_new(0, 0);
            document d;
            document_init(&d, b);
            d.input = c.text.p;
            d.input_len = c.text.n;
            if (normalize_document(&d, &err) || segment_document(rules, &d, &err)) die(err.detail);
            arena_free(b);
        }
        double dt = now() - t0;
        printf("speed: %.1f MB/s (normalize + segment, %d runs)\n",
               (double)c.text.n * reps / dt / 1e6, reps);
    }

    arena_free(a);
    segment_rules_free(rules);
    free(c.text.p);
    free(c.sents.p);
    free(c.tokens.p);
    free(ps.p);
    free(pt.p);
    free(ge.p);
    free(pe.p);
    if (min_f1 >= 0 && f1 < min_f1) {
        fprintf(stderr, "eval_segment: sentence F1 %.2f is below the floor %.2f\n", f1, min_f1);
        return 1;
    }
    return 0;
}
