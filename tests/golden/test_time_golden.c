/* test_time_golden.c — the golden corpus of the time stage: each line of a .tsv names a text,
 * its reference date and one expression that dates[] must hold with the given type and value
 * (and mod, freq); each line of a negative file is a text that must yield no date at all.
 * usage: test_time_golden LANG CASES.tsv NEGATIVE.txt — prints file:line for each failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "models/arena.h"

static int failures, checks;

/* Runs the pipeline on text; returns the document (in arena a) or NULL. */
static document *analyze(const resources *res, const char *lang, const char *ref, const char *text,
                         arena *a)
{
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = strlen(text);
    snprintf(req.language, sizeof req.language, "%s", lang);
    ck_error err = {0};
    if (strcmp(ref, "-") != 0 && request_set_param(&req, "reference_date", ref, &err)) return NULL;
    document *doc = arena_alloc(a, sizeof *doc);
    document_init(doc, a);
    if (pipeline_run(res, &req, doc, NULL, &err)) {
        fprintf(stderr, "pipeline: %s\n", err.detail);
        return NULL;
    }
    return doc;
}

static void list_dates(const document *doc)
{
    for (size_t k = 0; k < doc->ntimexes; k++) {
        const timex *x = &doc->timexes[k];
        fprintf(stderr, "    found \"%.*s\" %s %s%s%s%s%s\n", (int)(x->end - x->start),
                doc->text + x->start, timex_type_name((timex_type)x->type), x->value,
                x->mod ? " " : "", x->mod ? x->mod : "", x->freq ? " freq " : "",
                x->freq ? x->freq : "");
    }
}

static void run_cases(const resources *res, const char *lang, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        failures++;
        return;
    }
    char line[2048];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#') continue;
        char *field[7] = {0};
        int nf = 0;
        for (char *p = line; p && nf < 7; nf++) {
            field[nf] = p;
            p = strchr(p, '\t');
            if (p) *p++ = '\0';
        }
        if (nf < 5) {
            fprintf(stderr, "%s:%d: expected 5 to 7 tab-separated fields\n", path, lineno);
            failures++;
            continue;
        }
        /* a backslash and an "n" in the text are a line break (a clock time alone on its line) */
        for (char *q = field[1], *w = field[1];; q++) {
            if (q[0] == '\\' && q[1] == 'n') {
                *w++ = '\n';
                q++;
            } else if (!(*w++ = *q))
                break;
        }
        checks++;
        arena *a = arena_new(0, 0);
        document *doc = analyze(res, lang, field[0], field[1], a);
        const timex *hit = NULL;
        size_t el = strlen(field[2]);
        for (size_t k = 0; doc && k < doc->ntimexes && !hit; k++) {
            const timex *x = &doc->timexes[k];
            if (x->end - x->start == el && memcmp(doc->text + x->start, field[2], el) == 0) hit = x;
        }
        /* an empty mod column checks no mod (a freq column follows it) */
        const char *mod = nf > 5 && field[5][0] ? field[5] : NULL;
        const char *freq = nf > 6 && field[6][0] ? field[6] : NULL;
        if (!hit || strcmp(timex_type_name((timex_type)hit->type), field[3]) != 0 ||
            strcmp(hit->value, field[4]) != 0 ||
            (mod && (!hit->mod || strcmp(hit->mod, mod) != 0)) ||
            (freq && (!hit->freq || strcmp(hit->freq, freq) != 0))) {
            failures++;
            fprintf(stderr, "%s:%d: \"%s\" in \"%s\" (ref %s): expected %s %s%s%s%s%s\n", path,
                    lineno, field[2], field[1], field[0], field[3], field[4], mod ? " " : "",
                    mod ? mod : "", freq ? " freq " : "", freq ? freq : "");
            if (doc) list_dates(doc);
        }
        arena_free(a);
    }
    fclose(f);
}

static void run_negative(const resources *res, const char *lang, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        failures++;
        return;
    }
    char line[2048];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#') continue;
        checks++;
        arena *a = arena_new(0, 0);
        document *doc = analyze(res, lang, "2022-05-13", line, a);
        if (!doc || doc->ntimexes) {
            failures++;
            fprintf(stderr, "%s:%d: \"%s\" must yield no date\n", path, lineno, line);
            if (doc) list_dates(doc);
        }
        arena_free(a);
    }
    fclose(f);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: test_time_golden LANG CASES.tsv NEGATIVE.txt\n");
        return 2;
    }
    const char *dir = getenv("CHRONIK_RESOURCES");
    ck_error err = {0};
    resources *res = resources_load(dir ? dir : "resources", &err);
    if (!res) {
        fprintf(stderr, "resources: %s\n", err.detail);
        return 1;
    }
    run_cases(res, argv[1], argv[2]);
    run_negative(res, argv[1], argv[3]);
    resources_free(res);
    fprintf(stderr, "%d cases, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
