/* test_tagger.c — the tagger: reproducible training, refusal of damaged model files, valid BILOU
 * output, and deterministic, thread-safe tagging of the shipped models. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis/pipeline.h"
#include "analysis/tagger.h"
#include "test.h"

/* A tiny fixture of our own writing: sentences of "word/TAG" items, BILOU NER labels. */
static const char *const fixture[] = {
    "Anna/U-PER wohnt/O in/O Bremen/U-LOC ./O",
    "Der/O Verein/O Werder/B-ORG Bremen/L-ORG spielt/O heute/O ./O",
    "Karl/B-PER Meier/L-PER arbeitet/O bei/O Siemens/U-ORG in/O Berlin/U-LOC ./O",
    "Die/O Stadt/O Hamburg/U-LOC liegt/O im/O Norden/O ./O",
    "Maria/B-PER Schulz/L-PER besucht/O Paris/U-LOC ./O",
    "Die/O Firma/O Bosch/U-ORG baut/O Teile/O ./O",
};

static const char *const ner_labels[] = {
    "O",     "B-PER", "I-PER", "L-PER", "U-PER",  "B-ORG",  "I-ORG",  "L-ORG",  "U-ORG",
    "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
};

typedef struct fixture_corpus {
    char *text[16];
    feat_token toks[256];
    uint8_t gold[256];
    uint32_t off[17];
    tagger_corpus c;
} fixture_corpus;

static void build_fixture(fixture_corpus *f)
{
    size_t nt = 0, ns = sizeof fixture / sizeof *fixture;
    for (size_t s = 0; s < ns; s++) {
        f->off[s] = (uint32_t)nt;
        f->text[s] = strdup(fixture[s]);
        for (char *save = NULL, *item = strtok_r(f->text[s], " ", &save); item;
             item = strtok_r(NULL, " ", &save)) {
            char *slash = strrchr(item, '/');
            *slash = '\0';
            f->toks[nt].s = item;
            f->toks[nt].len = (uint32_t)strlen(item);
            for (uint8_t l = 0; l < 17; l++)
                if (!strcmp(ner_labels[l], slash + 1)) f->gold[nt] = l;
            nt++;
        }
    }
    f->off[ns] = (uint32_t)nt;
    f->c = (tagger_corpus){ns, f->off, f->toks, f->gold, NULL};
}

static void free_fixture(fixture_corpus *f)
{
    for (size_t s = 0; s < sizeof fixture / sizeof *fixture; s++)
        free(f->text[s]);
}

static tagger_model *train_fixture_runs(const fixture_corpus *f, int runs)
{
    feat_gaz *g = feat_gaz_new(4);
    feat_gaz_add(g, feat_hash_lower("Anna", 4), GAZ_FIRST);
    feat_gaz_add(g, feat_hash_lower("Berlin", 6), GAZ_CITY);
    tagger_train_opts o = {0};
    o.kind = TAGGER_NER;
    memcpy(o.lang, "de", 3);
    o.flags = FEATF_GAZ | FEATF_GERMAN;
    o.epochs = 5;
    o.min_count = 1;
    o.seed = 7;
    o.runs = runs;
    o.nlabels = 17;
    o.labels = ner_labels;
    o.gaz = g;
    ck_error e = {0};
    tagger_model *m = tagger_train(&o, &f->c, &e);
    feat_gaz_free(g);
    return m;
}

static tagger_model *train_fixture(const fixture_corpus *f)
{
    return train_fixture_runs(f, 0);
}

static int same_bytes(const tagger_model *a, const tagger_model *b)
{
    size_t na, nb;
    unsigned char *pa = tagger_serialize(a, &na), *pb = tagger_serialize(b, &nb);
    int same = pa && pb && na == nb && memcmp(pa, pb, na) == 0;
    free(pa);
    free(pb);
    return same;
}

/* --runs: several trainings with consecutive seeds, averaged; deterministic, one run is the
 * plain training, and the mean still learns the fixture */
