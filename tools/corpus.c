/* corpus.c — reads CoNLL-2003, UNER, GermEval 2014, LER, Europeana and CoNLL-U files into
 * sentences with normalized tags, and the gazetteer lists; used by train_tagger and eval_ner. */
#include "tools/corpus.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/resources.h"
#include "models/document.h"

typedef enum fmt { F_CONLL03, F_UNER, F_GERMEVAL, F_LER, F_EUROPEANA, F_CONLLU } fmt;

static int grow(corpus *c, size_t ntok)
{
    if (c->ntok + ntok + 1 > c->cap_tok) {
        size_t nc = c->cap_tok ? c->cap_tok * 2 : 1 << 16;
        while (nc < c->ntok + ntok + 1)
            nc *= 2;
        feat_token *t = realloc(c->toks, nc * sizeof *t);
        if (!t) return -1;
        c->toks = t;
        const char **g = realloc((void *)c->tags, nc * sizeof *g);
        if (!g) return -1;
        c->tags = g;
        c->cap_tok = nc;
    }
    if (c->nsent + 2 > c->cap_sent) {
        size_t nc = c->cap_sent ? c->cap_sent * 2 : 1 << 12;
        uint32_t *s = realloc(c->sent_off, nc * sizeof *s);
        if (!s) return -1;
        c->sent_off = s;
        c->cap_sent = nc;
    }
    return 0;
}

/* The entity type of a corpus-specific class name, 0 for none. */
static int map_type(fmt f, const char *t)
{
    char u[32];
    size_t n = 0;
    for (; t[n] && n < sizeof u - 1; n++)
        u[n] = (char)toupper((unsigned char)t[n]);
    u[n] = '\0';
    switch (f) {
    case F_CONLL03:
    case F_UNER:
        if (!strcmp(u, "PER")) return ENT_PER;
        if (!strcmp(u, "ORG")) return ENT_ORG;
        if (!strcmp(u, "LOC")) return ENT_LOC;
        if (!strcmp(u, "MISC") && f == F_CONLL03) return ENT_MISC;
        return 0;
    case F_GERMEVAL:
        /* outer spans: PER, ORG, LOC; OTH and derivations ("deutschen") are misc, as in
         * CoNLL-2003; parts ("EU-Kommission") are not a name of their own */
        if (strstr(u, "PART")) return 0;
        if (strstr(u, "DERIV")) return ENT_MISC;
        if (!strcmp(u, "PER")) return ENT_PER;
        if (!strcmp(u, "ORG")) return ENT_ORG;
        if (!strcmp(u, "LOC")) return ENT_LOC;
        if (!strcmp(u, "OTH")) return ENT_MISC;
        return 0;
    case F_LER:
        if (!strcmp(u, "PER") || !strcmp(u, "RR") || !strcmp(u, "AN")) return ENT_PER;
        if (!strcmp(u, "LD") || !strcmp(u, "ST") || !strcmp(u, "STR") || !strcmp(u, "LDS"))
            return ENT_LOC;
        if (!strcmp(u, "ORG") || !strcmp(u, "UN") || !strcmp(u, "INN") || !strcmp(u, "GRT"))
            return ENT_ORG;
        if (!strcmp(u, "MRK")) return ENT_MISC;
        return 0;
    case F_EUROPEANA:
        if (strstr(u, "PER") || strstr(u, "BER")) return ENT_PER;
        if (strstr(u, "LOC")) return ENT_LOC;
        if (strstr(u, "ORG")) return ENT_ORG;
        return 0;
    case F_CONLLU: return 0;
    }
    return 0;
}

