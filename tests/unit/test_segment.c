/* test_segment.c — tokens and sentences in German and English, and the list loader. */
#include "analysis/normalize.h"
#include "analysis/segment.h"
#include "test.h"

#include <stdio.h>
#include <unistd.h>

static segment_rules *rules_de, *rules_en;
static char out[8192];

/* Appends to out at *o, clamping at the buffer's end. */
static void put(size_t *o, const char *sep, const char *s, size_t n)
{
    int w = snprintf(out + *o, sizeof out - *o, "%s%.*s", sep, (int)n, s);
    *o += (size_t)w;
    if (*o >= sizeof out) *o = sizeof out - 1;
}

/* Segments s and renders the result: tokens separated by '|', sentences by " ## ". */
static const char *seg(const segment_rules *r, const char *s)
{
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    doc.input = s;
    doc.input_len = strlen(s);
    ck_error err = {0};
    size_t o = 0;
    out[0] = '\0';
    if (normalize_document(&doc, &err) || segment_document(r, &doc, &err)) {
        snprintf(out, sizeof out, "error: %s", err.detail);
        arena_free(a);
        return out;
    }
    for (size_t i = 0; i < doc.nsentences; i++) {
        const sentence *se = &doc.sentences[i];
        for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
            const token *k = &doc.tokens[t];
            put(&o,
                t > se->tok_begin ? "|"
                : i               ? " ## "
                                  : "",
                doc.text + k->start, k->end - k->start);
        }
    }
    arena_free(a);
    return out;
}

/* The sentences of s, each as its trimmed span text, joined by " ## ". */
static const char *sents(const segment_rules *r, const char *s)
{
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    doc.input = s;
    doc.input_len = strlen(s);
    ck_error err = {0};
    size_t o = 0;
    out[0] = '\0';
    if (!normalize_document(&doc, &err) && !segment_document(r, &doc, &err))
        for (size_t i = 0; i < doc.nsentences; i++)
            put(&o, i ? " ## " : "", doc.text + doc.sentences[i].start,
                doc.sentences[i].end - doc.sentences[i].start);
    arena_free(a);
    return out;
}

/* The kind of the token whose text is w in s (-1 when absent). */
static int kind_of(const segment_rules *r, const char *s, const char *w)
{
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    doc.input = s;
    doc.input_len = strlen(s);
    ck_error err = {0};
    int kind = -1;
    if (!normalize_document(&doc, &err) && !segment_document(r, &doc, &err))
        for (size_t i = 0; i < doc.ntokens; i++)
            if (doc.tokens[i].end - doc.tokens[i].start == strlen(w) &&
                memcmp(doc.text + doc.tokens[i].start, w, strlen(w)) == 0) {
                kind = doc.tokens[i].kind;
                break;
            }
    arena_free(a);
    return kind;
}

/* Writes a resource directory with the given abbreviations.txt and ordinals.txt. */
static void write_dir(const char *dir, const char *abbr, const char *ord)
{
    char p[512];
    snprintf(p, sizeof p, "mkdir -p %s", dir);
    CHECK_INT(system(p), 0);
    snprintf(p, sizeof p, "%s/abbreviations.txt", dir);
    FILE *f = fopen(p, "w");
    fputs(abbr, f);
    fclose(f);
    snprintf(p, sizeof p, "%s/ordinals.txt", dir);
    f = fopen(p, "w");
    fputs(ord, f);
    fclose(f);
    snprintf(p, sizeof p, "%s/sentences.txt", dir);
    f = fopen(p, "w");
    fputs("# no options\n", f);
    fclose(f);
}

