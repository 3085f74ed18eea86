/* participant.h — a real-world participant of the article: merged mentions, roles, country. */
#ifndef CHRONIK_PARTICIPANT_H
#define CHRONIK_PARTICIPANT_H

#include <stddef.h>
#include <stdint.h>

typedef enum participant_type {
    PART_PERSON = 0,
    PART_ORGANIZATION,
    PART_LOCATION,
    PART_MISC,
} participant_type;

/* One place in the text that refers to the participant (byte span in doc->text). */
typedef struct mention {
    uint32_t start, end;
    uint32_t sentence;
} mention;

/* Strings and arrays are owned by the document's arena. The participants stage fills
 * doc->participants sorted by salience (descending); the id of participant i is "p<i+1>". */
typedef struct participant {
    const char *name; /* the fullest form the text uses */
    uint8_t type;     /* participant_type */
    char country[3];  /* ISO 3166-1 alpha-2, "" when unknown */
    double salience;  /* 0..1 */
    const char **roles;
    size_t nroles;
    const char **aliases; /* the other forms the text uses */
    size_t naliases;
    mention *mentions; /* in text order */
    size_t nmentions;
} participant;

const char *participant_type_name(participant_type t);

#endif
