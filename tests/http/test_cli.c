/* test_cli.c — `chronik analyze` (one article, --jsonl batches) and the top-level flags,
 * compared against a real `chronik serve` where the contract says they answer the same. */
#include "harness.h"

static const char text_de[] =
    "Berlin. Am Mittwoch stellte die Senatorin für Umwelt den neuen Klimaplan vor. Bis zum "
    "Jahr 2030 sollen die Emissionen der Stadt um 70 Prozent sinken; eine erste Bilanz ist für "
    "den 18. Februar geplant.";

typedef struct run {
    int code;
    char *out, *err;
    size_t out_len;
} run;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return strdup("");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = '\0';
    fclose(f);
    if (len) *len = got;
    return s;
}

/* Runs chronik with args (NULL-terminated), stdin from in_path (NULL: /dev/null). */
static void run_free(run *r)
{
    free(r->out);
    free(r->err);
}

/* Runs chronik with args (stdin from in_path or /dev/null) and extra CHRONIK_* variables. */
static run run_chronik_env(const char *const *args, const char *in_path, const char *const *env)
{
    char *argv[32];
    int n = 0;
    argv[n++] = (char *)chronik_bin;
    for (const char *const *a = args; *a && n < 31; a++)
        argv[n++] = (char *)*a;
    argv[n] = NULL;
    char *out_path = write_temp("", 0);
    int out_fd = open(out_path, O_WRONLY | O_TRUNC);
    int in_fd = in_path ? open(in_path, O_RDONLY) : -1;
    child c;
    child_spawn(&c, argv, env, in_fd, out_fd);
    close(out_fd);
    if (in_fd >= 0) close(in_fd);
    run r = {0};
    r.code = child_reap(&c, 60);
    r.err = c.log ? c.log : strdup("");
    c.log = NULL;
    child_free(&c);
    r.out = slurp(out_path, &r.out_len);
    unlink(out_path);
    free(out_path);
    return r;
}

static run run_chronik(const char *const *args, const char *in_path)
{
    return run_chronik_env(args, in_path, NULL);
}

/* The answer without meta.elapsed_ms, which differs run to run. */
static json_t *stable(json_t *j)
{
    json_object_del(json_object_get(j, "meta"), "elapsed_ms");
    return j;
}

/* A problem object on stderr (the last non-empty line) with the given status. */
static void check_stderr_problem(const run *r, long status)
{
    int before = test_failures;
    CHECK_INT(r->code, 2);
    char *s = strdup(r->err);
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
        s[--n] = '\0';
    char *last = strrchr(s, '\n');
    json_t *p = json_loads(last ? last + 1 : s, 0, NULL);
    CHECK(p != NULL);
    CHECK_INT(json_integer_value(json_object_get(p, "status")), status);
    CHECK(jstr(p, "type") && jstr(p, "title") && jstr(p, "detail"));
    CHECK(r->out_len == 0); /* nothing on stdout */
    json_decref(p);
    free(s);
    if (test_failures != before)
        fprintf(stderr, "  exit %d, stderr: %s, stdout: %s\n", r->code, r->err, r->out);
}

