/* cli.c — `chronik analyze` for one article and `--jsonl` for a batch.
 *
 * The batch path streams: a reader fills a bounded ring of line slots, N workers analyze the
 * slots in any order, and the writer prints them strictly in input order, freeing each slot as
 * it goes. Memory is bounded by the ring size times the longest line, however long the input. */
#include "server/cli.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "analysis/resources.h"
#include "handlers/handlers.h"
#include "server/config.h"
#include "server/fetch.h"
#include "server/problem.h"

static const char analyze_usage[] =
    "usage: chronik analyze [--language de|en|auto] [--reference-date D] [--offset-unit U]\n"
    "                       [--format F] [--html] [--debug-tokens] [--resources DIR] [FILE|-]\n"
    "       chronik analyze --jsonl [--threads N] [--resources DIR] [FILE|-]\n"
    "\n"
    "Prints the JSON that POST /analyze answers for the article in FILE (or standard input).\n"
    "With --jsonl each input line is one request object (the POST /analyze JSON body) and each\n"
    "output line its answer, in input order; a bad line gives a problem object on its line\n"
    "(blank lines are skipped and give none);\n"
    "an answer that is not JSON (\"format\": \"timeml\") is one JSON string on its line.\n"
    "A bad input prints the problem on standard error and exits 2.\n";

