/* test_time.c — the time stage: calendar arithmetic at the edges, anchoring of underspecified
 * values, the resource loader's errors, and the stage end to end. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analysis/pipeline.h"
#include "analysis/time.h"
#include "analysis/time_int.h"
#include "handlers/handlers.h"
#include "test.h"

static void test_calendar(void)
{
    int y, m, d, iy;
    CHECK_INT(time_days_from_civil(1970, 1, 1), 0);
    CHECK_INT(time_days_from_civil(2000, 3, 1) - time_days_from_civil(2000, 2, 28), 2);
    CHECK_INT(time_days_from_civil(1900, 3, 1) - time_days_from_civil(1900, 2, 28), 1);
    CHECK_INT(time_days_from_civil(2022, 13, 1), time_days_from_civil(2023, 1, 1));
    CHECK_INT(time_days_from_civil(2022, 0, 1), time_days_from_civil(2021, 12, 1));
    time_civil_from_days(time_days_from_civil(2024, 2, 28) + 1, &y, &m, &d);
    CHECK(y == 2024 && m == 2 && d == 29);
    time_civil_from_days(time_days_from_civil(2023, 2, 28) + 1, &y, &m, &d);
    CHECK(y == 2023 && m == 3 && d == 1);
    time_civil_from_days(-1, &y, &m, &d);
    CHECK(y == 1969 && m == 12 && d == 31);
    CHECK_INT(time_month_days(2024, 2), 29);
    CHECK_INT(time_month_days(2023, 2), 28);
    CHECK_INT(time_month_days(2100, 2), 28);
    CHECK_INT(time_month_days(2000, 2), 29);
    CHECK_INT(time_month_days(2022, 4), 30);
    CHECK_INT(time_weekday(1970, 1, 1), 4);
    CHECK_INT(time_weekday(2022, 5, 13), 5);
    CHECK_INT(time_weekday(2024, 2, 29), 4);
    CHECK_INT(time_iso_week(2022, 5, 13, &iy), 19);
    CHECK_INT(iy, 2022);
    CHECK_INT(time_iso_week(2021, 1, 3, &iy), 53); /* Sunday: still 2020's last week */
    CHECK_INT(iy, 2020);
    CHECK_INT(time_iso_week(2024, 12, 30, &iy), 1); /* Monday: already 2025's first week */
    CHECK_INT(iy, 2025);
    CHECK_INT(time_iso_week(2026, 1, 1, &iy), 1);
    CHECK_INT(iy, 2026);
    CHECK_INT(time_iso_week(2027, 1, 1, &iy), 53);
    CHECK_INT(iy, 2026);
    /* Easter Sunday (published tables) */
    CHECK_INT(time_easter(2024), time_days_from_civil(2024, 3, 31));
    CHECK_INT(time_easter(2022), time_days_from_civil(2022, 4, 17));
    CHECK_INT(time_easter(2019), time_days_from_civil(2019, 4, 21));
    CHECK_INT(time_easter(2038), time_days_from_civil(2038, 4, 25));
    CHECK_INT(time_easter(1818), time_days_from_civil(1818, 3, 22));
    y = 2022, m = 1, d = 31;
    time_add_months(&y, &m, &d, 1);
    CHECK(y == 2022 && m == 2 && d == 28);
    y = 2024, m = 1, d = 31;
    time_add_months(&y, &m, &d, 1);
    CHECK(y == 2024 && m == 2 && d == 29);
    y = 2022, m = 12, d = 15;
    time_add_months(&y, &m, &d, 1);
    CHECK(y == 2023 && m == 1 && d == 15);
    y = 2022, m = 1, d = 10;
    time_add_months(&y, &m, &d, -13);
    CHECK(y == 2020 && m == 12 && d == 10);
}

/* Resolves v against a reference date (or none) and returns the value. */
static const char *resolve(time_val *v, const char *ref, int tense, arena *a, timex *x)
{
    time_anchor an = {0};
    an.prev_index = -1;
    if (ref) {
        an.has_ref = true;
        request_parse_date(ref, &an.ref, NULL);
    }
    an.tense = tense;
    CHECK_INT(time_resolve(v, &an, a, x), 0);
    return x->value;
}