static void test_same_as_server(void)
{
    child srv;
    server_start(&srv, NULL);
    char *file = write_temp(text_de, strlen(text_de));

    static const struct {
        const char *query;
        const char *args[8];
    } cases[] = {
        {"?language=de&reference_date=2022-05-13",
         {"analyze", "--language", "de", "--reference-date", "2022-05-13", NULL}},
        {"?language=de&reference_date=2022-05-13&offset_unit=utf16",
         {"analyze", "--language", "de", "--reference-date", "2022-05-13", "--offset-unit", "utf16",
          NULL}},
        {"", {"analyze", NULL}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *args[12];
        size_t k = 0;
        for (const char *const *a = cases[i].args; *a; a++)
            args[k++] = *a;
        args[k++] = file;
        args[k] = NULL;
        run r = run_chronik(args, NULL);
        CHECK_INT(r.code, 0);
        json_t *cli = json_loads(r.out, 0, NULL);
        CHECK(cli != NULL);

        char path[256];
        snprintf(path, sizeof path, "/analyze%s", cases[i].query);
        resp h = http_post(srv.port, path, "text/plain; charset=utf-8", text_de, -1);
        CHECK_INT(h.status, 200);
        CHECK(h.json != NULL);
        CHECK(cli && h.json && json_equal(stable(cli), stable(h.json)));
        if (cli && h.json && !json_equal(cli, h.json))
            fprintf(stderr, "  cli:    %s\n  server: %s\n", r.out, h.body);
        /* the same from standard input */
        const char *dash[12];
        memcpy(dash, args, sizeof dash);
        dash[k - 1] = "-";
        run r2 = run_chronik(dash, file);
        CHECK_INT(r2.code, 0);
        json_t *cli2 = json_loads(r2.out, 0, NULL);
        CHECK(cli2 && h.json && json_equal(stable(cli2), h.json));
        json_decref(cli2);
        run_free(&r2);
        json_decref(cli);
        resp_free(&h);
        run_free(&r);
    }

    /* the JSONL path answers like the server's JSON body too */
    json_t *req = json_pack("{s:s, s:s, s:s}", "text", text_de, "language", "de", "reference_date",
                            "2022-05-13");
    char *line = json_dumps(req, JSON_COMPACT);
    json_decref(req);
    char *in = write_temp(line, strlen(line));
    const char *args[] = {"analyze", "--jsonl", in, NULL};
    run r = run_chronik(args, NULL);
    CHECK_INT(r.code, 0);
    json_t *cli = json_loads(r.out, 0, NULL);
    resp h = http_post(srv.port, "/analyze", "application/json", line, -1);
    CHECK(cli && h.json && json_equal(stable(cli), stable(h.json)));
    json_decref(cli);
    resp_free(&h);
    run_free(&r);
    unlink(in);
    free(in);
    free(line);

    unlink(file);
    free(file);
    server_stop(&srv);
}

static void test_bad_input(void)
{
    static const char bad_utf8[] = "M\xfcller sagte am Montag, der Plan sei gut.";
    char *file = write_temp(bad_utf8, strlen(bad_utf8));
    const char *a1[] = {"analyze", "--language", "de", file, NULL};
    run r = run_chronik(a1, NULL);
    check_stderr_problem(&r, 400);
    run_free(&r);
    unlink(file);
    free(file);

    file = write_temp(text_de, strlen(text_de));
    const char *a2[] = {"analyze", "--language", "fr", file, NULL};
    r = run_chronik(a2, NULL);
    check_stderr_problem(&r, 400);
    run_free(&r);
    const char *a3[] = {"analyze", "--reference-date", "2022-02-30", file, NULL};
    r = run_chronik(a3, NULL);
    check_stderr_problem(&r, 400);
    run_free(&r);
    const char *a4[] = {"analyze", "--offset-unit", "bits", file, NULL};
    r = run_chronik(a4, NULL);
    check_stderr_problem(&r, 400);
    run_free(&r);
    /* an empty article */
    char *empty = write_temp("", 0);
    const char *a5[] = {"analyze", empty, NULL};
    r = run_chronik(a5, NULL);
    check_stderr_problem(&r, 400);
    run_free(&r);
    unlink(empty);
    free(empty);

    /* usage errors: exit 2 with a message, nothing on stdout */
    const char *u1[] = {"analyze", "/nonexistent/article.txt", NULL};
    r = run_chronik(u1, NULL);
    CHECK_INT(r.code, 2);
    CHECK(strstr(r.err, "/nonexistent/article.txt") != NULL);
    CHECK(r.out_len == 0);
    run_free(&r);
    const char *u2[] = {"analyze", "--bogus", file, NULL};
    r = run_chronik(u2, NULL);
    CHECK_INT(r.code, 2);
    CHECK(strstr(r.err, "--bogus") != NULL);
    run_free(&r);
    const char *u3[] = {"frobnicate", NULL};
    r = run_chronik(u3, NULL);
    CHECK_INT(r.code, 2);
    run_free(&r);
    const char *u4[] = {"analyze", "--jsonl", "--threads", "0", file, NULL};
    r = run_chronik(u4, NULL);
    CHECK_INT(r.code, 2);
    run_free(&r);
    unlink(file);
    free(file);
}

/* Splits out into lines (modifies out); returns the count. */
static size_t split_lines(char *out, char **lines, size_t max)
{
    size_t n = 0;
    for (char *p = out; *p && n < max;) {
        char *nl = strchr(p, '\n');
        lines[n++] = p;
        if (!nl) break;
        *nl = '\0';
        p = nl + 1;
    }
    return n;
}

static void test_jsonl(void)
{
    /* five lines, the third malformed */
    static const char five[] =
        "{\"text\":\"Am Montag begann in Köln der Prozess gegen zwei Angeklagte.\","
        "\"language\":\"de\",\"reference_date\":\"2023-03-01\"}\n"
        "{\"text\":\"The ferry service resumed on Friday after the storm.\",\"language\":\"en\"}\n"
        "{\"text\": \"Dieser Satz ist kaputt\", \n"
        "{\"text\":\"Der Bahnstreik endete am Donnerstag.\",\"language\":\"de\","
        "\"offset_unit\":\"utf16\"}\n"
        "{\"text\":\"Exports fell in April, the ministry said.\",\"language\":\"en\","
        "\"reference_date\":\"2024-05-02\"}\n";
    char *in = write_temp(five, strlen(five));
    const char *args[] = {"analyze", "--jsonl", in, NULL};
    run r = run_chronik(args, NULL);
    CHECK_INT(r.code, 0);
    char *lines[16];
    size_t n = split_lines(r.out, lines, 16);
    CHECK_INT(n, 5);
    static const char *const langs[] = {"de", "en", NULL, "de", "en"};
    for (size_t i = 0; i < n && i < 5; i++) {
        json_t *j = json_loads(lines[i], 0, NULL);
        CHECK(j != NULL);
        if (i == 2) {
            CHECK_INT(json_integer_value(json_object_get(j, "status")), 400);
            CHECK(jstr(j, "type") && jstr(j, "title") && jstr(j, "detail"));
            CHECK(json_object_get(j, "language") == NULL);
        } else {
            CHECK(json_object_get(j, "status") == NULL);
            CHECK_STR(jstr(j, "language"), langs[i]);
            CHECK(json_is_object(json_object_get(j, "document")));
            CHECK(json_is_array(json_object_get(j, "timeline")));
            CHECK(jstr(json_object_get(j, "meta"), "version") != NULL);
        }
        json_decref(j);
    }
    /* the first line's reference date went through */
    json_t *j0 = n ? json_loads(lines[0], 0, NULL) : NULL;
    CHECK_STR(jstr(json_object_get(j0, "reference_date"), "value"), "2023-03-01");
    json_decref(j0);
    run_free(&r);

    /* the same from standard input, with bad lines of other kinds */
    static const char mixed[] = "[1,2]\n"
                                "{\"text\":\"Ein Satz.\",\"language\":\"fr\"}\n"
                                "{\"text\":\"Caf\xe9\"}\n"
                                "{\"url\":\"https://news.example/a\",\"text\":\"x\"}\n"
                                "{\"text\":\"Gestern regnete es.\"}\n";
    char *in2 = write_temp(mixed, strlen(mixed));
    const char *args2[] = {"analyze", "--jsonl", "-", NULL};
    r = run_chronik(args2, in2);
    CHECK_INT(r.code, 0);
    n = split_lines(r.out, lines, 16);
    CHECK_INT(n, 5);
    for (size_t i = 0; i < n && i < 5; i++) {
        json_t *j = json_loads(lines[i], 0, NULL);
        CHECK(j != NULL);
        if (i < 4)
            CHECK_INT(json_integer_value(json_object_get(j, "status")), 400);
        else
            CHECK(jstr(j, "language") != NULL);
        json_decref(j);
    }
    run_free(&r);
    unlink(in2);
    free(in2);
    unlink(in);
    free(in);

    /* 200 lines on 4 threads: the answers come back in input order. Line i's text is 20 + i
     * code points long, so document.characters tells which line an answer belongs to; every
     * 7th line is broken. */
    size_t cap = 200 * 400, len = 0;
    char *big = malloc(cap);
    for (int i = 0; i < 200; i++) {
        if (i % 7 == 3) {
            len += (size_t)snprintf(big + len, cap - len, "{\"text\": %d,\n", i);
            continue;
        }
        char text[300];
        int k = snprintf(text, sizeof text, "Meldung Nr. %03d: ", i % 1000);
        for (; k < 20 + i; k++)
            text[k] = (char)('a' + (k % 26));
        text[k] = '\0';
        len += (size_t)snprintf(big + len, cap - len, "{\"text\":\"%s\",\"language\":\"%s\"}\n",
                                text, i % 2 ? "de" : "en");
    }
    char *in3 = write_temp(big, len);
    free(big);
    const char *args3[] = {"analyze", "--jsonl", "--threads", "4", in3, NULL};
    double t0 = now_s();
    r = run_chronik(args3, NULL);
    fprintf(stderr, "200-line batch on 4 threads: %.2f s\n", now_s() - t0);
    CHECK_INT(r.code, 0);
    char **many = calloc(256, sizeof *many);
    n = split_lines(r.out, many, 256);
    CHECK_INT(n, 200);
    int misplaced = 0;
    for (size_t i = 0; i < n && i < 200; i++) {
        json_t *j = json_loads(many[i], 0, NULL);
        if (i % 7 == 3) {
            misplaced += !j || json_integer_value(json_object_get(j, "status")) != 400;
        } else {
            json_t *doc = json_object_get(j, "document");
            misplaced += json_integer_value(json_object_get(doc, "characters")) != 20 + (long)i;
            misplaced += !jstr(j, "language") || strcmp(jstr(j, "language"), i % 2 ? "de" : "en");
        }
        json_decref(j);
    }
    CHECK_INT(misplaced, 0);
    free(many);
    run_free(&r);
    unlink(in3);
    free(in3);

    /* format=timeml is XML over several lines: one JSON string a line, between JSON answers */
    static const char tml[] = "{\"text\":\"Am 18. Februar sprachen sie.\",\"language\":\"de\","
                              "\"reference_date\":\"2022-05-13\",\"format\":\"timeml\"}\n"
                              "{\"text\":\"Gestern regnete es.\",\"language\":\"de\"}\n";
    char *in5 = write_temp(tml, strlen(tml));
    const char *args5[] = {"analyze", "--jsonl", in5, NULL};
    r = run_chronik(args5, NULL);
    CHECK_INT(r.code, 0);
    n = split_lines(r.out, lines, 16);
    CHECK_INT(n, 2);
    json_t *x = n ? json_loads(lines[0], JSON_DECODE_ANY, NULL) : NULL;
    CHECK(json_is_string(x));
    CHECK(x && strstr(json_string_value(x), "<TIMEX3 tid=\"t1\" type=\"DATE\" "
                                            "value=\"2022-02-18\"") != NULL);
    CHECK(x && strstr(json_string_value(x), "</TimeML>") != NULL);
    json_decref(x);
    x = n > 1 ? json_loads(lines[1], 0, NULL) : NULL;
    CHECK_STR(jstr(x, "language"), "de");
    json_decref(x);
    run_free(&r);
    unlink(in5);
    free(in5);

    /* blank lines are skipped; an empty input gives no output */
    char *blank = write_temp("\n  \n", 4);
    const char *args4[] = {"analyze", "--jsonl", blank, NULL};
    r = run_chronik(args4, NULL);
    CHECK_INT(r.code, 0);
    CHECK_INT(r.out_len, 0);
    run_free(&r);
    unlink(blank);
    free(blank);
}

/* models.ner_en / models.ner_de choose another NER model (the openly licensed English one);
 * a wrong one stops the command with the model's path and the reason. */
static void test_models(void)
{
    static const char text[] = "Angela Merkel met Joe Biden in Washington on Friday.";
    char *in = write_temp(text, strlen(text));
    const char *args[] = {"analyze", "--language", "en", in, NULL};
    const char *open_env[] = {"CHRONIK_MODELS_NER_EN=ner-open.model", NULL};
    run r = run_chronik_env(args, NULL, open_env);
    CHECK_INT(r.code, 0);
    json_t *j = json_loads(r.out, 0, NULL);
    CHECK(json_array_size(json_object_get(j, "participants")) > 0);
    json_decref(j);
    run_free(&r);
    const char *pos_env[] = {"CHRONIK_MODELS_NER_EN=pos.model", NULL};
    r = run_chronik_env(args, NULL, pos_env);
    CHECK_INT(r.code, 1);
    CHECK(strstr(r.err, "en/pos.model: a NER model for language 'en' was expected") != NULL);
    run_free(&r);
    const char *missing_env[] = {"CHRONIK_MODELS_NER_DE=missing.model", NULL};
    r = run_chronik_env(args, NULL, missing_env);
    CHECK_INT(r.code, 1);
    CHECK(strstr(r.err, "de/missing.model") != NULL);
    run_free(&r);
    const char *empty_env[] = {"CHRONIK_MODELS_NER_EN=", NULL};
    r = run_chronik_env(args, NULL, empty_env);
    CHECK_INT(r.code, 2);
    CHECK(strstr(r.err, "models.ner_en") != NULL);
    run_free(&r);
    unlink(in);
    free(in);
}

static void test_flags(void)
{
    const char *v[] = {"--version", NULL};
    run r = run_chronik(v, NULL);
    CHECK_INT(r.code, 0);
    CHECK(strncmp(r.out, "chronik ", 8) == 0);
    CHECK(strstr(r.out, "0.") != NULL);
    run_free(&r);
    const char *h[] = {"--help", NULL};
    r = run_chronik(h, NULL);
    CHECK_INT(r.code, 0);
    CHECK(strstr(r.out, "usage") != NULL);
    run_free(&r);
    const char *ah[] = {"analyze", "--help", NULL};
    r = run_chronik(ah, NULL);
    CHECK_INT(r.code, 0);
    CHECK(strstr(r.out, "--jsonl") != NULL);
    run_free(&r);
    const char *sh[] = {"serve", "--help", NULL};
    r = run_chronik(sh, NULL);
    CHECK_INT(r.code, 0);
    CHECK(strstr(r.out, "--listen") != NULL);
    run_free(&r);
    const char *none[] = {NULL};
    r = run_chronik(none, NULL);
    CHECK_INT(r.code, 2);
    run_free(&r);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PATH/TO/chronik\n", argv[0]);
        return 2;
    }
    chronik_bin = argv[1];
    signal(SIGPIPE, SIG_IGN);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    test_flags();
    test_same_as_server();
    test_bad_input();
    test_jsonl();
    test_models();
    curl_global_cleanup();
    TEST_DONE();
}