static void test_runs(void)
{
    fixture_corpus f;
    build_fixture(&f);
    tagger_model *plain = train_fixture(&f), *one = train_fixture_runs(&f, 1);
    tagger_model *a = train_fixture_runs(&f, 3), *b = train_fixture_runs(&f, 3);
    CHECK(plain && one && a && b);
    if (plain && one && a && b) {
        CHECK(same_bytes(plain, one));
        CHECK(same_bytes(a, b));
        CHECK(!same_bytes(a, plain));
        uint8_t out[64];
        size_t n = f.off[1] - f.off[0];
        void *scratch = aligned_alloc(16, (tagger_scratch_size(a, 64) + 15) & ~(size_t)15);
        tagger_tag(a, f.toks, n, NULL, NULL, scratch, out);
        CHECK_STR(tagger_label(a, out[0]), "U-PER");
        CHECK_STR(tagger_label(a, out[3]), "U-LOC");
        free(scratch);
    }
    tagger_free(plain);
    tagger_free(one);
    tagger_free(a);
    tagger_free(b);
    free_fixture(&f);
}

static void write_file(const char *path, const unsigned char *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(p, 1, n, f);
    fclose(f);
}

static void test_training_and_files(void)
{
    fixture_corpus f;
    build_fixture(&f);
    tagger_model *a = train_fixture(&f), *b = train_fixture(&f);
    CHECK(a && b);
    if (!a || !b) return;
    size_t na, nb;
    unsigned char *pa = tagger_serialize(a, &na), *pb = tagger_serialize(b, &nb);
    CHECK(pa && pb);
    CHECK_INT(na, nb);
    CHECK(na == nb && memcmp(pa, pb, na) == 0); /* the same model bytes twice */

    /* it learned the fixture, and the loaded copy tags exactly as the trained one */
    ck_error e = {0};
    tagger_model *l = tagger_load_buffer(pa, na, "fixture", &e);
    CHECK(l != NULL);
    uint8_t out1[64], out2[64];
    size_t n = f.off[1] - f.off[0];
    void *scratch = aligned_alloc(16, (tagger_scratch_size(a, 64) + 15) & ~(size_t)15);
    tagger_tag(a, f.toks, n, NULL, NULL, scratch, out1);
    if (l) tagger_tag(l, f.toks, n, NULL, NULL, scratch, out2);
    CHECK(memcmp(out1, out2, n) == 0);
    CHECK_STR(tagger_label(a, out1[0]), "U-PER");
    CHECK_STR(tagger_label(a, out1[3]), "U-LOC");
    tagger_free(l);

    /* a saved file loads */
    char path[] = "/tmp/chronik-test-tagger-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0) close(fd);
    CHECK_INT(tagger_save(a, path, &e), 0);
    l = tagger_load(path, &e);
    CHECK(l != NULL);
    tagger_free(l);

    unsigned char *bad = malloc(na);
    /* corrupted: one flipped bit in the weights */
    memcpy(bad, pa, na);
    bad[na / 2] ^= 0x10;
    write_file(path, bad, na);
    memset(&e, 0, sizeof e);
    CHECK(tagger_load(path, &e) == NULL);
    CHECK(strstr(e.detail, path) != NULL);
    CHECK(strstr(e.detail, "checksum") != NULL);
    /* truncated */
    write_file(path, pa, na - 100);
    CHECK(tagger_load(path, &e) == NULL);
    CHECK(strstr(e.detail, "truncated") != NULL);
    write_file(path, pa, 10);
    CHECK(tagger_load(path, &e) == NULL);
    CHECK(strstr(e.detail, "truncated") != NULL);
    /* another format version */
    memcpy(bad, pa, na);
    bad[8] = TAGGER_FORMAT_VERSION + 1;
    write_file(path, bad, na);
    CHECK(tagger_load(path, &e) == NULL);
    CHECK(strstr(e.detail, "version") != NULL);
    /* not a model at all */
    write_file(path, (const unsigned char *)"hello, world, not a model", 25);
    CHECK(tagger_load(path, &e) == NULL);
    CHECK(strstr(e.detail, "magic") != NULL);
    /* missing */
    remove(path);
    CHECK(tagger_load(path, &e) == NULL);
    CHECK(strstr(e.detail, path) != NULL);

    free(bad);
    free(scratch);
    free(pa);
    free(pb);
    tagger_free(a);
    tagger_free(b);
    free_fixture(&f);
}