static void test_loader(void)
{
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/chronik-test-segment-%d", (int)getpid());
    ck_error err = {0};
    write_dir(dir, "# c\nDr.\nz. B.\n\nDr.\n", "max-digits 3\n");
    CHECK(segment_rules_load(dir, &err) == NULL);
    CHECK_INT(err.code, CK_E_RESOURCE);
    CHECK(strstr(err.detail, "abbreviations.txt:5: duplicate entry") != NULL);

    write_dir(dir, "Dr\n", "");
    CHECK(segment_rules_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, "abbreviations.txt:1: entry must end with '.'") != NULL);

    write_dir(dir, "Dr.\n", "next Mai\nprev am\nnext Mai\n");
    CHECK(segment_rules_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, "ordinals.txt:3: duplicate entry") != NULL);

    write_dir(dir, "Dr.\n", "option fancy\n");
    CHECK(segment_rules_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, "ordinals.txt:1: unknown option") != NULL);

    write_dir(dir, "-str.\n-str.\n", "");
    CHECK(segment_rules_load(dir, &err) == NULL);
    CHECK(strstr(err.detail, "abbreviations.txt:2: duplicate entry") != NULL);

    /* parts shared by two multi-part entries are not duplicates */
    write_dir(dir, "u. a.\nu. U.\n", "max-digits 2\n");
    segment_rules *r = segment_rules_load(dir, &err);
    CHECK(r != NULL);
    segment_rules_free(r);

    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);
    CHECK(segment_rules_load("/nonexistent-chronik", &err) == NULL);
    CHECK_INT(err.code, CK_E_RESOURCE);
    segment_rules_free(NULL);
}