/* Normalizes a raw NER tag to a BIO code given the previous token's code. */
static int ner_code(fmt f, const char *raw, int prev)
{
    if (!raw[0] || !strcmp(raw, "O") || strlen(raw) < 3) return 0;
    char p = (char)toupper((unsigned char)raw[0]);
    if (p != 'B' && p != 'I') return 0;
    if (!strchr("-._", raw[1])) return 0;
    int type = map_type(f, raw + 2);
    if (!type) return 0;
    bool begin = p == 'B';
    if (f == F_CONLL03) begin = p == 'B' || prev == 0 || NER_TYPE(prev) != (entity_type)type;
    if (!begin && (prev == 0 || NER_TYPE(prev) != (entity_type)type)) begin = true;
    return begin ? NER_B(type) : NER_I(type);
}

/* Splits line (NUL-terminated, modified) into at most max fields at any char of seps. */
static int split(char *line, const char *seps, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (*p && n < max) {
        while (*p && strchr(seps, *p))
            p++;
        if (!*p) break;
        f[n++] = p;
        while (*p && !strchr(seps, *p))
            p++;
        if (*p) *p++ = '\0';
    }
    return n;
}

/* The file at path (resources_read_file), or NULL with its error on stderr. */
static char *read_reporting(const char *path, size_t *len)
{
    ck_error err = {0};
    char *buf = resources_read_file(path, len, &err);
    if (!buf) fprintf(stderr, "%s\n", err.detail);
    return buf;
}