static void test_anchoring(void)
{
    arena *a = arena_new(0, 0);
    timex x;
    time_val v;

    /* year-less day: the reference year, or X without an anchor */
    time_val_init(&v);
    v.month = 2, v.day = 18;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2022-02-18");
    CHECK_INT(x.resolution, TIMEX_REFERENCE);
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "XXXX-02-18");
    CHECK_INT(x.resolution, TIMEX_UNRESOLVED);
    /* a month far ahead of the reference in a past-tense sentence is last year's */
    time_val_init(&v);
    v.month = 12;
    CHECK_STR(resolve(&v, "2022-01-10", -1, a, &x), "2021-12");
    CHECK_STR(resolve(&v, "2022-01-10", 1, a, &x), "2022-12");

    /* weekdays: past by default (news), future with a future tense, strict with last/next */
    time_val_init(&v);
    v.weekday = 5;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2022-05-13");
    v.weekday = 1;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2022-05-09");
    CHECK_STR(resolve(&v, "2022-05-13", 1, a, &x), "2022-05-16");
    v.weekday = 5, v.dir = -1;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2022-05-06");
    v.dir = 1;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2022-05-20");
    v.weekday = 7, v.dir = 0; /* Sunday before a Monday reference, across a month end */
    CHECK_STR(resolve(&v, "2022-08-01", 0, a, &x), "2022-07-31");

    /* offsets */
    time_val_init(&v);
    v.has_off = true;
    strcpy(v.off_unit, "D");
    v.off_n = -1;
    CHECK_STR(resolve(&v, "2024-03-01", 0, a, &x), "2024-02-29");
    CHECK_STR(x.granularity, "day");
    strcpy(v.off_unit, "W");
    v.off_n = 1;
    CHECK_STR(resolve(&v, "2020-12-28", 0, a, &x), "2021-W01");
    v.off_n = 0;
    CHECK_STR(resolve(&v, "2021-01-03", 0, a, &x), "2020-W53");
    strcpy(v.off_unit, "M");
    v.off_n = -1;
    CHECK_STR(resolve(&v, "2022-01-31", 0, a, &x), "2021-12");
    strcpy(v.off_unit, "Q");
    v.off_n = -1;
    CHECK_STR(resolve(&v, "2022-02-01", 0, a, &x), "2021-Q4");
    strcpy(v.off_unit, "Y");
    v.off_n = 1;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2023");
    CHECK_STR(x.granularity, "year");
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "XXXX");

    /* times of day, durations, sets, explicit values */
    time_val_init(&v);
    v.type = TIMEX_TIME;
    v.hour = 3, v.pm = true;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "2022-05-13T15:00");
    time_val_init(&v);
    v.type = TIMEX_DURATION;
    v.has_dur = true;
    v.dur_n = 0.5;
    strcpy(v.dur_unit, "H");
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "PT30M");
    v.dur_n = 1.5;
    strcpy(v.dur_unit, "Y");
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "P1.5Y");
    v.dur_n = -1, v.dur_x = true;
    strcpy(v.dur_unit, "W");
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "PXW");
    v.dur_n = 2, v.dur_x = false;
    strcpy(v.dur_unit, "DE");
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "P20Y");
    time_val_init(&v);
    v.type = TIMEX_SET;
    v.weekday = 1;
    CHECK_STR(resolve(&v, "2022-05-13", 0, a, &x), "XXXX-WXX-1");
    time_val_init(&v);
    v.year = 1939, v.month = 9, v.day = 1;
    CHECK_STR(resolve(&v, NULL, 0, a, &x), "1939-09-01");
    CHECK_INT(x.resolution, TIMEX_EXPLICIT);

    /* narrative: the previous date anchors the next year-less one */
    time_anchor an = {0};
    an.prev_index = -1;
    CHECK_INT(time_resolve(&v, &an, a, &x), 0);
    time_val_init(&v);
    v.month = 9, v.day = 3;
    CHECK_INT(time_resolve(&v, &an, a, &x), 0);
    CHECK_STR(x.value, "1939-09-03");
    CHECK_INT(x.resolution, TIMEX_PREVIOUS);
    arena_free(a);
}

