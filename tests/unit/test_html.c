/* test_html.c — the HTML extractor: charsets, entities, title rules, date sources, odd input. */
#include "analysis/html.h"
#include "analysis/normalize.h"
#include "handlers/handlers.h"
#include "test.h"

static html_page page;
static ck_error err;

/* Extracts s (len bytes, or strlen when len is 0) with a fresh arena kept in *a. */
static int ex(arena **a, const char *s, size_t len, const char *charset)
{
    arena_free(*a);
    *a = arena_new(0, 0);
    memset(&err, 0, sizeof err);
    return html_extract(*a, s, len ? len : strlen(s), charset, &page, &err);
}

#define BODY(x) "<html><head></head><body><article>" x "</article></body></html>"
#define PARA                                                                                       \
    "<p>Der Anruf dauerte etwa eine Stunde, sagte ein Sprecher des Ministeriums am Freitag in "    \
    "Washington.</p>"

int main(void)
{
    arena *a = NULL;

    /* charsets: UTF-8, meta charset, http-equiv, the transport's charset, BOMs */
    CHECK_INT(ex(&a,
                 BODY("<p>Grüße aus Köln, schrieb der Korrespondent am Montag an die "
                      "Redaktion.</p>"),
                 0, NULL),
              0);
    CHECK_STR(page.text, "Grüße aus Köln, schrieb der Korrespondent am Montag an die Redaktion.");
    CHECK_STR(page.charset, "utf-8");
    const char *latin1 = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Gr\xFC\xDF"
                         "e aus K\xF6ln, schrieb der Korrespondent am Montag.</p></body></html>";
    CHECK_INT(ex(&a, latin1, 0, NULL), 0);
    CHECK_STR(page.text, "Grüße aus Köln, schrieb der Korrespondent am Montag.");
    CHECK_STR(page.charset, "windows-1252");
    const char *equiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                        "charset=iso-8859-15\"></head><body><p>Preis: 5 \xA4 pro St\xFC"
                        "ck, teilte der H\xE4ndler am Montag mit.</p></body></html>";
    CHECK_INT(ex(&a, equiv, 0, NULL), 0);
    CHECK_STR(page.text, "Preis: 5 € pro Stück, teilte der Händler am Montag mit.");
    CHECK_STR(page.charset, "iso-8859-15");
    /* no declaration, not UTF-8: windows-1252 („“ are 0x84 0x93) */
    CHECK_INT(ex(&a,
                 "<p>\x84Gr\xFC\xDF Gott\x93, sagte sie zum Abschied am Bahnhof in "
                 "M\xFCnchen.</p>",
                 0, NULL),
              0);
    CHECK_STR(page.text, "„Grüß Gott“, sagte sie zum Abschied am Bahnhof in München.");
    /* the transport's charset wins over the page's <meta> */
    CHECK_INT(ex(&a, latin1, 0, "utf-8"), CK_E_BAD_UTF8);
    CHECK(strstr(err.detail, "utf-8") != NULL);
    CHECK(strstr(err.detail, "byte offset") != NULL);
    CHECK_INT(ex(&a, "<p>K\xF6ln</p>", 0, "latin1"), 0);
    CHECK_STR(page.text, "Köln");
    /* a page that declares UTF-8 but is not: a clear error naming the charset */
    CHECK_INT(ex(&a, "<meta charset=utf-8><p>K\xF6ln</p>", 0, NULL), CK_E_BAD_UTF8);
    CHECK(strstr(err.detail, "utf-8") != NULL);
    /* an unknown charset from the transport */
    CHECK_INT(ex(&a, "<p>x</p>", 0, "no-such-charset"), CK_E_BAD_UTF8);
    CHECK(strstr(err.detail, "no-such-charset") != NULL);
    /* an unknown <meta> charset is ignored, as browsers do */
    CHECK_INT(ex(&a, "<meta charset=klingon><p>Köln</p>", 0, NULL), 0);
    CHECK_STR(page.text, "Köln");
    /* BOMs */
    CHECK_INT(ex(&a, "\xEF\xBB\xBF<p>Köln</p>", 0, "iso-8859-1"), 0);
    CHECK_STR(page.text, "Köln");
    const char u16le[] = "\xFF\xFE<\0p\0>\0K\0\xF6\0l\0n\0<\0/\0p\0>\0";
    CHECK_INT(ex(&a, u16le, sizeof u16le - 1, NULL), 0);
    CHECK_STR(page.text, "Köln");
    CHECK_STR(page.charset, "utf-16");
    const char u16be[] = "\xFE\xFF\0<\0p\0>\0K\0\xF6\0l\0n";
    CHECK_INT(ex(&a, u16be, sizeof u16be - 1, NULL), 0);
    CHECK_STR(page.text, "Köln");
    /* Content-Type parameters */
    char cs[32];
    CHECK(html_content_type_charset("text/html; charset=\"ISO-8859-1\"", cs, sizeof cs));
    CHECK_STR(cs, "iso-8859-1");
    CHECK(html_content_type_charset("text/html;charset=utf-8;foo=bar", cs, sizeof cs));
    CHECK_STR(cs, "utf-8");
    CHECK(!html_content_type_charset("text/html", cs, sizeof cs));
    CHECK_STR(cs, "");
    CHECK(!html_content_type_charset(NULL, cs, sizeof cs));

    /* entities and white space; paragraphs and headings one per line */
    CHECK_INT(ex(&a,
                 BODY("<h2>Erste&nbsp;Runde</h2><p>Tom &amp; Jerry&#8217;s \n\t &quot;Show&quot; "
                      "&euro;5, &lt;live&gt; und \xC2\xAD"
                      "ohne Pause im Fernsehen zu sehen.</p>"
                      "<p>Zweiter<br>Teil des Textes.</p>"),
                 0, NULL),
              0);
    CHECK_STR(page.text, "Erste Runde\nTom & Jerry’s \"Show\" €5, <live> und ohne Pause im "
                         "Fernsehen zu sehen.\nZweiter\nTeil des Textes.");

    /* boilerplate is left out: nav, cookie banner, comments, related links, scripts */
    CHECK_INT(ex(&a,
                 "<body><nav><a href=/>Start</a></nav><div class=cookie-banner><p>Wir nutzen "
                 "Cookies für ein besseres Erlebnis auf unserer Seite.</p></div>"
                 "<article>" PARA PARA "<ul class=related><li><a href=/x>Lesen Sie auch "
                 "diesen langen Artikel über etwas anderes</a></li></ul></article>"
                 "<div id=comments><p>Ein Kommentar, der lang genug ist, um gezählt zu "
                 "werden, ganz sicher.</p></div><script>var x = 'nicht Text';</script></body>",
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Der Anruf") == page.text);
    CHECK(!strstr(page.text, "Cookies"));
    CHECK(!strstr(page.text, "Start"));
    CHECK(!strstr(page.text, "Lesen Sie"));
    CHECK(!strstr(page.text, "Kommentar"));
    CHECK(!strstr(page.text, "nicht Text"));

    /* a lead paragraph beside the <article>, an AMP ad and an embedded tweet inside it */
    CHECK_INT(ex(&a,
                 "<body><div class=wrap><div class=head><h1>Schlagzeile</h1><p class=lead>Ein "
                 "Vorspann, der lang genug ist, um als Absatz zu gelten, mit Komma, und mehr "
                 "Text hier.</p></div><article>" PARA PARA
                 "<amp-ad width=300><div fallback>Werbung hier</div></amp-ad><blockquote "
                 "class=twitter-tweet><p>Ein Tweet mit genug Text, um gezählt zu werden, "
                 "sicher.</p></blockquote>" PARA "</article></div></body>",
                 0, NULL),
              0);
    CHECK(strncmp(page.text, "Ein Vorspann", 12) == 0);
    CHECK(!strstr(page.text, "Werbung"));
    CHECK(!strstr(page.text, "Tweet"));

    /* a page behind an open consent dialog (aria-hidden) or hidden until a script shows it */
    CHECK_INT(ex(&a,
                 "<body><div id=page aria-hidden=true><h1>Titel hier</h1>" PARA "</div><div "
                 "role=dialog aria-modal=true><p>Wir brauchen Ihre Zustimmung für Cookies und "
                 "mehr, bitte klicken.</p></div></body>",
                 0, NULL),
              0);
    CHECK(strncmp(page.text, "Der Anruf", 9) == 0 && !strstr(page.text, "Zustimmung"));
    CHECK_INT(ex(&a, "<body style='display: none'>" PARA "</body>", 0, NULL), 0);
    CHECK(strncmp(page.text, "Der Anruf", 9) == 0);

    /* a consent placeholder with its button, a separator, a source line: not text; a closing
     * list is */
    CHECK_INT(ex(&a,
                 "<article>" PARA "<div class=x><p>Hier steht ein externer Inhalt, der den "
                 "Artikel ergänzt, bitte klicken.</p><button>Anzeigen</button></div>" PARA
                 "<ul><li>Erster Punkt</li><li>Zweiter Punkt</li></ul><p>___</p>"
                 "<p>Mit Material von dpa</p></article>",
                 0, NULL),
              0);
    CHECK(!strstr(page.text, "externer"));
    CHECK(strstr(page.text, "Erster Punkt\nZweiter Punkt") != NULL);
    CHECK(!strstr(page.text, "___"));
    CHECK(!strstr(page.text, "Material"));

    /* "comments" is boilerplate, "commentary" an opinion piece */
    CHECK_INT(ex(&a,
                 "<body><ul class=commentlist><li><p>Ein Leserkommentar, der lang genug ist, um "
                 "gezählt zu werden.</p></li></ul><article class=commentary><p>Ein Kommentar der "
                 "Redaktion, lang genug, um gezählt zu werden, mit Komma.</p></article></body>",
                 0, NULL),
              0);
    CHECK_STR(page.text,
              "Ein Kommentar der Redaktion, lang genug, um gezählt zu werden, mit Komma.");

    /* title rules */
    CHECK_INT(ex(&a,
                 "<head><title>Titel | Seite</title><meta property=og:title content='Der "
                 "OG-Titel'></head><body><h1>Die Überschrift</h1>" PARA "</body>",
                 0, NULL),
              0);
    CHECK_STR(page.title, "Der OG-Titel");
    CHECK_INT(ex(&a, "<head><title>Titel | Seite</title></head><body><h1>Die Überschrift</h1>" PARA,
                 0, NULL),
              0);
    CHECK_STR(page.title, "Die Überschrift");
    CHECK(!strstr(page.text, "Überschrift")); /* the headline is the title, not the text */
    CHECK_INT(ex(&a, "<title>Austin spricht mit Schoigu | Tagesblatt</title>" PARA, 0, NULL), 0);
    CHECK_STR(page.title, "Austin spricht mit Schoigu");
    CHECK_INT(
        ex(&a, "<title>Krieg - Austin spricht mit Schoigu - Politik - Tagesblatt</title>", 0, NULL),
        0);
    CHECK_STR(page.title, "Krieg - Austin spricht mit Schoigu");
    CHECK_INT(ex(&a, "<title>Ein Titel - mit Strich</title>", 0, NULL), 0);
    CHECK_STR(page.title, "Ein Titel - mit Strich"); /* the "suffix" is as long as the rest */
    CHECK_INT(ex(&a,
                 "<head><title>Schlagzeile hier | SITE</title><meta property=og:title "
                 "content='Schlagzeile hier | SITE'></head>",
                 0, NULL),
              0);
    CHECK_STR(page.title, "Schlagzeile hier");
    CHECK_INT(ex(&a, "<p>kein Titel</p>", 0, NULL), 0);
    CHECK(page.title == NULL);

    /* date sources, in order of trust */
    const char *ld = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
                     "{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-05-13T18:00:00Z\"}]}"
                     "</script>";
    const char *meta = "<meta property='article:published_time' content='2022-05-12'>";
    const char *time =
        "<article><time datetime='2022-05-11T08:00'>11. Mai</time>" PARA "</article>";
    const char *line = "<p>Berlin, 10. Mai 2022 – Der Anruf dauerte etwa eine Stunde, sagte "
                       "ein Sprecher.</p>";
    char html[2048];
    snprintf(html, sizeof html, "<head>%s%s</head><body>%s%s</body>", ld, meta, time, line);
    CHECK_INT(ex(&a, html, 0, NULL), 0);
    CHECK_INT(page.date_source, REF_JSON_LD);
    CHECK_INT(page.date.day, 13);
    CHECK(page.date.has_time);
    snprintf(html, sizeof html, "<head>%s</head><body>%s%s</body>", meta, time, line);
    CHECK_INT(ex(&a, html, 0, NULL), 0);
    CHECK_INT(page.date_source, REF_HTML_META);
    CHECK_INT(page.date.day, 12);
    snprintf(html, sizeof html, "<body>%s</body>", time);
    CHECK_INT(ex(&a, html, 0, NULL), 0);
    CHECK_INT(page.date_source, REF_TIME_ELEMENT);
    CHECK_INT(page.date.day, 11);
    snprintf(html, sizeof html, "<body>%s</body>", line);
    CHECK_INT(ex(&a, html, 0, NULL), 0);
    CHECK_INT(page.date_source, REF_DATELINE);
    CHECK_INT(page.date.year, 2022);
    CHECK_INT(page.date.month, 5);
    CHECK_INT(page.date.day, 10);
    CHECK(strncmp(page.text, "Berlin, 10. Mai 2022", 20) == 0); /* a dateline stays text */
    CHECK_INT(
        ex(&a, "<article><p>Aktualisiert am 13.05.2022, 14:05 Uhr</p>" PARA "</article>", 0, NULL),
        0);
    CHECK(strstr(page.text, "Aktualisiert") == NULL); /* a date line does not */
    /* a headline that names a date is no date line (the plain-text rule, html_text_dateline):
     * it does not date the page; two words before a date and none after are one */
    CHECK_INT(ex(&a,
                 "<article><p>Scholz gewinnt die Wahl am 26. September 2021</p>" PARA PARA
                 "</article>",
                 0, NULL),
              0);
    CHECK_INT(page.date_source, REF_NONE);
    CHECK_INT(ex(&a,
                 "<article><p>Ver\xc3\xb6"
                 "ffentlicht am 17. Oktober 2023</p>" PARA "</article>",
                 0, NULL),
              0);
    CHECK_INT(page.date_source, REF_DATELINE);
    CHECK_INT(page.date.day, 17);
    ck_datetime dl;
    static const char head[] = "Scholz gewinnt die Wahl am 26. September 2021\n\nDer Anruf "
                               "dauerte etwa eine Stunde, sagte ein Sprecher des Ministeriums am "
                               "Freitag in Washington.\n";
    CHECK(!html_text_dateline(head, strlen(head), &dl));
    static const char upd[] = "Aktualisiert am 17.10.2023\n\nDer Anruf dauerte etwa eine Stunde, "
                              "sagte ein Sprecher des Ministeriums am Freitag in Washington.\n";
    CHECK(html_text_dateline(upd, strlen(upd), &dl));
    CHECK_INT(dl.month, 10);
    /* JSON-LD: the article's datePublished, not that of a list of other pages before it */
    CHECK_INT(ex(&a,
                 "<script type='application/ld+json'>{\"@type\":\"ItemList\",\"itemListElement\":"
                 "[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"}]}</script>"
                 "<script type='application/ld+json'>{\"@type\":[\"NewsArticle\"],"
                 "\"datePublished\":\"2022-05-09\"}</script>" PARA,
                 0, NULL),
              0);
    CHECK_INT(page.date_source, REF_JSON_LD);
    CHECK_INT(page.date.day, 9);
    CHECK_INT(ex(&a, "<meta name=date content='Fri, 13 May 2022 10:00:00 GMT'>" PARA, 0, NULL), 0);
    CHECK_INT(page.date_source, REF_HTML_META);
    CHECK_INT(page.date.day, 13);
    CHECK_INT(ex(&a,
                 "<script type='application/ld+json'>[{\"datePublished\":\"2022-02-30\"}]"
                 "</script><script type='application/ld+json'>{broken</script>" PARA,
                 0, NULL),
              0);
    CHECK_INT(page.date_source, REF_NONE); /* no such day; broken JSON is ignored */
    CHECK_INT(ex(&a,
                 "<p>Am 18. Februar 2022 sprachen sie zuletzt, sagte ein Sprecher "
                 "heute in Washington.</p>",
                 0, NULL),
              0);
    CHECK_INT(page.date_source, REF_NONE); /* a date inside the text is no dateline */

    /* a live blog: each repeated entry opens with its time, which stays in the text though
     * its class ("time", "entry-meta") marks metadata; a meta line with an author and a time
     * outside repeated entries stay out */