int corpus_read(corpus *c, const char *spec)
{
    static const struct {
        const char *name;
        fmt f;
    } fmts[] = {{"conll03", F_CONLL03}, {"uner", F_UNER},           {"germeval", F_GERMEVAL},
                {"ler", F_LER},         {"europeana", F_EUROPEANA}, {"conllu", F_CONLLU}};
    const char *colon = strchr(spec, ':');
    if (!colon) {
        fprintf(stderr, "%s: expected FORMAT:PATH[@PART]\n", spec);
        return -1;
    }
    int fi = -1;
    for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
        if (strlen(fmts[i].name) == (size_t)(colon - spec) &&
            !strncmp(fmts[i].name, spec, (size_t)(colon - spec)))
            fi = (int)i;
    if (fi < 0) {
        fprintf(stderr, "%s: unknown corpus format\n", spec);
        return -1;
    }
    fmt f = fmts[fi].f;
    char path[4096];
    snprintf(path, sizeof path, "%s", colon + 1);
    int part = 0, every = 0, lower = 0; /* part: 0 all, 1 tune, 2 report */
    char *pct = strrchr(path, '%');
    if (pct) {
        *pct++ = '\0';
        if (!strncmp(pct, "lower", 5) && (!pct[5] || atoi(pct + 5) > 0))
            lower = pct[5] ? atoi(pct + 5) : 1;
        else {
            fprintf(stderr, "%s: unknown augmentation '%%%s'\n", spec, pct);
            return -1;
        }
    }
    char *at = strrchr(path, '@');
    if (at) {
        *at++ = '\0';
        if (!strcmp(at, "tune"))
            part = 1;
        else if (!strcmp(at, "report"))
            part = 2;
        else if (!strncmp(at, "every", 5) && atoi(at + 5) > 0)
            every = atoi(at + 5);
        else if (strcmp(at, "all") != 0) {
            fprintf(stderr, "%s: unknown part '%s'\n", spec, at);
            return -1;
        }
    }
    size_t len;
    char *buf = read_reporting(path, &len);
    if (!buf) return -1;
    char **nb = realloc(c->bufs, (c->nbufs + 1) * sizeof *nb);
    if (!nb) {
        free(buf);
        return -1;
    }
    c->bufs = nb;
    c->bufs[c->nbufs++] = buf;

    long doc = 0, sent_in_file = 0, kept = 0;
    char last_url[512] = "";
    size_t sent_start = c->ntok;
    int prev = 0;
    char *p = buf, *end = buf + len;
    bool started = false;
    for (;;) {
        bool at_end = p >= end;
        char *line = p;
        if (!at_end) {
            char *nl = memchr(p, '\n', (size_t)(end - p));
            if (!nl) nl = end;
            *nl = '\0';
            if (nl > line && nl[-1] == '\r') nl[-1] = '\0';
            p = nl + 1;
        }
        bool blank = at_end || line[0] == '\0';
        bool brk = blank;
        char *fld[12];
        int nf = 0;
        if (!blank) {
            if (f == F_CONLL03 && !strncmp(line, "-DOCSTART-", 10)) {
                brk = true;
                doc++;
            } else if (line[0] == '#' && f != F_LER && f != F_CONLL03) {
                if (f == F_GERMEVAL) {
                    char *u = line + 1;
                    while (*u == '\t' || *u == ' ')
                        u++;
                    size_t ul = strcspn(u, "\t");
                    if (ul >= sizeof last_url) ul = sizeof last_url - 1;
                    if (strncmp(u, last_url, ul) != 0 || last_url[ul] != '\0') {
                        memcpy(last_url, u, ul);
                        last_url[ul] = '\0';
                        doc++;
                    }
                } else if (strstr(line, "newdoc")) {
                    doc++;
                }
                continue;
            } else {
                nf = split(line, (f == F_CONLL03 || f == F_LER || f == F_EUROPEANA) ? " \t" : "\t",
                           fld, 12);
            }
        }
        if (!brk && nf > 0) {
            const char *tok = NULL, *tag = NULL;
            switch (f) {
            case F_CONLL03:
            case F_LER:
            case F_EUROPEANA:
                if (nf >= 2) {
                    tok = fld[0];
                    tag = fld[nf - 1];
                }
                break;
            case F_UNER:
            case F_GERMEVAL:
                if (nf >= 3) {
                    tok = fld[1];
                    tag = fld[2];
                }
                break;
            case F_CONLLU:
                if (nf >= 4 && !strchr(fld[0], '-') && !strchr(fld[0], '.')) {
                    tok = fld[1];
                    tag = fld[3];
                }
                break;
            }
            if (tok) {
                if (grow(c, 1)) goto oom;
                c->toks[c->ntok].s = tok;
                c->toks[c->ntok].len = (uint32_t)strlen(tok);
                if (f == F_CONLLU) {
                    c->tags[c->ntok] = tag;
                } else {
                    prev = ner_code(f, tag, prev);
                    c->tags[c->ntok] = document_ner_name(prev);
                }
                c->ntok++;
                started = true;
                /* Europeana has no sentence boundaries: cut after a full stop */
                if (f == F_EUROPEANA && prev == 0 &&
                    (!strcmp(tok, ".") || !strcmp(tok, "!") || !strcmp(tok, "?")) &&
                    c->ntok - sent_start >= 4)
                    brk = true;
                if (f == F_EUROPEANA && c->ntok - sent_start >= 120 && prev == 0) brk = true;
            }
        }
        if (brk && started && c->ntok > sent_start) {
            /* GSD has no document marks: blocks of 10 sentences stand in for documents */
            long d = f == F_CONLLU && doc == 0 ? sent_in_file / 10 : doc;
            bool keep = part == 0 || (part == 2) == (d % 3 == 2);
            if (every) keep = sent_in_file % every == 0;
            sent_in_file++;
            if (keep) {
                if (grow(c, 0)) goto oom;
                /* case augmentation: every lower-th sentence kept, in lower case (ASCII) */
                if (lower && kept++ % lower == 0)
                    for (size_t i = sent_start; i < c->ntok; i++)
                        for (char *q = (char *)c->toks[i].s; q < c->toks[i].s + c->toks[i].len; q++)
                            *q = (char)tolower((unsigned char)*q);
                c->sent_off[c->nsent] = (uint32_t)sent_start;
                c->sent_off[++c->nsent] = (uint32_t)c->ntok;
            } else {
                c->ntok = sent_start;
            }
            sent_start = c->ntok;
            prev = 0;
        }
        if (at_end) break;
    }
    if (!c->sent_off) {
        if (grow(c, 0)) goto oom;
        c->sent_off[0] = 0;
    }
    return 0;
oom:
    fprintf(stderr, "%s: out of memory\n", path);
    return -1;
}

