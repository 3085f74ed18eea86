/* encode.c — builds the response JSON with jansson; offsets converted once per document. */
#include "models/encode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
        snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", d->year, d->month, d->day,
                 d->hour, d->minute, d->second, d->tz);
    else
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return json_string(buf);
}

/* dates[]: every temporal expression of the document, ids "t1".. in text order. */
static json_t *encode_dates(const document *doc, const offset_conv *c)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < doc->ntimexes; i++) {
        const timex *x = &doc->timexes[i];
        json_t *o = json_object();
        char id[24];
        snprintf(id, sizeof id, "t%zu", i + 1);
        json_object_set_new(o, "id", json_string(id));
        uint32_t is = document_input_offset(doc, x->start), ie = document_input_offset(doc, x->end);
        json_object_set_new(o, "text", json_stringn(doc->input + is, ie - is));
        span_obj(o, c, doc, x->start, x->end);
        json_object_set_new(o, "sentence", json_integer(x->sentence));
        json_object_set_new(o, "type", json_string(timex_type_name((timex_type)x->type)));
        json_object_set_new(o, "value", json_string(x->value));
        if (x->granularity) json_object_set_new(o, "granularity", json_string(x->granularity));
        json_object_set_new(o, "resolution",
                            json_string(timex_resolution_name((timex_resolution)x->resolution)));
        if (x->mod) json_object_set_new(o, "mod", json_string(x->mod));
        if (x->quant) json_object_set_new(o, "quant", json_string(x->quant));
        if (x->freq) json_object_set_new(o, "freq", json_string(x->freq));
        if (x->anchor >= 0) {
            snprintf(id, sizeof id, "t%d", x->anchor + 1);
            json_object_set_new(o, "anchor", json_string(id));
        }
        json_array_append_new(arr, o);
    }
    return arr;
}

/* The text of doc->text bytes [s, e) as the client sent it. New reference. */
static json_t *input_text(const document *doc, uint32_t s, uint32_t e)
{
    uint32_t is = document_input_offset(doc, s), ie = document_input_offset(doc, e);
    return json_stringn(doc->input + is, ie - is);
}

/* timeline[]: the events in chronological order, ids "e1".. in that order; dates and
 * participants by the ids of dates[] ("t<i+1>") and participants[] ("p<i+1>"). */
static json_t *encode_timeline(const document *doc, const offset_conv *c)
{
    json_t *arr = json_array();
    char id[24];
    for (size_t i = 0; arr && i < doc->nevents; i++) {
        const event *e = &doc->events[i];
        json_t *o = json_object();
        snprintf(id, sizeof id, "e%zu", i + 1);
        json_object_set_new(o, "id", json_string(id));
        json_object_set_new(o, "date", json_string(e->date));
        if (e->granularity) json_object_set_new(o, "granularity", json_string(e->granularity));
        json_t *ds = json_array();
        for (size_t k = 0; k < e->ntimexes; k++) {
            snprintf(id, sizeof id, "t%u", e->timexes[k] + 1);
            json_array_append_new(ds, json_string(id));
        }
        json_object_set_new(o, "dates", ds);
        json_object_set_new(o, "sentence", json_integer(e->sentence));
        span_obj(o, c, doc, e->start, e->end);
        json_object_set_new(o, "summary", input_text(doc, e->summary_start, e->summary_end));
        json_object_set_new(o, "trigger", input_text(doc, e->trigger_start, e->trigger_end));
        json_object_set_new(
            o, "trigger_start",
            json_integer(offset_conv_map(c, document_input_offset(doc, e->trigger_start))));
        json_object_set_new(
            o, "trigger_end",
            json_integer(offset_conv_map(c, document_input_offset(doc, e->trigger_end))));
        json_t *ps = json_array();
        for (size_t k = 0; k < e->nparticipants; k++) {
            snprintf(id, sizeof id, "p%u", e->participants[k] + 1);
            json_array_append_new(ps, json_string(id));
        }
        json_object_set_new(o, "participants", ps);
        json_array_append_new(arr, o);
    }
    return arr;
}

