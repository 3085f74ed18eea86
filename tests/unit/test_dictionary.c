/* test_dictionary.c — tools/dictionary.c on a fixture of our own writing (tests/unit/data/dict):
 * Hunspell affix expansion and word classes, FreeDict parts of speech passed on to a stem's
 * forms, the merge into a tagger lexicon, and the FEATF_DICT features and model flag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/features.h"
#include "analysis/tagger.h"
#include "test.h"
#include "tools/dictionary.h"

static uint32_t cls(const dictionary *d, const char *w)
{
    return feat_gaz_get(d->words, feat_hash_lower(w, strlen(w)));
}

static void test_read(const char *dir)
{
    char hun[4096], fd[4096];
    snprintf(hun, sizeof hun, "%s/de_TEST", dir);
    snprintf(fd, sizeof fd, "%s/de-test", dir);
    dictionary d;
    CHECK_INT(dictionary_read(&d, hun, fd, stderr), 0);
    /* adjective with its declension and the un- prefix, crossed with the suffixes */
    CHECK_INT(cls(&d, "schnell"), DICT_LOWER | DICT_ADJ);
    CHECK_INT(cls(&d, "schnellen"), DICT_LOWER | DICT_ADJ);
    CHECK_INT(cls(&d, "unschnelle"), DICT_LOWER | DICT_ADJ);
    /* a capitalized stem; FreeDict says common noun, which reaches the plural too */
    CHECK_INT(cls(&d, "Straße"), DICT_CAP | DICT_NOUN);
    CHECK_INT(cls(&d, "straßen"), DICT_CAP | DICT_NOUN);
    /* a verb: conjugated forms, and the participle in -end is an adjective */
    CHECK_INT(cls(&d, "laufen"), DICT_LOWER | DICT_VERB);
    CHECK_INT(cls(&d, "lauft"), DICT_LOWER | DICT_VERB);
    CHECK_INT(cls(&d, "laufe"), DICT_LOWER | DICT_VERB);
    CHECK_INT(cls(&d, "laufend"), DICT_LOWER | DICT_ADJ);
    /* an uninflected lower-case stem, a conjunction in FreeDict */
    CHECK_INT(cls(&d, "und"), DICT_LOWER | DICT_OTHER | DICT_FUNC);
    /* FreeDict alone; its "Bahn…" (a compound part) is no word */
    CHECK_INT(cls(&d, "bahn"), DICT_CAP | DICT_NOUN);
    /* compound-only affixes and entries, the comment line: nothing */
    CHECK_INT(cls(&d, "Ball"), DICT_CAP);
    CHECK_INT(cls(&d, "ballinnen"), 0);
    CHECK_INT(cls(&d, "verkehrs"), 0);
    CHECK_INT(cls(&d, "comment"), 0);
    CHECK_INT(cls(&d, "a"), 0);
    CHECK_INT(d.entries, 5 + 3);

    /* merged into a lexicon that already has a gazetteer entry: bits ORed in the high byte */
    feat_gaz *lex = feat_gaz_new(4);
    uint64_t k = feat_hash_lower("und", 3);
    feat_gaz_add(lex, k, GAZ_CITY | LEX_VALUE(7));
    long n = dictionary_merge(&d, NULL, &lex);
    CHECK_INT(n, (long)d.words->count);
    uint32_t v = feat_gaz_get(lex, k);
    CHECK_INT(v & GAZ_BITS, GAZ_CITY);
    CHECK_INT(LEX_CLUSTER(v), 8);
    CHECK_INT(LEX_DICT(v), DICT_LOWER | DICT_OTHER | DICT_FUNC);
    /* only the words of a text */
    feat_gaz *keep = feat_gaz_new(4), *lex2 = NULL;
    feat_gaz_add(keep, feat_hash_lower("Laufen", 6), 1);
    CHECK_INT(dictionary_merge(&d, keep, &lex2), 1);
    CHECK_INT(LEX_DICT(feat_gaz_get(lex2, feat_hash_lower("laufen", 6))), DICT_LOWER | DICT_VERB);
    CHECK_INT(feat_gaz_get(lex2, feat_hash_lower("schnell", 7)), 0);

    /* the features: the dictionary slots are set only with FEATF_DICT, the others unchanged */
    feat_token toks[3] = {{"Die", 3}, {"Straßen", 8}, {"und", 3}};
    feat_scratch sc[3];
    uint64_t a[3 * FEAT_SLOTS], b[3 * FEAT_SLOTS];
    feat_config plain = {FEATF_GAZ | FEATF_GERMAN, lex}, dict = {plain.flags | FEATF_DICT, lex};
    features_extract(&plain, toks, 3, NULL, sc, a);
    CHECK_INT(sc[1].dict, 0);
    features_extract(&dict, toks, 3, NULL, sc, b);
    CHECK_INT(sc[1].dict, DICT_CAP | DICT_NOUN);
    int same = 1, extra = 0;
    for (size_t t = 0; t < 3; t++)
        for (size_t s = 0; s < FEAT_SLOTS; s++) {
            if (s < 56)
                same &= a[t * FEAT_SLOTS + s] == b[t * FEAT_SLOTS + s];
            else
                extra += a[t * FEAT_SLOTS + s] == 0 && b[t * FEAT_SLOTS + s] != 0;
        }
    CHECK(same);
    CHECK(extra >= 3 * 6);

    feat_gaz_free(keep);
    feat_gaz_free(lex2);
    feat_gaz_free(lex);
    dictionary_free(&d);
}

