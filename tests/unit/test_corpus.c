/* test_corpus.c — the training-corpus tools: the reader's %lower case augmentation, the PROPN
 * filter of silver NER data (tools/silver.c) and the capitalization profiles (tools/clusters.c),
 * on tiny fixtures of our own writing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "models/document.h"
#include "test.h"
#include "tools/clusters.h"
#include "tools/corpus.h"
#include "tools/silver.h"

static const char conll[] = "Anna B-PER\nlives O\nin O\nBremen B-LOC\n\n"
                            "Karl B-PER\nMeier I-PER\nworks O\n\n"
                            "The O\nCity O\nof O\nParis B-LOC\n\n";

/* Writes text to a new temporary file whose name goes to path. 0, or -1 after a failed check. */
static int write_fixture(char path[32], const char *text)
{
    strcpy(path, "/tmp/chronik-test-corpus-XXXXXX");
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return -1;
    close(fd);
    test_write_file(path, text);
    return 0;
}

/* Reads the fixture at path as CoNLL-2003 with the spec suffix (a part, an augmentation). */
static int read_fixture(corpus *c, const char *path, const char *suffix)
{
    char spec[128];
    snprintf(spec, sizeof spec, "conll03:%s%s", path, suffix);
    return corpus_read(c, spec);
}

static void test_lower(void)
{
    char path[32];
    if (write_fixture(path, conll)) return;
    corpus c = {0};
    CHECK_INT(read_fixture(&c, path, "%lower2"), 0);
    CHECK_INT(c.nsent, 3);
    /* sentences 0 and 2 lower-cased, 1 as it was; tags unchanged */
    CHECK(!strncmp(c.toks[0].s, "anna", 4));
    CHECK(!strncmp(c.toks[3].s, "bremen", 6));
    CHECK(!strncmp(c.toks[4].s, "Karl", 4));
    CHECK(!strncmp(c.toks[8].s, "city", 4));
    CHECK_STR(c.tags[0], "B-PER");
    corpus_free(&c);
    CHECK_INT(read_fixture(&c, path, "@every2%lower"), 0);
    CHECK_INT(c.nsent, 2);
    CHECK(!strncmp(c.toks[4].s, "the", 3));
    corpus_free(&c);
    CHECK_INT(read_fixture(&c, path, "%upper"), -1);
    corpus_free(&c);
    unlink(path);
}

/* Runs the filter on "UPOS" names and BIO codes given as strings; returns the verdict and
 * leaves the rewritten codes in codes. */
static silver_verdict judge(const char *const *upos, size_t n, const char *bio, uint8_t *codes,
                            bool fix)
{
    /* bio: one char per token: O, P/p (B/I-PER), G/g (ORG), L/l (LOC), M/m (MISC) */
    for (size_t i = 0; i < n; i++) {
        const char *k = strchr("PGLM", bio[i] & ~0x20);
        int type = bio[i] == 'O' || !k ? 0 : (int)(k - "PGLM") + 1;
        codes[i] = !type ? 0 : (bio[i] & 0x20) ? NER_I(type) : NER_B(type);
    }
    silver_opts o = {.fix = fix};
    return silver_sentence(upos, n, codes, &o);
}

static void test_silver(void)
{
    uint8_t codes[8];
    const char *s1[] = {"PROPN", "PROPN", "VERB", "ADP", "PROPN"};
    CHECK_INT(judge(s1, 5, "PpOOL", codes, false), SILVER_KEEP);
    CHECK_INT(judge(s1, 5, "POOOL", codes, false), SILVER_BOUNDARY);  /* cuts "Karl Meier" */
    CHECK_INT(judge(s1, 5, "PpOOO", codes, false), SILVER_UNCOVERED); /* "Bremen" left out */
    CHECK_INT(judge(s1, 5, "PppOL", codes, false), SILVER_BOUNDARY);  /* ends on a verb */
    /* "Bank of America": ADP inside a span is fine */
    const char *s2[] = {"PROPN", "ADP", "PROPN", "VERB"};
    CHECK_INT(judge(s2, 4, "GggO", codes, false), SILVER_KEEP);
    /* no PROPN: a Title-Case ORG guess is dropped or, with fix, set to O */
    const char *s3[] = {"ADJ", "NOUN", "PUNCT"};
    CHECK_INT(judge(s3, 3, "GgO", codes, false), SILVER_UNSUPPORTED);
    CHECK_INT(judge(s3, 3, "GgO", codes, true), SILVER_KEEP_NO_PROPN);
    CHECK_INT(codes[0], 0);
    CHECK_INT(codes[1], 0);
    /* a nationality adjective stays MISC */
    const char *s4[] = {"ADJ", "NOUN"};
    CHECK_INT(judge(s4, 2, "MO", codes, false), SILVER_KEEP_NO_PROPN);
    CHECK_INT(codes[0], NER_B(ENT_MISC));
    CHECK_STR(silver_verdict_name(SILVER_UNCOVERED), "uncovered");
    /* a sentence with an ORG span is dropped on request */
    silver_opts o = {.fix = true, .skip_types = 1u << ENT_ORG};
    const char *s5[] = {"PROPN", "VERB", "PROPN"};
    uint8_t c5[] = {NER_B(ENT_ORG), 0, NER_B(ENT_LOC)};
    CHECK_INT(silver_sentence(s5, 3, c5, &o), SILVER_SKIPPED_TYPE);
    uint8_t c6[] = {NER_B(ENT_PER), 0, NER_B(ENT_LOC)};
    CHECK_INT(silver_sentence(s5, 3, c6, &o), SILVER_KEEP);
}

