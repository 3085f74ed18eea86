/* eval_ner.c — scores a tagger model on a corpus: CoNLL-style exact-span micro P/R/F1 overall
 * and per type for NER models, token accuracy for POS models. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis/tagger.h"
#include "models/document.h"
#include "tools/corpus.h"

static const char usage[] =
    "usage: eval_ner --model FILE [--pos-model FILE] --data FORMAT:PATH[@PART] [--data-dir DIR]\n"
    "                [--types PER,ORG,LOC[,MISC]] [--min N] [--errors N] [--dump FILE]\n"
    "                [--separate]\n"
    "Prints P/R/F1 (NER) or accuracy (POS) in percent; with --min, exits 1 when the overall\n"
    "figure is below N, and 77 (skipped) when the data file does not exist. A relative PATH\n"
    "is read under DIR (the environment's CHRONIK_SHARED_DATA wins over --data-dir). --dump\n"
    "writes every token's predicted label (and POS label with --pos-model), one token a line,\n"
    "an empty line after each sentence: diff two dumps to check that a change keeps the tags.\n"
    "With --pos-model both models tag together as in the pipeline (tagger_tag_pair);\n"
    "--separate tags with one model after the other (tagger_tag) instead.\n";

typedef struct span {
    uint32_t b, e;
    int type;
} span;

/* Spans of sentence [b, e) from BIO codes (gold) into out; returns the count. */
static size_t gold_spans(const corpus *c, size_t b, size_t e, span *out)
{
    size_t n = 0;
    for (size_t i = b; i < e; i++) {
        int code = 0;
        for (int k = 0; k < 2 * ENT_COUNT - 1; k++)
            if (!strcmp(document_ner_name(k), c->tags[i])) code = k;
        if (!code) continue;
        if (NER_IS_BEGIN(code) || n == 0 || out[n - 1].e != i ||
            out[n - 1].type != (int)NER_TYPE(code)) {
            out[n].b = (uint32_t)i;
            out[n].type = NER_TYPE(code);
            n++;
        }
        out[n - 1].e = (uint32_t)i + 1;
    }
    return n;
}

/* Spans from predicted BILOU (or BIO) labels of model m. */
static size_t pred_spans(const tagger_model *m, const uint8_t *lab, size_t b, size_t e, span *out)
{
    size_t n = 0;
    bool open = false;
    for (size_t i = b; i < e; i++) {
        const char *l = tagger_label(m, lab[i]);
        if (l[0] == 'O') {
            open = false;
            continue;
        }
        int type = 0;
        for (int t = 1; t < ENT_COUNT; t++)
            if (!strcmp(document_entity_name(t), l + 2)) type = t;
        if (l[0] == 'B' || l[0] == 'U' || !open || out[n - 1].type != type) {
            out[n].b = (uint32_t)i;
            out[n].type = type;
            n++;
        }
        out[n - 1].e = (uint32_t)i + 1;
        open = l[0] == 'B' || l[0] == 'I';
    }
    return n;
}

/* --dump: "token<TAB>[POS<TAB>]label" per token, an empty line after each sentence. */
static int write_dump(const char *path, const corpus *c, const tagger_model *m,
                      const tagger_model *pm, const uint8_t *pos, const uint8_t *out)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return -1;
    }
    for (size_t s = 0; s < c->nsent; s++) {
        for (size_t i = c->sent_off[s]; i < c->sent_off[s + 1]; i++) {
            fprintf(f, "%.*s\t", (int)c->toks[i].len, c->toks[i].s);
            if (pm) fprintf(f, "%s\t", tagger_label(pm, pos[i]));
            fprintf(f, "%s\n", tagger_label(m, out[i]));
        }
        fputc('\n', f);
    }
    return fclose(f) ? -1 : 0;
}

