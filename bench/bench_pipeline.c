/* bench_pipeline.c — in-process benchmark: the whole pipeline and each stage over one article.
 *
 * usage: bench_pipeline [--seconds S] [--language de|en|auto] [--reference-date D] FILE
 * Runs the analysis (pipeline + JSON encoding) over FILE repeatedly on one thread for about
 * S seconds in rounds, and prints the median round's articles/s, MB/s and time per stage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/pipeline.h"
#include "handlers/handlers.h"

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    double seconds = 3;
    const char *file = NULL, *resdir = getenv("CHRONIK_RESOURCES");
    request req;
    request_init(&req);
    ck_error err = {0};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--seconds") && i + 1 < argc)
            seconds = atof(argv[++i]);
        else if (!strcmp(argv[i], "--resources") && i + 1 < argc)
            resdir = argv[++i];
        else if (!strcmp(argv[i], "--language") && i + 1 < argc)
            request_set_param(&req, "language", argv[++i], &err);
        else if (!strcmp(argv[i], "--reference-date") && i + 1 < argc)
            request_set_param(&req, "reference_date", argv[++i], &err);
        else
            file = argv[i];
    }
    if (!file) {
        fprintf(stderr, "usage: bench_pipeline [--seconds S] [--language L] "
                        "[--reference-date D] FILE\n");
        return 2;
    }
    size_t len;
    char *text = resources_read_file(file, &len, &err);
    resources *res = text ? resources_load(resdir ? resdir : "resources", &err) : NULL;
    if (!res) {
        fprintf(stderr, "bench_pipeline: %s\n", err.detail);
        return 1;
    }
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = len;

    enum { ROUNDS = 15 };
    double round_rate[ROUNDS], stage_share[STAGE_COUNT][ROUNDS];
    double per_round = seconds / ROUNDS;
    for (int r = 0; r < ROUNDS; r++) {
        pipeline_times t = {{0}};
        long n = 0;
        double t0 = pipeline_clock(), t1;
        do {
            arena *a = arena_new(0, 0);
            char *out;
            size_t out_len;
            const char *type;
            if (analyze_execute(res, &req, a, &t, &out, &out_len, &type, &err)) {
                fprintf(stderr, "bench_pipeline: %s\n", err.detail);
                return 1;
            }
            free(out);
            arena_free(a);
            n++;
            t1 = pipeline_clock();
        } while (t1 - t0 < per_round);
        round_rate[r] = (double)n / (t1 - t0);
        for (int s = 0; s < STAGE_COUNT; s++)
            stage_share[s][r] = t.seconds[s] / (double)n;
    }
    qsort(round_rate, ROUNDS, sizeof(double), cmp_double);
    double rate = round_rate[ROUNDS / 2];
    printf("input: %s (%zu bytes)\n", file, len);
    printf("whole analysis: %.0f articles/s, %.1f MB/s, %.1f us/article (median of %d rounds)\n",
           rate, rate * (double)len / 1e6, 1e6 / rate, ROUNDS);
    printf("%-14s %12s %12s\n", "stage", "us/article", "MB/s");
    for (int s = 0; s < STAGE_COUNT; s++) {
        qsort(stage_share[s], ROUNDS, sizeof(double), cmp_double);
        double us = stage_share[s][ROUNDS / 2] * 1e6;
        if (us <= 0) continue;
        printf("%-14s %12.2f %12.1f\n", pipeline_stage_name((pipeline_stage)s), us,
               (double)len / us);
    }
    free(text);
    resources_free(res);
    return 0;
}
