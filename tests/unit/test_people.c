/* test_people.c — the public-persons lexicon (resources/people.txt): its lookups, its loader's
 * refusals, and its use by the participants stage on short texts written for this test (full
 * name, surname after a full name, a lone known surname, an ambiguous surname, an unknown full
 * name with a known surname, text evidence winning, German and English spellings). */
#include "analysis/countries.h"
#include "analysis/participants_res.h"
#include "analysis/pipeline.h"
#include "analysis/resources.h"
#include "participants_harness.h"
#include "test.h"

#include <sys/stat.h>

static participants_res *load(const char *lang)
{
    char dir[4096];
    ck_error err = {0};
    snprintf(dir, sizeof dir, "%s/%s", test_resources(), lang);
    participants_res *r = participants_res_load(dir, &err);
    if (!r) fprintf(stderr, "%s\n", err.detail);
    return r;
}

static const char *person(const participants_res *r, const char *name)
{
    const char *cc = participants_res_person(r, name, strlen(name));
    return cc ? cc : "";
}

static const char *surname(const participants_res *r, const char *w, bool *amb)
{
    const char *cc = participants_res_person_surname(r, w, strlen(w), amb);
    return cc ? cc : "";
}

static void test_lexicon(void)
{
    const char *langs[] = {"de", "en"};
    for (int i = 0; i < 2; i++) {
        participants_res *r = load(langs[i]);
        CHECK(r != NULL);
        if (!r) continue;
        CHECK(participants_res_person_count(r) >= 300);
        /* both transliterations in both languages */
        CHECK_STR(person(r, "Sergej Schoigu"), "RU");
        CHECK_STR(person(r, "Sergei Shoigu"), "RU");
        CHECK_STR(person(r, "Wladimir Putin"), "RU");
        CHECK_STR(person(r, "Vladimir Putin"), "RU");
        CHECK_STR(person(r, "Wolodymyr Selenskyj"), "UA");
        CHECK_STR(person(r, "Volodymyr Zelenskyy"), "UA");
        CHECK_STR(person(r, "Waleri Gerassimow"), "RU");
        CHECK_STR(person(r, "Valery Gerasimov"), "RU");
        CHECK_STR(person(r, "Benjamin Netanjahu"), "IL");
        CHECK_STR(person(r, "Benjamin Netanyahu"), "IL");
        CHECK_STR(person(r, "Recep Tayyip Erdoğan"), "TR");
        CHECK_STR(person(r, "recep tayyip erdogan"), "TR"); /* case and diacritics */
        CHECK_STR(person(r, "Olaf Scholz"), "DE");
        CHECK_STR(person(r, "Emmanuel Macron"), "FR");
        CHECK_STR(person(r, "Lloyd Austin"), "US");
        /* a genitive ending */
        CHECK_STR(person(r, i == 0 ? "Wladimir Putins" : "Vladimir Putin's"), "RU");
        /* a given name and the surname of one person, a middle initial between */
        CHECK_STR(person(r, "Lloyd J. Austin"), "US");
        /* the surname of a known person with another given name: someone else */
        CHECK_STR(person(r, "Thomas Merz"), "");
        CHECK_STR(person(r, "Dwayne Johnson"), "");
        /* nationality for the heads of international bodies */
        CHECK_STR(person(r, "Ursula von der Leyen"), "DE");
        CHECK_STR(person(r, "António Guterres"), "PT");
        CHECK_STR(person(r, "Christine Lagarde"), "FR");
        /* surnames */
        bool amb = true;
        CHECK_STR(surname(r, "Putin", &amb), "RU");
        CHECK(!amb);
        CHECK_STR(surname(r, i == 0 ? "Putins" : "Putin's", NULL), "RU");
        CHECK_STR(surname(r, "Xi", NULL), "CN"); /* a one-word variant: the family name */
        CHECK_STR(surname(r, "Schoigu", NULL), "RU");
        CHECK_STR(surname(r, "Johnson", &amb), ""); /* Boris Johnson, Mike Johnson, ... */
        CHECK(amb);
        CHECK_STR(surname(r, "Kim", &amb), "");
        CHECK(amb);
        CHECK_STR(surname(r, "Li", &amb), "");
        CHECK(amb);
        CHECK_STR(surname(r, "Cohen", &amb), ""); /* a common surname */
        CHECK(amb);
        CHECK_STR(person(r, "Eli Cohen"), "IL");
        CHECK_STR(surname(r, "Mustermann", &amb), "");
        CHECK(!amb);
        /* athletes by the country they represent, business and culture by citizenship */
        CHECK_STR(person(r, "Novak Djokovic"), "RS");
        CHECK_STR(person(r, "Novak Dschokovic"), "RS");
        CHECK_STR(person(r, "Johannes Thingnes Bø"), "NO");
        CHECK_STR(person(r, "Jensen Huang"), "US");
        CHECK_STR(person(r, "Papst Leo XIV."), "US");
        CHECK_STR(surname(r, "Haaland", &amb), ""); /* Erling Haaland, Deb Haaland */
        CHECK(amb);
        /* a surname that is a listed politician's keeps its politician: no Daniil Medvedev */
        CHECK_STR(surname(r, "Medvedev", &amb), "RU");
        CHECK(!amb);
        CHECK_STR(person(r, "Daniil Medvedev"), "");
        participants_res_free(r);
    }
}