/* ---- the shipped models, from 8 threads at once ---- */

static const char article[] =
    "Der US-Verteidigungsminister Lloyd Austin hat am Freitag mit seinem russischen Amtskollegen "
    "Sergei Schoigu telefoniert. Das teilte das Pentagon in Washington mit. Austin habe eine "
    "sofortige Waffenruhe in der Ukraine gefordert, hieß es in einer Mitteilung.\n"
    "Die Bundesregierung in Berlin begrüßte das Gespräch.";

typedef struct run {
    const resources *res;
    uint8_t pos[512], ner[512];
    size_t ntok, nent;
    int rc;
} run;

static void *tag_once(void *arg)
{
    run *r = arg;
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = article;
    req.input_len = strlen(article);
    memcpy(req.language, "de", 3);
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    ck_error e = {0};
    for (int k = 0; k < 20; k++) {
        document_init(&doc, a);
        r->rc = pipeline_run(r->res, &req, &doc, NULL, &e);
        if (r->rc) break;
    }
    r->ntok = doc.ntokens < 512 ? doc.ntokens : 512;
    for (size_t i = 0; i < r->ntok; i++) {
        r->pos[i] = doc.tokens[i].pos;
        r->ner[i] = doc.tokens[i].ner;
    }
    r->nent = doc.nentities;
    arena_free(a);
    return NULL;
}

static void test_threads(void)
{
    ck_error e = {0};
    resources *res = resources_load(test_resources(), &e);
    CHECK(res != NULL);
    if (!res) {
        fprintf(stderr, "%s\n", e.detail);
        return;
    }
    static run one, many[8];
    one.res = res;
    tag_once(&one);
    CHECK_INT(one.rc, 0);
    CHECK(one.ntok > 30);
    /* every token has a POS tag; the NER codes form valid BIO */
    for (size_t i = 0; i < one.ntok; i++) {
        CHECK(one.pos[i] > UPOS_NONE && one.pos[i] < UPOS_COUNT);
        if (one.ner[i] && !NER_IS_BEGIN(one.ner[i]))
            CHECK(i > 0 && one.ner[i - 1] && NER_TYPE(one.ner[i - 1]) == NER_TYPE(one.ner[i]));
    }
    CHECK(one.nent >= 3); /* Lloyd Austin, Washington, ... */
    pthread_t th[8];
    for (int i = 0; i < 8; i++) {
        many[i].res = res;
        pthread_create(&th[i], NULL, tag_once, &many[i]);
    }
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(many[i].rc, 0);
        CHECK_INT(many[i].ntok, one.ntok);
        CHECK_INT(many[i].nent, one.nent);
        CHECK(memcmp(many[i].pos, one.pos, one.ntok) == 0);
        CHECK(memcmp(many[i].ner, one.ner, one.ntok) == 0);
    }
    resources_free(res);
}

/* tagger_tag_pair gives exactly the labels of tagger_tag with the POS model, then the NER model,
 * for the shipped models of both languages (the article's words split at spaces). */
static void test_pair(void)
{
    ck_error e = {0};
    resources *res = resources_load(test_resources(), &e);
    CHECK(res != NULL);
    if (!res) return;
    char *text = strdup(article);
    feat_token toks[128];
    size_t n = 0;
    for (char *save = NULL, *w = strtok_r(text, " \n", &save); w && n < 128;
         w = strtok_r(NULL, " \n", &save))
        toks[n++] = (feat_token){w, (uint32_t)strlen(w)};
    CHECK(n > 30);
    static const char *const langs[] = {"de", "en"};
    for (int l = 0; l < 2; l++) {
        const lang_resources *lr = resources_lang(res, langs[l]);
        CHECK(lr && lr->pos && lr->ner);
        if (!lr || !lr->pos || !lr->ner) continue;
        size_t sz = tagger_scratch_size(lr->pos, n);
        if (tagger_scratch_size(lr->ner, n) > sz) sz = tagger_scratch_size(lr->ner, n);
        void *scratch = aligned_alloc(16, (sz + 15) & ~(size_t)15);
        uint8_t p1[128], n1[128], p2[128], n2[128];
        tagger_tag(lr->pos, toks, n, NULL, NULL, scratch, p1);
        tagger_tag(lr->ner, toks, n, lr->pos, p1, scratch, n1);
        tagger_tag_pair(lr->pos, lr->ner, toks, n, scratch, p2, n2);
        CHECK(memcmp(p1, p2, n) == 0);
        CHECK(memcmp(n1, n2, n) == 0);
        free(scratch);
    }
    free(text);
    resources_free(res);
}

