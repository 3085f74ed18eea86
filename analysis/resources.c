/* resources.c — loads every language's resources at start-up. */
#include "analysis/resources.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/boilerplate.h"
#include "analysis/countries.h"
#include "analysis/language.h"
#include "analysis/participants_res.h"
#include "analysis/timeline.h"
#include "analysis/segment.h"
#include "analysis/tagger.h"
#include "analysis/time.h"

static const char *const lang_codes[] = {"de", "en"};

char *resources_read_file(const char *path, size_t *len, ck_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ck_fail(err, CK_E_RESOURCE, "%s: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                free(buf);
                fclose(f);
                ck_fail(err, CK_E_RESOURCE, "%s: out of memory", path);
                return NULL;
            }
            buf = nb;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        ck_fail(err, CK_E_RESOURCE, "%s: read error", path);
        return NULL;
    }
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

int resources_each_line(const char *buf, size_t len,
                        int (*fn)(const char *line, size_t n, int lineno, void *ctx), void *ctx)
{
    size_t i = 0;
    int lineno = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && buf[j] != '\n')
            j++;
        lineno++;
        size_t s = i, e = j;
        while (s < e && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\r'))
            s++;
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
            e--;
        if (e > s && buf[s] != '#') {
            int rc = fn(buf + s, e - s, lineno, ctx);
            if (rc) return rc;
        }
        i = j + 1;
    }
    return 0;
}

/* Loads dir/name into *out, refusing a model of another language or kind: the server must not
 * start without its models. */
static int load_tagger(struct tagger_model **out, const char *dir, const char *name,
                       const char *lang, tagger_kind kind, ck_error *err)
{
    char path[8400];
    if (strchr(name, '/'))
        snprintf(path, sizeof path, "%s", name); /* a path of its own */
    else
        snprintf(path, sizeof path, "%s/%s", dir, name);
    tagger_model *m = tagger_load(path, err);
    if (!m) return -1;
    if (strcmp(tagger_model_lang(m), lang) != 0 || tagger_model_kind(m) != kind) {
        tagger_free(m);
        return ck_fail(err, CK_E_RESOURCE, "%s: a %s model for language '%s' was expected", path,
                       kind == TAGGER_POS ? "POS" : "NER", lang);
    }
    *out = m;
    return 0;
}

int resources_split_tabs(const char *line, size_t n, const char **f, size_t *fl, int max)
{
    int k = 0;
    size_t s = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || line[i] == '\t') {
            if (k < max) {
                f[k] = line + s;
                fl[k] = i - s;
            }
            k++;
            s = i + 1;
        }
    }
    return k;
}

char *resources_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

resources *resources_load(const char *dir, ck_error *err)
{
    return resources_load_opts(dir, NULL, err);
}

resources *resources_load_opts(const char *dir, const resources_opts *o, ck_error *err)
{
    resources *r = calloc(1, sizeof *r);
    if (!r) {
        ck_fail(err, CK_E_RESOURCE, "out of memory");
        return NULL;
    }
    char path[4096];
    for (size_t i = 0; i < sizeof lang_codes / sizeof *lang_codes; i++) {
        lang_resources *l = &r->langs[r->nlangs];
        memcpy(l->code, lang_codes[i], 3);
        snprintf(path, sizeof path, "%s/%s", dir, lang_codes[i]);
        l->segment = segment_rules_load(path, err);
        r->nlangs++;
        if (!l->segment) goto fail;
        l->boilerplate = boilerplate_load(path, err);
        if (!l->boilerplate) goto fail;
        if (load_tagger(&l->pos, path, "pos.model", lang_codes[i], TAGGER_POS, err)) goto fail;
        const char *ner = !o                                 ? NULL
                          : strcmp(lang_codes[i], "de") == 0 ? o->ner_model_de
                                                             : o->ner_model_en;
        if (load_tagger(&l->ner, path, ner && *ner ? ner : "ner.model", lang_codes[i], TAGGER_NER,
                        err))
            goto fail;
        l->participants = participants_res_load(path, err);
        if (!l->participants) goto fail;
        l->time = time_rules_load(path, err);
        if (!l->time) goto fail;
        l->timeline = timeline_res_load(path, err);
        if (!l->timeline) goto fail;
    }
    r->countries =
        countries_load(dir, lang_codes, (int)(sizeof lang_codes / sizeof *lang_codes), err);
    if (!r->countries) goto fail;
    r->detector = language_new(dir, err);
    if (!r->detector) goto fail;
    return r;
fail:
    resources_free(r);
    return NULL;
}

void resources_free(resources *r)
{
    if (!r) return;
    for (int i = 0; i < r->nlangs; i++) {
        segment_rules_free(r->langs[i].segment);
        boilerplate_free(r->langs[i].boilerplate);
        tagger_free(r->langs[i].pos);
        tagger_free(r->langs[i].ner);
        participants_res_free(r->langs[i].participants);
        time_rules_free(r->langs[i].time);
        timeline_res_free(r->langs[i].timeline);
    }
    language_free(r->detector);
    countries_free(r->countries);
    free(r);
}

const lang_resources *resources_lang(const resources *r, const char *code)
{
    for (int i = 0; i < r->nlangs; i++)
        if (strcmp(r->langs[i].code, code) == 0) return &r->langs[i];
    return NULL;
}