int main(int argc, char **argv)
{
    const char *model = NULL, *posm = NULL, *data = NULL, *types = "PER,ORG,LOC,MISC";
    const char *dir = NULL, *dump = NULL;
    double min = -1;
    int errors = 0;
    bool separate = false;
    for (int i = 1; i < argc; i += 2) {
        if (!strcmp(argv[i], "--separate")) {
            separate = true;
            i--;
        } else if (i + 1 >= argc) {
            fputs(usage, stderr);
            return 2;
        } else if (!strcmp(argv[i], "--model"))
            model = argv[i + 1];
        else if (!strcmp(argv[i], "--pos-model"))
            posm = argv[i + 1];
        else if (!strcmp(argv[i], "--data"))
            data = argv[i + 1];
        else if (!strcmp(argv[i], "--data-dir"))
            dir = argv[i + 1];
        else if (!strcmp(argv[i], "--types"))
            types = argv[i + 1];
        else if (!strcmp(argv[i], "--errors"))
            errors = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--dump"))
            dump = argv[i + 1];
        else if (!strcmp(argv[i], "--min"))
            min = atof(argv[i + 1]);
        else {
            fputs(usage, stderr);
            return 2;
        }
    }
    if (!model || !data) {
        fputs(usage, stderr);
        return 2;
    }
    if (getenv("CHRONIK_SHARED_DATA") && *getenv("CHRONIK_SHARED_DATA"))
        dir = getenv("CHRONIK_SHARED_DATA");
    const char *colon = strchr(data, ':');
    static char full[8192];
    if (colon && dir && colon[1] != '/') {
        snprintf(full, sizeof full, "%.*s%s/%s", (int)(colon - data + 1), data, dir, colon + 1);
        data = full;
        colon = strchr(data, ':');
    }
    if (colon) {
        char path[4096];
        snprintf(path, sizeof path, "%s", colon + 1);
        char *at = strrchr(path, '@');
        if (at) *at = '\0';
        if (access(path, R_OK) != 0) {
            fprintf(stderr, "eval_ner: %s: not found, skipped\n", path);
            return 77;
        }
    }
    ck_error err = {0};
    tagger_model *m = tagger_load(model, &err), *pm = NULL;
    if (!m) {
        fprintf(stderr, "eval_ner: %s\n", err.detail);
        return 1;
    }
    if (posm && !(pm = tagger_load(posm, &err))) {
        fprintf(stderr, "eval_ner: %s\n", err.detail);
        return 1;
    }
    corpus c = {0};
    if (corpus_read(&c, data)) return 1;
    uint8_t *pos = NULL, *out = malloc(c.ntok + 1);
    if (!out) return 1;
    if (pm) {
        pos = malloc(c.ntok + 1);
        if (!pos) return 1;
    }
    if (pm && !separate) {
        if (corpus_tag_pair(&c, pm, m, pos, out)) return 1;
    } else {
        if (pm && corpus_tag(&c, pm, NULL, NULL, pos)) return 1;
        if (corpus_tag(&c, m, pm, pos, out)) return 1;
    }
    if (dump && write_dump(dump, &c, m, pm, pos, out)) return 1;
    double figure;
    if (tagger_model_kind(m) == TAGGER_POS) {
        size_t ok = 0;
        for (size_t i = 0; i < c.ntok; i++)
            ok += !strcmp(tagger_label(m, out[i]), c.tags[i]);
        figure = 100.0 * (double)ok / (double)(c.ntok ? c.ntok : 1);
        printf("POS accuracy %.2f%% (%zu of %zu tokens, %zu sentences)\n", figure, ok, c.ntok,
               c.nsent);
    } else {
        bool want[ENT_COUNT] = {0};
        for (int t = 1; t < ENT_COUNT; t++)
            want[t] = strstr(types, document_entity_name(t)) != NULL;
        size_t tp[ENT_COUNT] = {0}, np[ENT_COUNT] = {0}, ng[ENT_COUNT] = {0};
        span *gs = malloc((c.ntok + 1) * sizeof *gs), *ps = malloc((c.ntok + 1) * sizeof *ps);
        if (!gs || !ps) return 1;
        for (size_t s = 0; s < c.nsent; s++) {
            size_t b = c.sent_off[s], e = c.sent_off[s + 1];
            size_t g = gold_spans(&c, b, e, gs), p = pred_spans(m, out, b, e, ps);
            for (size_t i = 0; i < g; i++)
                ng[gs[i].type]++;
            /* --errors: print the first sentences whose wanted spans differ */
            bool differ = false;
            for (size_t i = 0; i < g && !differ; i++) {
                bool found = false;
                for (size_t j = 0; j < p; j++)
                    found |= gs[i].b == ps[j].b && gs[i].e == ps[j].e && gs[i].type == ps[j].type;
                differ = want[gs[i].type] && !found;
            }
            for (size_t j = 0; j < p && !differ; j++) {
                bool found = false;
                for (size_t i = 0; i < g; i++)
                    found |= gs[i].b == ps[j].b && gs[i].e == ps[j].e && gs[i].type == ps[j].type;
                differ = want[ps[j].type] && !found;
            }
            if (differ && errors > 0) {
                errors--;
                for (size_t i = b; i < e; i++) {
                    const char *pl = tagger_label(m, out[i]);
                    printf("%.*s", (int)c.toks[i].len, c.toks[i].s);
                    if (strcmp(c.tags[i], "O") != 0 || pl[0] != 'O')
                        printf("[%s|%s]", c.tags[i], pl);
                    putchar(i + 1 < e ? ' ' : '\n');
                }
            }
            for (size_t j = 0; j < p; j++) {
                np[ps[j].type]++;
                for (size_t i = 0; i < g; i++)
                    if (gs[i].b == ps[j].b && gs[i].e == ps[j].e && gs[i].type == ps[j].type)
                        tp[ps[j].type]++;
            }
        }
        size_t TP = 0, NP = 0, NG = 0;
        printf("%-6s %8s %8s %8s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred");
        for (int t = 1; t < ENT_COUNT; t++) {
            if (!want[t]) continue;
            TP += tp[t];
            NP += np[t];
            NG += ng[t];
            double P = np[t] ? 100.0 * (double)tp[t] / (double)np[t] : 0;
            double R = ng[t] ? 100.0 * (double)tp[t] / (double)ng[t] : 0;
            printf("%-6s %8.2f %8.2f %8.2f %6zu %6zu\n", document_entity_name(t), P, R,
                   P + R > 0 ? 2 * P * R / (P + R) : 0, ng[t], np[t]);
        }
        double P = NP ? 100.0 * (double)TP / (double)NP : 0;
        double R = NG ? 100.0 * (double)TP / (double)NG : 0;
        figure = P + R > 0 ? 2 * P * R / (P + R) : 0;
        printf("%-6s %8.2f %8.2f %8.2f %6zu %6zu   (%zu sentences, %zu tokens)\n", "all", P, R,
               figure, NG, NP, c.nsent, c.ntok);
        free(gs);
        free(ps);
    }
    free(out);
    free(pos);
    corpus_free(&c);
    tagger_free(m);
    tagger_free(pm);
    if (min >= 0 && figure < min) {
        fprintf(stderr, "eval_ner: %.2f is below the floor %.2f\n", figure, min);
        return 1;
    }
    return 0;
}
