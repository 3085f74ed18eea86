/* bench_tagger.c — in-process tagging speed (POS + NER per token, one thread, both models
 * together as the pipeline runs them: tagger_tag_pair), model load time and resident memory
 * with both languages loaded.
 *   bench_tagger RESOURCES_DIR LANG FORMAT:PATH [SECONDS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "analysis/tagger.h"
#include "tools/corpus.h"

#include <time.h>

/* CPU seconds of this thread: fairer than the wall clock on a shared machine. */
static double cpu_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "VmRSS:", 6)) kib = atol(line + 6);
    if (f) fclose(f);
    return kib;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: bench_tagger RESOURCES_DIR LANG FORMAT:PATH [SECONDS]\n");
        return 2;
    }
    double secs = argc > 4 ? atof(argv[4]) : 3.0;
    ck_error err = {0};
    long rss0 = rss_kib();
    double t0 = pipeline_clock();
    resources *res = resources_load(argv[1], &err);
    double load = pipeline_clock() - t0;
    if (!res) {
        fprintf(stderr, "%s\n", err.detail);
        return 1;
    }
    const lang_resources *lr = resources_lang(res, argv[2]);
    corpus c = {0};
    if (!lr || corpus_read(&c, argv[3])) return 1;
    size_t maxn = 1;
    for (size_t s = 0; s < c.nsent; s++)
        if (c.sent_off[s + 1] - c.sent_off[s] > maxn) maxn = c.sent_off[s + 1] - c.sent_off[s];
    size_t sz = tagger_scratch_size(lr->pos, maxn);
    if (tagger_scratch_size(lr->ner, maxn) > sz) sz = tagger_scratch_size(lr->ner, maxn);
    void *scratch = aligned_alloc(16, (sz + 15) & ~(size_t)15);
    uint8_t *pos = malloc(maxn), *ner = malloc(maxn);
    size_t toks = 0, rounds = 0;
    unsigned check = 0;
    t0 = pipeline_clock();
    double c0 = cpu_clock(), el;
    do {
        for (size_t s = 0; s < c.nsent; s++) {
            size_t b = c.sent_off[s], n = c.sent_off[s + 1] - b;
            tagger_tag_pair(lr->pos, lr->ner, c.toks + b, n, scratch, pos, ner);
            check += ner[0] + pos[0];
            toks += n;
        }
        rounds++;
        el = pipeline_clock() - t0;
    } while (el < secs);
    printf("models loaded (de+en) in %.1f ms, RSS %ld MiB (process %ld MiB)\n", load * 1e3,
           (rss_kib() - rss0) / 1024, rss_kib() / 1024);
    double cpu = cpu_clock() - c0;
    printf("%s: %zu tokens x %zu rounds in %.2f s (%.2f s CPU): %.0f tokens/s wall, %.0f per "
           "CPU second (POS+NER, 1 thread) [%u]\n",
           argv[2], c.ntok, rounds, el, cpu, (double)toks / el, (double)toks / cpu, check & 1);
    free(scratch);
    free(pos);
    free(ner);
    corpus_free(&c);
    resources_free(res);
    return 0;
}