static void test_german(void)
{
    const segment_rules *r = rules_de;
    /* the flagship sentence: one sentence, "18." is an ordinal */
    const char *s = "Die beiden sprachen zuletzt am 18. Februar, eine Woche bevor Russland mit "
                    "der Invasion der Ukraine begann.";
    CHECK_STR(sents(r, s), s);
    CHECK_INT(kind_of(r, s, "18."), TOK_ORDINAL);
    CHECK_STR(seg(r, "am 18. Februar."), "am|18.|Februar|.");

    /* [final] abbreviations end a sentence only before a sentence starter (nouns are
     * capitalized); the dot of a date or ordinal before one ends it too, not an item number */
    CHECK_STR(sents(r, "Es kamen u. a. Vertreter der Stadt. Es gab Brot, Käse usw. Die Gäste "
                       "blieben."),
              "Es kamen u. a. Vertreter der Stadt. ## Es gab Brot, Käse usw. ## Die Gäste "
              "blieben.");
    CHECK_STR(sents(r, "Der Vertrag gilt bis 31.12. Die Gewerkschaft lehnt ab. Er wurde 3. Der "
                       "Sieger kam aus Kenia."),
              "Der Vertrag gilt bis 31.12. ## Die Gewerkschaft lehnt ab. ## Er wurde 3. ## Der "
              "Sieger kam aus Kenia.");

    /* abbreviations; a street's "-str." */
    CHECK_STR(sents(r, "Er wohnt in der Hauptstr. 5 in Berlin."),
              "Er wohnt in der Hauptstr. 5 in Berlin.");
    CHECK_STR(sents(r, "Er mag z. B. Äpfel, bzw. Birnen. Dr. Müller kam u. a. mit Nr. 5."),
              "Er mag z. B. Äpfel, bzw. Birnen. ## Dr. Müller kam u. a. mit Nr. 5.");
    CHECK_STR(seg(r, "z. B. Äpfel"), "z.|B.|Äpfel");
    /* a part of a final multi-part entry ("u. v. m.") is not final itself */
    CHECK_STR(sents(r, "Im Jahr 260 v. Chr. fiel die Stadt. Dann kam der Frieden."),
              "Im Jahr 260 v. Chr. fiel die Stadt. ## Dann kam der Frieden.");
    CHECK_STR(sents(r, "Es gab Brot, Käse u. v. m. Danach gingen alle."),
              "Es gab Brot, Käse u. v. m. ## Danach gingen alle.");
    CHECK_INT(kind_of(r, "Dr. Müller", "Dr."), TOK_ABBREV);
    CHECK_STR(seg(r, "Das gilt z.B. heute."), "Das|gilt|z.B.|heute|.");
    CHECK_STR(sents(r, "Äpfel, Birnen usw. Danach kam er."),
              "Äpfel, Birnen usw. ## Danach kam er.");
    CHECK_STR(sents(r, "Am 3. Jan. 2022 begann es."), "Am 3. Jan. 2022 begann es.");

    /* dates and ordinals do not end sentences */
    CHECK_STR(sents(r, "Der Vertrag lief bis 30.06.2022 und endete dann."),
              "Der Vertrag lief bis 30.06.2022 und endete dann.");
    CHECK_INT(kind_of(r, "bis 30.06.2022 und", "30.06.2022"), TOK_NUMBER);
    CHECK_STR(sents(r, "1. März ist ein Sonntag."), "1. März ist ein Sonntag.");
    CHECK_STR(sents(r, "Sie belegte den 3. Platz. Er wurde 4. Dann ging es heim."),
              "Sie belegte den 3. Platz. ## Er wurde 4. ## Dann ging es heim.");
    CHECK_STR(sents(r, "Im 19. Jahrhundert wuchs die Stadt."),
              "Im 19. Jahrhundert wuchs die Stadt.");
    CHECK_STR(sents(r, "Das war im Jahr 2022. Danach nicht mehr."),
              "Das war im Jahr 2022. ## Danach nicht mehr.");
    CHECK_STR(seg(r, "der 3. Platz"), "der|3.|Platz");
    /* spaced numeric dates and ranges of days */
    CHECK_STR(sents(r, "Die Sitzung ist am 3. 4. um 9 Uhr angesetzt."),
              "Die Sitzung ist am 3. 4. um 9 Uhr angesetzt.");
    CHECK_STR(sents(r, "Das Abkommen vom 23. 3. 1976 gilt."), "Das Abkommen vom 23. 3. 1976 gilt.");
    CHECK_STR(sents(r, "Das Fest ist am 27./28. September."), "Das Fest ist am 27./28. September.");
    CHECK_STR(sents(r, "Das Fest ist am 27. / 28. September."),
              "Das Fest ist am 27. / 28. September.");
    CHECK_STR(sents(r, "Sie wurde 3. 12 Läufer kamen nicht an."),
              "Sie wurde 3. ## 12 Läufer kamen nicht an.");

    /* quotes: a sentence ending inside quotes splits after the closing quote */
    CHECK_STR(sents(r, "Er sagte: „Ja.“ Dann ging er."), "Er sagte: „Ja.“ ## Dann ging er.");
    CHECK_STR(seg(r, "„Ja.“ Dann"), "„|Ja|.|“ ## Dann");
    CHECK_STR(sents(r, "„Wirklich?“, fragte sie. ‚Nein!‘ Gut."),
              "„Wirklich?“, fragte sie. ## ‚Nein!‘ ## Gut.");

    /* hyphenated compounds and truncated words */
    CHECK_STR(seg(r, "Die US-Streitkräfte kamen ein- oder zweimal."),
              "Die|US-Streitkräfte|kamen|ein-|oder|zweimal|.");
    CHECK_STR(seg(r, "Vor-, Haupt- und Nachspeise"), "Vor-|,|Haupt-|und|Nachspeise");
    CHECK_STR(seg(r, "Er ist 18-jährig – wirklich."), "Er|ist|18-jährig|–|wirklich|.");

    /* numbers */
    CHECK_STR(seg(r, "Es kostet 1.000,5 Euro um 10:30 Uhr am 2022-02-18."),
              "Es|kostet|1.000,5|Euro|um|10:30|Uhr|am|2022-02-18|.");
    CHECK_INT(kind_of(r, "Es kostet 1.000,5 Euro", "1.000,5"), TOK_NUMBER);

    /* URLs and e-mail addresses */
    CHECK_STR(seg(r, "Siehe https://www.tagesschau.de/inland/x.html. Oder info@example.de!"),
              "Siehe|https://www.tagesschau.de/inland/x.html|. ## Oder|info@example.de|!");
    CHECK_INT(kind_of(r, "Siehe www.spiegel.de heute", "www.spiegel.de"), TOK_URL);
    CHECK_INT(kind_of(r, "Mail: max.muster@uni-koeln.de.", "max.muster@uni-koeln.de"), TOK_EMAIL);

    /* scraped text: a line break always ends a sentence */
    CHECK_STR(sents(r, "Startseite\nPolitik Ausland\nDie Lage ist ernst.\n\nMehr zum Thema"),
              "Startseite ## Politik Ausland ## Die Lage ist ernst. ## Mehr zum Thema");
    CHECK_STR(sents(r, "am 18.\nFebruar"), "am 18. ## Februar");
    /* German keeps a lower-case word after a dot in the sentence; enumerations stay whole */
    CHECK_STR(sents(r, "Er kam ca. zehnmal. 2. Die Lage blieb ruhig."),
              "Er kam ca. zehnmal. ## 2. Die Lage blieb ruhig.");
    CHECK_STR(sents(r, "Papst Benedikt XVI. trat zurück."), "Papst Benedikt XVI. trat zurück.");
}