/* A sentence far longer than TAGGER_CHUNK: tagged in pieces, every token gets a tag. */
static void test_long_sentence(void)
{
    ck_error e = {0};
    resources *res = resources_load(test_resources(), &e);
    CHECK(res != NULL);
    if (!res) return;
    size_t n = 3 * TAGGER_CHUNK + 17, len = 0;
    char *text = malloc(n * 8 + 1);
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(text + len, i % 7 == 3 ? "Berlin " : "und ");
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = len;
    memcpy(req.language, "de", 3);
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    CHECK_INT(pipeline_run(res, &req, &doc, NULL, &e), 0);
    CHECK_INT(doc.ntokens, n);
    size_t tagged = 0;
    for (size_t i = 0; i < doc.ntokens; i++)
        tagged += doc.tokens[i].pos != UPOS_NONE;
    CHECK_INT(tagged, n);
    for (size_t k = 0; k < doc.nentities; k++)
        CHECK(doc.entities[k].tok_begin < doc.entities[k].tok_end &&
              doc.entities[k].tok_end <= doc.ntokens);
    arena_free(a);
    free(text);
    resources_free(res);
}

/* Feature augmentation: sentences of another domain that label the same words differently
 * teach their own copies of the features, not the model, so the target domain's labels win
 * even when it is outnumbered three to one; without the domains the majority wins. */
static uint8_t tag_first(int with_domains)
{
    static const char *const words[] = {"Jena", "ruft", "."};
    feat_token toks[8 * 3];
    uint8_t gold[8 * 3], domain[8];
    uint32_t off[9];
    for (uint32_t s = 0; s < 8; s++) {
        off[s] = s * 3;
        domain[s] = s >= 2; /* two target sentences, six of domain 1 */
        for (int i = 0; i < 3; i++) {
            toks[s * 3 + i] = (feat_token){words[i], (uint32_t)strlen(words[i])};
            gold[s * 3 + i] = 0;
        }
        gold[s * 3] = s < 2 ? 12 /* U-LOC */ : 4 /* U-PER */;
    }
    off[8] = 24;
    tagger_corpus c = {8, off, toks, gold, NULL, with_domains ? domain : NULL};
    tagger_train_opts o = {0};
    o.kind = TAGGER_NER;
    memcpy(o.lang, "de", 3);
    o.epochs = 5;
    o.min_count = 1;
    o.seed = 3;
    o.nlabels = 17;
    o.labels = ner_labels;
    ck_error e = {0};
    tagger_model *m = tagger_train(&o, &c, &e);
    CHECK(m != NULL);
    if (!m) return 0;
    uint8_t out[3];
    void *scratch = aligned_alloc(16, (tagger_scratch_size(m, 3) + 15) & ~(size_t)15);
    tagger_tag(m, toks, 3, NULL, NULL, scratch, out);
    free(scratch);
    tagger_free(m);
    return out[0];
}

static void test_domains(void)
{
    CHECK_STR(ner_labels[tag_first(1)], "U-LOC");
    CHECK_STR(ner_labels[tag_first(0)], "U-PER");
}

/* Extracts the features of toks[0..3) with a and with b: the slots below from must be the same,
 * those of [from, to) unset with a and all set with b. */