#define ENTRY(t, p) "<div class=\"entry\"><div class=\"entry-meta\">" t "</div><p>" p "</p></div>"
    CHECK_INT(ex(&a,
                 BODY(PARA ENTRY("<span class=\"time\">14:32 Uhr</span>",
                                 "Der Pegel stieg in der Nacht um einen weiteren halben Meter, "
                                 "teilte die Stadt mit.")
                          ENTRY("<time>2. Juni 2024, 09:05</time>",
                                "Die Feuerwehr war mit mehr als zweihundert Kräften im "
                                "Einsatz, sagte ein Sprecher.")),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "\n14:32 Uhr\nDer Pegel") != NULL);
    CHECK(strstr(page.text, "\n2. Juni 2024, 09:05\nDie Feuerwehr") != NULL);
    CHECK_INT(ex(&a,
                 BODY(PARA ENTRY("14:32 Uhr von Anna Maria Meier",
                                 "Der Pegel stieg in der Nacht um einen weiteren halben Meter, "
                                 "teilte die Stadt mit.")
                          ENTRY("09:05 Uhr von Anna Maria Meier",
                                "Die Feuerwehr war mit mehr als zweihundert Kräften im "
                                "Einsatz, sagte ein Sprecher.")),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Meier") == NULL);
    CHECK_INT(ex(&a, BODY("<div class=\"meta\"><span class=\"time\">14:32 Uhr</span></div>" PARA),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "14:32") == NULL);
#undef ENTRY

    /* captions (html6): class words "bildunterschrift", "bildtext"; without a telling class,
     * the only short text beside an image, or a line ending with a photo credit */
#define PARA2                                                                                      \
    "<p>Die Feuerwehren rückten bis zum Mittag zu mehr als sechshundert Einsätzen aus, "         \
    "verletzt wurde niemand.</p>"
    CHECK_INT(ex(&a,
                 BODY("<div class=\"x-bildunterschrift\">Ein Baum liegt auf den Gleisen.</div>" PARA
                          PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Baum") == NULL);
    CHECK_INT(ex(&a,
                 BODY(PARA "<div class=\"aufmacher\"><img src=\"a.jpg\"><p>Ein Baum liegt auf den "
                           "Gleisen bei Oldenstedt.</p></div>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Baum") == NULL);
    CHECK(strstr(page.text, "sechshundert") != NULL);
    CHECK_INT(ex(&a,
                 BODY(PARA "<div class=\"pic\"><amp-img src=\"a.jpg\"></amp-img>Ein Baum liegt "
                           "auf den Gleisen.</div>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Baum") == NULL);
    CHECK_INT(ex(&a,
                 BODY(PARA "<p>Auf diesen Feldern soll die neue Straße verlaufen. Foto: dpa/Max "
                           "Mustermann</p>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Mustermann") == NULL);
    CHECK_INT(
        ex(&a, BODY(PARA "<p>The breached levee. (Photo: AP/Chris Dunmore)</p>" PARA2), 0, NULL),
        0);
    CHECK(strstr(page.text, "levee") == NULL);
    /* a paragraph with an inline image, or with several blocks, stays; so does text that
     * talks about a photo */
    CHECK_INT(ex(&a,
                 BODY(PARA "<div><img src=\"a.jpg\"><p>Ein Baum liegt auf den Gleisen.</p><p>Die "
                           "Bahn räumt die Strecke bis zum Abend frei.</p></div>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Baum") != NULL);
    CHECK_INT(ex(&a,
                 BODY(PARA "<p>Der Fotograf sagte über sein bekanntestes Bild: Es entstand an "
                           "einem einzigen Nachmittag im Hafen von Kiel.</p>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "Nachmittag") != NULL);
    CHECK_INT(
        ex(&a,
           BODY(PARA "<p>Great game tonight, said the coach after the final whistle! <img "
                     "class=\"wp-smiley\" src=\"s.png\"></p><div><img src=\"e.png\" "
                     "width=\"16\" height=\"16\">What a night for the whole town.</div>" PARA2),
           0, NULL),
        0);
    CHECK(strstr(page.text, "Great game") != NULL);   /* an emoji in a paragraph */
    CHECK(strstr(page.text, "What a night") != NULL); /* an icon-sized image */

    /* a pull quote: a <blockquote> that repeats a sentence of the text nearby, however it
     * is quoted; a quotation that repeats nothing stays */
    CHECK_INT(ex(&a,
                 BODY("<p>\"We were told the sleeper was a museum piece,\" said Odile Ferreira, "
                      "who manages the fleet.</p><blockquote><p>“We were told the sleeper was a "
                      "museum piece.”</p></blockquote>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "“We were") == NULL);
    CHECK(strstr(page.text, "\"We were told") != NULL);
    CHECK_INT(ex(&a,
                 BODY("<blockquote class=\"pullquote\">Ein Satz, der nirgends sonst steht, aber "
                      "herausgestellt wird.</blockquote>" PARA PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "nirgends") == NULL); /* the class word */
    CHECK_INT(ex(&a,
                 BODY(PARA "<blockquote><p>Wir werden die Strecke so schnell wie möglich wieder "
                           "freigeben, schrieb die Bahn.</p></blockquote>" PARA2),
                 0, NULL),
              0);
    CHECK(strstr(page.text, "freigeben") != NULL);
#undef PARA2
    /* an overflowing character reference, which gumbo 0.10 turns into a broken byte, gives
     * U+FFFD in the text and in the title (found by fuzz_html) */
    CHECK_INT(ex(&a,
                 "<html><head><title>Ein Titel&#8217555555555555;s hier</title></head><body>"
                 "<article><p>Die Bibliothek&#8217555555555555;s Regal wurde am Montag eröffnet, "
                 "sagte ein Sprecher.</p></article></body></html>",
                 0, NULL),
              0);
    CHECK_INT(normalize_validate(page.text, page.len, NULL), 0);
    CHECK(strstr(page.text, "Bibliothek\xEF\xBF\xBD") != NULL);
    CHECK(page.title && normalize_validate(page.title, strlen(page.title), NULL) == 0);
    /* empty, garbage, no body, deep nesting: no crash, empty text where there is none */
    CHECK_INT(ex(&a, "", 0, NULL), 0);
    CHECK_INT(page.len, 0);
    CHECK_STR(page.text, "");
    CHECK_INT(ex(&a, "<html><head><title>Nur ein Kopf</title></head></html>", 0, NULL), 0);
    CHECK_INT(page.len, 0);
    CHECK_STR(page.title, "Nur ein Kopf");
    CHECK_INT(ex(&a, "<frameset><frame src=a.html></frameset>", 0, NULL), 0);
    CHECK_INT(page.len, 0);
    static char garbage[4096];
    for (size_t i = 0; i < sizeof garbage; i++)
        garbage[i] = (char)((i * 7919u + 13u) % 256u);
    CHECK_INT(ex(&a, garbage, sizeof garbage, NULL), 0);
    int grc = ex(&a, garbage, sizeof garbage, "utf-16le"); /* lone surrogates */
    CHECK(grc == 0 || grc == CK_E_BAD_UTF8);
    size_t depth = 100000;
    char *deep = malloc(depth * 5 + 64);
    size_t k = 0;
    for (size_t i = 0; i < depth; i++)
        k += (size_t)sprintf(deep + k, "<div>");
    k += (size_t)sprintf(deep + k, "tief");
    CHECK_INT(ex(&a, deep, k, NULL), 0);
    free(deep);

    /* a JSON string is Unicode: the page's <meta charset> does not apply */
    CHECK_INT(ex(&a, "<meta charset=iso-8859-1><p>Köln</p>", 0, "utf-8"), 0);
    CHECK_STR(page.text, "Köln");

    /* a big inline script full of comparisons does not count as deep nesting */
    size_t nj = 30000;
    char *js = malloc(nj * 6 + 512);
    k = (size_t)sprintf(js, "<head><script>");
    for (size_t i = 0; i < nj; i++)
        k += (size_t)sprintf(js + k, "i<n;j<");
    k += (size_t)sprintf(js + k, "</script></head><body>" PARA "</body>");
    CHECK_INT(ex(&a, js, k, NULL), 0);
    CHECK(strncmp(page.text, "Der Anruf", 9) == 0);
    free(js);

    /* out of memory in the arena is an error, never a crash, at every point */
    arena_free(a);
    a = NULL;
    snprintf(html, sizeof html, "<head>%s</head><body>%s%s%s</body>", meta, time, line, line);
    int failed = 0, rc;
    for (size_t limit = 64; limit < 40000; limit += 64) {
        arena *lim = arena_new(1024, limit);
        rc = html_extract(lim, html, strlen(html), "iso-8859-1", &page, &err);
        CHECK(rc == 0 || rc == CK_E_NOMEM);
        failed += rc == CK_E_NOMEM;
        arena_free(lim);
    }
    CHECK(failed > 0);

    /* through the whole analysis: document.text, title and reference date from the page */
    resources *res = resources_load(test_resources(), &err);
    CHECK(res != NULL);
    if (res) {
        request req;
        request_init(&req);
        req.kind = INPUT_HTML;
        snprintf(html, sizeof html,
                 "<head><title>Telefonat | Blatt</title>%s</head><body><h1>Telefonat</h1>%s"
                 "</body>",
                 meta, PARA);
        req.input = html;
        req.input_len = strlen(html);
        a = arena_new(0, 0);
        char *out = NULL;
        size_t out_len;
        const char *type;
        CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err), 0);
        json_t *j = out ? json_loadb(out, out_len, 0, NULL) : NULL;
        json_t *doc = json_object_get(j, "document");
        CHECK_STR(json_string_value(json_object_get(doc, "title")), "Telefonat");
        CHECK(strncmp(json_string_value(json_object_get(doc, "text")), "Der Anruf", 9) == 0);
        json_t *ref = json_object_get(j, "reference_date");
        CHECK_STR(json_string_value(json_object_get(ref, "value")), "2022-05-12");
        CHECK_STR(json_string_value(json_object_get(ref, "source")), "html-meta");
        json_decref(j);
        free(out);
        arena_free(a);
        /* the request's reference date wins over the page's */
        CHECK_INT(request_set_param(&req, "reference_date", "2020-01-01", &err), 0);
        a = arena_new(0, 0);
        CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err), 0);
        j = out ? json_loadb(out, out_len, 0, NULL) : NULL;
        ref = json_object_get(j, "reference_date");
        CHECK_STR(json_string_value(json_object_get(ref, "source")), "request");
        json_decref(j);
        free(out);
        arena_free(a);
        /* a page without article text: 422; bytes that are not the declared charset: 400 */
        request_init(&req);
        req.kind = INPUT_HTML;
        req.input = "<html><head></head><body><nav>Menü</nav></body></html>";
        req.input_len = strlen(req.input);
        a = arena_new(0, 0);
        CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err),
                  CK_E_UNPROCESSABLE);
        arena_free(a);
        req.input = "<p>K\xF6ln</p>";
        req.input_len = strlen(req.input);
        req.charset = "utf-8";
        a = arena_new(0, 0);
        CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err), CK_E_BAD_UTF8);
        arena_free(a);
        req.charset = NULL; /* undeclared: windows-1252 */
        a = arena_new(0, 0);
        CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err), 0);
        free(out);
        arena_free(a);
        resources_free(res);
    }
    TEST_DONE();
}
