/* encode.h — the analysis as JSON (the chronik format of API.md) or as a problem object. */
#ifndef CHRONIK_ENCODE_H
#define CHRONIK_ENCODE_H

#include <jansson.h>

#include "models/document.h"
#include "models/error.h"
#include "models/request.h"

/* The response object for an analyzed document, offsets in req->unit. elapsed_ms goes into
 * meta. Returns a new reference, or NULL on out of memory. */
json_t *encode_analysis(const document *doc, const request *req, double elapsed_ms);

/* The analyzed text as TimeML 1.2.1: inline <TIMEX3> tags (tid, type, value, mod, quant, freq,
 * temporalFunction, anchorTimeID) inside <TEXT>, a <DCT> when a reference date is known, text
 * and attributes XML-escaped, the timeline's triggers as <EVENT eid class> and, after <TEXT>,
 * a <MAKEINSTANCE> per event and a <TLINK> (IS_INCLUDED or BEGUN_BY) to its anchoring date. Returns
 * a malloc'd NUL-terminated string owned by the caller
 * (*len bytes), or NULL on out of memory. */
char *encode_timeml(const document *doc, size_t *len);

/* The timeline as Knight Lab TimelineJS JSON: {"title": {"text": {"headline"}}, "events": [
 * {"start_date": {"year", "month", "day"}, "text": {"headline": trigger, "text": summary},
 * "group": first participant's name, "unique_id": "e<i>"}]} (month and day only as precise as
 * the date). Returns a new reference, or NULL on out of memory. */
json_t *encode_timelinejs(const document *doc);

/* An RFC 9457 problem object {type, title, status, detail}. New reference or NULL. */
json_t *encode_problem(int status, const char *type, const char *title, const char *detail);

#endif
