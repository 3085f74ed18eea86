/* test_countries.c — country names, codes and German/English inflected forms. */
#include "analysis/countries.h"
#include "test.h"

#include <pthread.h>

static countries *c;

static const char *look(const char *lang, const char *name)
{
    return countries_lookup(c, lang, name, strlen(name));
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 2000; i++) {
        if (!look("de", "Russlands") || strcmp(look("de", "Russlands"), "RU") != 0) return arg;
        if (!look("en", "the United States") || strcmp(look("en", "the United States"), "US"))
            return arg;
    }
    return (void *)1;
}

int main(void)
{
    static const char *const langs[] = {"de", "en"};
    ck_error err = {0};
    c = countries_load(test_resources(), langs, 2, &err);
    if (!c) fprintf(stderr, "%s\n", err.detail);
    CHECK(c != NULL);
    if (!c) TEST_DONE();

    /* generated names, English and German, and folding */
    CHECK_STR(look(NULL, "Germany"), "DE");
    CHECK_STR(look(NULL, "Deutschland"), "DE");
    CHECK_STR(look(NULL, "UKRAINE"), "UA");
    CHECK_STR(look(NULL, "Russian Federation"), "RU");
    CHECK_STR(look(NULL, "Russische Föderation"), "RU");
    CHECK_STR(look(NULL, "russische foderation"), "RU");
    CHECK_STR(look(NULL, "Türkei"), "TR");
    CHECK_STR(look(NULL, "Turkei"), "TR");
    CHECK_STR(look(NULL, "Côte d’Ivoire"), "CI");
    CHECK_STR(look(NULL, "Republic of Korea"), "KR");
    CHECK_STR(look(NULL, "Timor Leste"), "TL");
    CHECK_STR(look(NULL, "Vereinigte  Staaten"), "US");
    /* our short forms */
    CHECK_STR(look(NULL, "Russland"), "RU");
    CHECK_STR(look(NULL, "USA"), "US");
    CHECK_STR(look(NULL, "U.S."), "US");
    CHECK_STR(look(NULL, "Großbritannien"), "GB");
    CHECK_STR(look(NULL, "Grossbritannien"), "GB");
    CHECK_STR(look(NULL, "Syrien"), "SY");
    CHECK_STR(look(NULL, "Korea"), "KR");
    /* German inflection rules */
    CHECK_STR(look("de", "Russlands"), "RU");
    CHECK_STR(look("de", "der Ukraine"), "UA");
    CHECK_STR(look("de", "den Vereinigten Staaten"), "US");
    CHECK_STR(look("de", "die Vereinigten Staaten"), "US");
    CHECK_STR(look("de", "Polen"), "PL");
    CHECK_STR(look("de", "der Vereinigten Arabischen Emirate"), "AE");
    CHECK_STR(look("de", "den Vereinigten Arabischen Emiraten"), "AE");
    CHECK_STR(look("de", "des Vereinigten Königreichs"), "GB");
    CHECK_STR(look("de", "Chinas"), "CN");
    CHECK_STR(look("de", "des Irans"), "IR");
    CHECK_STR(look("de", "den Niederlanden"), "NL");
    CHECK_STR(look("de", "im Libanon"), "LB");
    CHECK(look(NULL, "Russlands") == NULL); /* no rules without a language */
    CHECK(look("en", "Russlands") == NULL); /* German rules only for German */
    /* English */
    CHECK_STR(look("en", "Russia's"), "RU");
    CHECK_STR(look("en", "Russia’s"), "RU");
    CHECK_STR(look("en", "the Philippines"), "PH");
    CHECK_STR(look("en", "the Philippines'"), "PH");
    CHECK_STR(look("en", "the United Kingdom"), "GB");
    /* not countries, ambiguous or empty */
    CHECK(look("de", "Berlin") == NULL);
    CHECK(look("de", "der") == NULL);
    CHECK(look("de", "") == NULL);
    CHECK(look("de", "   ") == NULL);
    CHECK(look(NULL, "Virgin Islands") == NULL); /* two territories share it */
    CHECK(look("de", "\xff\xfe") == NULL);
    CHECK(countries_lookup(NULL, "de", "USA", 3) == NULL);
    /* places: regions (ISO 3166-2, English and German names) and tz cities → their country */
    CHECK_STR(countries_place(c, "en", "North Carolina", 14), "US");
    CHECK_STR(countries_place(c, "de", "Kalifornien", 11), "US");
    CHECK_STR(countries_place(c, "de", "Sachsen", 7), "DE");
    CHECK_STR(countries_place(c, "de", "Sachsens", 8), "DE"); /* German inflection */
    CHECK_STR(countries_place(c, "en", "Kyiv", 4), "UA");
    CHECK_STR(countries_place(c, "de", "Moskau", 6), "RU");
    CHECK_STR(countries_place(c, "en", "Los Angeles", 11), "US"); /* America/Los_Angeles */
    CHECK_STR(countries_place(c, "en", "Kecskemet", 9), "HU");    /* plain letters find é */
    CHECK_STR(countries_place(c, "en", "Munster", 7), "IE");
    CHECK(countries_place(c, "de", "Münster", strlen("Münster")) == NULL); /* ü is not u */
    CHECK(countries_place(c, "en", "Florida", 7) == NULL); /* US and Uruguay: ambiguous */
    CHECK(countries_place(c, "en", "North", 5) == NULL);   /* generic words are no places */
    CHECK(countries_place(c, "en", "Gulf", 4) == NULL);
    CHECK(countries_place(c, "en", "North East", 10) == NULL);
    CHECK(countries_place(c, "de", "Deutschland", 11) == NULL); /* countries are not places */
    CHECK(countries_place(c, "de", "Sachsen", 0) == NULL);
    CHECK(countries_place(NULL, "de", "Sachsen", 7) == NULL);
    CHECK(look("en", "North Carolina") == NULL); /* and places are not countries */

    /* codes and names */
    CHECK(countries_valid(c, "RU"));
    CHECK(countries_valid(c, "ru"));
    CHECK(!countries_valid(c, "XK"));
    CHECK(!countries_valid(c, "R"));
    CHECK_STR(countries_name(c, "RU", "de"), "Russland"); /* country-names.tsv "display" */
    CHECK_STR(countries_name(c, "RU", "en"), "Russia");
    CHECK_STR(countries_name(c, "BY", "de"), "Belarus"); /* the ISO short name otherwise */
    CHECK_STR(countries_name(c, "SY", "de"), "Syrien");
    CHECK_STR(countries_name(c, "SY", "en"), "Syria");
    CHECK(countries_name(c, "QQ", "en") == NULL);

    /* fold */
    char key[64];
    CHECK_INT(countries_fold(" Straße – Nord ", strlen(" Straße – Nord "), key, sizeof key), 12);
    CHECK_STR(key, "strasse nord");
    CHECK_INT(countries_fold("abcdef", 6, key, 4), (long long)(size_t)-1);

    /* concurrent read-only lookups */
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) {
        void *ok;
        pthread_join(t[i], &ok);
        CHECK(ok == (void *)1);
    }
    countries_free(c);
    countries_free(NULL);

    /* the loader refuses a bad code with file:line */
    char dir[] = "/tmp/chronik_countries_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[4096];
    snprintf(path, sizeof path,
             "cp %s/countries.tsv %s/ && mkdir -p %s/de && "
             "printf 'Russland\\tRU\\nNarnia\\tNN\\n' > %s/de/country-names.tsv && "
             "printf 'article der\\n' > %s/de/country-inflection.txt",
             test_resources(), dir, dir, dir, dir);
    CHECK_INT(system(path), 0);
    static const char *const de[] = {"de"};
    c = countries_load(dir, de, 1, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.detail, "country-names.tsv:2:") != NULL);
    snprintf(path, sizeof path,
             "printf 'Russland\\tRU\\nrussland\\tRU\\n' > %s/de/country-names.tsv", dir);
    CHECK_INT(system(path), 0);
    c = countries_load(dir, de, 1, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.detail, "country-names.tsv:2: duplicate") != NULL);
    snprintf(path, sizeof path, "printf 'Russland\\tRU\\tshown\\n' > %s/de/country-names.tsv", dir);
    CHECK_INT(system(path), 0);
    c = countries_load(dir, de, 1, &err);
    CHECK(c == NULL); /* a third field other than "display" */
    CHECK(strstr(err.detail, "country-names.tsv:1:") != NULL);
    snprintf(path, sizeof path,
             "printf 'Russland\\tRU\\n' > %s/de/country-names.tsv && "
             "printf 'article der\\nprefix x\\n' > %s/de/country-inflection.txt",
             dir, dir);
    CHECK_INT(system(path), 0);
    c = countries_load(dir, de, 1, &err);
    CHECK(c == NULL);
    CHECK(strstr(err.detail, "country-inflection.txt:2:") != NULL);
    snprintf(path, sizeof path, "rm -rf %s", dir);
    CHECK_INT(system(path), 0);
    TEST_DONE();
}