static void check_added_slots(const feat_config *a, const feat_config *b, const feat_token *toks,
                              size_t from, size_t to)
{
    feat_scratch sc[3];
    uint64_t fa[3 * FEAT_SLOTS], fb[3 * FEAT_SLOTS];
    features_extract(a, toks, 3, NULL, sc, fa);
    features_extract(b, toks, 3, NULL, sc, fb);
    int same = 1, unset = 1, set = 0;
    for (size_t t = 0; t < 3; t++)
        for (size_t j = 0; j < to; j++) {
            if (j < from) {
                same &= fa[t * FEAT_SLOTS + j] == fb[t * FEAT_SLOTS + j];
            } else {
                unset &= fa[t * FEAT_SLOTS + j] == 0;
                set += fb[t * FEAT_SLOTS + j] != 0;
            }
        }
    CHECK(same);
    CHECK(unset);
    CHECK_INT(set, 3 * (int)(to - from));
}

/* The coarse clusters (FEATF_CLUSTERS2): the packed lexicon value gives the same fine cluster and
 * so the same features as a plain cluster model, plus slots of their own that a model without the
 * flag never fills (so old models tag as before). */
static void test_clusters2(void)
{
    feat_gaz *plain = feat_gaz_new(4), *packed = feat_gaz_new(4);
    const uint64_t k = feat_hash_lower("Berlin", 6);
    feat_gaz_add(plain, k, GAZ_CITY | LEX_VALUE(5));
    feat_gaz_add(packed, k, GAZ_CITY | LEX_VALUE2(5, 2));
    CHECK_INT(LEX_FINE(LEX_CLUSTER(feat_gaz_get(packed, k))), 6);
    CHECK_INT(LEX_COARSE(LEX_CLUSTER(feat_gaz_get(packed, k))), 3);
    CHECK_INT(
        LEX_COARSE(LEX_CLUSTER(LEX_VALUE2(LEX_MAX_CLUSTERS2 - 1, LEX_MAX_CLUSTER_GROUPS - 1))),
        LEX_MAX_CLUSTER_GROUPS);
    feat_token toks[3] = {{"in", 2}, {"Berlin", 6}, {"heute", 5}};
    feat_scratch sc[3];
    uint64_t b[3 * FEAT_SLOTS];
    feat_config c1 = {FEATF_GAZ | FEATF_CLUSTERS, plain};
    feat_config c2 = {FEATF_GAZ | FEATF_CLUSTERS | FEATF_CLUSTERS2, packed};
    features_extract(&c1, toks, 3, NULL, sc, b);
    CHECK_INT(sc[1].cluster, 6);
    CHECK_INT(sc[1].cluster2, 0);
    features_extract(&c2, toks, 3, NULL, sc, b);
    CHECK_INT(sc[1].cluster, 6);
    CHECK_INT(sc[1].cluster2, 3);
    check_added_slots(&c1, &c2, toks, FEAT_CLUSTERS2_SLOT, FEAT_CASE_SLOT);
    feat_gaz_free(plain);
    feat_gaz_free(packed);
}

/* The capitalization profile (FEATF_CASE): packed with the cluster, which stays the same; its
 * slots are filled only with the flag; a model trained with it on capitalized names takes a
 * lower-case word that the profile knows as capitalized for a name, and one it knows as lower
 * case for none; the model file keeps the flag. */
