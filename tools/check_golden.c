/* check_golden.c — verifies the hand-written gold articles: every span says what its text says.
 *
 * usage: check_golden [--resources DIR] GOLD_DIR...
 * Loads every *.json of each GOLD_DIR (format: tests/golden/README.md) and checks it with
 * golden_check; country codes are checked against DIR/countries.tsv. Prints each problem with the
 * file name; exit status 0 when all files are consistent, 1 otherwise, 2 on bad usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/countries.h"
#include "tools/golden.h"

static int valid(const char *code, void *ctx)
{
    return countries_valid(ctx, code);
}

int main(int argc, char **argv)
{
    const char *res = getenv("CHRONIK_RESOURCES") ? getenv("CHRONIK_RESOURCES") : "resources";
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--resources") == 0) {
        res = argv[2];
        first = 3;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: check_golden [--resources DIR] GOLD_DIR...\n");
        return 2;
    }
    ck_error err;
    static const char *const langs[] = {"de", "en"};
    countries *c = countries_load(res, langs, 2, &err);
    if (!c) {
        fprintf(stderr, "check_golden: %s\n", err.detail);
        return 2;
    }
    int bad = 0;
    size_t files = 0, mentions = 0, events = 0, parts = 0;
    for (int a = first; a < argc; a++) {
        size_t n;
        char **list = golden_list(argv[a], &n);
        if (!list || n == 0) {
            fprintf(stderr, "check_golden: %s: no *.json files\n", argv[a]);
            bad++;
        }
        for (size_t i = 0; i < n; i++) {
            golden_doc d = {0};
            char msg[1024];
            if (golden_load(list[i], &d, msg, sizeof msg)) {
                fprintf(stderr, "%s\n", msg);
                bad++;
            } else {
                bad += golden_check(&d, valid, c);
                files++;
                parts += d.nparts;
                events += d.nevents;
                for (size_t p = 0; p < d.nparts; p++)
                    mentions += d.parts[p].nmentions;
            }
            golden_clear(&d);
        }
        golden_free_list(list, n);
    }
    countries_free(c);
    printf("%zu files, %zu participants, %zu mentions, %zu events: %d problems\n", files, parts,
           mentions, events, bad);
    return bad ? 1 : 0;
}
