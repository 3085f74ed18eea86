/* eval_language.c — accuracy and speed of the de/en detector on the UD development sentences.
 *
 * Usage: eval_language [--data DIR] [--default-data DIR] [--resources DIR] [--min-chars N]
 *                      [--min-accuracy X] [--errors]
 * Reads the "# text = " sentences of at least N characters (default 40) from
 * DIR/ud-german-gsd/de_gsd-ud-dev.conllu and DIR/ud-english-ewt/en_ewt-ud-dev.conllu (DIR: --data,
 * else $CHRONIK_SHARED_DATA, else --default-data, else ../shared/data), classifies each, prints
 * accuracy per language and throughput. Exit status: 0; 1 when a language's accuracy is below
 * --min-accuracy; 2 on a usage or resource error; 77 (meson's skip) when the data is absent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/language.h"
#include "analysis/pipeline.h"

typedef struct sample {
    char *text;
    size_t len;
} sample;

typedef struct corpus {
    const char *lang;
    const char *file;
    sample *s;
    size_t n, cap;
    size_t bytes;
} corpus;

static size_t codepoints(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Reads the sentences of at least min_chars characters; -1 when the file cannot be opened. */
static int load(corpus *c, const char *path, size_t min_chars)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[65536];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "# text = ", 9) != 0) continue;
        size_t l = strcspn(line + 9, "\r\n");
        if (codepoints(line + 9, l) < min_chars) continue;
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->s = realloc(c->s, c->cap * sizeof *c->s);
            if (!c->s) exit(2);
        }
        char *t = malloc(l + 1);
        if (!t) exit(2);
        memcpy(t, line + 9, l);
        t[l] = '\0';
        c->s[c->n++] = (sample){t, l};
        c->bytes += l;
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    const char *data = getenv("CHRONIK_SHARED_DATA");
    const char *res = getenv("CHRONIK_RESOURCES");
    size_t min_chars = 40;
    double min_acc = 0;
    int show_errors = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--data") == 0 && i + 1 < argc)
            data = argv[++i];
        else if (strcmp(argv[i], "--default-data") == 0 && i + 1 < argc) {
            if (!data || !*data) data = argv[i + 1];
            i++;
        } else if (strcmp(argv[i], "--resources") == 0 && i + 1 < argc)
            res = argv[++i];
        else if (strcmp(argv[i], "--min-chars") == 0 && i + 1 < argc)
            min_chars = (size_t)atoi(argv[++i]);
        else if (strcmp(argv[i], "--min-accuracy") == 0 && i + 1 < argc)
            min_acc = atof(argv[++i]);
        else if (strcmp(argv[i], "--errors") == 0)
            show_errors = 1;
        else {
            fprintf(stderr,
                    "usage: %s [--data DIR] [--default-data DIR] [--resources DIR] [--min-chars N] "
                    "[--min-accuracy X] [--errors]\n",
                    argv[0]);
            return 2;
        }
    }
    if (!data || !*data) data = "../shared/data";
    if (!res || !*res) res = "resources";

    corpus cs[2] = {{.lang = "de", .file = "ud-german-gsd/de_gsd-ud-dev.conllu"},
                    {.lang = "en", .file = "ud-english-ewt/en_ewt-ud-dev.conllu"}};
    char path[4096];
    for (int i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", data, cs[i].file);
        if (load(&cs[i], path, min_chars)) {
            fprintf(stderr, "%s: absent, skipping\n", path);
            return 77;
        }
    }

    ck_error err;
    language_detector *d = language_new(res, &err);
    if (!d) {
        fprintf(stderr, "%s\n", err.detail);
        return 2;
    }

    int rc = 0;
    size_t right_all = 0, n_all = 0;
    for (int i = 0; i < 2; i++) {
        size_t right = 0;
        for (size_t j = 0; j < cs[i].n; j++) {
            const char *got = language_detect(d, cs[i].s[j].text, cs[i].s[j].len);
            if (strcmp(got, cs[i].lang) == 0)
                right++;
            else if (show_errors)
                printf("%s->%s\t%s\n", cs[i].lang, got, cs[i].s[j].text);
        }
        double acc = cs[i].n ? (double)right / (double)cs[i].n : 0;
        printf("%s: %zu/%zu sentences of >= %zu characters correct, accuracy %.4f\n", cs[i].lang,
               right, cs[i].n, min_chars, acc);
        if (acc < min_acc) {
            fprintf(stderr, "%s: accuracy %.4f below the floor %.4f\n", cs[i].lang, acc, min_acc);
            rc = 1;
        }
        right_all += right;
        n_all += cs[i].n;
    }
    printf("all: %zu/%zu correct, accuracy %.4f\n", right_all, n_all,
           n_all ? (double)right_all / (double)n_all : 0);

    /* throughput over the same sentences, repeated for at least half a second */
    size_t bytes = 0, sink = 0;
    double t0 = pipeline_clock(), t = t0;
    while (t - t0 < 0.5) {
        for (int i = 0; i < 2; i++)
            for (size_t j = 0; j < cs[i].n; j++)
                sink += language_detect(d, cs[i].s[j].text, cs[i].s[j].len)[0];
        bytes += cs[0].bytes + cs[1].bytes;
        t = pipeline_clock();
    }
    printf("speed: %.1f MB/s on single sentences, one thread (%zu)\n", bytes / (t - t0) / 1e6,
           sink % 2);

    language_free(d);
    for (int i = 0; i < 2; i++) {
        for (size_t j = 0; j < cs[i].n; j++)
            free(cs[i].s[j].text);
        free(cs[i].s);
    }
    return rc;
}
