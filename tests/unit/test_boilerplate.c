/* test_boilerplate.c — body and boilerplate of scraped texts written for this test. */
#include "analysis/boilerplate.h"
#include "test.h"

#include <stdio.h>

static boilerplate_lists *lists_de, *lists_en;

/* Marks text as the pipeline would after segmentation: one sentence per line here (the real
 * segmenter also never lets a sentence cross a line break). */
static document *run(arena *a, const char *text, const boilerplate_lists *l)
{
    document *doc = arena_alloc(a, sizeof *doc);
    document_init(doc, a);
    doc->text = text;
    doc->len = strlen(text);
    doc->sentences = arena_calloc(a, doc->len + 1, sizeof *doc->sentences);
    for (size_t i = 0; i < doc->len;) {
        size_t j = i;
        while (j < doc->len && text[j] != '\n')
            j++;
        if (j > i) {
            doc->sentences[doc->nsentences++] = (sentence){(uint32_t)i, (uint32_t)j, 0, 0, 0};
        }
        i = j + 1;
    }
    ck_error err;
    CHECK_INT(boilerplate_mark(l, doc, &err), 0);
    return doc;
}

static uint32_t off(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    return p ? (uint32_t)(p - text) : 0xFFFFFFFFu;
}

static uint32_t off_end(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    return p ? (uint32_t)(p - text + strlen(needle)) : 0xFFFFFFFFu;
}

static void load_lists(void)
{
    char dir[4096];
    ck_error err;
    snprintf(dir, sizeof dir, "%s/de", test_resources());
    lists_de = boilerplate_load(dir, &err);
    CHECK(lists_de != NULL);
    snprintf(dir, sizeof dir, "%s/en", test_resources());
    lists_en = boilerplate_load(dir, &err);
    CHECK(lists_en != NULL);
}

/* German article, a quoted tagline, a marker line, three headlines. */
static const char german_tail[] =
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nachdem die "
    "Debatte mehr als sechs Stunden gedauert hatte.\n"
    "Die Opposition kritisierte vor allem die Kürzungen bei den Bibliotheken, die nach ihrer "
    "Ansicht die ärmeren Stadtteile am härtesten treffen.\n"
    "Der Kämmerer verteidigte den Plan und verwies auf die gestiegenen Zinsen.\n"
    "„Radfahrerin aus Leidenschaft. Kaffeetrinkerin. Freundliche Zweiflerin.“\n"
    "Weitere Meldungen\n"
    "Neue Buslinie verbindet Nordstadt und Hafen ab dem Sommer\n"
    "Feuerwehr rettet Katze aus einem Baum am Marktplatz\n"
    "Wie die Stadtwerke den Strompreis für das nächste Jahr festlegen\n";

static void test_german_tail(arena *a, const boilerplate_lists *l)
{
    const char *t = german_tail;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_start, 0);
    CHECK_INT(doc->body_end, off_end(t, "gestiegenen Zinsen."));
    CHECK_INT(doc->nboiler, 2);
    if (doc->nboiler == 2) {
        CHECK_INT(doc->boiler[0].kind, BOILER_AUTHOR_BIO);
        CHECK_INT(doc->boiler[0].start, off(t, "„Radfahrerin"));
        CHECK_INT(doc->boiler[1].kind, BOILER_RELATED_LINKS);
        CHECK_INT(doc->boiler[1].start, off(t, "Weitere Meldungen"));
        CHECK_INT(doc->boiler[1].end, off_end(t, "nächste Jahr festlegen"));
    }
    CHECK_INT(doc->nsentences, 8);
    CHECK_INT(doc->sentences[2].boiler, BOILER_NONE);
    CHECK_INT(doc->sentences[3].boiler, BOILER_AUTHOR_BIO);
    CHECK_INT(doc->sentences[4].boiler, BOILER_RELATED_LINKS);
    CHECK_INT(doc->sentences[7].boiler, BOILER_RELATED_LINKS);
}

