/* golden.h — reads the hand-written gold articles of tests/golden/ (participants, events). */
#ifndef CHRONIK_GOLDEN_H
#define CHRONIK_GOLDEN_H

#include <stddef.h>
#include <stdint.h>

/* A half-open span in code points of the document text. */
typedef struct golden_span {
    uint32_t start, end;
} golden_span;

typedef struct golden_participant {
    char *name;   /* owned */
    char *type;   /* person, organization, location, misc; owned */
    char **roles; /* owned strings */
    size_t nroles;
    char *country; /* alpha-2 or NULL; owned */
    golden_span *mentions;
    char **mention_text; /* the "text" of each mention as written in the file; owned */
    size_t nmentions;
} golden_participant;

typedef struct golden_event {
    char *trigger; /* owned */
    golden_span span;
    char *date;          /* TIMEX3 value; owned */
    char **participants; /* participant names; owned */
    size_t nparticipants;
} golden_event;

typedef struct golden_doc {
    char *path;                      /* owned */
    char *language, *reference_date; /* owned; reference_date may be NULL */
    char *text;                      /* UTF-8, owned */
    size_t text_len;                 /* bytes */
    uint32_t *cp_byte;               /* byte offset of each code point, ncp + 1 entries; owned */
    uint32_t ncp;
    golden_participant *parts;
    size_t nparts;
    golden_event *events;
    size_t nevents;
    int has_events; /* the file has an "events" key */
    char **central; /* "central": names of the participants the article is about, in order */
    size_t ncentral;
} golden_doc;

/* Reads one gold file into doc (zeroed by the caller). Returns 0, or -1 with a message
 * ("path: reason") in err (capacity errcap). The file's structure is checked; the agreement of
 * spans and texts is golden_check's job. */
int golden_load(const char *path, golden_doc *doc, char *err, size_t errcap);

/* Sets doc->text (a copy of text[0..len), which must be valid UTF-8) and its code point index,
 * for documents that come from elsewhere (TimeML). Returns 0, -1 on bad UTF-8 or no memory. */
int golden_set_text(golden_doc *doc, const char *text, size_t len);

/* Frees what golden_load or golden_set_text allocated in doc and zeroes it. */
void golden_clear(golden_doc *doc);

/* Checks doc's consistency: every mention's text equals its span, spans lie inside the text and
 * do not overlap, types are known, names unique, event triggers equal their spans, event
 * participants and central names name participants of the doc (one to three central ones, no
 * repeats), dates look like TIMEX3 values. valid_country (may
 * be NULL) decides whether a code is known. Prints each problem as "path: ..." to stderr and
 * returns their count. */
int golden_check(const golden_doc *doc, int (*valid_country)(const char *code, void *ctx),
                 void *ctx);

/* The *.json files of dir, sorted, as malloc'd paths in a malloc'd array (*n entries); NULL with
 * *n = 0 when dir cannot be read. Free with golden_free_list. */
char **golden_list(const char *dir, size_t *n);
void golden_free_list(char **list, size_t n);

struct resources;
struct json_t;

/* Runs chronik's analysis (analyze_execute, as `chronik analyze` does) on doc's text with its
 * language and reference date, offsets in code points. Returns the parsed response (owned:
 * json_decref it), or NULL with a message in err. */
struct json_t *golden_analyze(const struct resources *res, const golden_doc *doc, char *err,
                              size_t errcap);

/* Reads the chronik response stored for doc in dir: dir/<basename of doc->path>. Returns the
 * parsed JSON (owned), or NULL with a message in err. */
struct json_t *golden_read_response(const char *dir, const golden_doc *doc, char *err,
                                    size_t errcap);

/* The byte span of a code point span of doc (clamped to the text). */
void golden_bytes(const golden_doc *doc, golden_span s, size_t *start, size_t *len);

#endif