static void test_english(void)
{
    const segment_rules *r = rules_en;
    CHECK_STR(sents(r, "Mr. Smith met Gen. Miller in the U.S. on Jan. 5. They talked."),
              "Mr. Smith met Gen. Miller in the U.S. on Jan. 5. ## They talked.");
    CHECK_INT(kind_of(r, "in the U.S. on", "U.S."), TOK_ABBREV);
    CHECK_STR(sents(r, "He bought apples, pears, etc. Then he left."),
              "He bought apples, pears, etc. ## Then he left.");
    CHECK_STR(sents(r, "Prices rose 3.5 percent, e.g. in Texas. Good."),
              "Prices rose 3.5 percent, e.g. in Texas. ## Good.");
    CHECK_STR(sents(r, "She said \"No.\" Then she left."), "She said \"No.\" ## Then she left.");
    CHECK_STR(sents(r, "“Really?” he asked. ‘Yes!’ she said."),
              "“Really?” he asked. ## ‘Yes!’ she said.");
    CHECK_STR(sents(r, "Wait... what? No way!"), "Wait... what? ## No way!");
    /* web text: a lower-case word after terminal punctuation starts a sentence in English */
    CHECK_STR(sents(r, "where did you grow up? india? i loved it. ok"),
              "where did you grow up? ## india? ## i loved it. ## ok");
    CHECK_STR(sents(r, "Really?!! Yes."), "Really?!! ## Yes.");
    CHECK_STR(seg(r, "Really?!"), "Really|?|!");
    CHECK_STR(seg(r, "See report.pdf and enron.com now."), "See|report.pdf|and|enron.com|now|.");
    CHECK_STR(seg(r, "I don't know J. R. R. Tolkien's work."),
              "I|don't|know|J.|R.|R.|Tolkien's|work|.");
    CHECK_STR(seg(r, "Call 555-1234 at 10:30 or write to bob@example.com."),
              "Call|555-1234|at|10:30|or|write|to|bob@example.com|.");
    CHECK_STR(seg(r, "See (http://example.com/a_(b)) now"), "See|(|http://example.com/a_(b)|)|now");
    CHECK_STR(sents(r, "The meeting ended at 5 p.m. The next one is Monday."),
              "The meeting ended at 5 p.m. ## The next one is Monday.");
    /* ... but not before a time zone or a weekday; and a sentence starter ends one after an
     * abbreviation that is no [final] one, which a name would follow ("D.C. Mayor") */
    CHECK_STR(sents(r, "It starts at 9:30 a.m. EDT on Saturday. He left at 5 p.m. Friday."),
              "It starts at 9:30 a.m. EDT on Saturday. ## He left at 5 p.m. Friday.");
    CHECK_STR(sents(r, "He lives in Washington, D.C. The city is old. D.C. Mayor Muriel Bowser "
                       "spoke."),
              "He lives in Washington, D.C. ## The city is old. ## D.C. Mayor Muriel Bowser "
              "spoke.");
    CHECK_STR(sents(r, "Headline without a period\nThe body starts here."),
              "Headline without a period ## The body starts here.");
    /* a hard-wrapped text (most long lines end in a word) keeps its sentences across the
     * breaks; a blank line still ends one, and a headline before prose stays apart */
    CHECK_STR(sents(r, "German Chancellor Olaf Scholz said on\nMonday that Berlin would send more\n"
                       "weapons to Ukraine, a decision welcomed\nby President Zelenskiy.\n\n"
                       "Russia condemned the decision and said\nit would respond.\n"),
              "German Chancellor Olaf Scholz said on\nMonday that Berlin would send more\n"
              "weapons to Ukraine, a decision welcomed\nby President Zelenskiy. ## "
              "Russia condemned the decision and said\nit would respond.");
    CHECK_STR(sents(r, "Berlin sends more weapons to Ukraine\nGerman Chancellor Olaf Scholz said "
                       "on Monday that Berlin would send more weapons.\nRussia condemned it.\n"),
              "Berlin sends more weapons to Ukraine ## German Chancellor Olaf Scholz said on "
              "Monday that Berlin would send more weapons. ## Russia condemned it.");
    /* English has no dotted ordinals: "5." before a capital ends the sentence */
    CHECK_STR(sents(r, "He was born in 1990. He grew up in Ohio."),
              "He was born in 1990. ## He grew up in Ohio.");
}

