/* golden.c — loads and checks the gold articles of tests/golden/ (format: tests/golden/README.md).
 */
#include "tools/golden.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "handlers/handlers.h"
#include "models/arena.h"
#include "models/request.h"

static char *dup_str(const char *s)
{
    return s ? strdup(s) : NULL;
}

int golden_set_text(golden_doc *doc, const char *text, size_t len)
{
    doc->text = malloc(len + 1);
    doc->cp_byte = malloc((len + 1) * sizeof *doc->cp_byte);
    if (!doc->text || !doc->cp_byte) return -1;
    memcpy(doc->text, text, len);
    doc->text[len] = '\0';
    doc->text_len = len;
    uint32_t n = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &c);
        if (k <= 0) return -1;
        doc->cp_byte[n++] = (uint32_t)i;
        i += (size_t)k;
    }
    doc->cp_byte[n] = (uint32_t)len;
    doc->ncp = n;
    return 0;
}

void golden_bytes(const golden_doc *doc, golden_span s, size_t *start, size_t *len)
{
    uint32_t a = s.start < doc->ncp ? s.start : doc->ncp;
    uint32_t b = s.end < doc->ncp ? s.end : doc->ncp;
    if (b < a) b = a;
    *start = doc->cp_byte[a];
    *len = doc->cp_byte[b] - doc->cp_byte[a];
}

/* A JSON array of strings → owned string array. Returns -1 when it is not one. */
static int str_array(json_t *a, char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!a) return 0;
    if (!json_is_array(a)) return -1;
    *out = calloc(json_array_size(a) + 1, sizeof **out);
    if (!*out) return -1;
    size_t i;
    json_t *v;
    json_array_foreach(a, i, v)
    {
        if (!json_is_string(v)) return -1;
        (*out)[(*n)++] = strdup(json_string_value(v));
    }
    return 0;
}

static int get_span(json_t *o, const char *ks, const char *ke, golden_span *s)
{
    json_t *a = json_object_get(o, ks), *b = json_object_get(o, ke);
    if (!json_is_integer(a) || !json_is_integer(b)) return -1;
    json_int_t x = json_integer_value(a), y = json_integer_value(b);
    if (x < 0 || y < 0 || x > UINT32_MAX || y > UINT32_MAX) return -1;
    *s = (golden_span){(uint32_t)x, (uint32_t)y};
    return 0;
}

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        snprintf(err, errcap, __VA_ARGS__);                                                        \
        goto fail;                                                                                 \
    } while (0)