/* participants[]: ids "p1".. in the stage's salience order; mentions with converted offsets. */
static json_t *encode_participants(const document *doc, const offset_conv *c)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < doc->nparticipants; i++) {
        const participant *p = &doc->participants[i];
        json_t *o = json_object();
        char id[24];
        snprintf(id, sizeof id, "p%zu", i + 1);
        json_object_set_new(o, "id", json_string(id));
        json_object_set_new(o, "name", json_string(p->name));
        json_object_set_new(o, "type",
                            json_string(participant_type_name((participant_type)p->type)));
        json_t *roles = json_array();
        for (size_t r = 0; r < p->nroles; r++)
            json_array_append_new(roles, json_string(p->roles[r]));
        json_object_set_new(o, "roles", roles);
        json_object_set_new(o, "country", p->country[0] ? json_string(p->country) : json_null());
        json_t *aliases = json_array();
        for (size_t a = 0; a < p->naliases; a++)
            json_array_append_new(aliases, json_string(p->aliases[a]));
        json_object_set_new(o, "aliases", aliases);
        json_object_set_new(o, "salience", json_real(p->salience));
        json_t *ms = json_array();
        for (size_t m = 0; m < p->nmentions; m++) {
            const mention *mt = &p->mentions[m];
            json_t *mo = json_object();
            uint32_t is = document_input_offset(doc, mt->start),
                     ie = document_input_offset(doc, mt->end);
            json_object_set_new(mo, "text", json_stringn(doc->input + is, ie - is));
            span_obj(mo, c, doc, mt->start, mt->end);
            json_object_set_new(mo, "sentence", json_integer(mt->sentence));
            json_array_append_new(ms, mo);
        }
        json_object_set_new(o, "mentions", ms);
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *encode_timelinejs(const document *doc)
{
    json_t *root = json_object();
    if (!root) return NULL;
    json_t *title = json_object(), *tt = json_object();
    json_object_set_new(tt, "headline", json_string(doc->title ? doc->title : "Timeline"));
    json_object_set_new(title, "text", tt);
    json_object_set_new(root, "title", title);
    json_t *evs = json_array();
    for (size_t i = 0; i < doc->nevents; i++) {
        const event *e = &doc->events[i];
        int y = 0, m = 0, d = 0;
        char id[24];
        int got = sscanf(e->date, "%4d-%2d-%2d", &y, &m, &d);
        if (got < 1) continue;
        if (strlen(e->date) > 4 && (e->date[5] < '0' || e->date[5] > '9')) got = 1;
        json_t *o = json_object(), *sd = json_object(), *tx = json_object();
        snprintf(id, sizeof id, "%04d", y);
        json_object_set_new(sd, "year", json_string(id));
        if (got >= 2) {
            snprintf(id, sizeof id, "%d", m);
            json_object_set_new(sd, "month", json_string(id));
        }
        if (got >= 3) {
            snprintf(id, sizeof id, "%d", d);
            json_object_set_new(sd, "day", json_string(id));
        }
        json_object_set_new(o, "start_date", sd);
        json_object_set_new(tx, "headline", input_text(doc, e->trigger_start, e->trigger_end));
        json_object_set_new(tx, "text", input_text(doc, e->summary_start, e->summary_end));
        json_object_set_new(o, "text", tx);
        if (e->nparticipants && e->participants[0] < doc->nparticipants &&
            doc->participants[e->participants[0]].name)
            json_object_set_new(o, "group",
                                json_string(doc->participants[e->participants[0]].name));
        snprintf(id, sizeof id, "e%zu", i + 1);
        json_object_set_new(o, "unique_id", json_string(id));
        json_array_append_new(evs, o);
    }
    json_object_set_new(root, "events", evs);
    return root;
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

    json_object_set_new(root, "participants", encode_participants(doc, c));
    json_object_set_new(root, "dates", encode_dates(doc, c));
    json_object_set_new(root, "timeline", encode_timeline(doc, c));

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

/* ---- TimeML ---- */

typedef struct sbuf {
    char *p;
    size_t n, cap;
    bool oom;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 4096;
        while (nc < b->n + n + 1)
            nc *= 2;
        char *np = realloc(b->p, nc);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

/* s[0..n) with & < > " escaped. */
static void sb_esc(sbuf *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *e = s[i] == '&'   ? "&amp;"
                        : s[i] == '<' ? "&lt;"
                        : s[i] == '>' ? "&gt;"
                        : s[i] == '"' ? "&quot;"
                                      : NULL;
        if (!e) continue;
        sb_put(b, s + run, i - run);
        sb_str(b, e);
        run = i + 1;
    }
    sb_put(b, s + run, n - run);
}

static void sb_attr(sbuf *b, const char *name, const char *value)
{
    if (!value) return;
    sb_str(b, " ");
    sb_str(b, name);
    sb_str(b, "=\"");
    sb_esc(b, value, strlen(value));
    sb_str(b, "\"");
}

char *encode_timeml(const document *doc, size_t *len)
{
    sbuf b = {0};
    char tmp[64];
    sb_str(&b, "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/"
               "XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/"
               "timeMLdocs/TimeML_1.2.1.xsd\">\n<DOCID>chronik</DOCID>\n");
    if (doc->ref != REF_NONE) {
        const ck_datetime *d = &doc->ref_date;
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d->year, d->month, d->day);
        sb_str(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"");
        sb_str(&b, tmp);
        sb_str(&b, "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
        sb_str(&b, tmp);
        sb_str(&b, "</TIMEX3></DCT>\n");
    }
    sb_str(&b, "<TEXT>");
    /* the events' triggers in text order, to interleave with the TIMEX3 tags */
    size_t ne = doc->nevents, *ord = ne ? malloc(ne * sizeof *ord) : NULL;
    if (ne && !ord) b.oom = true;
    for (size_t i = 0; ord && i < ne; i++) {
        size_t j = i;
        while (j > 0 && doc->events[ord[j - 1]].trigger_start > doc->events[i].trigger_start) {
            ord[j] = ord[j - 1];
            j--;
        }
        ord[j] = i;
    }
    uint32_t at = 0;
    size_t xi = 0, ei = 0;
    while (xi < doc->ntimexes || (ord && ei < ne)) {
        const timex *x = xi < doc->ntimexes ? &doc->timexes[xi] : NULL;
        const event *ev = ord && ei < ne ? &doc->events[ord[ei]] : NULL;
        if (ev && (!x || ev->trigger_start < x->start)) {
            uint32_t s = document_input_offset(doc, ev->trigger_start),
                     e = document_input_offset(doc, ev->trigger_end);
            if (s >= at) {
                sb_esc(&b, doc->input + at, s - at);
                snprintf(tmp, sizeof tmp, "e%zu", ord[ei] + 1);
                sb_str(&b, "<EVENT");
                sb_attr(&b, "eid", tmp);
                sb_attr(&b, "class", ev->reporting ? "REPORTING" : "OCCURRENCE");
                sb_str(&b, ">");
                sb_esc(&b, doc->input + s, e - s);
                sb_str(&b, "</EVENT>");
                at = e;
            }
            ei++;
            continue;
        }
        xi++;
        uint32_t s = document_input_offset(doc, x->start), e = document_input_offset(doc, x->end);
        if (s < at) continue; /* never nest or overlap tags */
        sb_esc(&b, doc->input + at, s - at);
        snprintf(tmp, sizeof tmp, "t%zu", xi);
        sb_str(&b, "<TIMEX3");
        sb_attr(&b, "tid", tmp);
        sb_attr(&b, "type", timex_type_name((timex_type)x->type));
        sb_attr(&b, "value", x->value);
        sb_attr(&b, "mod", x->mod);
        sb_attr(&b, "quant", x->quant);
        sb_attr(&b, "freq", x->freq);
        bool rel = x->resolution == TIMEX_REFERENCE || x->resolution == TIMEX_PREVIOUS;
        sb_attr(&b, "temporalFunction", rel ? "true" : "false");
        if (x->resolution == TIMEX_REFERENCE && doc->ref != REF_NONE) {
            sb_attr(&b, "anchorTimeID", "t0");
        } else if (x->resolution == TIMEX_PREVIOUS && x->anchor >= 0) {
            snprintf(tmp, sizeof tmp, "t%d", x->anchor + 1);
            sb_attr(&b, "anchorTimeID", tmp);
        }
        sb_str(&b, ">");
        sb_esc(&b, doc->input + s, e - s);
        sb_str(&b, "</TIMEX3>");
        at = e;
    }
    free(ord);
    sb_esc(&b, doc->input + at, doc->input_len - at);
    sb_str(&b, "</TEXT>\n");
    /* one instance per event; a TLINK from it to each date that anchors it */
    for (size_t i = 0; i < ne; i++) {
        char line[128];
        snprintf(line, sizeof line, "<MAKEINSTANCE eiid=\"ei%zu\" eventID=\"e%zu\"/>\n", i + 1,
                 i + 1);
        sb_str(&b, line);
    }
    size_t lid = 0;
    for (size_t i = 0; i < ne; i++) {
        const event *ev = &doc->events[i];
        if (!ev->ntimexes) continue;
        char line[160];
        snprintf(line, sizeof line,
                 "<TLINK lid=\"l%zu\" relType=\"%s\" eventInstanceID=\"ei%zu\" "
                 "relatedToTime=\"t%u\"/>\n",
                 ++lid, ev->link == EVENT_LINK_BEGUN_BY ? "BEGUN_BY" : "IS_INCLUDED", i + 1,
                 ev->timexes[0] + 1);
        sb_str(&b, line);
    }
    sb_str(&b, "</TimeML>\n");
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    *len = b.n;
    return b.p;
}