static void test_loader_errors(void)
{
    char dir[] = "/tmp/chronik-time-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char p[256];
    snprintf(p, sizeof p, "%s/time", dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/time/month.list", dir);
    test_write_file(p, "# months\nmai 5\njuni 6\nMai 5\n");
    snprintf(p, sizeof p, "%s/time/rules.txt", dir);
    test_write_file(p, "m: m:@month -> DATE month=m\n");
    ck_error err = {0};
    time_rules *r = time_rules_load(dir, &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "month.list:4: duplicate word 'mai'") != NULL);

    snprintf(p, sizeof p, "%s/time/month.list", dir);
    test_write_file(p, "mai 5\n");
    snprintf(p, sizeof p, "%s/time/rules.txt", dir);
    test_write_file(p, "# rules\nm: m:@month -> DATE month=m\nn: m:@monat -> DATE month=m\n");
    r = time_rules_load(dir, &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "rules.txt:3: unknown list '@monat'") != NULL);
    test_write_file(p, "m: m:@month -> DATE month=m\nm: @month YEAR -> DATE\n");
    r = time_rules_load(dir, &err);
    CHECK(r == NULL);
    CHECK(strstr(err.detail, "rules.txt:2: duplicate rule name 'm'") != NULL);
    test_write_file(p, "m: m:@month -> DATE month=m\n");
    r = time_rules_load(dir, &err);
    CHECK(r != NULL);
    time_rules_free(r);
    time_rules_free(NULL);

    snprintf(p, sizeof p, "%s/time/month.list", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/time/rules.txt", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/time", dir);
    rmdir(p);
    rmdir(dir);
}

static void test_stage(const resources *res)
{
    const char *text = "Die beiden sprachen am 18. Februar. Sie telefonierten ein- oder zweimal "
                       "täglich.\nMehr Artikel\nAm Freitag, 13. Mai 2022, seit 84 Tagen.";
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = strlen(text);
    memcpy(req.language, "de", 3);
    CHECK_INT(request_set_param(&req, "reference_date", "2022-05-13", NULL), 0);
    arena *a = arena_new(0, 0);
    document doc;
    document_init(&doc, a);
    CHECK_INT(pipeline_run(res, &req, &doc, NULL, NULL), 0);
    CHECK_INT(doc.ntimexes, 4);
    if (doc.ntimexes == 4) {
        CHECK_STR(doc.timexes[0].value, "2022-02-18");
        CHECK_STR(doc.timexes[1].value, "P1D");
        CHECK_INT(doc.timexes[1].type, TIMEX_SET);
        CHECK_STR(doc.timexes[1].freq, "2X");
        CHECK_STR(doc.timexes[2].value, "2022-05-13");
        CHECK_INT(doc.timexes[2].resolution, TIMEX_EXPLICIT);
        CHECK_STR(doc.timexes[3].value, "P84D");
        CHECK_STR(doc.timexes[3].granularity, "day");
    }
    for (size_t i = 0; i < doc.ntimexes; i++) /* API.md: granularity is always there */
        CHECK(doc.timexes[i].granularity != NULL);
    /* boilerplate sentences yield nothing */
    arena_free(a);
    a = arena_new(0, 0);
    document_init(&doc, a);
    CHECK_INT(pipeline_run(res, &req, &doc, NULL, NULL), 0);
    for (size_t i = 0; i < doc.nsentences; i++)
        doc.sentences[i].boiler = BOILER_RELATED_LINKS;
    CHECK_INT(time_document(resources_lang(res, "de")->time, &doc, NULL), 0);
    CHECK_INT(doc.ntimexes, 0);
    arena_free(a);

    /* a clock time that is all of its line (a live blog entry's time) takes the reference
     * date, not the day the sentence before it names; in running text it takes that day */
    const char *stamps[][2] = {
        {"Ferries will not sail until Sunday morning.\n12:45 p.m. ET\nThe governor spoke.",
         "2025-10-18T12:45"},
        {"Ferries will not sail until Sunday morning. At 12:45 p.m. the harbour closed.",
         "2025-10-19T12:45"},
    };
    for (size_t k = 0; k < sizeof stamps / sizeof *stamps; k++) {
        request sreq = req;
        memcpy(sreq.language, "en", 3);
        CHECK_INT(request_set_param(&sreq, "reference_date", "2025-10-18", NULL), 0);
        sreq.input = stamps[k][0];
        sreq.input_len = strlen(stamps[k][0]);
        a = arena_new(0, 0);
        document_init(&doc, a);
        CHECK_INT(pipeline_run(res, &sreq, &doc, NULL, NULL), 0);
        const char *got = NULL;
        for (size_t i = 0; i < doc.ntimexes; i++)
            if (doc.timexes[i].type == TIMEX_TIME && strstr(doc.timexes[i].value, "T12:45"))
                got = doc.timexes[i].value;
        CHECK_STR(got, stamps[k][1]);
        arena_free(a);
    }

    /* numbers from the text never overflow a conversion (UBSan in the sanitizer build) */
    const char *big = "Vor 999999999999 Tagen, in 12345678901234567890 Wochen, 99999999999 Jahre "
                      "später; 9999999 days ago.";
    request breq = req;
    breq.input = big;
    breq.input_len = strlen(big);
    a = arena_new(0, 0);
    document_init(&doc, a);
    CHECK_INT(pipeline_run(res, &breq, &doc, NULL, NULL), 0);
    for (size_t i = 0; i < doc.ntimexes; i++)
        CHECK(doc.timexes[i].value && doc.timexes[i].value[0] != '-');
    arena_free(a);

    /* an arena too small fails cleanly with CK_E_NOMEM */
    for (size_t limit = 1024; limit < 65536; limit *= 2) {
        a = arena_new(512, limit);
        document_init(&doc, a);
        ck_error err = {0};
        int rc = pipeline_run(res, &req, &doc, NULL, &err);
        CHECK(rc == 0 || rc == CK_E_NOMEM);
        arena_free(a);
    }
}