int golden_load(const char *path, golden_doc *doc, char *err, size_t errcap)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    doc->path = strdup(path);
    if (!root) {
        snprintf(err, errcap, "%s:%d: %s", path, je.line, je.text);
        return -1;
    }
    json_t *text = json_object_get(root, "text");
    json_t *lang = json_object_get(root, "language");
    json_t *ref = json_object_get(root, "reference_date");
    if (!json_is_string(text) || !json_is_string(lang))
        FAIL("%s: needs \"text\" and \"language\"", path);
    if (ref && !json_is_string(ref) && !json_is_null(ref)) FAIL("%s: bad reference_date", path);
    doc->language = strdup(json_string_value(lang));
    doc->reference_date = json_is_string(ref) ? strdup(json_string_value(ref)) : NULL;
    if (golden_set_text(doc, json_string_value(text), json_string_length(text)))
        FAIL("%s: text is not valid UTF-8", path);

    json_t *parts = json_object_get(root, "participants");
    if (parts && !json_is_array(parts)) FAIL("%s: participants must be an array", path);
    doc->parts = calloc(json_array_size(parts) + 1, sizeof *doc->parts);
    if (!doc->parts) FAIL("%s: out of memory", path);
    size_t i;
    json_t *p;
    json_array_foreach(parts, i, p)
    {
        golden_participant *g = &doc->parts[doc->nparts++];
        json_t *name = json_object_get(p, "name"), *type = json_object_get(p, "type");
        json_t *country = json_object_get(p, "country"), *ms = json_object_get(p, "mentions");
        if (!json_is_string(name) || !json_is_string(type) || !json_is_array(ms))
            FAIL("%s: participant %zu needs name, type and mentions", path, i);
        g->name = dup_str(json_string_value(name));
        g->type = dup_str(json_string_value(type));
        if (country && !json_is_null(country) && !json_is_string(country))
            FAIL("%s: participant %zu: country must be a string or null", path, i);
        g->country = json_is_string(country) ? dup_str(json_string_value(country)) : NULL;
        if (str_array(json_object_get(p, "roles"), &g->roles, &g->nroles))
            FAIL("%s: participant %zu: roles must be strings", path, i);
        g->mentions = calloc(json_array_size(ms) + 1, sizeof *g->mentions);
        g->mention_text = calloc(json_array_size(ms) + 1, sizeof *g->mention_text);
        if (!g->mentions || !g->mention_text) FAIL("%s: out of memory", path);
        size_t j;
        json_t *m;
        json_array_foreach(ms, j, m)
        {
            json_t *mt = json_object_get(m, "text");
            if (get_span(m, "start", "end", &g->mentions[j]) || !json_is_string(mt))
                FAIL("%s: %s: mention %zu needs start, end and text", path, g->name, j);
            g->mention_text[j] = dup_str(json_string_value(mt));
            g->nmentions++;
        }
    }

    if (str_array(json_object_get(root, "central"), &doc->central, &doc->ncentral))
        FAIL("%s: central must be an array of names", path);

    json_t *evs = json_object_get(root, "events");
    if (evs) {
        if (!json_is_array(evs)) FAIL("%s: events must be an array", path);
        doc->has_events = 1;
        doc->events = calloc(json_array_size(evs) + 1, sizeof *doc->events);
        if (!doc->events) FAIL("%s: out of memory", path);
        json_t *e;
        json_array_foreach(evs, i, e)
        {
            golden_event *g = &doc->events[doc->nevents++];
            json_t *tr = json_object_get(e, "trigger"), *date = json_object_get(e, "date");
            if (!json_is_string(tr) || !json_is_string(date) ||
                get_span(e, "trigger_start", "trigger_end", &g->span))
                FAIL("%s: event %zu needs trigger, trigger_start, trigger_end and date", path, i);
            g->trigger = dup_str(json_string_value(tr));
            g->date = dup_str(json_string_value(date));
            if (str_array(json_object_get(e, "participants"), &g->participants, &g->nparticipants))
                FAIL("%s: event %zu: participants must be names", path, i);
        }
    }
    json_decref(root);
    return 0;
fail:
    json_decref(root);
    return -1;
}

static void free_strs(char **s, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        free(s[i]);
    free(s);
}

void golden_clear(golden_doc *doc)
{
    for (size_t i = 0; doc->parts && i < doc->nparts; i++) {
        golden_participant *g = &doc->parts[i];
        free(g->name);
        free(g->type);
        free(g->country);
        free_strs(g->roles, g->nroles);
        free_strs(g->mention_text, g->nmentions);
        free(g->mentions);
    }
    for (size_t i = 0; doc->events && i < doc->nevents; i++) {
        free(doc->events[i].trigger);
        free(doc->events[i].date);
        free_strs(doc->events[i].participants, doc->events[i].nparticipants);
    }
    free_strs(doc->central, doc->ncentral);
    free(doc->parts);
    free(doc->events);
    free(doc->path);
    free(doc->language);
    free(doc->reference_date);
    free(doc->text);
    free(doc->cp_byte);
    memset(doc, 0, sizeof *doc);
}

/* TIMEX3 date values the gold may use: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-SP|SU|FA|WI,
 * YYYY-Q1..4. */