/* Capitalization profiles: only occurrences that are not sentence-initial count, headlines are
 * left out, words seen fewer than min_count times get none; cluster bits already in the lexicon
 * stay. */
static const char cased[] = "Then X\nwe X\nmet X\nAnna X\nin X\nParis X\n\n"
                            "The X\nfilm X\nof X\nthe X\nyear X\nwon X\nin X\nParis X\n\n"
                            "The X\nnew X\nBest X\nbuy X\nnear X\nthe X\nNASA X\nsite X\n\n"
                            "THE X\nFILM X\nWON X\nIN X\nPARIS X\n\n"
                            "\" X\nThen X\nanna X\nleft X\nthe X\nbest X\nNASA X\nparty X\n\n"
                            "paris X\nis X\nfar X\nfrom X\nNasa X\n\n";

static uint32_t profile_of(const feat_gaz *g, const char *w)
{
    return LEX_CASE(feat_gaz_get(g, feat_hash_lower(w, strlen(w))));
}

static void test_case_profile(void)
{
    CHECK_INT(features_case("Paris", 5), FEAT_CASE_TITLE);
    CHECK_INT(features_case("NASA", 4), FEAT_CASE_UPPER);
    CHECK_INT(features_case("A", 1), FEAT_CASE_TITLE);
    CHECK_INT(features_case("\u00c9COLE", 6), FEAT_CASE_UPPER);
    CHECK_INT(features_case("\u00e9t\u00e9", 5), FEAT_CASE_LOWER);
    CHECK_INT(features_case("3rd", 3), FEAT_CASE_NONE);
    CHECK_INT(features_case("\"", 1), FEAT_CASE_NONE);

    char path[32];
    if (write_fixture(path, cased)) return;
    corpus c = {0};
    CHECK_INT(read_fixture(&c, path, ""), 0);
    unlink(path);
    feat_gaz *g = feat_gaz_new(4);
    feat_gaz_add(g, feat_hash_lower("paris", 5), GAZ_CITY | LEX_VALUE(7));
    const corpus *texts[1] = {&c};
    CHECK_INT(case_profile_learn(texts, 1, 2, &g, NULL), 0);
    const uint32_t never = 1u << CASE_UPPER_SHIFT;
    /* "Paris": capitalized twice where not initial, lower case once (initial: not counted), the
     * headline not counted: always; its gazetteer bit and cluster kept */
    CHECK_INT(profile_of(g, "paris"), CASE_ALWAYS | never);
    CHECK_INT(feat_gaz_get(g, feat_hash_lower("paris", 5)) & GAZ_BITS, GAZ_CITY);
    CHECK_INT(LEX_FINE(LEX_CLUSTER(feat_gaz_get(g, feat_hash_lower("paris", 5)))), 8);
    /* "the": three times lower case (the initial "The"s and the headline do not count) */
    CHECK_INT(profile_of(g, "the"), CASE_NEVER | never);
    /* "Anna", "anna": one of each, so mixed */
    CHECK_INT(profile_of(g, "anna"), CASE_MIXED | never);
    /* "NASA", "NASA", "Nasa": always capitalized, mostly in ALLCAPS */
    CHECK_INT(profile_of(g, "nasa"), CASE_ALWAYS | 3u << CASE_UPPER_SHIFT);
    /* "Then" only sentence-initial (once right after an opening quote): no profile; "film" is
     * seen once outside the headline, fewer than min_count times */
    CHECK_INT(profile_of(g, "then"), 0);
    CHECK_INT(profile_of(g, "film"), 0);
    feat_gaz_free(g);
    corpus_free(&c);
}

int main(void)
{
    test_case_profile();
    test_lower();
    test_silver();
    TEST_DONE();
}