/* Reads all of f into a malloc'd buffer; NULL on failure. */
static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The problem object of err as one compact JSON string (malloc'd). */
static char *problem_text(const ck_error *err)
{
    json_t *p = problem_json(err->code, err->detail);
    char *s = p ? json_dumps(p, JSON_COMPACT) : NULL;
    json_decref(p);
    return s;
}

/* Analyzes one JSON request line (a `url` is fetched with the configuration's policy);
 * returns the output line (malloc'd) either way. */
static char *analyze_line(const resources *res, const config *cfg, const char *line, size_t len)
{
    request req;
    request_init(&req);
    ck_error err = {0};
    json_t *json = NULL;
    char *out = NULL;
    size_t out_len;
    const char *type;
    arena *a = arena_new(0, 0);
    int rc = a ? analyze_parse_json(line, len, &req, &json, &err)
               : ck_fail(&err, CK_E_NOMEM, "out of memory");
    fetch_result page = {0};
    if (!rc && req.kind == INPUT_URL) {
        if (!cfg->fetch_enabled) {
            rc = ck_fail(&err, CK_E_FETCH_DISABLED,
                         "url requests are disabled (fetch.enabled=false)");
        } else if ((rc = fetch_sync(cfg, req.input, &page))) {
            ck_fail(&err, (ck_code)rc, "%s", page.detail);
        } else {
            req.kind = INPUT_HTML;
            req.input = page.body;
            req.input_len = page.len;
            req.content_type = page.content_type;
        }
    }
    if (!rc) rc = analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err);
    if (!rc && type && strcmp(type, "application/json") != 0) {
        /* format=timeml is XML over several lines: its line holds it as one JSON string */
        json_t *str = json_stringn(out, out_len);
        char *line_out = str ? json_dumps(str, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
        json_decref(str);
        free(out);
        out = line_out;
        if (!out) rc = ck_fail(&err, CK_E_NOMEM, "out of memory");
    }
    fetch_result_clear(&page);
    json_decref(json);
    arena_free(a);
    return rc ? problem_text(&err) : out;
}

typedef struct slot {
    char *line;
    size_t len;
    char *out;
    enum { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE } state;
} slot;

typedef struct batch {
    const resources *res;
    const config *cfg;
    FILE *in;
    slot *ring;
    size_t nring;
    unsigned long long next_read, next_work, next_write;
    bool eof;
    pthread_mutex_t mu;
    pthread_cond_t cv;
} batch;

static void *batch_worker(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (b->next_work == b->next_read && !b->eof)
            pthread_cond_wait(&b->cv, &b->mu);
        if (b->next_work == b->next_read && b->eof) break;
        slot *s = &b->ring[b->next_work % b->nring];
        b->next_work++;
        s->state = SLOT_BUSY;
        pthread_mutex_unlock(&b->mu);
        char *out = analyze_line(b->res, b->cfg, s->line, s->len);
        pthread_mutex_lock(&b->mu);
        s->out = out;
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&b->cv);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* Prints the finished slots at the head of the ring in order. Called with the lock held. */
static int flush_done(batch *b, bool wait_all)
{
    for (;;) {
        if (b->next_write == b->next_read) return 0;
        slot *s = &b->ring[b->next_write % b->nring];
        if (s->state != SLOT_DONE) {
            if (!wait_all && b->next_read - b->next_write < b->nring) return 0;
            pthread_cond_wait(&b->cv, &b->mu);
            continue;
        }
        int bad = 0;
        if (s->out) {
            bad = fputs(s->out, stdout) < 0;
        } else {
            bad = fputs("{\"type\":\"" PROBLEM_TYPE_BASE "out-of-memory\",\"title\":\"Out of "
                        "memory\",\"status\":503}",
                        stdout) < 0;
        }
        bad |= fputc('\n', stdout) < 0;
        free(s->line);
        free(s->out);
        s->line = s->out = NULL;
        s->state = SLOT_FREE;
        b->next_write++;
        pthread_cond_broadcast(&b->cv);
        if (bad) return -1;
    }
}

static int run_batch(const resources *res, const config *cfg, FILE *in, int threads)
{
    batch b = {0};
    b.res = res;
    b.cfg = cfg;
    b.in = in;
    b.nring = (size_t)threads * 4;
    b.ring = calloc(b.nring, sizeof *b.ring);
    if (!b.ring) return 1;
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.cv, NULL);
    pthread_t *th = calloc((size_t)threads, sizeof *th);
    int started = 0;
    for (int i = 0; th && i < threads; i++)
        if (pthread_create(&th[i], NULL, batch_worker, &b) == 0) started++;
    int status = started ? 0 : 1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while (status == 0 && (n = getline(&line, &cap, in)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        bool blank = true;
        for (ssize_t i = 0; i < n && blank; i++)
            blank = line[i] == ' ' || line[i] == '\t';
        if (blank) continue;
        pthread_mutex_lock(&b.mu);
        /* wait for a free slot, printing what is finished meanwhile */
        while (b.next_read - b.next_write >= b.nring) {
            if (flush_done(&b, false)) status = 1;
            if (b.next_read - b.next_write >= b.nring) pthread_cond_wait(&b.cv, &b.mu);
        }
        slot *s = &b.ring[b.next_read % b.nring];
        s->line = malloc((size_t)n + 1);
        if (s->line) {
            memcpy(s->line, line, (size_t)n);
            s->line[n] = '\0';
        }
        s->len = s->line ? (size_t)n : 0;
        s->state = SLOT_READY;
        b.next_read++;
        pthread_cond_broadcast(&b.cv);
        if (flush_done(&b, false)) status = 1;
        pthread_mutex_unlock(&b.mu);
    }
    free(line);
    pthread_mutex_lock(&b.mu);
    b.eof = true;
    pthread_cond_broadcast(&b.cv);
    if (flush_done(&b, true)) status = 1;
    pthread_mutex_unlock(&b.mu);
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    free(b.ring);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.cv);
    if (ferror(in)) {
        fprintf(stderr, "chronik analyze: reading the input failed: %s\n", strerror(errno));
        status = 2;
    }
    if (fflush(stdout)) status = 1;
    return status;
}

