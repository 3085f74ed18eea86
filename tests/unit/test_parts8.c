/* test_parts8.c — the participants stage, round parts8: city adjectives before an
 * organization's head, places followed by their country or state, demonyms and "of Greece" for a
 * person's country, kinds of organization before a name, storms, people nouns, sports teams and
 * leagues, ministerial roles, lone sentence-initial words and lexicon facts. Short texts written
 * for this test. */
#include "participants_harness.h"
#include "test.h"

/* One expectation: in text, the participant name has type (when not -1), the mention, role
 * and country given (when not NULL; "" for none). */
typedef struct pcase {
    const char *lang, *text, *name;
    int type;
    const char *mention, *role, *cc;
} pcase;

/* A NULL text reuses the one before. */
static const pcase cases[] = {
    /* leagues are misc names of their country */
    {"de", "Bayer Leverkusen führt die Bundesliga nach dem Sieg am Sonntag an.", "Bundesliga",
     PART_MISC, NULL, NULL, "DE"},
    {"en", "Arsenal moved top of the Premier League on Saturday.", "Premier League", PART_MISC,
     NULL, NULL, "GB"},
    /* organizations of the lexicon */
    {"en", "Sinn Fein won the most seats on Friday.", "Sinn Fein", PART_ORGANIZATION, NULL, NULL,
     "IE"},
    {"en", "Lockheed Martin and Activision Blizzard reported earnings on Tuesday.",
     "Lockheed Martin", PART_ORGANIZATION, NULL, NULL, "US"},
    {"en", NULL, "Activision Blizzard", PART_ORGANIZATION, NULL, NULL, "US"},
    /* more German cities */
    {"de", "Das Containerschiff legte am Montag in Bremerhaven an.", "Bremerhaven", PART_LOCATION,
     NULL, NULL, "DE"},
    /* ministerial roles */
    {"en", "Economy Minister Robert Habeck spoke on Monday.", "Robert Habeck", PART_PERSON, NULL,
     "Economy Minister", NULL},
    {"de", "Kulturstaatsministerin Claudia Roth sprach am Montag.", "Claudia Roth", PART_PERSON,
     NULL, "Kulturstaatsministerin", "DE"},
    /* a city's adjective before an organization's head gives the city's country */
    {"de", "Der Münchner Stadtrat hat am Montag den Haushalt beschlossen.", "Münchner Stadtrat",
     PART_ORGANIZATION, NULL, NULL, "DE"},
    {"de", "Die Kölner Polizei ermittelt gegen zwei Männer.", "Kölner Polizei", PART_ORGANIZATION,
     "Kölner Polizei", NULL, "DE"},
    /* a known place of several words that the tagger calls an organization: the club */
    {"en", "Kansas City beat Denver 24-20 on Sunday.", "Kansas City", PART_ORGANIZATION, NULL, NULL,
     "US"},
    /* a place with its state after a comma: the state tagged a person is the place */
    {"en", "Police in Memphis, Tennessee, arrested a man on Friday.", "Tennessee", PART_LOCATION,
     NULL, NULL, "US"},
    {"en", NULL, "Memphis", PART_LOCATION, NULL, NULL, "US"},
    /* a place before "in" and a country lies in that country; a continent in none */
    {"de", "Die Firma sitzt in Gmunden in Österreich.", "Gmunden", PART_LOCATION, NULL, NULL, "AT"},
    {"de", "Europa in Ungarn sei stark, sagte der Minister am Montag.", "Europa", PART_LOCATION,
     NULL, NULL, ""},
    /* a noun for a kind of organization before a name makes an organization of it */
    {"de", "Der Modehersteller Hugo Boss meldete am Dienstag einen Rekordumsatz.", "Hugo Boss",
     PART_ORGANIZATION, NULL, NULL, NULL},
    {"en", "The carmaker Rivian cut jobs on Monday.", "Rivian", PART_ORGANIZATION, NULL, NULL,
     NULL},
    /* storm names: a German compound head, and the name alone later is the storm */
    {"de", "Orkantief Zeynep hat am Freitag Bäume entwurzelt. Zeynep zog dann nach Osten.",
     "Orkantief Zeynep", PART_MISC, "Zeynep", NULL, NULL},
    {"en", "Hurricane Ian made landfall on Wednesday. Ian then weakened over land.",
     "Hurricane Ian", PART_MISC, "Ian", NULL, NULL},
    /* people nouns: a city's "-er" noun is a mention of the city, a faith's people are misc,
     * neither is a person */
    {"en", "The Londoner said on Monday he was tired. Muslims celebrated the end of Ramadan.",
     "London", PART_LOCATION, "Londoner", NULL, "GB"},
    {"en", NULL, "Muslims", PART_MISC, NULL, NULL, NULL},
    /* a person's country from a demonym before the role, "of Greece" after it, or a
     * country's genitive between the role and the comma */
    {"de", "Der griechische Premier Kyriakos Mitsotakis reiste am Montag nach Berlin.",
     "Kyriakos Mitsotakis", PART_PERSON, NULL, "Premier", "GR"},
    {"en", "The Greek prime minister Kyriakos Mitsotakis arrived on Monday.", "Kyriakos Mitsotakis",
     PART_PERSON, NULL, "prime minister", "GR"},
    {"de", "Der Regierungschef Griechenlands, Kyriakos Mitsotakis, sprach am Montag.",
     "Kyriakos Mitsotakis", PART_PERSON, NULL, "Regierungschef", "GR"},
    {"en", "The foreign minister of Brazil, Mauro Vieira, left on Monday.", "Mauro Vieira",
     PART_PERSON, NULL, "foreign minister of Brazil", "BR"},
    /* an organization opening with a known place of several words is of its country */
    {"en", "Shares fell on the New York Stock Exchange on Monday.", "New York Stock Exchange",
     PART_ORGANIZATION, NULL, NULL, "US"},
    {"en", "Sinn Fein became the largest party in the Northern Ireland Assembly on Saturday.",
     "Northern Ireland Assembly", PART_ORGANIZATION, NULL, NULL, "GB"},
    /* competitions: international ones of no country, national ones of theirs */
    {"de", "Am Mittwoch tritt der BVB in der Champions League in Budapest an.", "Champions League",
     PART_MISC, NULL, NULL, ""},
    {"en", "Kansas City won the Super Bowl on Sunday.", "Super Bowl", PART_MISC, NULL, NULL, "US"},
    {"de", "Die Berlinale beginnt am Donnerstag.", "Berlinale", PART_MISC, NULL, NULL, "DE"},
    /* a country after a person's name and "of"/"aus" is the person's */
    {"en", "Jannik Sinner will face Daniil Medvedev of Russia in the final.", "Daniil Medvedev",
     PART_PERSON, NULL, NULL, "RU"},
    {"de", "Jannik Sinner trifft im Finale auf Daniil Medwedew aus Russland.", "Daniil Medwedew",
     PART_PERSON, NULL, NULL, "RU"},
    /* an English role word and a given name opening a tagged organization: a person */
    {"en", "Soprano Angel Blue sings the title role.", "Angel Blue", PART_PERSON, NULL, "Soprano",
     NULL},
    /* a lone "person" after a preposition and before "in" and a country is a place there */
    {"en", "The ferry sailed from Cuxhaven in Germany on Monday.", "Cuxhaven", PART_LOCATION, NULL,
     NULL, "DE"},
    /* a city's adjective before a role is the city, before an orghead the city's
     * organization (also untagged); a kind of organization before an unknown "place" */
    {"de", "Der Dresdner Oberbürgermeister Dirk Hilbert widersprach am Montag.", "Dresden",
     PART_LOCATION, "Dresdner", NULL, "DE"},
    {"de", NULL, "Dirk Hilbert", PART_PERSON, NULL, "Oberbürgermeister", NULL},
    {"de", "Das Frankfurter Landgericht verurteilte den Mann am Montag.", "Frankfurter Landgericht",
     PART_ORGANIZATION, NULL, NULL, "DE"},
    {"de", "Der Autozulieferer Continental streicht Stellen.", "Continental", PART_ORGANIZATION,
     NULL, NULL, NULL},
    /* a lone "person" the generated places know is that place */
    {"en", "Storm Ciaran battered Cornwall. Typhoon Haikui hit Taiwan.", "Cornwall", PART_LOCATION,
     NULL, NULL, "GB"},
    /* a known organization and a role word tagged as one name: the organization */
    {"en", "The Labour MP for Leeds Central, Hilary Benn, said the plan was fair.", "Labour",
     PART_ORGANIZATION, "Labour", NULL, "GB"},
    {"en", NULL, "Hilary Benn", PART_PERSON, NULL, "MP for Leeds Central", NULL},
    /* a clipped first word of an organization named before is that organization */
    {"en",
     "The Metropolitan Opera in New York will stage a new production next season. The Met's "
     "general manager, Peter Gelb, said ticket sales had recovered.",
     "Metropolitan Opera", PART_ORGANIZATION, "Met's", NULL, NULL},
    /* a party member's word opening a tagged person is no part of the name */
    {"en", "The former vice president, Democrat Walter Mondale, lost the election in 1984.",
     "Walter Mondale", PART_PERSON, "Walter Mondale", NULL, NULL},
    /* an adjective before a role only is no organization */
    {"de", "Der Schalker Trainer Kees van Wonderen sprach von einem Rückschlag.",
     "Kees van Wonderen", PART_PERSON, NULL, "Trainer", NULL},
    /* an English known place before an untagged plural proper noun is a team */
    {"en", "The Nashville Predators won on Sunday.", "Nashville Predators", PART_ORGANIZATION, NULL,
     NULL, "US"},
    /* envoys are roles ("-gesandte" as a German head); the country prefix is the country */
    {"de", "Der US-Sondergesandte Steve Witkoff war per Video zugeschaltet.", "Steve Witkoff",
     PART_PERSON, NULL, "Sondergesandte", "US"},
    /* a place's adjective before a noun for a kind of organization is the place */
    {"de",
     "Die Reederei Hapag-Lloyd meldete am Dienstag einen Gewinnsprung. Der Hamburger Konzern "
     "profitierte von hohen Frachtraten.",
     "Hamburg", PART_LOCATION, "Hamburger", NULL, "DE"},
    /* "X-area" is the place X, like "X-based"; more European cities */
    {"en", "The Seattle-area union rejected the offer. The Toulouse-based company said on Monday.",
     "Seattle", PART_LOCATION, "Seattle-area", NULL, "US"},
    {"en", NULL, "Toulouse", PART_LOCATION, "Toulouse-based", NULL, "FR"},
    /* a storm's name in quotes after the head is misc, also a given name */
    {"de", "Das Tief \"Bernd\" brachte am Mittwoch Starkregen nach Bayern.", "Bernd", PART_MISC,
     NULL, NULL, NULL},
    /* North American leagues are organizations of their country */
    {"en", "The NFL fined the Kansas City Chiefs on Friday.", "NFL", PART_ORGANIZATION, NULL, NULL,
     "US"},
    /* a place of several words next to a sports result is the club; a national team with
     * its country's name stays the place */
    {"en", "Kansas City beat San Francisco 25-22 in overtime on Sunday.", "San Francisco",
     PART_ORGANIZATION, NULL, NULL, "US"},
    /* an organization, a role and a name tagged as one organization: the two apart */
    {"en",
     "Federal Air Traffic Control Administration Director Branko Bilbija said the airport "
     "would reopen.",
     "Branko Bilbija", PART_PERSON, NULL, NULL, NULL},
    {"en", NULL, "Federal Air Traffic Control Administration", PART_ORGANIZATION, NULL, NULL, NULL},
    /* capitalized words before "Act" name a law */
    {"en", "The company blamed the bloc's Digital Markets Act on Thursday.", "Digital Markets Act",
     PART_MISC, NULL, NULL, NULL},
};