/* English: navigation above, share prompt, related list and copyright below. */
static const char english_both[] =
    "Home | World | Business | Sport\n"
    "Harbour Bridge Closed After Storm Damage\n"
    "The city's main harbour bridge was closed on Sunday after high winds tore loose several "
    "panels of its walkway, officials said.\n"
    "Engineers expect to inspect the structure on Monday. Until then, ferries will run every "
    "fifteen minutes to carry commuters across.\n"
    "Nobody was hurt.\n"
    "Share this article\n"
    "Read more:\n"
    "Storm season starts early on the east coast\n"
    "Why ferries are back in fashion\n"
    "Five bridges that changed the city\n"
    "© 2024 The Harbour Gazette. All rights reserved.\n";

static void test_english_both(arena *a, const boilerplate_lists *l)
{
    const char *t = english_both;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_start, off(t, "Harbour Bridge Closed"));
    CHECK_INT(doc->body_end, off_end(t, "Nobody was hurt."));
    CHECK_INT(doc->nboiler, 4);
    if (doc->nboiler == 4) {
        CHECK_INT(doc->boiler[0].kind, BOILER_NAVIGATION);
        CHECK_INT(doc->boiler[0].start, 0);
        CHECK_INT(doc->boiler[1].kind, BOILER_OTHER);
        CHECK_INT(doc->boiler[1].start, off(t, "Share this"));
        CHECK_INT(doc->boiler[2].kind, BOILER_RELATED_LINKS);
        CHECK_INT(doc->boiler[2].start, off(t, "Read more:"));
        CHECK_INT(doc->boiler[3].kind, BOILER_FOOTER);
        CHECK_INT(doc->boiler[3].end, off_end(t, "All rights reserved."));
    }
    CHECK_INT(doc->sentences[0].boiler, BOILER_NAVIGATION);
    CHECK_INT(doc->sentences[1].boiler, BOILER_NONE);
}

/* All body, with a subheading and a short last paragraph that ends with a period. */
static const char all_body[] =
    "Die Ernte fiel in diesem Jahr deutlich kleiner aus als erwartet, berichten die Winzer "
    "aus dem Tal.\n"
    "Schuld war vor allem der späte Frost im April, der viele junge Triebe zerstört hat.\n"
    "Was die Winzer jetzt planen\n"
    "Einige Betriebe wollen Frostkerzen anschaffen, andere setzen auf spätere Sorten.\n"
    "Die Preise steigen.\n";

static void test_all_body(arena *a, const boilerplate_lists *l)
{
    const char *t = all_body;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_start, 0);
    CHECK_INT(doc->body_end, off_end(t, "Die Preise steigen."));
    CHECK_INT(doc->nboiler, 0);
    for (size_t i = 0; i < doc->nsentences; i++)
        CHECK_INT(doc->sentences[i].boiler, 0);
}

/* A results table after the article's sentence belongs to it: its lines have numbers. */
static const char results_table[] =
    "The home side won the derby on Saturday in front of a crowd of almost fifty thousand.\n"
    "Results of the first division on Saturday :\n"
    "Hamburg 2 Bremen 1 ( halftime 1-0 )\n"
    "Munich 3 Cologne 3 ( halftime 2-1 )\n"
    "Leipzig 0 Berlin 1 ( halftime 0-0 )\n";

/* A hard-wrapped wire text and a schedule: no long line ends a sentence, so no layout tells
 * an article from a list of headlines, and all of it is the article. */
static const char wrapped[] = "SAILING - AUTUMN REGATTA SCHEDULE .\n"
                              "KIEL 2022-05-13\n"
                              "The organisers of the autumn regatta\n"
                              "said on Friday that the boats would\n"
                              "race on these days :\n"
                              "September 3 Opening race in Kiel\n"
                              "September 4 Long distance race to Fehmarn\n"
                              "September 6 Final race and prize giving\n";

static void test_tables(arena *a, const boilerplate_lists *l)
{
    const char *t = results_table;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_end, off_end(t, "( halftime 0-0 )"));
    CHECK_INT(doc->nboiler, 0);
    t = wrapped;
    doc = run(a, t, l);
    CHECK_INT(doc->body_start, 0);
    CHECK_INT(doc->body_end, off_end(t, "prize giving"));
    CHECK_INT(doc->nboiler, 0);
}

