/* pipeline.c — the stages in order; each reads the document built so far and adds to it. */
#include "analysis/pipeline.h"

#include <string.h>
#include <time.h>

#include "analysis/boilerplate.h"
#include "analysis/html.h"
#include "analysis/language.h"
#include "analysis/normalize.h"
#include "analysis/participants.h"
#include "analysis/segment.h"
#include "analysis/tagger.h"
#include "analysis/time.h"
#include "analysis/timeline.h"

static const char *const stage_names[STAGE_COUNT] = {
    "input", "normalize",    "language", "segment", "tag",
    "time",  "participants", "timeline", "encode",
};

const char *pipeline_stage_name(pipeline_stage s)
{
    return s < STAGE_COUNT ? stage_names[s] : "unknown";
}

double pipeline_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void lap(pipeline_times *times, pipeline_stage s, double *t0)
{
    double t = pipeline_clock();
    if (times) times->seconds[s] += t - *t0;
    *t0 = t;
}

int pipeline_run(const resources *res, const request *req, document *doc, pipeline_times *times,
                 ck_error *err)
{
    double t0 = pipeline_clock();
    int rc;

    /* 1. input */
    doc->input = req->input;
    doc->input_len = req->input_len;
    doc->ref = req->ref;
    doc->ref_date = req->ref_date;
    switch (req->kind) {
    case INPUT_TEXT:
        /* a scraped article's own date line ("Stand: 02.11.2023 18:45 Uhr") dates it */
        if (req->ref == REF_NONE && !req->whole_text &&
            html_text_dateline(req->input, req->input_len, &doc->ref_date))
            doc->ref = REF_DATELINE;
        break;
    case INPUT_HTML: {
        html_page page;
        char cs[64];
        const char *charset = req->charset;
        if (!charset && html_content_type_charset(req->content_type, cs, sizeof cs)) charset = cs;
        if ((rc = html_extract(doc->arena, req->input, req->input_len, charset, &page, err)))
            return rc;
        if (page.len == 0)
            return ck_fail(err, CK_E_UNPROCESSABLE, "no article text found in the page");
        doc->input = page.text;
        doc->input_len = page.len;
        doc->title = page.title;
        if (req->ref == REF_NONE && page.date_source != REF_NONE) {
            doc->ref = page.date_source;
            doc->ref_date = page.date;
        }
        break;
    }
    case INPUT_URL: /* the server or the CLI fetches the page and passes it on as INPUT_HTML */
        return ck_fail(err, CK_E_INTERNAL, "url input reached the pipeline unfetched");
    case INPUT_NONE:
    default: return ck_fail(err, CK_E_INPUT_COUNT, "give exactly one of 'text', 'html' or 'url'");
    }
    lap(times, STAGE_INPUT, &t0);

    /* 2. normalize */
    if ((rc = normalize_document(doc, err))) return rc;
    lap(times, STAGE_NORMALIZE, &t0);

    /* 3. language */
    if (strcmp(req->language, "auto") == 0) {
        memcpy(doc->lang, language_detect(res->detector, doc->text, doc->len), 3);
        doc->lang_detected = true;
    } else {
        memcpy(doc->lang, req->language, 3);
    }
    const lang_resources *lr = resources_lang(res, doc->lang);
    if (!lr) return ck_fail(err, CK_E_BAD_FIELD, "language '%s' is not loaded", doc->lang);
    lap(times, STAGE_LANGUAGE, &t0);

    /* 4. segment, and boilerplate marking on the sentences */
    if ((rc = segment_document(lr->segment, doc, err))) return rc;
    if (req->whole_text) {
        doc->body_start = 0;
        doc->body_end = (uint32_t)doc->len;
        doc->boiler = NULL;
        doc->nboiler = 0;
    } else if ((rc = boilerplate_mark(lr->boilerplate, doc, err))) {
        return rc;
    }
    lap(times, STAGE_SEGMENT, &t0);

    /* 5. tag: part of speech, named entities */
    if ((rc = tagger_tag_document(lr->pos, lr->ner, doc, err))) return rc;
    lap(times, STAGE_TAG, &t0);

    /* 6. time */
    if ((rc = time_document(lr->time, doc, err))) return rc;
    lap(times, STAGE_TIME, &t0);

    /* 7. participants */
    if ((rc = participants_document(lr->participants, res->countries, doc, err))) return rc;
    lap(times, STAGE_PARTICIPANTS, &t0);

    /* 8. timeline: the dated events, last so that it sees every earlier stage's output */
    if ((rc = timeline_document(lr->timeline, doc, err))) return rc;
    lap(times, STAGE_TIMELINE, &t0);
    return 0;
}
