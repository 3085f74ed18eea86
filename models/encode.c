/* encode.c — builds the response JSON with jansson; offsets converted once per document. */
#include "models/encode.h"

#include <stdio.h>

#include "analysis/offsets.h"

static json_t *span_obj(json_t *o, const offset_conv *c, const document *doc, uint32_t s,
                        uint32_t e)
{
    json_object_set_new(o, "start",
                        json_integer(offset_conv_map(c, document_input_offset(doc, s))));
    json_object_set_new(o, "end", json_integer(offset_conv_map(c, document_input_offset(doc, e))));
    return o;
}

static json_t *date_string(const ck_datetime *d)
{
    char buf[40];
    if (d->has_time)
        snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month, d->day,
                 d->hour, d->minute, d->second);
    else
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return json_string(buf);
}

static const char *const token_kind_names[] = {"word",  "number", "ordinal", "abbreviation",
                                               "punct", "url",    "email",   "other"};

json_t *encode_analysis(const document *doc, const request *req, double elapsed_ms)
{
    const offset_conv *c = offset_conv_new(doc->arena, doc->input, doc->input_len, req->unit);
    if (!c) return NULL;
    json_t *root = json_object();
    if (!root) return NULL;
    json_object_set_new(root, "language", json_string(doc->lang));

    json_t *ref = json_object();
    if (doc->ref != REF_NONE) {
        json_object_set_new(ref, "value", date_string(&doc->ref_date));
        json_object_set_new(ref, "source", json_string(request_ref_source_name(doc->ref)));
    } else {
        json_object_set_new(ref, "value", json_null());
        json_object_set_new(ref, "source", json_null());
    }
    json_object_set_new(root, "reference_date", ref);

    json_t *d = json_object();
    json_object_set_new(d, "title", doc->title ? json_string(doc->title) : json_null());
    if (req->kind != INPUT_TEXT)
        json_object_set_new(d, "text", json_stringn(doc->input, doc->input_len));
    json_object_set_new(d, "characters",
                        json_integer(offset_conv_map(c, (uint32_t)doc->input_len)));
    json_object_set_new(d, "sentences", json_integer((json_int_t)doc->nsentences));
    json_object_set_new(d, "tokens", json_integer((json_int_t)doc->ntokens));
    json_object_set_new(d, "body", span_obj(json_object(), c, doc, doc->body_start, doc->body_end));
    json_t *bp = json_array();
    for (size_t i = 0; i < doc->nboiler; i++) {
        json_t *b = span_obj(json_object(), c, doc, doc->boiler[i].start, doc->boiler[i].end);
        json_object_set_new(b, "kind", json_string(document_boiler_name(doc->boiler[i].kind)));
        json_array_append_new(bp, b);
    }
    json_object_set_new(d, "boilerplate", bp);
    json_object_set_new(root, "document", d);

    json_object_set_new(root, "participants", json_array());
    json_object_set_new(root, "dates", json_array());
    json_object_set_new(root, "timeline", json_array());

    if (req->debug_tokens) {
        json_t *toks = json_array();
        for (size_t i = 0; i < doc->ntokens; i++) {
            const token *t = &doc->tokens[i];
            json_t *o = json_object();
            json_object_set_new(o, "text", json_stringn(doc->text + t->start, t->end - t->start));
            span_obj(o, c, doc, t->start, t->end);
            json_object_set_new(o, "sentence", json_integer(t->sentence));
            json_object_set_new(o, "kind",
                                json_string(token_kind_names[t->kind < 8 ? t->kind : 7]));
            json_object_set_new(o, "pos", json_string(document_upos_name(t->pos)));
            json_object_set_new(o, "ner", json_string(document_ner_name(t->ner)));
            json_array_append_new(toks, o);
        }
        json_object_set_new(root, "tokens", toks);
    }

    json_t *meta = json_object();
    json_object_set_new(meta, "version", json_string(CHRONIK_VERSION));
    json_object_set_new(meta, "elapsed_ms", json_real(elapsed_ms));
    json_object_set_new(root, "meta", meta);
    return root;
}

json_t *encode_problem(int status, const char *type, const char *title, const char *detail)
{
    json_t *p = json_object();
    if (!p) return NULL;
    json_object_set_new(p, "type", json_string(type));
    json_object_set_new(p, "title", json_string(title));
    json_object_set_new(p, "status", json_integer(status));
    if (detail && *detail) json_object_set_new(p, "detail", json_string(detail));
    return p;
}
