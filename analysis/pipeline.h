/* pipeline.h — runs the analysis stages in order over one article. Knows nothing of HTTP. */
#ifndef CHRONIK_PIPELINE_H
#define CHRONIK_PIPELINE_H

#include "analysis/resources.h"
#include "models/document.h"
#include "models/error.h"
#include "models/request.h"

typedef enum pipeline_stage {
    STAGE_INPUT = 0,
    STAGE_NORMALIZE,
    STAGE_LANGUAGE,
    STAGE_SEGMENT,
    STAGE_TAG,
    STAGE_TIME,
    STAGE_PARTICIPANTS,
    STAGE_TIMELINE,
    STAGE_ENCODE,
    STAGE_COUNT
} pipeline_stage;

/* Seconds spent in each stage of one run. */
typedef struct pipeline_times {
    double seconds[STAGE_COUNT];
} pipeline_times;

const char *pipeline_stage_name(pipeline_stage s);

/* Monotonic clock in seconds. */
double pipeline_clock(void);

/* Analyzes the request's input into doc (which must be document_init'ed on a request arena).
 * times may be NULL. Returns 0, or a negative ck_code with err filled. */
int pipeline_run(const resources *res, const request *req, document *doc, pipeline_times *times,
                 ck_error *err);

#endif