static void test_case_profile(void)
{
    const uint32_t always = CASE_ALWAYS | 1u << CASE_UPPER_SHIFT;
    const uint32_t never = CASE_NEVER | 1u << CASE_UPPER_SHIFT;
    feat_gaz *plain = feat_gaz_new(4), *cased = feat_gaz_new(64);
    const uint64_t k = feat_hash_lower("Berlin", 6);
    feat_gaz_add(plain, k, GAZ_CITY | LEX_VALUE(5));
    feat_gaz_add(cased, k, GAZ_CITY | LEX_VALUE(5) | LEX_CASE_VALUE(always));
    feat_token toks[3] = {{"in", 2}, {"Berlin", 6}, {"heute", 5}};
    feat_scratch sc[3];
    uint64_t up[3 * FEAT_SLOTS], low[3 * FEAT_SLOTS];
    feat_config c1 = {FEATF_GAZ | FEATF_CLUSTERS, plain};
    feat_config c2 = {FEATF_GAZ | FEATF_CLUSTERS | FEATF_CASE, cased};
    features_extract(&c2, toks, 3, NULL, sc, up);
    CHECK_INT(sc[1].cluster, 6);
    CHECK_INT(sc[1].casep, always);
    CHECK_INT(sc[0].casep, 0);
    check_added_slots(&c1, &c2, toks, FEAT_CASE_SLOT, FEAT_SLOTS);
    /* "berlin" in lower case: the same profile, another profile x case feature */
    toks[1].s = "berlin";
    features_extract(&c2, toks, 3, NULL, sc, low);
    CHECK(up[FEAT_SLOTS + FEAT_CASE_SLOT] == low[FEAT_SLOTS + FEAT_CASE_SLOT]);
    CHECK(up[FEAT_SLOTS + 73] != low[FEAT_SLOTS + 73]);

    /* the fixture's names are capitalized everywhere, its other words never */
    fixture_corpus f;
    build_fixture(&f);
    for (size_t i = 0; i < f.off[6]; i++)
        feat_gaz_add(cased, feat_hash_lower(f.toks[i].s, f.toks[i].len),
                     LEX_CASE_VALUE(f.gold[i] ? always : never));
    /* and a lower-cased copy of it (as the English recipe's %lower copy of CoNLL): a name in
     * lower case is then told by its profile alone */
    char *lowered[6];
    size_t nt = f.off[6];
    for (size_t s = 0; s < 6; s++) {
        lowered[s] = strdup(fixture[s]);
        for (char *c = lowered[s]; *c; c++)
            *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        f.off[6 + s] = (uint32_t)nt;
        for (char *save = NULL, *item = strtok_r(lowered[s], " ", &save); item;
             item = strtok_r(NULL, " ", &save)) {
            *strrchr(item, '/') = '\0';
            f.toks[nt] = (feat_token){item, (uint32_t)strlen(item)};
            f.gold[nt] = f.gold[nt - f.off[6]];
            nt++;
        }
    }
    f.off[12] = (uint32_t)nt;
    f.c.nsent = 12;
    feat_gaz_add(cased, feat_hash_lower("koblenz", 7), LEX_CASE_VALUE(always));
    feat_gaz_add(cased, feat_hash_lower("kuchen", 6), LEX_CASE_VALUE(never));
    tagger_train_opts o = {0};
    o.kind = TAGGER_NER;
    memcpy(o.lang, "de", 3);
    o.flags = FEATF_CASE;
    o.epochs = 5;
    o.min_count = 1;
    o.seed = 7;
    o.nlabels = 17;
    o.labels = ner_labels;
    o.gaz = cased;
    ck_error e = {0};
    tagger_model *m = tagger_train(&o, &f.c, &e);
    CHECK(m != NULL);
    size_t len = 0;
    unsigned char *img = m ? tagger_serialize(m, &len) : NULL;
    tagger_model *l = img ? tagger_load_buffer(img, len, "case", &e) : NULL;
    CHECK(l != NULL);
    if (l) {
        CHECK_INT(tagger_model_flags(l), FEATF_CASE);
        feat_token s1[4] = {{"maria", 5}, {"besucht", 7}, {"koblenz", 7}, {".", 1}};
        feat_token s2[4] = {{"maria", 5}, {"besucht", 7}, {"kuchen", 6}, {".", 1}};
        uint8_t o1[4], o2[4];
        void *scratch = aligned_alloc(16, (tagger_scratch_size(l, 4) + 15) & ~(size_t)15);
        tagger_tag(l, s1, 4, NULL, NULL, scratch, o1);
        tagger_tag(l, s2, 4, NULL, NULL, scratch, o2);
        CHECK(strcmp(tagger_label(l, o1[2]), "O") != 0);
        CHECK_STR(tagger_label(l, o2[2]), "O");
        free(scratch);
    }
    tagger_free(l);
    tagger_free(m);
    free(img);
    for (size_t s = 0; s < 6; s++)
        free(lowered[s]);
    free_fixture(&f);
    feat_gaz_free(plain);
    feat_gaz_free(cased);
}

int main(void)
{
    test_clusters2();
    test_case_profile();
    test_training_and_files();
    test_runs();
    test_domains();
    test_long_sentence();
    test_pair();
    test_threads();
    TEST_DONE();
}