static int timex_date_ok(const char *v)
{
    size_t n = strlen(v);
    for (int i = 0; i < 4; i++)
        if (i >= (int)n || v[i] < '0' || v[i] > '9') return 0;
    if (n == 4) return 1;
    if (v[4] != '-') return 0;
    const char *r = v + 5;
    if (n == 7 && r[0] >= '0' && r[0] <= '1' && r[1] >= '0' && r[1] <= '9') return 1;
    if (n == 10 && r[2] == '-') return r[0] >= '0' && r[0] <= '1' && r[3] >= '0' && r[3] <= '3';
    if (n == 7 && (!strcmp(r, "SP") || !strcmp(r, "SU") || !strcmp(r, "FA") || !strcmp(r, "WI")))
        return 1;
    if (n == 7 && r[0] == 'Q' && r[1] >= '1' && r[1] <= '4') return 1;
    if (n == 8 && r[0] == 'W') return 1;
    return 0;
}

static int span_text_ok(const golden_doc *doc, golden_span s, const char *want)
{
    if (s.start >= s.end || s.end > doc->ncp) return 0;
    size_t a, len;
    golden_bytes(doc, s, &a, &len);
    return strlen(want) == len && memcmp(doc->text + a, want, len) == 0;
}

static int has_participant(const golden_doc *doc, const char *name)
{
    for (size_t j = 0; j < doc->nparts; j++)
        if (strcmp(doc->parts[j].name, name) == 0) return 1;
    return 0;
}