static void test_timeml(const resources *res)
{
    const char *text = "Am 18. Februar sprachen A & B <laut> etwa eine Stunde.";
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = strlen(text);
    memcpy(req.language, "de", 3);
    CHECK_INT(request_set_param(&req, "reference_date", "2022-05-13", NULL), 0);
    CHECK_INT(request_set_param(&req, "format", "timeml", NULL), 0);
    arena *a = arena_new(0, 0);
    char *out = NULL;
    size_t len = 0;
    const char *type = NULL;
    ck_error err = {0};
    CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &len, &type, &err), 0);
    CHECK_STR(type, "application/xml");
    CHECK(out && strstr(out, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2022-05-13\""));
    CHECK(out && strstr(out, "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-02-18\" "
                             "temporalFunction=\"true\" anchorTimeID=\"t0\">18. Februar</TIMEX3>"));
    CHECK(out && strstr(out, "A &amp; B &lt;laut&gt; <TIMEX3 tid=\"t2\" type=\"DURATION\" "
                             "value=\"PT1H\" mod=\"APPROX\""));
    CHECK(out && strstr(out, "</TEXT>\n"));
    CHECK(out && strstr(out, "</TimeML>\n"));
    free(out);
    /* timelinejs: the timeline stage's JSON (tests/unit/test_timeline.c checks its content) */
    CHECK_INT(request_set_param(&req, "format", "timelinejs", NULL), 0);
    CHECK_INT(analyze_execute(res, &req, a, NULL, &out, &len, &type, &err), 0);
    CHECK_STR(type, "application/json");
    CHECK(out && strstr(out, "\"events\""));
    free(out);
    arena_free(a);
}

int main(void)
{
    test_calendar();
    test_anchoring();
    test_loader_errors();
    ck_error e = {0};
    resources *res = resources_load(test_resources(), &e);
    CHECK(res != NULL);
    if (res) test_stage(res);
    if (res) test_timeml(res);
    resources_free(res);
    TEST_DONE();
}
