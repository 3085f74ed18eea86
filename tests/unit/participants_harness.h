/* participants_harness.h — shared by the participants unit tests: run the whole pipeline on a
 * short text (reference date 2024-03-14) and look up its participants, roles and mentions. */
#ifndef CHRONIK_PARTICIPANTS_HARNESS_H
#define CHRONIK_PARTICIPANTS_HARNESS_H

#include <stdio.h>
#include <string.h>

#include "analysis/pipeline.h"

typedef struct run {
    arena *a;
    document doc;
} run;

static inline int analyze(const resources *res, const char *lang, const char *text, run *r)
{
    request req;
    ck_error e = {0};
    request_init(&req);
    req.kind = INPUT_TEXT;
    req.input = text;
    req.input_len = strlen(text);
    request_set_param(&req, "language", lang, &e);
    request_set_param(&req, "reference_date", "2024-03-14", &e);
    r->a = arena_new(0, 0);
    document_init(&r->doc, r->a);
    int rc = pipeline_run(res, &req, &r->doc, NULL, &e);
    if (rc) fprintf(stderr, "pipeline: %s\n", e.detail);
    return rc;
}

static inline const participant *find(const document *d, const char *name)
{
    for (size_t i = 0; i < d->nparticipants; i++)
        if (strcmp(d->participants[i].name, name) == 0) return &d->participants[i];
    fprintf(stderr, "no participant named \"%s\"; have:", name);
    for (size_t i = 0; i < d->nparticipants; i++)
        fprintf(stderr, " \"%s\"", d->participants[i].name);
    fprintf(stderr, "\n");
    return NULL;
}

/* Whether p has a role equal to role. */
static inline int has_role(const participant *p, const char *role)
{
    for (size_t i = 0; p && i < p->nroles; i++)
        if (strcmp(p->roles[i], role) == 0) return 1;
    if (p) {
        fprintf(stderr, "%s has no role \"%s\"; has:", p->name, role);
        for (size_t i = 0; i < p->nroles; i++)
            fprintf(stderr, " \"%s\"", p->roles[i]);
        fprintf(stderr, "\n");
    }
    return 0;
}

/* Whether p has a mention whose text is s. */
static inline int has_mention(const document *d, const participant *p, const char *s)
{
    for (size_t i = 0; p && i < p->nmentions; i++) {
        const mention *m = &p->mentions[i];
        if (m->end - m->start == strlen(s) && memcmp(d->text + m->start, s, strlen(s)) == 0)
            return 1;
    }
    return 0;
}

/* The position of the participant named name in the salience order (0 = first), or a large
 * number (with the list on stderr) when there is none. */
static inline size_t rank_of(const document *d, const char *name)
{
    const participant *p = find(d, name);
    return p ? (size_t)(p - d->participants) : (size_t)1000;
}

static inline const char *country(const participant *p)
{
    return p ? p->country : "(none)";
}

/* The resources of the source tree (test_resources()), or NULL with the reason on stderr. */
static inline resources *harness_resources(const char *dir)
{
    ck_error e = {0};
    resources *res = resources_load(dir, &e);
    if (!res) fprintf(stderr, "%s\n", e.detail);
    return res;
}

#endif
