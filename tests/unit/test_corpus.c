/* test_corpus.c — the training-corpus tools: the reader's %lower case augmentation and the
 * PROPN filter of silver NER data (tools/silver.c), on tiny fixtures of our own writing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "models/document.h"
#include "test.h"
#include "tools/corpus.h"
#include "tools/silver.h"

static const char conll[] = "Anna B-PER\nlives O\nin O\nBremen B-LOC\n\n"
                            "Karl B-PER\nMeier I-PER\nworks O\n\n"
                            "The O\nCity O\nof O\nParis B-LOC\n\n";

static void test_lower(void)
{
    char path[] = "/tmp/chronik-test-corpus-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    close(fd);
    test_write_file(path, conll);
    char spec[128];
    corpus c = {0};
    snprintf(spec, sizeof spec, "conll03:%s%%lower2", path);
    CHECK_INT(corpus_read(&c, spec), 0);
    CHECK_INT(c.nsent, 3);
    /* sentences 0 and 2 lower-cased, 1 as it was; tags unchanged */
    CHECK(!strncmp(c.toks[0].s, "anna", 4));
    CHECK(!strncmp(c.toks[3].s, "bremen", 6));
    CHECK(!strncmp(c.toks[4].s, "Karl", 4));
    CHECK(!strncmp(c.toks[8].s, "city", 4));
    CHECK_STR(c.tags[0], "B-PER");
    corpus_free(&c);
    snprintf(spec, sizeof spec, "conll03:%s@every2%%lower", path);
    CHECK_INT(corpus_read(&c, spec), 0);
    CHECK_INT(c.nsent, 2);
    CHECK(!strncmp(c.toks[4].s, "the", 3));
    corpus_free(&c);
    snprintf(spec, sizeof spec, "conll03:%s%%upper", path);
    CHECK_INT(corpus_read(&c, spec), -1);
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

int main(void)
{
    test_lower();
    test_silver();
    TEST_DONE();
}
