/* test_participants_res.c — demonyms to ISO codes and role words, German and English. */
#include "analysis/countries.h"
#include "analysis/participants_res.h"
#include "analysis/resources.h"
#include "test.h"

static participants_res *load(const char *lang)
{
    char dir[4096];
    ck_error err = {0};
    snprintf(dir, sizeof dir, "%s/%s", test_resources(), lang);
    participants_res *r = participants_res_load(dir, &err);
    if (!r) fprintf(stderr, "%s\n", err.detail);
    return r;
}

static const char *dem(const participants_res *r, const char *w, demonym_kind *k, size_t *span)
{
    return participants_res_demonym(r, w, strlen(w), k, span);
}

/* The role at the start of s: its base form copied into out ("" when none). */
static const char *role(const participants_res *r, const char *s, char *out, size_t cap)
{
    role_match m;
    out[0] = '\0';
    if (!participants_res_role(r, s, strlen(s), &m)) return out;
    if (m.canonical)
        snprintf(out, cap, "%s", m.canonical);
    else
        snprintf(out, cap, "%.*s", (int)m.base_len, s);
    return out;
}

typedef struct code_ctx {
    const countries *c;
    int bad;
} code_ctx;

/* Every code in a demonyms.tsv line is a code of countries.tsv. */
static int check_code(const char *line, size_t n, int lineno, void *vctx)
{
    code_ctx *x = vctx;
    const char *tab = memchr(line, '\t', n);
    const char *tab2 = tab ? memchr(tab + 1, '\t', n - (size_t)(tab + 1 - line)) : NULL;
    if (!tab2 || (size_t)(tab - line) == 7) return 0; /* endings line */
    char code[3] = {tab2[1], tab2[2], 0};
    if (!countries_valid(x->c, code)) {
        fprintf(stderr, "demonyms.tsv:%d: unknown code %s\n", lineno, code);
        x->bad++;
    }
    return 0;
}