static void test_cases(const resources *res)
{
    run r = {0};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const pcase *c = &cases[i];
        if (c->text) {
            arena_free(r.a);
            CHECK_INT(analyze(res, c->lang, c->text, &r), 0);
        }
        const participant *p = find(&r.doc, c->name);
        CHECK(p != NULL);
        if (!p) continue;
        if (c->type >= 0 && (int)p->type != c->type) {
            fprintf(stderr, "%s: type %d, not %d\n", c->name, p->type, c->type);
            CHECK(0);
        }
        if (c->mention) CHECK(has_mention(&r.doc, p, c->mention));
        if (c->role) CHECK(has_role(p, c->role));
        if (c->cc) CHECK_STR(country(p), c->cc);
    }
    arena_free(r.a);
}

/* Participants that must not be there. */
static void test_absent(const resources *res)
{
    run r;
    /* a lone capitalized word opening a sentence before a verb is no person; a person named
     * again stays */
    CHECK_INT(analyze(res, "en",
                      "Turnout was 44 percent, officials said on Sunday. Mayor Karen Bass said "
                      "the vote was fair. Bass thanked the volunteers.",
                      &r),
              0);
    for (size_t i = 0; i < r.doc.nparticipants; i++)
        CHECK(strcmp(r.doc.participants[i].name, "Turnout") != 0);
    CHECK(find(&r.doc, "Karen Bass") != NULL);
    arena_free(r.a);
    CHECK_INT(analyze(res, "de",
                      "Der Schalker Trainer Kees van Wonderen sprach von einem Rückschlag.", &r),
              0);
    for (size_t i = 0; i < r.doc.nparticipants; i++)
        CHECK(strcmp(r.doc.participants[i].name, "Schalker Trainer") != 0);
    arena_free(r.a);
    /* ... but a text of one sentence keeps its lone surname */
    CHECK_INT(analyze(res, "en", "Biden signed the Inflation Reduction Act in August.", &r), 0);
    CHECK(find(&r.doc, "Biden") != NULL);
    arena_free(r.a);
    /* a bracket inside the tagger's entity ends it */
    CHECK_INT(analyze(res, "en", "Buducnost ( V ) 3 Mladost ( L ) 1", &r), 0);
    CHECK(find(&r.doc, "Mladost") != NULL);
    for (size_t i = 0; i < r.doc.nparticipants; i++)
        CHECK(strchr(r.doc.participants[i].name, '(') == NULL);
    arena_free(r.a);
}

int main(void)
{
    resources *res = harness_resources(test_resources());
    CHECK(res != NULL);
    if (!res) TEST_DONE();
    test_cases(res);
    test_absent(res);
    resources_free(res);
    TEST_DONE();
}