/* No marker words at all: a short label line opens a list of headlines (general cue only). */
static const char unlisted_marker[] =
    "The council voted to keep the library open on Sundays, ending a year of protests by "
    "parents and students.\n"
    "The vote was close: seven to six.\n"
    "Elsewhere on the site\n"
    "Local school wins national robotics prize\n"
    "Road works on the high street to last until May\n"
    "Meet the volunteers who run the food bank\n";

static void test_unlisted_marker(arena *a)
{
    const char *t = unlisted_marker;
    document *doc = run(a, t, NULL);
    CHECK_INT(doc->body_end, off_end(t, "seven to six."));
    CHECK_INT(doc->nboiler, 1);
    if (doc->nboiler == 1) {
        CHECK_INT(doc->boiler[0].kind, BOILER_RELATED_LINKS);
        CHECK_INT(doc->boiler[0].start, off(t, "Elsewhere"));
        CHECK_INT(doc->boiler[0].end, off_end(t, "run the food bank"));
    }
}

/* A marker inside the article: the paragraphs after it are prose, so it stays body. */
static const char inner_marker[] =
    "Der Verkehrsminister will das Tempolimit auf Landstraßen neu regeln, wie er am Freitag "
    "in Berlin ankündigte.\n"
    "Lesen Sie auch: Was das neue Gesetz für Pendler bedeutet\n"
    "Die Länder sollen künftig selbst entscheiden dürfen, auf welchen Strecken langsamer "
    "gefahren werden muss.\n"
    "Ein Entwurf soll bis zum Herbst vorliegen.\n";

static void test_inner_marker(arena *a, const boilerplate_lists *l)
{
    const char *t = inner_marker;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_start, 0);
    CHECK_INT(doc->body_end, off_end(t, "bis zum Herbst vorliegen."));
    CHECK_INT(doc->nboiler, 0);
}

/* A listed marker with a bullet and a colon, followed by a single headline. */
static const char bullet_marker[] =
    "Im Hafen wurden am Morgen zwei neue Kräne aufgestellt, die ab Juni Container entladen.\n"
    "» Mehr zum Thema:\n"
    "Warum der Hafen wächst\n";

static void test_bullet_marker(arena *a, const boilerplate_lists *l)
{
    const char *t = bullet_marker;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_end, off_end(t, "Container entladen."));
    CHECK_INT(doc->nboiler, 1);
    if (doc->nboiler == 1) CHECK_INT(doc->boiler[0].kind, BOILER_RELATED_LINKS);
    /* without the list the two lines are no headline list: they stay body */
    doc = run(a, t, NULL);
    CHECK_INT(doc->nboiler, 0);
}

/* A long article line that mentions a footer phrase is no footer. */
static const char footer_words[] =
    "The band said on Friday that all rights reserved by the old label would return to the "
    "members after the court ruling in March.\n"
    "Their new album is due in the autumn, and a tour of twelve cities is planned for next year.\n";

static void test_footer_words(arena *a, const boilerplate_lists *l)
{
    document *doc = run(a, footer_words, l);
    CHECK_INT(doc->body_end, strlen(footer_words) - 1);
    CHECK_INT(doc->nboiler, 0);
}

/* A quotation that ends the article is not a tagline: it has a quote inside and long parts. */
static const char quote_ending[] =
    "The museum reopened its east wing after two years of repairs to the roof and the old "
    "heating system.\n"
    "Visitors queued around the block on the first morning.\n"
    "“We waited a long time for this day, and it was worth every minute of it.”\n";

static void test_quote_ending(arena *a, const boilerplate_lists *l)
{
    const char *t = quote_ending;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_end, off_end(t, "every minute of it.”"));
    CHECK_INT(doc->nboiler, 0);
}

/* An author box after a marker: its sentences end with periods, the marker still decides. */
static const char english_bio[] =
    "Rail operators will raise fares by four percent in January, the transport ministry said "
    "on Thursday.\n"
    "Season tickets are exempt.\n"
    "About the author\n"
    "Sam Doe covers transport and energy. Before that, Sam reported on farming for ten years.\n";