int main(void)
{
    participants_res *de = load("de"), *en = load("en");
    CHECK(de != NULL);
    CHECK(en != NULL);
    if (!de || !en) TEST_DONE();
    CHECK(participants_res_demonym_count(de) > 250);
    CHECK(participants_res_demonym_count(en) > 150);
    CHECK(participants_res_role_count(de) > 100);

    demonym_kind k;
    size_t span;
    CHECK_STR(dem(de, "russischen", &k, &span), "RU");
    CHECK_INT(k, DEMONYM_ADJ);
    CHECK_INT(span, strlen("russischen"));
    CHECK_STR(dem(de, "Russen", &k, NULL), "RU");
    CHECK_INT(k, DEMONYM_NOUN);
    CHECK_STR(dem(de, "Russin", NULL, NULL), "RU");
    CHECK_STR(dem(de, "amerikanischen", NULL, NULL), "US");
    CHECK_STR(dem(de, "Amerikanerinnen", NULL, NULL), "US");
    CHECK_STR(dem(de, "ukrainische", NULL, NULL), "UA");
    CHECK_STR(dem(de, "polnischer", NULL, NULL), "PL");
    CHECK_STR(dem(de, "syrisches", NULL, NULL), "SY");
    CHECK_STR(dem(de, "Deutschen", NULL, NULL), "DE");
    CHECK_STR(dem(de, "britischem", NULL, NULL), "GB");
    CHECK_STR(dem(de, "chinesische", NULL, NULL), "CN");
    CHECK_STR(dem(de, "französischen", NULL, NULL), "FR");
    CHECK_STR(dem(de, "US-Streitkräfte", &k, &span), "US");
    CHECK_INT(k, DEMONYM_PREFIX);
    CHECK_INT(span, 2);
    CHECK_STR(dem(de, "US-", &k, &span), "US"); /* "der US- und russischen Militärs" */
    CHECK_INT(span, 2);
    CHECK_STR(dem(de, "Ukraine-Krieg", &k, &span), "UA");
    CHECK_INT(span, 7);
    CHECK(dem(de, "russischx", &k, NULL) == NULL);
    CHECK_INT(k, DEMONYM_NONE);
    CHECK(dem(de, "Minister", NULL, NULL) == NULL);
    CHECK(dem(de, "-Streitkräfte", NULL, NULL) == NULL);
    CHECK_STR(dem(en, "Russian", NULL, NULL), "RU");
    CHECK_STR(dem(en, "Russians", NULL, NULL), "RU");
    CHECK_STR(dem(en, "American", NULL, NULL), "US");
    CHECK_STR(dem(en, "U.S.-led", &k, &span), "US");
    CHECK_INT(span, 4);
    CHECK_STR(dem(en, "Britons", NULL, NULL), "GB");
    CHECK_STR(dem(en, "Ukrainian", NULL, NULL), "UA");
    CHECK(dem(en, "English", NULL, NULL) == NULL);

    char buf[128];
    CHECK_STR(role(de, "Verteidigungsminister Sergei Schoigu", buf, sizeof buf),
              "Verteidigungsminister");
    CHECK_STR(role(de, "Verteidigungsministers Schoigu", buf, sizeof buf), "Verteidigungsminister");
    CHECK_STR(role(de, "Außenministerin Baerbock", buf, sizeof buf), "Außenminister");
    CHECK_STR(role(de, "Pressesprecher des Pentagon", buf, sizeof buf), "Pressesprecher");
    CHECK_STR(role(de, "Präsidenten Putin", buf, sizeof buf), "Präsident");
    /* the nominalized adjective is reported in its strong nominative (roles.txt canonical) */
    CHECK_STR(role(de, "Vorsitzende der Joint Chiefs", buf, sizeof buf), "Vorsitzender");
    CHECK_STR(role(de, "Bundeskanzler Scholz", buf, sizeof buf), "Bundeskanzler");
    CHECK_STR(role(de, "Vorstandschef", buf, sizeof buf), "Vorstandschef");
    CHECK_STR(role(de, "Generalstabschef Gerassimow", buf, sizeof buf), "Generalstabschef");
    CHECK_STR(role(de, "Prof. Müller", buf, sizeof buf), "Professor");
    CHECK_STR(role(de, "Verteidigungsbeamter gegenüber CNN", buf, sizeof buf),
              "Verteidigungsbeamte"); /* the base form drops the adjectival -r */
    CHECK_STR(role(de, "Schoigu sagte", buf, sizeof buf), "");
    CHECK_STR(role(de, " Minister", buf, sizeof buf), ""); /* must start at a word */
    CHECK_STR(role(en, "Defense Secretary Lloyd Austin", buf, sizeof buf), "Defense Secretary");
    CHECK_STR(role(en, "Secretary of State Antony Blinken", buf, sizeof buf), "Secretary of State");
    CHECK_STR(role(en, "Secretary, who", buf, sizeof buf), "Secretary");
    CHECK_STR(role(en, "Gen. Mark Milley", buf, sizeof buf), "General");
    CHECK_STR(role(en, "spokesman John Kirby", buf, sizeof buf), "spokesman");
    CHECK_STR(role(en, "Prime Minister Rishi", buf, sizeof buf), "Prime Minister");
    CHECK_STR(role(en, "chairman of the Joint Chiefs", buf, sizeof buf), "chairman");
    CHECK_STR(role(en, "Lloyd Austin", buf, sizeof buf), "");

    /* every code is a real ISO 3166-1 code */
    static const char *const langs[] = {"de", "en"};
    ck_error err;
    countries *c = countries_load(test_resources(), langs, 2, &err);
    CHECK(c != NULL);
    for (int i = 0; c && i < 2; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/demonyms.tsv", test_resources(), langs[i]);
        size_t len;
        char *buf2 = resources_read_file(path, &len, &err);
        CHECK(buf2 != NULL);
        code_ctx x = {c, 0};
        if (buf2) resources_each_line(buf2, len, check_code, &x);
        CHECK_INT(x.bad, 0);
        free(buf2);
    }
    countries_free(c);

    /* duplicates are refused with file:line */
    char dir[] = "/tmp/chronik_pres_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char cmd[4096];
    snprintf(cmd, sizeof cmd,
             "printf 'adj\\trussisch\\tRU\\nadj\\tRussisch\\tRU\\n' > %s/demonyms.tsv && "
             "printf 'exact\\tChef\\n' > %s/roles.txt",
             dir, dir);
    CHECK_INT(system(cmd), 0);
    participants_res *bad = participants_res_load(dir, &err);
    CHECK(bad == NULL);
    CHECK(strstr(err.detail, "demonyms.tsv:2: duplicate of line 1") != NULL);
    snprintf(cmd, sizeof cmd,
             "printf 'adj\\trussisch\\tRU\\n' > %s/demonyms.tsv && "
             "printf 'exact\\tChef\\nhead\\tchef\\nexact\\tchef\\n' > %s/roles.txt",
             dir, dir);
    CHECK_INT(system(cmd), 0);
    bad = participants_res_load(dir, &err);
    CHECK(bad == NULL);
    CHECK(strstr(err.detail, "roles.txt:3: duplicate of line 1") != NULL);
    snprintf(cmd, sizeof cmd, "printf 'adj\\trussisch\\tRUS\\n' > %s/demonyms.tsv", dir);
    CHECK_INT(system(cmd), 0);
    bad = participants_res_load(dir, &err);
    CHECK(bad == NULL);
    CHECK(strstr(err.detail, "demonyms.tsv:1:") != NULL);

    /* organizations.txt beside the language folders: into the names lookup, a form names.txt
     * has left to names.txt, a "de:" or "en:" form in that language only */
    snprintf(
        cmd, sizeof cmd,
        "mkdir -p %s/de %s/en && for l in de en; do "
        "printf 'adj\\trussisch\\tRU\\n' > %s/$l/demonyms.tsv && "
        "printf 'exact\\tChef\\n' > %s/$l/roles.txt && "
        "printf 'place\\tFoostadt\\tDE\\n' > %s/$l/names.txt; done && "
        "printf '# c\\nFoo Werke\\tDE\\tFW | de:Foostadt|en:Barco\\n"
        "Barco Group\\tBE\\tde:Barco\\nWeltbund\\t-\\nE.ON\\tDE\\tE.on\\n' > %s/organizations.txt",
        dir, dir, dir, dir, dir, dir);
    CHECK_INT(system(cmd), 0);
    char sub[4200];
    const char *code = NULL;
    for (int i = 0; i < 2; i++) {
        snprintf(sub, sizeof sub, "%s/%s", dir, langs[i]);
        participants_res *o = participants_res_load(sub, &err);
        CHECK(o != NULL);
        if (!o) {
            fprintf(stderr, "%s\n", err.detail);
            continue;
        }
        CHECK_INT(participants_res_name(o, "Foo Werke", 9, &code), NAME_ORG);
        CHECK_STR(code, "DE");
        CHECK_INT(participants_res_name(o, "foo WERKE", 9, &code), NAME_ORG); /* case ignored */
        CHECK_INT(participants_res_name(o, "FW", 2, &code), NAME_ORG);
        CHECK_INT(participants_res_name(o, "Fw", 2, &code), NAME_NONE); /* an acronym: capitals */
        CHECK_INT(participants_res_name(o, "EON", 3, &code), NAME_ORG);
        CHECK_INT(participants_res_name(o, "Eon", 3, &code), NAME_ORG); /* "E.on": any case */
        CHECK_INT(participants_res_name(o, "Foostadt", 8, &code), NAME_PLACE);
        CHECK_INT(participants_res_name(o, "Barco", 5, &code), NAME_ORG);
        CHECK_STR(code, i == 0 ? "BE" : "DE");
        CHECK_INT(participants_res_name(o, "Weltbund", 8, &code), NAME_ORG);
        CHECK_STR(code, "");
        participants_res_free(o);
    }
    snprintf(sub, sizeof sub, "%s/de", dir);
    static const struct {
        const char *file, *error;
    } bad_orgs[] = {
        {"Foo Werke\\tDEU\\n", "organizations.txt:1: expected"},
        {"# c\\nFoo Werke\\n", "organizations.txt:2: expected"},
        {"Foo Werke\\tDE\\tFW||Foo\\n", "organizations.txt:1: bad name"},
        {"Foo Werke\\tDE\\nBar\\tDE\\tfoo werke\\n", "organizations.txt:2: duplicate of line 1"},
        {"Foo\\tDE\\tde:Bar\\nBar\\tDE\\n", "organizations.txt:2: duplicate of line 1"},
    };
    for (size_t i = 0; i < sizeof bad_orgs / sizeof *bad_orgs; i++) {
        snprintf(cmd, sizeof cmd, "printf '%s' > %s/organizations.txt", bad_orgs[i].file, dir);
        CHECK_INT(system(cmd), 0);
        bad = participants_res_load(sub, &err);
        CHECK(bad == NULL);
        participants_res_free(bad);
        CHECK(strstr(err.detail, bad_orgs[i].error) != NULL);
        if (!strstr(err.detail, bad_orgs[i].error)) fprintf(stderr, "got: %s\n", err.detail);
    }
    /* "en:Bar" and "de:Bar" on two lines: each language has one */
    snprintf(cmd, sizeof cmd,
             "printf 'Foo\\tDE\\ten:Bar\\nBaz\\tFR\\tde:Bar\\n' > %s/organizations.txt", dir);
    CHECK_INT(system(cmd), 0);
    bad = participants_res_load(sub, &err);
    CHECK(bad != NULL);
    CHECK_INT(participants_res_name(bad, "Bar", 3, &code), NAME_ORG);
    CHECK_STR(code, "FR");
    participants_res_free(bad);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);

    /* the shipped lexicon: an organization the tagger misses or mistypes, German and English
     * forms, a word of one language left to the other's text */
    CHECK_INT(participants_res_name(de, "ZF Friedrichshafen", 18, &code), NAME_ORG);
    CHECK_STR(code, "DE");
    CHECK_INT(participants_res_name(de, "Continental", 11, &code), NAME_ORG);
    CHECK_STR(code, "DE");
    CHECK_INT(participants_res_name(en, "Continental", 11, &code), NAME_NONE); /* an adjective */
    CHECK_INT(participants_res_name(de, "Verdi", 5, &code), NAME_ORG);         /* the union */
    CHECK_INT(participants_res_name(en, "Verdi", 5, &code), NAME_NONE);        /* the composer */
    CHECK_INT(participants_res_name(en, "Ver.di", 6, &code), NAME_NONE);
    CHECK_INT(participants_res_name(de, "VW", 2, &code), NAME_ORG);
    CHECK_STR(code, "DE");
    CHECK_INT(participants_res_name(en, "Volkswagen", 10, &code), NAME_ORG);
    CHECK_INT(participants_res_name(en, "European Central Bank", 21, &code), NAME_ORG);
    CHECK_INT(participants_res_name(en, "Bank of Japan", 13, &code), NAME_ORG);
    CHECK_STR(code, "JP");
    CHECK_INT(participants_res_name(de, "Welt", 4, &code), NAME_NONE);
    CHECK_INT(participants_res_name(de, "Die Welt", 8, &code), NAME_NONE);
    CHECK_INT(participants_res_name(en, "Die Welt", 8, &code), NAME_ORG);
    CHECK_INT(participants_res_name(en, "Faz", 3, &code), NAME_NONE); /* a nickname, not "FAZ" */
    CHECK_INT(participants_res_name(de, "FAZ", 3, &code), NAME_ORG);
    CHECK_INT(participants_res_name(de, "Henkel", 6, &code), NAME_NONE); /* a German noun */
    CHECK_INT(participants_res_name(en, "Henkel", 6, &code), NAME_ORG);
    CHECK_STR(code, "DE");

    participants_res_free(de);
    participants_res_free(en);
    participants_res_free(NULL);
    TEST_DONE();
}