static void test_tokens(void)
{
    const segment_rules *r = rules_en;
    const char *s = "  Hello, world!\nNew line 😀👍🏽 ok";
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    doc.input = s;
    doc.input_len = strlen(s);
    ck_error err = {0};
    CHECK_INT(normalize_document(&doc, &err), 0);
    CHECK_INT(segment_document(r, &doc, &err), 0);
    CHECK_INT(doc.ntokens, 9);
    CHECK_INT(doc.nsentences, 2);
    if (doc.ntokens == 9 && doc.nsentences == 2) {
        CHECK_INT(doc.tokens[0].start, 2);
        CHECK_INT(doc.tokens[0].flags, TOKF_SPACE_BEFORE | TOKF_LINE_START);
        CHECK_INT(doc.tokens[1].flags, 0); /* "," glued to "Hello" */
        CHECK_INT(doc.tokens[1].kind, TOK_PUNCT);
        CHECK_INT(doc.tokens[2].flags, TOKF_SPACE_BEFORE);
        CHECK_INT(doc.tokens[4].flags, TOKF_SPACE_BEFORE | TOKF_LINE_START); /* "New" */
        CHECK_INT(doc.tokens[4].sentence, 1);
        CHECK_INT(doc.tokens[3].sentence, 0);
        CHECK_INT(doc.sentences[0].start, 2);
        CHECK_INT(doc.sentences[0].end, 15);
        CHECK_INT(doc.sentences[0].tok_begin, 0);
        CHECK_INT(doc.sentences[0].tok_end, 4);
        CHECK_INT(doc.sentences[1].tok_begin, 4);
        CHECK_INT(doc.sentences[1].tok_end, 9);
        /* the emoji are symbols; the skin tone stays on its hand */
        CHECK_INT(doc.tokens[6].kind, TOK_PUNCT);
        CHECK_INT(doc.tokens[7].end - doc.tokens[7].start, 8);
    }
    /* empty and blank texts */
    document_init(&doc, a);
    doc.input = " \n\t ";
    doc.input_len = 4;
    CHECK_INT(normalize_document(&doc, &err), 0);
    CHECK_INT(segment_document(r, &doc, &err), 0);
    CHECK_INT(doc.ntokens, 0);
    CHECK_INT(doc.nsentences, 0);
    arena_free(a);

    /* many tokens: the token array grows; offsets map through NFC */
    char big[20000];
    size_t o = 0;
    while (o + 10 < sizeof big)
        o += (size_t)snprintf(big + o, sizeof big - o, "a b. ");
    CHECK(strstr(seg(r, big), "a|b|.") != NULL);
    CHECK_STR(seg(r, "Cafe\xCC\x81 ok."), "Caf\xC3\xA9|ok|.");

    /* allocation failure */
    arena *tiny = arena_new(0, 64);
    document_init(&doc, tiny);
    doc.text = "a b c d e f g h i j k l m n o p q r s t u v w x y z";
    doc.len = strlen(doc.text);
    CHECK_INT(segment_document(r, &doc, &err), CK_E_NOMEM);
    arena_free(tiny);
}