void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->nbufs; i++)
        free(c->bufs[i]);
    free(c->bufs);
    free(c->toks);
    free((void *)c->tags);
    free(c->sent_off);
    memset(c, 0, sizeof *c);
}

static const char *const bilou[] = {
    "O",     "B-PER", "I-PER", "L-PER", "U-PER",  "B-ORG",  "I-ORG",  "L-ORG",  "U-ORG",
    "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
};

static const char *upos_labels[UPOS_COUNT - 1];

int corpus_labels(const corpus *c, tagger_kind kind, const char ***labels, int *nlabels,
                  uint8_t **gold)
{
    uint8_t *g = malloc(c->ntok + 1);
    if (!g) return -1;
    if (kind == TAGGER_POS) {
        for (int i = 1; i < UPOS_COUNT; i++)
            upos_labels[i - 1] = document_upos_name(i);
        *labels = upos_labels;
        *nlabels = UPOS_COUNT - 1;
        for (size_t i = 0; i < c->ntok; i++) {
            int u = document_upos_from_name(c->tags[i]);
            if (!u) {
                fprintf(stderr, "unknown POS tag '%s'\n", c->tags[i]);
                free(g);
                return -1;
            }
            g[i] = (uint8_t)(u - 1);
        }
    } else {
        *labels = (const char **)bilou;
        *nlabels = (int)(sizeof bilou / sizeof *bilou);
        for (size_t s = 0; s < c->nsent; s++) {
            for (size_t i = c->sent_off[s]; i < c->sent_off[s + 1]; i++) {
                int code = 0;
                for (int k = 0; k < 2 * ENT_COUNT - 1; k++)
                    if (!strcmp(document_ner_name(k), c->tags[i])) code = k;
                if (!code) {
                    g[i] = 0;
                    continue;
                }
                int type = NER_TYPE(code);
                bool cont = i + 1 < c->sent_off[s + 1] &&
                            !strcmp(c->tags[i + 1], document_ner_name(NER_I(type)));
                int off = NER_IS_BEGIN(code) ? (cont ? 0 : 3) : (cont ? 1 : 2);
                g[i] = (uint8_t)(1 + 4 * (type - 1) + off);
            }
        }
    }
    *gold = g;
    return 0;
}

/* ---- gazetteer ---- */

typedef struct gaz_ctx {
    feat_gaz *g;
    uint8_t bits;
    int column; /* 0: the whole line; k: the k-th tab-separated column (1-based), -1: 3..8 */
    int skip_header;
    int adjective;
} gaz_ctx;

static void gaz_add_entry(feat_gaz *g, const char *s, size_t n, uint8_t bits, int adjective)
{
    /* strip a parenthetical note: "Nigerianisch (Niger)" */
    const char *par = memchr(s, '(', n);
    if (par) n = (size_t)(par - s);
    while (n && s[n - 1] == ' ')
        n--;
    if (!n) return;
    bool multi = memchr(s, ' ', n) != NULL;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',')
            j++;
        /* in multi-word names only the capitalized words count ("Republik", not "of") */
        if (j > i && (!multi || !islower((unsigned char)s[i]))) {
            uint64_t key = feat_hash_lower(s + i, j - i);
            feat_gaz_add(g, key, (uint8_t)(bits | (multi ? GAZ_MULTI : 0)));
            if (adjective && !multi) {
                static const char *const ends[] = {"e", "en", "er", "es", "em"};
                char w[128];
                for (size_t k = 0; k < 5 && j - i + 3 < sizeof w; k++) {
                    memcpy(w, s + i, j - i);
                    strcpy(w + (j - i), ends[k]);
                    feat_gaz_add(g, feat_hash_lower(w, strlen(w)), bits);
                }
            }
        }
        i = j + 1;
    }
}

