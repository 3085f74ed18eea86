/* test_language.c — de/en detection on sentences written for this test, and the model loader. */
#include "analysis/language.h"
#include "test.h"

#include <stdio.h>

static const char *const german[] = {
    "Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss.",
    "Nach langen Verhandlungen einigten sich die Parteien auf einen Kompromiss.",
    "Die Preise für Heizöl sind im vergangenen Winter deutlich gestiegen.",
    "WEGEN DES STREIKS FALLEN HEUTE ALLE ZÜGE AUS",
    "Übrigens: Wir haben die Ergebnisse noch nicht veröffentlicht.",
};
static const char *const english[] = {
    "The mayor opened the new bridge across the river on Monday morning.",
    "After long negotiations, the parties agreed on a compromise.",
    "Heating oil prices rose sharply over the past winter, analysts said.",
    "ALL TRAINS ARE CANCELLED TODAY BECAUSE OF THE STRIKE",
    "We haven’t published the results yet, but we will soon.",
};

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(data, 1, n, f);
    fclose(f);
}

int main(void)
{
    ck_error err;
    language_detector *d = language_new(test_resources(), &err);
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "%s\n", err.detail);
        TEST_DONE();
    }
    for (size_t i = 0; i < sizeof german / sizeof *german; i++)
        CHECK_STR(language_detect(d, german[i], strlen(german[i])), "de");
    for (size_t i = 0; i < sizeof english / sizeof *english; i++)
        CHECK_STR(language_detect(d, english[i], strlen(english[i])), "en");

    /* no evidence: English */
    CHECK_STR(language_detect(d, "", 0), "en");
    CHECK_STR(language_detect(d, "12345 -- 678", 12), "en");

    /* a long text is decided by its beginning; the call stays bounded and never reads past n */
    size_t n = 1 << 20;
    char *big = malloc(n);
    CHECK(big != NULL);
    if (big) {
        const char *s = german[1];
        size_t l = strlen(s), o = 0;
        while (o + l + 1 <= n) {
            memcpy(big + o, s, l);
            big[o + l] = ' ';
            o += l + 1;
        }
        memset(big + o, ' ', n - o);
        CHECK_STR(language_detect(d, big, n), "de");
        /* a cut in the middle of a UTF-8 sequence is harmless */
        const char *cut = language_detect(d, "Grüße aus Köln und München, schön", 3);
        CHECK(strcmp(cut, "de") == 0 || strcmp(cut, "en") == 0);
        free(big);
    }
    language_free(d);
    language_free(NULL);

    /* the loader refuses bad files with "file: reason" */
    const char *dir = "test_language.tmp";
    char path[256];
    snprintf(path, sizeof path, "mkdir -p %s", dir);
    CHECK_INT(system(path), 0);
    snprintf(path, sizeof path, "%s/language.bin", dir);
    write_file(path, "NOTAMODELxxxxxxxxxxxxxxxxxxxx", 29);
    CHECK(language_new(dir, &err) == NULL);
    CHECK_INT(err.code, CK_E_RESOURCE);
    CHECK(strstr(err.detail, "language.bin: ") != NULL);
    CHECK(strstr(err.detail, "magic") != NULL);
    /* right magic, wrong version */
    unsigned char hdr[20] = "CKLANGID";
    hdr[8] = 99;
    hdr[12] = 16;
    hdr[16] = 1;
    write_file(path, hdr, sizeof hdr);
    CHECK(language_new(dir, &err) == NULL);
    CHECK(strstr(err.detail, "version 99") != NULL);
    /* right header, truncated table */
    hdr[8] = 1;
    write_file(path, hdr, sizeof hdr);
    CHECK(language_new(dir, &err) == NULL);
    CHECK(strstr(err.detail, "truncated") != NULL);
    remove(path);
    CHECK(language_new(dir, &err) == NULL);
    CHECK(strstr(err.detail, "language.bin: ") != NULL);
    remove(dir);
    TEST_DONE();
}
