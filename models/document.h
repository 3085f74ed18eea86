/* document.h — the article as the pipeline builds it: text, tokens, sentences, spans. */
#ifndef CHRONIK_DOCUMENT_H
#define CHRONIK_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "models/arena.h"
#include "models/request.h"
#include "models/event.h"
#include "models/participant.h"
#include "models/timex.h"

/* All offsets inside a document are byte offsets into doc->text (the NFC-normalized text),
 * half-open [start, end). doc->to_input maps them back to the bytes the client sent; the
 * encoder converts those to the unit the request asked for. */

typedef enum token_kind {
    TOK_WORD = 0, /* letters, with inner hyphens or apostrophes ("US-Streitkräfte", "don't") */
    TOK_NUMBER,   /* digits with inner separators ("1.000,5", "3.5", "30.06.2022") */
    TOK_ORDINAL,  /* a number with its ordinal dot ("18." in "18. Februar") */
    TOK_ABBREV,   /* a known abbreviation with its dot ("Dr.", "z.", "U.S.") */
    TOK_PUNCT,    /* punctuation and symbols, one token each (quotes, dashes, brackets) */
    TOK_URL,
    TOK_EMAIL,
    TOK_OTHER,
} token_kind;

typedef struct token {
    uint32_t start, end; /* byte span in doc->text */
    uint32_t sentence;   /* index into doc->sentences */
    uint8_t kind;        /* token_kind */
    uint8_t pos;         /* universal POS tag id (tagger issue); 0 = unknown */
    uint8_t ner;         /* NER label id (tagger issue); 0 = O */
    uint8_t flags;       /* TOKF_* */
} token;

#define TOKF_SPACE_BEFORE 0x01 /* white space precedes the token */
#define TOKF_LINE_START   0x02 /* first token on its line */

/* Universal POS tags (universaldependencies.org/u/pos), the values of token.pos. */
typedef enum upos_tag {
    UPOS_NONE = 0, /* not tagged */
    UPOS_ADJ,
    UPOS_ADP,
    UPOS_ADV,
    UPOS_AUX,
    UPOS_CCONJ,
    UPOS_DET,
    UPOS_INTJ,
    UPOS_NOUN,
    UPOS_NUM,
    UPOS_PART,
    UPOS_PRON,
    UPOS_PROPN,
    UPOS_PUNCT,
    UPOS_SCONJ,
    UPOS_SYM,
    UPOS_VERB,
    UPOS_X,
    UPOS_COUNT
} upos_tag;

/* Named-entity types. token.ner is BIO over them: 0 = O, 2*type-1 = B-type, 2*type = I-type. */
typedef enum entity_type {
    ENT_NONE = 0,
    ENT_PER,
    ENT_ORG,
    ENT_LOC,
    ENT_MISC,
    ENT_COUNT
} entity_type;

#define NER_B(type)        ((uint8_t)(2 * (type)-1))
#define NER_I(type)        ((uint8_t)(2 * (type)))
#define NER_TYPE(code)     ((entity_type)(((code) + 1) / 2))
#define NER_IS_BEGIN(code) ((code) != 0 && ((code)&1))

/* A named-entity mention found by the tagger: tokens [tok_begin, tok_end), bytes [start, end). */
typedef struct entity {
    uint32_t tok_begin, tok_end;
    uint32_t start, end;
    uint32_t sentence;
    uint8_t type; /* entity_type */
} entity;

typedef enum boiler_kind {
    BOILER_NONE = 0,
    BOILER_RELATED_LINKS,
    BOILER_AUTHOR_BIO,
    BOILER_FOOTER,
    BOILER_NAVIGATION,
    BOILER_OTHER,
} boiler_kind;

typedef struct sentence {
    uint32_t start, end;         /* byte span in doc->text, trimmed of white space */
    uint32_t tok_begin, tok_end; /* token index range [tok_begin, tok_end) */
    uint8_t boiler;              /* boiler_kind: non-zero when the sentence is boilerplate */
} sentence;

typedef struct boiler_span {
    uint32_t start, end;
    boiler_kind kind;
} boiler_span;

typedef struct document {
    arena *arena; /* owns everything below */

    const char *input; /* the analyzed text as the client sent it (or as extracted from HTML) */
    size_t input_len;
    const char *text; /* NFC-normalized, NUL-terminated */
    size_t len;
    const uint32_t *to_input; /* len+1 entries mapping text bytes to input bytes; NULL = same */

    char lang[3];         /* "de" or "en" */
    bool lang_detected;   /* true when detected, false when the request named it */
    const char *title;    /* NULL when unknown */
    ref_source ref;       /* where the reference date came from */
    ck_datetime ref_date; /* valid when ref != REF_NONE */

    token *tokens;
    size_t ntokens;
    sentence *sentences;
    size_t nsentences;

    uint32_t body_start, body_end; /* the article span; the rest is boilerplate */
    uint32_t dateline_end; /* end of a dateline opening the article ("Berlin (dpa) -"), 0: none
                              (participants stage; its names take part in no event) */
    boiler_span *boiler;
    size_t nboiler;

    timex *timexes; /* temporal expressions in text order (time stage), boilerplate excluded */
    size_t ntimexes;
    entity *entities; /* in text order (tagger stage) */
    size_t nentities;

    participant *participants; /* sorted by salience (participants stage) */
    size_t nparticipants;

    event *events; /* the timeline in chronological order (timeline stage) */
    size_t nevents;
} document;

/* Sets every field to empty and ties the document to arena a. */
void document_init(document *doc, arena *a);

/* Maps a byte offset in doc->text to a byte offset in doc->input. */
static inline uint32_t document_input_offset(const document *doc, uint32_t off)
{
    return doc->to_input ? doc->to_input[off] : off;
}

const char *document_boiler_name(boiler_kind k);

/* "NOUN", "PROPN", ...; "" for UPOS_NONE or an out-of-range value. Static string. */
const char *document_upos_name(int pos);

/* The UPOS id of a tag name ("NOUN"), UPOS_NONE when unknown. */
int document_upos_from_name(const char *name);

/* "PER", "ORG", "LOC", "MISC"; "" otherwise. Static string. */
const char *document_entity_name(int type);

/* "O", "B-PER", "I-LOC", ... for a token.ner code. Static string. */
const char *document_ner_name(int code);

#endif
