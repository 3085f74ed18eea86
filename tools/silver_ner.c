/* silver_ner.c — writes silver NER training data for self-training: tags POS-annotated text
 * (CoNLL-U) with a POS and an NER model and keeps the sentences whose entity spans agree with
 * the gold PROPN tokens (tools/silver.c), in the CoNLL-2003 layout train_tagger reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/tagger.h"
#include "models/document.h"
#include "tools/corpus.h"
#include "tools/silver.h"

static const char usage[] =
    "usage: silver_ner --pos-model FILE --ner-model FILE --data conllu:PATH[@PART] --out FILE\n"
    "                  [--exclude FORMAT:PATH[@PART]]... [--fix] [--drop-misc]\n"
    "                  [--skip-types TYPE[,TYPE]...]\n"
    "Tags the CoNLL-U text with the two models and writes the sentences whose entity spans\n"
    "agree with the gold PROPN tokens as 'token TAG' lines (BIO, an empty line after each\n"
    "sentence), for train_tagger --train conll03:FILE. Sentences whose token sequence occurs\n"
    "in an --exclude corpus (the development data) are left out. --fix sets PER/ORG/LOC spans\n"
    "without a PROPN token to O instead of dropping the sentence; --drop-misc sets MISC to O;\n"
    "--skip-types drops sentences with an entity of these types (PER, ORG, LOC, MISC).\n"
    "Prints how many sentences each verdict had to stderr.\n";

/* The hash of a sentence's token sequence. */
static uint64_t sent_hash(const corpus *c, size_t s)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (size_t i = c->sent_off[s]; i < c->sent_off[s + 1]; i++)
        h = (h ^ feat_hash(c->toks[i].s, c->toks[i].len)) * 0x100000001b3ULL;
    return h ? h : 1;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *pos_path = NULL, *ner_path = NULL, *data = NULL, *out = NULL, *excl[16];
    int nexcl = 0;
    silver_opts so = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!strcmp(a, "--fix")) {
            so.fix = true;
            continue;
        }
        if (!strcmp(a, "--drop-misc")) {
            so.drop_misc = true;
            continue;
        }
        if (!v) {
            fprintf(stderr, "silver_ner: %s needs a value\n%s", a, usage);
            return 2;
        }
        i++;
        if (!strcmp(a, "--pos-model"))
            pos_path = v;
        else if (!strcmp(a, "--ner-model"))
            ner_path = v;
        else if (!strcmp(a, "--data"))
            data = v;
        else if (!strcmp(a, "--out"))
            out = v;
        else if (!strcmp(a, "--exclude") && nexcl < 16)
            excl[nexcl++] = v;
        else if (!strcmp(a, "--skip-types")) {
            for (int t = ENT_PER; t < ENT_COUNT; t++)
                if (strstr(v, document_ner_name(NER_B(t)) + 2)) so.skip_types |= 1u << t;
        } else {
            fprintf(stderr, "silver_ner: unknown option %s\n%s", a, usage);
            return 2;
        }
    }
    if (!pos_path || !ner_path || !data || !out || strncmp(data, "conllu:", 7) != 0) {
        fputs(usage, stderr);
        return 2;
    }
    ck_error err = {0};
    tagger_model *pm = tagger_load(pos_path, &err), *nm = pm ? tagger_load(ner_path, &err) : NULL;
    if (!nm) {
        fprintf(stderr, "silver_ner: %s\n", err.detail);
        return 1;
    }
    corpus c = {0}, ex = {0};
    if (corpus_read(&c, data)) return 1;
    for (int i = 0; i < nexcl; i++)
        if (corpus_read(&ex, excl[i])) return 1;
    uint64_t *eh = malloc((ex.nsent + 1) * sizeof *eh);
    uint8_t *pos = malloc(c.ntok + 1), *lab = malloc(c.ntok + 1), *codes = malloc(c.ntok + 1);
    if (!eh || !pos || !lab || !codes || corpus_tag_pair(&c, pm, nm, pos, lab)) {
        fprintf(stderr, "silver_ner: out of memory\n");
        return 1;
    }
    for (size_t s = 0; s < ex.nsent; s++)
        eh[s] = sent_hash(&ex, s);
    qsort(eh, ex.nsent, sizeof *eh, cmp_u64);
    silver_codes(nm, lab, c.ntok, codes);
    FILE *f = fopen(out, "w");
    if (!f) {
        perror(out);
        return 1;
    }
    size_t counts[SILVER_NVERDICTS] = {0}, excluded = 0, ents = 0;
    for (size_t s = 0; s < c.nsent; s++) {
        uint64_t h = sent_hash(&c, s);
        if (ex.nsent && bsearch(&h, eh, ex.nsent, sizeof h, cmp_u64)) {
            excluded++;
            continue;
        }
        size_t b = c.sent_off[s], n = c.sent_off[s + 1] - b;
        silver_verdict v = silver_sentence(c.tags + b, n, codes + b, &so);
        counts[v]++;
        if (v != SILVER_KEEP && v != SILVER_KEEP_NO_PROPN) continue;
        for (size_t i = b; i < b + n; i++) {
            ents += NER_IS_BEGIN(codes[i]);
            fprintf(f, "%.*s %s\n", (int)c.toks[i].len, c.toks[i].s, document_ner_name(codes[i]));
        }
        fputc('\n', f);
    }
    if (fclose(f)) {
        perror(out);
        return 1;
    }
    fprintf(stderr, "silver_ner: %zu sentences, %zu excluded (in the development data)", c.nsent,
            excluded);
    for (int v = 0; v < SILVER_NVERDICTS; v++)
        fprintf(stderr, ", %s %zu", silver_verdict_name((silver_verdict)v), counts[v]);
    fprintf(stderr, "; %zu entities written\n", ents);
    free(eh);
    free(pos);
    free(lab);
    free(codes);
    corpus_free(&c);
    corpus_free(&ex);
    tagger_free(pm);
    tagger_free(nm);
    return 0;
}