/* Random texts from tricky pieces: the structural invariants must hold for each. */
static void test_invariants(const segment_rules *r)
{
    static const char *const pieces[] = {" ",
                                         ". ",
                                         "\n",
                                         "„",
                                         "“",
                                         "\"",
                                         "'",
                                         "z. B.",
                                         "Dr.",
                                         "18.",
                                         " Februar",
                                         "1.000,5",
                                         "-",
                                         "ein-",
                                         "US-Streitkräfte",
                                         "@",
                                         "a@b.de",
                                         "http://x.de/(a)",
                                         "www.",
                                         "...",
                                         "?!",
                                         "é",
                                         "e\xCC\x81",
                                         "\xCC\x81",
                                         "😀",
                                         "\xE2\x80\x8D",
                                         "U.S.",
                                         "etc.",
                                         "Wort",
                                         "und",
                                         "3",
                                         ".",
                                         ",",
                                         ")",
                                         "‚Ja‘",
                                         "\t",
                                         "\xC2\xA0",
                                         "ß",
                                         "10:30",
                                         "x.pdf"};
    size_t np = sizeof pieces / sizeof *pieces;
    unsigned seed = 12345;
    char text[512];
    int bad = 0;
    for (int iter = 0; iter < 3000; iter++) {
        size_t o = 0;
        int m = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 24;
        for (int q = 0; q < m; q++) {
            const char *pc = pieces[((seed = seed * 1103515245u + 12345u) >> 16) % np];
            size_t l = strlen(pc);
            if (o + l >= sizeof text) break;
            memcpy(text + o, pc, l);
            o += l;
        }
        text[o] = '\0';
        arena *a = arena_new(0, 0);
        document doc;
        document_init(&doc, a);
        doc.input = text;
        doc.input_len = o;
        ck_error err = {0};
        if (normalize_document(&doc, &err) || segment_document(r, &doc, &err)) {
            bad++;
            arena_free(a);
            continue;
        }
        uint32_t prev_end = 0, next_tok = 0;
        for (size_t i = 0; i < doc.ntokens; i++) {
            const token *t = &doc.tokens[i];
            if (t->start < prev_end || t->end <= t->start || t->end > doc.len) bad++;
            if (t->sentence >= doc.nsentences) bad++;
            prev_end = t->end;
        }
        for (size_t i = 0; i < doc.nsentences; i++) {
            const sentence *se = &doc.sentences[i];
            if (se->tok_begin != next_tok || se->tok_end <= se->tok_begin) bad++;
            if (se->tok_end > doc.ntokens) {
                bad++;
                break;
            }
            if (se->start != doc.tokens[se->tok_begin].start ||
                se->end != doc.tokens[se->tok_end - 1].end)
                bad++;
            for (uint32_t t = se->tok_begin; t < se->tok_end; t++)
                if (doc.tokens[t].sentence != i) bad++;
            next_tok = se->tok_end;
        }
        if (next_tok != doc.ntokens) bad++;
        for (size_t i = 1; i <= doc.len && doc.to_input; i++)
            if (doc.to_input[i] < doc.to_input[i - 1] || doc.to_input[i] > o) bad++;
        if (bad) {
            fprintf(stderr, "invariant broken on: %s\n", text);
            arena_free(a);
            break;
        }
        arena_free(a);
    }
    CHECK_INT(bad, 0);
}

int main(void)
{
    char dir[1024];
    ck_error err = {0};
    snprintf(dir, sizeof dir, "%s/de", test_resources());
    rules_de = segment_rules_load(dir, &err);
    if (!rules_de) fprintf(stderr, "%s\n", err.detail);
    snprintf(dir, sizeof dir, "%s/en", test_resources());
    rules_en = segment_rules_load(dir, &err);
    if (!rules_en) fprintf(stderr, "%s\n", err.detail);
    CHECK(rules_de && rules_en);
    if (!rules_de || !rules_en) TEST_DONE();
    test_loader();
    test_german();
    test_english();
    test_tokens();
    test_invariants(rules_de);
    test_invariants(rules_en);
    segment_rules_free(rules_de);
    segment_rules_free(rules_en);
    TEST_DONE();
}