static void test_missing(const char *dir)
{
    char hun[4096];
    snprintf(hun, sizeof hun, "%s/no-such-dictionary", dir);
    dictionary d;
    FILE *devnull = fopen("/dev/null", "w");
    CHECK_INT(dictionary_read(&d, hun, NULL, devnull ? devnull : stderr), -1);
    CHECK_INT(dictionary_read(&d, NULL, hun, devnull ? devnull : stderr), -1);
    if (devnull) fclose(devnull);
}

/* A model with the dictionary flag loads; one with a flag this build does not know is refused
 * with a message that says so. */
static void test_model_flag(void)
{
    static const char *const labels[] = {"NOUN", "DET", "CCONJ"};
    feat_token toks[3] = {{"Die", 3}, {"Straßen", 8}, {"und", 3}};
    uint8_t gold[3] = {1, 0, 2};
    uint32_t off[2] = {0, 3};
    tagger_corpus c = {1, off, toks, gold, NULL};
    feat_gaz *lex = feat_gaz_new(4);
    feat_gaz_add(lex, feat_hash_lower("straßen", 8), LEX_DICT_VALUE(DICT_CAP | DICT_NOUN));
    tagger_train_opts o = {0};
    o.kind = TAGGER_POS;
    snprintf(o.lang, sizeof o.lang, "de");
    o.labels = labels;
    o.nlabels = 3;
    o.epochs = 2;
    o.min_count = 1;
    o.seed = 1;
    o.flags = FEATF_GERMAN | FEATF_DICT;
    o.gaz = lex;
    ck_error err = {0};
    tagger_model *m = tagger_train(&o, &c, &err);
    CHECK(m != NULL);
    size_t len = 0;
    unsigned char *img = m ? tagger_serialize(m, &len) : NULL;
    CHECK(img != NULL);
    tagger_model *back = img ? tagger_load_buffer(img, len, "dict.model", &err) : NULL;
    CHECK(back != NULL);
    if (img && len > 40) {
        /* flags sit after magic, two versions, kind and lang: offset 8 + 4 + 4 + 4 + 4 */
        img[24] |= 0x80;
        uint64_t h = 0xcbf29ce484222325ULL; /* the file's FNV-1a checksum, made right again */
        for (size_t i = 0; i + 8 < len; i++) {
            h ^= img[i];
            h *= 0x100000001b3ULL;
        }
        for (int i = 0; i < 8; i++)
            img[len - 8 + (size_t)i] = (unsigned char)(h >> (8 * i));
        tagger_model *bad = tagger_load_buffer(img, len, "future.model", &err);
        CHECK(bad == NULL);
        CHECK(strstr(err.detail, "feature flags") != NULL);
        tagger_free(bad);
    }
    free(img);
    tagger_free(back);
    tagger_free(m);
    feat_gaz_free(lex);
}

int main(void)
{
    const char *root = getenv("TEST_SOURCE_ROOT");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/unit/data/dict", root ? root : ".");
    test_read(dir);
    test_missing(dir);
    test_model_flag();
    TEST_DONE();
}
