/* bench_time.c — throughput of the time stage alone (MB/s of article text, in-process, one
 * core). The article is normalized and segmented once; then time_document runs repeatedly on
 * a fresh arena, and only that is timed. usage: bench_time [--lang de|en] [--seconds S] FILE...
 * (several files are concatenated, separated by blank lines). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/boilerplate.h"
#include "analysis/normalize.h"
#include "analysis/pipeline.h"
#include "analysis/segment.h"
#include "analysis/time.h"

int main(int argc, char **argv)
{
    const char *lang = "de", *resdir = getenv("CHRONIK_RESOURCES");
    double seconds = 2;
    char *text = NULL;
    size_t len = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--lang") && i + 1 < argc) {
            lang = argv[++i];
        } else if (!strcmp(argv[i], "--seconds") && i + 1 < argc) {
            seconds = atof(argv[++i]);
        } else if (!strcmp(argv[i], "--resources") && i + 1 < argc) {
            resdir = argv[++i];
        } else {
            ck_error e = {0};
            size_t n;
            char *b = resources_read_file(argv[i], &n, &e);
            if (!b) {
                fprintf(stderr, "bench_time: %s\n", e.detail);
                return 1;
            }
            char *t = realloc(text, len + n + 3);
            if (!t) return 1;
            text = t;
            memcpy(text + len, b, n);
            len += n;
            memcpy(text + len, "\n\n", 3);
            len += 2;
            free(b);
        }
    }
    if (!text) {
        fprintf(stderr,
                "usage: bench_time [--lang de|en] [--seconds S] [--resources DIR] FILE...\n");
        return 2;
    }
    ck_error err = {0};
    resources *res = resources_load(resdir ? resdir : "resources", &err);
    if (!res) {
        fprintf(stderr, "bench_time: %s\n", err.detail);
        return 1;
    }
    const lang_resources *lr = resources_lang(res, lang);
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    doc.input = text;
    doc.input_len = len;
    if (normalize_document(&doc, &err) || segment_document(lr->segment, &doc, &err) ||
        boilerplate_mark(lr->boilerplate, &doc, &err)) {
        fprintf(stderr, "bench_time: %s\n", err.detail);
        return 1;
    }
    /* the whole text counts: no sentence is left out as boilerplate */
    for (size_t i = 0; i < doc.nsentences; i++)
        doc.sentences[i].boiler = 0;
    long iters = 0;
    size_t found = 0;
    double t0 = pipeline_clock(), t = t0;
    while (t - t0 < seconds) {
        for (int k = 0; k < 20; k++) {
            arena *ta = arena_new(0, 0);
            doc.arena = ta;
            if (time_document(lr->time, &doc, &err)) return 1;
            found = doc.ntimexes;
            arena_free(ta);
            iters++;
        }
        t = pipeline_clock();
    }
    double mb = (double)doc.len * (double)iters / 1e6;
    printf("time stage: %.1f MB/s (%zu bytes x %ld runs in %.2f s, %zu expressions per run, "
           "%zu tokens)\n",
           mb / (t - t0), doc.len, iters, t - t0, found, doc.ntokens);
    doc.arena = a;
    arena_free(a);
    resources_free(res);
    free(text);
    return 0;
}
