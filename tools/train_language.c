/* train_language.c — trains resources/language.bin, the de/en detector's hashed n-gram table.
 *
 * Counts every feature of analysis/language_int.h (the same extractor the server uses) in the
 * German and the English training text, then stores per hash bucket the smoothed
 * log-likelihood ratio log P(f | de) - log P(f | en), fixed-point; buckets seen in neither
 * language stay 0 (no evidence).
 *
 * Usage: train_language [--bits B] [--scale S] [--alpha A] -o OUT --de FILE... --en FILE...
 * A FILE ending in .conllu contributes its "# text = " lines; any other file is read as one
 * token per line (first column; blank lines end sentences, "#" lines are skipped). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/language_int.h"

typedef struct counts {
    uint32_t mask;
    double *c[2]; /* 0: de, 1: en */
    double total[2];
    size_t bytes[2];
} counts;

static void count_text(counts *k, int cls, const char *s, size_t n)
{
    static char norm[1 << 16];
    while (n > 0) {
        size_t take = n > sizeof norm / 2 ? sizeof norm / 2 : n;
        /* cut at a space so that no word or UTF-8 sequence is split */
        if (take < n)
            while (take > 1 && s[take] != ' ')
                take--;
        size_t len = language_normalize(s, take, norm, sizeof norm);
        uint32_t f[LANGUAGE_MAX_FEATURES];
        for (size_t i = 1; i < len; i++) {
            int m = language_features_at(norm, len, i, f);
            for (int j = 0; j < m; j++)
                k->c[cls][f[j] & k->mask] += 1;
            k->total[cls] += m;
        }
        k->bytes[cls] += take;
        s += take;
        n -= take;
    }
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int read_file(counts *k, int cls, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    int conllu = ends_with(path, ".conllu");
    char line[65536];
    size_t cap = 1 << 20, n = 0;
    char *sent = malloc(cap);
    if (!sent) {
        fclose(f);
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        size_t l = strcspn(line, "\r\n");
        line[l] = '\0';
        if (conllu) {
            if (strncmp(line, "# text = ", 9) == 0) count_text(k, cls, line + 9, l - 9);
            continue;
        }
        if (line[0] == '#') continue;
        size_t w = strcspn(line, " \t");
        if (w == 0 || n + w + 2 > cap) { /* sentence end (or a very long one) */
            if (n) count_text(k, cls, sent, n);
            n = 0;
            if (w == 0) continue;
        }
        if (n) sent[n++] = ' ';
        memcpy(sent + n, line, w);
        n += w;
    }
    if (n) count_text(k, cls, sent, n);
    free(sent);
    fclose(f);
    return 0;
}

static void put_u32(FILE *f, uint32_t v)
{
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}

int main(int argc, char **argv)
{
    unsigned bits = 17, scale = 256;
    double alpha = 0.5;
    const char *out = NULL;
    int cls = -1;
    const char *files[2][64];
    int nfiles[2] = {0, 0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--bits") == 0 && i + 1 < argc)
            bits = (unsigned)atoi(argv[++i]);
        else if (strcmp(argv[i], "--scale") == 0 && i + 1 < argc)
            scale = (unsigned)atoi(argv[++i]);
        else if (strcmp(argv[i], "--alpha") == 0 && i + 1 < argc)
            alpha = atof(argv[++i]);
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out = argv[++i];
        else if (strcmp(argv[i], "--de") == 0)
            cls = 0;
        else if (strcmp(argv[i], "--en") == 0)
            cls = 1;
        else if (cls >= 0 && argv[i][0] != '-' && nfiles[cls] < 64)
            files[cls][nfiles[cls]++] = argv[i];
        else {
            fprintf(stderr,
                    "usage: %s [--bits B] [--scale S] [--alpha A] -o OUT --de FILE... "
                    "--en FILE...\n",
                    argv[0]);
            return 2;
        }
    }
    if (!out || !nfiles[0] || !nfiles[1] || bits < 8 || bits > 24 || scale == 0) {
        fprintf(stderr, "%s: need -o OUT, --de and --en files, 8 <= bits <= 24\n", argv[0]);
        return 2;
    }
    size_t entries = (size_t)1 << bits;
    counts k = {.mask = (uint32_t)(entries - 1)};
    k.c[0] = calloc(entries, sizeof(double));
    k.c[1] = calloc(entries, sizeof(double));
    int16_t *table = calloc(entries, sizeof *table);
    if (!k.c[0] || !k.c[1] || !table) return 1;
    for (int c = 0; c < 2; c++)
        for (int i = 0; i < nfiles[c]; i++)
            if (read_file(&k, c, files[c][i])) return 1;

    size_t used = 0;
    for (size_t b = 0; b < entries; b++) {
        if (k.c[0][b] == 0 && k.c[1][b] == 0) continue;
        used++;
        double pde = (k.c[0][b] + alpha) / (k.total[0] + alpha * (double)entries);
        double pen = (k.c[1][b] + alpha) / (k.total[1] + alpha * (double)entries);
        double v = log(pde / pen) * scale;
        if (v > INT16_MAX) v = INT16_MAX;
        if (v < -INT16_MAX) v = -INT16_MAX;
        table[b] = (int16_t)lrint(v);
    }

    FILE *f = fopen(out, "wb");
    if (!f) {
        perror(out);
        return 1;
    }
    fwrite(LANGUAGE_MODEL_MAGIC, 1, 8, f);
    put_u32(f, LANGUAGE_MODEL_VERSION);
    put_u32(f, bits);
    put_u32(f, scale);
    uint32_t sum = 2166136261u;
    for (size_t b = 0; b < entries; b++) {
        uint16_t v = (uint16_t)table[b];
        unsigned char le[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
        fwrite(le, 1, 2, f);
        for (int j = 0; j < 2; j++) {
            sum ^= le[j];
            sum *= 16777619u;
        }
    }
    put_u32(f, sum);
    if (fclose(f)) {
        perror(out);
        return 1;
    }
    fprintf(stderr,
            "%s: de %zu bytes (%.0f features), en %zu bytes (%.0f features), "
            "%zu of %zu buckets used\n",
            out, k.bytes[0], k.total[0], k.bytes[1], k.total[1], used, entries);
    free(k.c[0]);
    free(k.c[1]);
    free(table);
    return 0;
}
