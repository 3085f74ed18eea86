/* test_html_golden.c — runs html_extract over tests/golden/html/<case>/page.html and compares
 * with the case's expected.txt (token precision and recall) and expected.json (title and
 * publication date, exactly).
 *
 * Tokens are the white-space separated words of the text; precision is the share of extracted
 * tokens that the expected text has (as a multiset), recall the share of expected tokens that
 * were extracted. The figures are micro-averaged over all cases; the test fails when a title or
 * date differs, when the average precision or recall is under FLOOR_ALL or one case is under
 * FLOOR_CASE. expected.json may name "http_charset", the charset a transport would declare.
 * Usage: test_html_golden DIR [-v] (-v prints the extracted text of cases that differ). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analysis/html.h"
#include "models/arena.h"

#define FLOOR_ALL  0.95
#define FLOOR_CASE 0.85

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *b = malloc(cap + 1);
    while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(b, (cap *= 2) + 1);
            if (!nb) free(b);
            b = nb;
        }
    }
    fclose(f);
    if (!b) return NULL;
    b[n] = '\0';
    *len = n;
    return b;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The white-space separated tokens of s (which is modified), sorted. */
static char **tokens(char *s, size_t *n)
{
    size_t cap = 64;
    char **v = malloc(cap * sizeof *v);
    *n = 0;
    for (char *t = strtok(s, " \t\r\n"); v && t; t = strtok(NULL, " \t\r\n")) {
        if (*n == cap) {
            char **nv = realloc(v, (cap *= 2) * sizeof *v);
            if (!nv) {
                free(v);
                return NULL;
            }
            v = nv;
        }
        v[(*n)++] = t;
    }
    if (v) qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

/* Size of the multiset intersection of two sorted token lists. */
static size_t common(char **a, size_t na, char **b, size_t nb)
{
    size_t i = 0, j = 0, c = 0;
    while (i < na && j < nb) {
        int r = strcmp(a[i], b[j]);
        if (r == 0) {
            c++, i++, j++;
        } else if (r < 0) {
            i++;
        } else {
            j++;
        }
    }
    return c;
}

static void date_str(const html_page *p, char *out, size_t n)
{
    const ck_datetime *d = &p->date;
    if (p->date_source == REF_NONE)
        snprintf(out, n, "null");
    else if (d->has_time)
        snprintf(out, n, "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month, d->day, d->hour,
                 d->minute, d->second);
    else
        snprintf(out, n, "%04d-%02d-%02d", d->year, d->month, d->day);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s DIR [-v]\n", argv[0]);
        return 2;
    }
    bool verbose = argc > 2 && !strcmp(argv[2], "-v");
    DIR *d = opendir(argv[1]);
    if (!d) {
        perror(argv[1]);
        return 2;
    }
    char *names[256];
    size_t nnames = 0;
    struct dirent *e;
    while ((e = readdir(d)) && nnames < 256)
        if (e->d_name[0] != '.') names[nnames++] = strdup(e->d_name);
    closedir(d);
    qsort(names, nnames, sizeof *names, cmp_str);

    int failures = 0;
    size_t all_common = 0, all_got = 0, all_want = 0;
    printf("%-24s %9s %9s  %s\n", "case", "precision", "recall", "title, date");
    for (size_t c = 0; c < nnames; c++) {
        char path[4096];
        size_t page_len, want_len, json_len;
        snprintf(path, sizeof path, "%s/%s/page.html", argv[1], names[c]);
        char *page = slurp(path, &page_len);
        snprintf(path, sizeof path, "%s/%s/expected.txt", argv[1], names[c]);
        char *want = slurp(path, &want_len);
        snprintf(path, sizeof path, "%s/%s/expected.json", argv[1], names[c]);
        char *js = slurp(path, &json_len);
        json_t *exp = js ? json_loads(js, 0, NULL) : NULL;
        if (!page || !want || !exp) {
            printf("%-24s missing page.html, expected.txt or a valid expected.json\n", names[c]);
            failures++;
            goto next;
        }
        arena *a = arena_new(0, 0);
        html_page p;
        ck_error err = {0};
        const char *cs = json_string_value(json_object_get(exp, "http_charset"));
        if (html_extract(a, page, page_len, cs, &p, &err)) {
            printf("%-24s extraction failed: %s\n", names[c], err.detail);
            failures++;
            arena_free(a);
            goto next;
        }
        char *got = strdup(p.text);
        size_t ng, nw;
        char **tg = tokens(got, &ng), **tw = tokens(want, &nw);
        size_t k = common(tg, ng, tw, nw);
        double prec = ng ? (double)k / ng : 0, rec = nw ? (double)k / nw : 0;
        all_common += k, all_got += ng, all_want += nw;

        const char *want_title = json_string_value(json_object_get(exp, "title"));
        json_t *rd = json_object_get(exp, "reference_date");
        const char *want_date = json_string_value(json_object_get(rd, "value"));
        const char *want_src = json_string_value(json_object_get(rd, "source"));
        char got_date[40];
        date_str(&p, got_date, sizeof got_date);
        const char *got_src = request_ref_source_name(p.date_source);
        bool title_ok =
            (!want_title && !p.title) || (want_title && p.title && !strcmp(want_title, p.title));
        bool date_ok = want_date ? !strcmp(want_date, got_date) && got_src && want_src &&
                                       !strcmp(want_src, got_src)
                                 : p.date_source == REF_NONE;
        bool ok = title_ok && date_ok && prec >= FLOOR_CASE && rec >= FLOOR_CASE;
        printf("%-24s %9.3f %9.3f  %s%s\n", names[c], prec, rec, title_ok ? "ok" : "TITLE",
               date_ok ? "" : " DATE");
        if (!title_ok)
            printf("    title: got \"%s\", want \"%s\"\n", p.title ? p.title : "(null)",
                   want_title ? want_title : "(null)");
        if (!date_ok)
            printf("    date: got %s (%s), want %s (%s)\n", got_date, got_src ? got_src : "null",
                   want_date ? want_date : "null", want_src ? want_src : "null");
        if (verbose && (prec < 1 || rec < 1)) printf("---\n%s\n---\n", p.text);
        if (!ok) failures++;
        free(tg);
        free(tw);
        free(got);
        arena_free(a);
    next:
        free(page);
        free(want);
        free(js);
        json_decref(exp);
        free(names[c]);
    }
    double P = all_got ? (double)all_common / all_got : 0;
    double R = all_want ? (double)all_common / all_want : 0;
    printf("%-24s %9.3f %9.3f  (micro average over %zu cases, %zu expected tokens)\n", "all", P, R,
           nnames, all_want);
    if (P < FLOOR_ALL || R < FLOOR_ALL) failures++;
    if (nnames == 0) failures++;
    return failures ? 1 : 0;
}