static int gaz_line(const char *line, size_t n, int lineno, void *vctx)
{
    gaz_ctx *x = vctx;
    if (x->skip_header && lineno == 1) return 0;
    if (x->column == 0) {
        gaz_add_entry(x->g, line, n, x->bits, x->adjective);
        return 0;
    }
    int col = 1;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && line[j] != '\t')
            j++;
        if (col == x->column || (x->column == -1 && col >= 3))
            gaz_add_entry(x->g, line + i, j - i, x->bits, x->adjective);
        col++;
        i = j + 1;
    }
    return 0;
}

feat_gaz *corpus_gazetteer(const char *dir)
{
    static const struct {
        const char *file;
        uint8_t bits;
        int column, header, adjective;
    } lists[] = {
        {"faker-de-first-names-female.txt", GAZ_FIRST, 0, 0, 0},
        {"faker-de-first-names-male.txt", GAZ_FIRST, 0, 0, 0},
        {"faker-de-first-names-unisex.txt", GAZ_FIRST, 0, 0, 0},
        {"faker-de-last-names.txt", GAZ_LAST, 0, 0, 0},
        {"faker-de-cities.txt", GAZ_CITY, 0, 0, 0},
        {"faker-de-states.txt", GAZ_STATE, 0, 0, 0},
        {"countries-de-iso-codes.tsv", GAZ_COUNTRY, -1, 1, 0},
        {"territories-de-cldr.tsv", GAZ_COUNTRY, 3, 1, 0},
        {"nationality-adjectives-de.tsv", GAZ_NATIONALITY, 2, 1, 1},
    };
    feat_gaz *g = feat_gaz_new(60000); /* room for the word clusters and places too */
    if (!g) return NULL;
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, lists[i].file);
        size_t len;
        char *buf = read_reporting(path, &len);
        if (!buf) {
            feat_gaz_free(g);
            return NULL;
        }
        gaz_ctx x = {g, lists[i].bits, lists[i].column, lists[i].header, lists[i].adjective};
        resources_each_line(buf, len, gaz_line, &x);
        free(buf);
    }
    return g;
}

int corpus_gazetteer_places(feat_gaz *g, const char *path)
{
    size_t len;
    char *buf = read_reporting(path, &len);
    if (!buf) return -1;
    gaz_ctx x = {g, GAZ_CITY, 1, 0, 0};
    resources_each_line(buf, len, gaz_line, &x);
    free(buf);
    return 0;
}

/* corpus_tag when ner is NULL; corpus_tag_pair (m the POS model) otherwise. */
static int tag_all(const corpus *c, const tagger_model *m, const tagger_model *ner,
                   const tagger_model *pos_model, const uint8_t *pos, uint8_t *out,
                   uint8_t *ner_out)
{
    size_t maxn = 1;
    for (size_t s = 0; s < c->nsent; s++)
        if (c->sent_off[s + 1] - c->sent_off[s] > maxn) maxn = c->sent_off[s + 1] - c->sent_off[s];
    size_t sz = tagger_scratch_size(m, maxn);
    if (ner && tagger_scratch_size(ner, maxn) > sz) sz = tagger_scratch_size(ner, maxn);
    void *scratch = aligned_alloc(16, (sz + 15) & ~(size_t)15);
    if (!scratch) return -1;
    for (size_t s = 0; s < c->nsent; s++) {
        size_t b = c->sent_off[s], n = c->sent_off[s + 1] - b;
        if (ner)
            tagger_tag_pair(m, ner, c->toks + b, n, scratch, out + b, ner_out + b);
        else
            tagger_tag(m, c->toks + b, n, pos_model, pos ? pos + b : NULL, scratch, out + b);
    }
    free(scratch);
    return 0;
}

int corpus_tag(const corpus *c, const tagger_model *m, const tagger_model *pos_model,
               const uint8_t *pos, uint8_t *out)
{
    return tag_all(c, m, NULL, pos_model, pos, out, NULL);
}

int corpus_tag_pair(const corpus *c, const tagger_model *pos, const tagger_model *ner,
                    uint8_t *pos_out, uint8_t *ner_out)
{
    return tag_all(c, pos, ner, NULL, NULL, pos_out, ner_out);
}
