/* segment.c — STUB: white-space tokens, a sentence per line. */
#include "analysis/segment.h"

#include <stdlib.h>

struct segment_rules {
    int unused;
};

segment_rules *segment_rules_load(const char *lang_dir, ck_error *err)
{
    segment_rules *r = calloc(1, sizeof *r);
    if (!r) ck_fail(err, CK_E_RESOURCE, "out of memory");
    return r;
}

void segment_rules_free(segment_rules *r)
{
    free(r);
}

int segment_document(const segment_rules *r, document *doc, ck_error *err)
{
    size_t cap = doc->len / 2 + 1;
    doc->tokens = arena_alloc(doc->arena, cap * sizeof *doc->tokens);
    doc->sentences = arena_alloc(doc->arena, cap * sizeof *doc->sentences);
    if (!doc->tokens || !doc->sentences) return ck_fail(err, CK_E_NOMEM, "out of memory");
    const char *t = doc->text;
    size_t i = 0;
    while (i < doc->len) {
        while (i < doc->len && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r'))
            i++;
        if (i >= doc->len) break;
        size_t ls = i;
        sentence *s = &doc->sentences[doc->nsentences];
        s->tok_begin = (uint32_t)doc->ntokens;
        while (i < doc->len && t[i] != '\n') {
            while (i < doc->len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r'))
                i++;
            if (i >= doc->len || t[i] == '\n') break;
            size_t ts = i;
            while (i < doc->len && t[i] != ' ' && t[i] != '\n' && t[i] != '\t' && t[i] != '\r')
                i++;
            token *k = &doc->tokens[doc->ntokens++];
            k->start = (uint32_t)ts;
            k->end = (uint32_t)i;
            k->sentence = (uint32_t)doc->nsentences;
            k->kind = TOK_WORD;
            k->pos = k->ner = k->flags = 0;
        }
        s->start = (uint32_t)ls;
        s->end = doc->ntokens > s->tok_begin ? doc->tokens[doc->ntokens - 1].end : (uint32_t)ls;
        s->tok_end = (uint32_t)doc->ntokens;
        s->boiler = 0;
        doc->nsentences++;
    }
    return 0;
}