static void test_english_bio(arena *a, const boilerplate_lists *l)
{
    const char *t = english_bio;
    document *doc = run(a, t, l);
    CHECK_INT(doc->body_end, off_end(t, "Season tickets are exempt."));
    CHECK_INT(doc->nboiler, 1);
    if (doc->nboiler == 1) {
        CHECK_INT(doc->boiler[0].kind, BOILER_AUTHOR_BIO);
        CHECK_INT(doc->boiler[0].start, off(t, "About the author"));
        CHECK_INT(doc->boiler[0].end, strlen(t) - 1);
    }
    CHECK_INT(doc->sentences[3].boiler, BOILER_AUTHOR_BIO);
    /* without the list, nothing tells the box apart: all of it stays body */
    doc = run(a, t, NULL);
    CHECK_INT(doc->nboiler, 0);
}

static void test_edge_cases(arena *a)
{
    document *doc = run(a, "", NULL);
    CHECK_INT(doc->body_start, 0);
    CHECK_INT(doc->body_end, 0);
    CHECK_INT(doc->nboiler, 0);
    /* headlines only: no prose to tell apart, all of it is the text */
    const char *h = "\n  Breaking News  \nMarkets fall in early trading\n\n";
    doc = run(a, h, NULL);
    CHECK_INT(doc->body_start, off(h, "Breaking"));
    CHECK_INT(doc->body_end, off_end(h, "early trading"));
    CHECK_INT(doc->nboiler, 0);
    /* one line without a line break */
    const char *one = "Only one sentence here.";
    doc = run(a, one, NULL);
    CHECK_INT(doc->body_end, strlen(one));
}

static void test_loader(void)
{
    const char *dir = "test_boilerplate.tmp";
    char path[256];
    ck_error err;
    snprintf(path, sizeof path, "mkdir -p %s", dir);
    CHECK_INT(system(path), 0);
    snprintf(path, sizeof path, "%s/boilerplate-markers.txt", dir);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs("# comment\nfooter contains Kleingedrucktes\n\nheadline line Foo\n", f);
    fclose(f);
    CHECK(boilerplate_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, "boilerplate-markers.txt:4: unknown kind") != NULL);
    f = fopen(path, "w");
    if (!f) return;
    fputs("other line Teilen\nother line TEILEN\n", f);
    fclose(f);
    CHECK(boilerplate_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, ":2: duplicate") != NULL);
    f = fopen(path, "w");
    if (!f) return;
    fputs("other somewhere Teilen\n", f);
    fclose(f);
    CHECK(boilerplate_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, ":1: expected 'line' or 'contains'") != NULL);
    remove(path);
    CHECK(boilerplate_load(dir, &err) == NULL);
    CHECK_INT(err.code, CK_E_RESOURCE);
    remove(dir);
    boilerplate_free(NULL);
}

int main(void)
{
    load_lists();
    arena *a = arena_new(0, 0);
    test_german_tail(a, lists_de);
    test_german_tail(a, NULL); /* the general cues alone find the same */
    test_english_both(a, lists_en);
    test_all_body(a, lists_de);
    test_unlisted_marker(a);
    test_tables(a, lists_en);
    test_inner_marker(a, lists_de);
    test_quote_ending(a, lists_en);
    test_english_bio(a, lists_en);
    test_footer_words(a, lists_en);
    test_bullet_marker(a, lists_de);
    test_edge_cases(a);
    test_loader();

    /* out of memory is reported, not crashed on */
    arena *tiny = arena_new(64, 64);
    document doc;
    document_init(&doc, tiny);
    doc.text = german_tail;
    doc.len = strlen(german_tail);
    ck_error err;
    CHECK_INT(boilerplate_mark(lists_de, &doc, &err), CK_E_NOMEM);
    arena_free(tiny);

    arena_free(a);
    boilerplate_free(lists_de);
    boilerplate_free(lists_en);
    TEST_DONE();
}