int cli_analyze(int argc, char **argv)
{
    request req;
    request_init(&req);
    ck_error err = {0};
    const char *file = NULL, *resdir = getenv("CHRONIK_RESOURCES");
    bool jsonl = false, html = false;
    int threads = 0;
    static const struct {
        const char *flag, *param;
    } params[] = {{"--language", "language"},
                  {"--reference-date", "reference_date"},
                  {"--offset-unit", "offset_unit"},
                  {"--format", "format"}};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool matched = false;
        for (size_t k = 0; k < sizeof params / sizeof *params; k++) {
            if (strcmp(a, params[k].flag) != 0) continue;
            if (i + 1 >= argc) {
                fprintf(stderr, "chronik analyze: %s needs a value\n", a);
                return 2;
            }
            if (request_set_param(&req, params[k].param, argv[++i], &err)) {
                /* a bad option value is a bad input: the problem, as for a bad article */
                char *p = problem_text(&err);
                fprintf(stderr, "%s\n", p ? p : err.detail);
                free(p);
                return 2;
            }
            matched = true;
        }
        if (matched) continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(analyze_usage, stdout);
            return 0;
        } else if (!strcmp(a, "--jsonl")) {
            jsonl = true;
        } else if (!strcmp(a, "--html")) {
            html = true;
        } else if (!strcmp(a, "--debug-tokens")) {
            req.debug_tokens = true;
        } else if (!strcmp(a, "--threads") && i + 1 < argc) {
            threads = atoi(argv[++i]);
            if (threads < 1 || threads > 1024) {
                fprintf(stderr, "chronik analyze: --threads must be 1..1024\n");
                return 2;
            }
        } else if (!strcmp(a, "--resources") && i + 1 < argc) {
            resdir = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "chronik analyze: unknown option '%s'\n%s", a, analyze_usage);
            return 2;
        } else if (!file) {
            file = a;
        } else {
            fprintf(stderr, "chronik analyze: more than one input file\n");
            return 2;
        }
    }
    /* the service's configuration: the resources folder and models (CHRONIK_RESOURCES,
     * CHRONIK_MODELS_NER_EN, ...; --resources wins) and the fetch policy of url lines */
    extern char **environ;
    config cfg;
    if (config_load(&cfg, NULL, environ, NULL, &err)) {
        fprintf(stderr, "chronik analyze: %s\n", err.detail);
        config_free(&cfg);
        return 2;
    }
    if (!resdir) resdir = cfg.resources;
    FILE *in = stdin;
    if (file && strcmp(file, "-") != 0) {
        in = fopen(file, "rb");
        if (!in) {
            fprintf(stderr, "chronik analyze: %s: %s\n", file, strerror(errno));
            config_free(&cfg);
            return 2;
        }
    }
    resources_opts opts = {cfg.ner_model_de, cfg.ner_model_en};
    resources *res = resources_load_opts(resdir, &opts, &err);
    if (!res) {
        fprintf(stderr, "chronik analyze: %s\n", err.detail);
        if (in != stdin) fclose(in);
        config_free(&cfg);
        return 1;
    }
    int status;
    if (jsonl) {
        if (threads == 0) {
            long n = sysconf(_SC_NPROCESSORS_ONLN);
            threads = n > 0 ? (int)n : 1;
        }
        status = run_batch(res, &cfg, in, threads);
    } else {
        size_t len = 0;
        char *text = read_all(in, &len);
        if (!text) {
            fprintf(stderr, "chronik analyze: cannot read the input\n");
            status = 2;
        } else {
            req.kind = html ? INPUT_HTML : INPUT_TEXT;
            req.input = text;
            req.input_len = len;
            arena *a = arena_new(0, 0);
            char *out = NULL;
            size_t out_len;
            const char *type;
            int rc = a ? analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &err)
                       : ck_fail(&err, CK_E_NOMEM, "out of memory");
            if (rc) {
                char *p = problem_text(&err);
                fprintf(stderr, "%s\n", p ? p : err.detail);
                free(p);
                status = 2;
            } else {
                fwrite(out, 1, out_len, stdout);
                fputc('\n', stdout);
                status = fflush(stdout) ? 1 : 0;
            }
            free(out);
            arena_free(a);
            free(text);
        }
    }
    if (in != stdin) fclose(in);
    resources_free(res);
    config_free(&cfg);
    return status;
}