int golden_check(const golden_doc *doc, int (*valid_country)(const char *code, void *ctx),
                 void *ctx)
{
    int bad = 0;
    static const char *const types[] = {"person", "organization", "location", "misc"};
    if (strcmp(doc->language, "de") != 0 && strcmp(doc->language, "en") != 0) {
        fprintf(stderr, "%s: unknown language %s\n", doc->path, doc->language);
        bad++;
    }
    if (doc->reference_date && strlen(doc->reference_date) != 10) {
        fprintf(stderr, "%s: reference_date is not YYYY-MM-DD\n", doc->path);
        bad++;
    }
    for (size_t i = 0; i < doc->nparts; i++) {
        const golden_participant *g = &doc->parts[i];
        int tok = 0;
        for (size_t t = 0; t < 4; t++)
            tok |= strcmp(g->type, types[t]) == 0;
        if (!tok) {
            fprintf(stderr, "%s: %s: unknown type %s\n", doc->path, g->name, g->type);
            bad++;
        }
        if (g->nmentions == 0) {
            fprintf(stderr, "%s: %s: no mentions\n", doc->path, g->name);
            bad++;
        }
        if (g->country && valid_country && !valid_country(g->country, ctx)) {
            fprintf(stderr, "%s: %s: unknown country code %s\n", doc->path, g->name, g->country);
            bad++;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(doc->parts[j].name, g->name) == 0) {
                fprintf(stderr, "%s: participant name %s used twice\n", doc->path, g->name);
                bad++;
            }
        for (size_t m = 0; m < g->nmentions; m++) {
            golden_span s = g->mentions[m];
            if (!span_text_ok(doc, s, g->mention_text[m])) {
                size_t a = 0, len = 0;
                if (s.start < s.end && s.end <= doc->ncp) golden_bytes(doc, s, &a, &len);
                fprintf(stderr, "%s: %s: mention [%u,%u) is \"%.*s\", file says \"%s\"\n",
                        doc->path, g->name, s.start, s.end, (int)len, doc->text + a,
                        g->mention_text[m]);
                bad++;
            }
            /* overlaps with any earlier mention of any participant */
            for (size_t i2 = 0; i2 <= i; i2++) {
                const golden_participant *h = &doc->parts[i2];
                size_t lim = i2 == i ? m : h->nmentions;
                for (size_t m2 = 0; m2 < lim; m2++)
                    if (h->mentions[m2].start < s.end && s.start < h->mentions[m2].end) {
                        fprintf(stderr, "%s: mention [%u,%u) of %s overlaps one of %s\n", doc->path,
                                s.start, s.end, g->name, h->name);
                        bad++;
                    }
            }
        }
    }
    for (size_t i = 0; i < doc->nevents; i++) {
        const golden_event *e = &doc->events[i];
        if (!span_text_ok(doc, e->span, e->trigger)) {
            fprintf(stderr, "%s: event %zu: trigger span [%u,%u) is not \"%s\"\n", doc->path, i,
                    e->span.start, e->span.end, e->trigger);
            bad++;
        }
        if (!timex_date_ok(e->date)) {
            fprintf(stderr, "%s: event %zu: date %s is not a TIMEX3 date value\n", doc->path, i,
                    e->date);
            bad++;
        }
        for (size_t k = 0; k < e->nparticipants; k++) {
            if (!has_participant(doc, e->participants[k])) {
                fprintf(stderr, "%s: event %zu: unknown participant %s\n", doc->path, i,
                        e->participants[k]);
                bad++;
            }
        }
    }
    if (doc->central && (doc->ncentral < 1 || doc->ncentral > 3)) {
        fprintf(stderr, "%s: central must name one to three participants, not %zu\n", doc->path,
                doc->ncentral);
        bad++;
    }
    for (size_t k = 0; k < doc->ncentral; k++) {
        int repeated = 0;
        for (size_t j = 0; j < k; j++)
            repeated |= strcmp(doc->central[j], doc->central[k]) == 0;
        if (!has_participant(doc, doc->central[k]) || repeated) {
            fprintf(stderr, "%s: central: %s participant %s\n", doc->path,
                    repeated ? "repeated" : "unknown", doc->central[k]);
            bad++;
        }
    }
    return bad;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **golden_list(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    size_t cap = 64;
    char **v = malloc(cap * sizeof *v);
    struct dirent *de;
    while (v && (de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 6 || strcmp(de->d_name + l - 5, ".json") != 0) continue;
        if (*n == cap) {
            char **nv = realloc(v, (cap *= 2) * sizeof *v);
            if (!nv) break;
            v = nv;
        }
        size_t pl = strlen(dir) + l + 2;
        v[*n] = malloc(pl);
        if (!v[*n]) break;
        snprintf(v[*n], pl, "%s/%s", dir, de->d_name);
        (*n)++;
    }
    closedir(d);
    if (v) qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

void golden_free_list(char **list, size_t n)
{
    free_strs(list, n);
}

json_t *golden_analyze(const resources *res, const golden_doc *doc, char *err, size_t errcap)
{
    request req;
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = doc->text;
    req.input_len = doc->text_len;
    req.unit = OFFSET_CODEPOINT;
    ck_error e = {0};
    snprintf(req.language, sizeof req.language, "%s", doc->language);
    if (doc->reference_date) {
        if (request_parse_date(doc->reference_date, &req.ref_date, &e)) {
            snprintf(err, errcap, "%s: %s", doc->path, e.detail);
            return NULL;
        }
        req.ref = REF_REQUEST;
    }
    arena *a = arena_new(0, 0);
    char *out = NULL;
    size_t out_len = 0;
    const char *type;
    int rc = a ? analyze_execute(res, &req, a, NULL, &out, &out_len, &type, &e) : CK_E_NOMEM;
    arena_free(a);
    if (rc) {
        snprintf(err, errcap, "%s: analysis failed: %s", doc->path, e.detail);
        free(out);
        return NULL;
    }
    json_error_t je;
    json_t *j = json_loadb(out, out_len, 0, &je);
    free(out);
    if (!j) snprintf(err, errcap, "%s: chronik answered invalid JSON: %s", doc->path, je.text);
    return j;
}

json_t *golden_read_response(const char *dir, const golden_doc *doc, char *err, size_t errcap)
{
    const char *base = strrchr(doc->path, '/');
    base = base ? base + 1 : doc->path;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, base);
    json_error_t je;
    json_t *j = json_load_file(path, 0, &je);
    if (!j) snprintf(err, errcap, "%s:%d: %s", path, je.line, je.text);
    return j;
}