/* A language folder of minimal files in a temporary folder, with people.txt next to it. */
static participants_res *load_people(const char *people, ck_error *err)
{
    char dir[] = "/tmp/chronik_people_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[4096];
    snprintf(path, sizeof path, "%s/xx", dir);
    CHECK(mkdir(path, 0700) == 0);
    snprintf(path, sizeof path, "%s/xx/demonyms.tsv", dir);
    test_write_file(path, "adj\trussisch\tRU\n");
    snprintf(path, sizeof path, "%s/xx/roles.txt", dir);
    test_write_file(path, "exact\tChef\n");
    snprintf(path, sizeof path, "%s/xx/names.txt", dir);
    test_write_file(path, "ending\ts\n");
    snprintf(path, sizeof path, "%s/people.txt", dir);
    test_write_file(path, people);
    snprintf(path, sizeof path, "%s/xx", dir);
    participants_res *r = participants_res_load(path, err);
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);
    return r;
}

static void test_loader(void)
{
    ck_error err = {0};
    participants_res *r = load_people("# comment\n"
                                      "Anna Beispiel\tDE\tAnna Bajspiel|Beisp\n"
                                      "Bert Beispiel\tAT\n"
                                      "Carl Otto\tCH\n",
                                      &err);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT((int)participants_res_person_count(r), 3);
        CHECK_STR(person(r, "Anna Bajspiel"), "DE");
        CHECK_STR(surname(r, "Beisp", NULL), "DE");
        bool amb = false;
        CHECK_STR(surname(r, "Beispiel", &amb), ""); /* two persons */
        CHECK(amb);
        CHECK_STR(surname(r, "Otto", NULL), "CH");
        participants_res_free(r);
    }
    /* a common surname: ambiguous alone, the full name still known; not twice */
    r = load_people("Anna Ahmed\tDE\nAhmed\t-\n", &err);
    CHECK(r != NULL);
    if (r) {
        bool amb = false;
        CHECK_STR(surname(r, "Ahmed", &amb), "");
        CHECK(amb);
        CHECK_STR(person(r, "Anna Ahmed"), "DE");
        CHECK_INT((int)participants_res_person_count(r), 1);
        participants_res_free(r);
    }
    r = load_people("Ahmed\t-\nAnna Beispiel\tDE\nahmed\t-\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:3: duplicate of line 1") != NULL);
    /* a name twice, here as another line's variant */
    r = load_people("Anna Beispiel\tDE\nAnne Beispiel\tAT\tAnna Beispiel\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:2: duplicate of line 1") != NULL);
    /* case and diacritics do not make another name */
    r = load_people("Jörg Beispiel\tDE\nJORG BEISPIEL\tDE\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:2: duplicate of line 1") != NULL);
    r = load_people("Anna Beispiel\tDEU\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:1: expected an ISO alpha-2 code") != NULL);
    r = load_people("Anna Beispiel\tDE\nBeispiel\tDE\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:2: a person needs a full name") != NULL);
    r = load_people("Anna Beispiel\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:1:") != NULL);
    r = load_people("Anna Beispiel\tDE\tAnna B.||\n", &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "people.txt:1: bad name") != NULL);
}

typedef struct code_ctx {
    const countries *c;
    int bad;
} code_ctx;

/* Every code of a people.txt line is a code of countries.tsv. */
static int check_code(const char *line, size_t n, int lineno, void *vctx)
{
    code_ctx *x = vctx;
    const char *f[3];
    size_t fl[3];
    int k = resources_split_tabs(line, n, f, fl, 3);
    if (k == 2 && fl[1] == 1 && f[1][0] == '-') return 0; /* a common surname */
    if (k < 2 || fl[1] != 2) {
        x->bad++;
        return 0;
    }
    char code[3] = {f[1][0], f[1][1], 0};
    if (!countries_name(x->c, code, "en")) {
        fprintf(stderr, "people.txt:%d: %s is no code of countries.tsv\n", lineno, code);
        x->bad++;
    }
    return 0;
}

static void test_codes(void)
{
    const char *langs[] = {"de", "en"};
    ck_error err = {0};
    countries *c = countries_load(test_resources(), langs, 2, &err);
    CHECK(c != NULL);
    char path[4096];
    snprintf(path, sizeof path, "%s/people.txt", test_resources());
    size_t len;
    char *buf = resources_read_file(path, &len, &err);
    CHECK(buf != NULL);
    code_ctx x = {c, 0};
    if (buf && c) resources_each_line(buf, len, check_code, &x);
    CHECK_INT(x.bad, 0);
    free(buf);
    countries_free(c);
}

/* The country of the person participant whose name is name ("(none)" when there is none). */
static const char *cc_of(const document *d, const char *name)
{
    for (size_t i = 0; i < d->nparticipants; i++)
        if (strcmp(d->participants[i].name, name) == 0) {
            if (d->participants[i].type != PART_PERSON) return "(not a person)";
            return d->participants[i].country;
        }
    fprintf(stderr, "no participant named \"%s\"; have:", name);
    for (size_t i = 0; i < d->nparticipants; i++)
        fprintf(stderr, " \"%s\"", d->participants[i].name);
    fprintf(stderr, "\n");
    return "(none)";
}

static void test_stage(const resources *res)
{
    run r;
    /* German: full names in German and English transliteration, a surname after the full name */
    CHECK_INT(analyze(res, "de",
                      "Verteidigungsminister Sergei Shoigu hat am Freitag mit Lloyd Austin "
                      "telefoniert. Austin sagte danach, das Gespräch sei sachlich gewesen. "
                      "Auch Wladimir Putin äußerte sich am Abend.",
                      &r),
              0);
    CHECK_STR(cc_of(&r.doc, "Sergei Shoigu"), "RU");
    CHECK_STR(cc_of(&r.doc, "Lloyd Austin"), "US");
    CHECK_STR(cc_of(&r.doc, "Wladimir Putin"), "RU");
    arena_free(r.a);

    /* a lone known surname; a lone ambiguous one gets nothing */
    CHECK_INT(analyze(res, "de",
                      "Scholz traf am Montag in Berlin mit Johnson zusammen. Scholz sagte, man "
                      "wolle enger zusammenarbeiten.",
                      &r),
              0);
    CHECK_STR(cc_of(&r.doc, "Scholz"), "DE");
    CHECK_STR(cc_of(&r.doc, "Johnson"), "");
    arena_free(r.a);

    /* English spellings; an unknown full name with a known surname is someone else */
    CHECK_INT(analyze(res, "en",
                      "Volodymyr Zelenskyy met Benjamin Netanyahu on Tuesday. Later, Thomas Merz, "
                      "a baker from the town, said he had watched the convoy pass.",
                      &r),
              0);
    CHECK_STR(cc_of(&r.doc, "Volodymyr Zelenskyy"), "UA");
    CHECK_STR(cc_of(&r.doc, "Benjamin Netanyahu"), "IL");
    CHECK_STR(cc_of(&r.doc, "Thomas Merz"), "");
    arena_free(r.a);

    /* text evidence wins over the lexicon */
    CHECK_INT(analyze(res, "de",
                      "Der französische Botschafter Olaf Scholz überreichte am Dienstag sein "
                      "Beglaubigungsschreiben.",
                      &r),
              0);
    CHECK_STR(cc_of(&r.doc, "Olaf Scholz"), "FR");
    arena_free(r.a);
    CHECK_INT(analyze(res, "en",
                      "The Russian ambassador, Emmanuel Macron, handed over his credentials on "
                      "Tuesday.",
                      &r),
              0);
    CHECK_STR(cc_of(&r.doc, "Emmanuel Macron"), "RU");
    arena_free(r.a);
}

int main(void)
{
    test_lexicon();
    test_loader();
    test_codes();
    resources *res = harness_resources(test_resources());
    CHECK(res != NULL);
    if (!res) TEST_DONE();
    test_stage(res);
    resources_free(res);
    TEST_DONE();
}
