/* participants_res.h — one language's demonyms and role words, for the participants stage. */
#ifndef CHRONIK_PARTICIPANTS_RES_H
#define CHRONIK_PARTICIPANTS_RES_H

#include <stdbool.h>
#include <stddef.h>

#include "models/error.h"

/* Loaded lists of one language; read-only after participants_res_load, shared by threads. */
typedef struct participants_res participants_res;

/* How a demonym entry matches a word (resources/<lang>/demonyms.tsv). */
typedef enum demonym_kind {
    DEMONYM_NONE = 0,
    DEMONYM_ADJ,    /* adjective stem + one of the file's adj endings: "russisch" + "en" */
    DEMONYM_NOUN,   /* people noun + one of the noun endings: "Russe" + "n", "Amerikaner" */
    DEMONYM_PREFIX, /* first part of a hyphen compound: "US" in "US-Streitkräfte" */
} demonym_kind;

/* How a role entry matches (resources/<lang>/roles.txt). */
typedef enum role_mode {
    ROLE_NONE = 0,
    ROLE_EXACT, /* the whole phrase (its last word may take one of the file's endings) */
    ROLE_HEAD,  /* the end of one word: "minister" in "Verteidigungsministers" */
    ROLE_PRE,   /* a word before a role that the role keeps, in a canonical form ("former") */
} role_mode;

/* A role found at the start of a text. */
typedef struct role_match {
    role_mode mode;
    size_t len;            /* bytes of the text matched (whole words) */
    size_t base_len;       /* bytes of it without the inflection ending ("Ministers" → 8) */
    const char *canonical; /* the entry's canonical form ("Gen." → "General"), borrowed; NULL
                              when the text's own base form is the role */
} role_match;

/* Loads lang_dir/demonyms.tsv, lang_dir/roles.txt, lang_dir/names.txt and, when present, the
 * given names of lang_dir/../given-names.txt, the public persons of lang_dir/../people.txt and
 * the organizations of lang_dir/../organizations.txt (formats in their header comments; the
 * organizations join the names.txt "org" lookup, except a form names.txt has in any kind, and a
 * form marked for one language, "de:Continental", only when lang_dir's last part is that
 * language). Returns an owned handle, or NULL with err filled
 * (CK_E_RESOURCE, "file:line: reason"; duplicates, unknown kinds and malformed codes are refused).
 */
participants_res *participants_res_load(const char *lang_dir, ck_error *err);

/* Frees r; participants_res_free(NULL) is harmless. */
void participants_res_free(participants_res *r);

/* The ISO 3166-1 alpha-2 code (borrowed) that the word word[0..n) refers to as a demonym or
 * country adjective, or NULL. Case and diacritics are ignored. *kind (may be NULL) receives how
 * it matched; *span (may be NULL) the bytes of word that name the country (n, or the prefix
 * before the hyphen for DEMONYM_PREFIX). Adjective and noun forms are tried before prefixes. */
const char *participants_res_demonym(const participants_res *r, const char *word, size_t n,
                                     demonym_kind *kind, size_t *span);

/* Looks for the longest role phrase at the start of text[0..n) (words separated by white
 * space; trailing ",;:" of a word ignored). Returns 1 and fills *m, or 0 when none starts
 * there. */
int participants_res_role(const participants_res *r, const char *text, size_t n, role_match *m);

/* The ISO code (borrowed) that the role text role[0..n) implies by a roles.txt "country" line
 * ("Bundestagspräsidentin" → DE: a word of the role starts with the line's phrase), or NULL. */
const char *participants_res_role_country(const participants_res *r, const char *role, size_t n);

/* The canonical form (borrowed) of word[0..n) when it is a roles.txt "pre" word that qualifies
 * the role after it ("früheren" → "frühere", "former"), or NULL. */
const char *participants_res_role_pre(const participants_res *r, const char *word, size_t n);

/* What a names.txt entry is (resources/<lang>/names.txt). */
typedef enum name_kind {
    NAME_NONE = 0,
    NAME_ORG,       /* a known organization, with its country code or none */
    NAME_PLACE,     /* a city or region, with the code of the country it lies in */
    NAME_CONNECTOR, /* a lower-case word inside names ("of" in "Bank of England") */
    NAME_LINK,      /* a word that joins a role to its complement ("des", "of") */
    NAME_NONNAME,   /* a capitalized word that never is a name on its own */
    NAME_ORGHEAD,   /* a noun that makes an organization of the place after it ("Landgericht") */
    NAME_KEEP,      /* an ending a role's base form keeps ("in" of "Außenministerin") */
    NAME_FLAG,      /* a rule of the language that is on: "adjective-names" (a capitalized
                       adjective inside a sentence starts a name, as in German) */
    NAME_MISCHEAD,  /* a noun that makes a misc name of the name after it ("Hurricane") */
    NAME_NOUNMARK,  /* a word after which a noun is a common noun ("ein", "sein") */
    NAME_LEGALFORM, /* a company's legal form written after its name ("AG", "SE", "PLC") */
    NAME_PARTICLE,  /* lower-case words inside a person's name ("von der" in "Ursula von der
                       Leyen") */
    NAME_AS,        /* words after a name that give it the role after them ("as" in "elected
                       Olaf Scholz as chancellor", "zum" in "Merz zum Kanzler gewählt") */
    NAME_CLUBHEAD,  /* an orghead that heads a club's name ("Bayer", "VfL"): the club's place
                       alone stands for the club ("Leverkusen"), unlike a court's or police's */
    NAME_AIDE,      /* a noun for someone close to a person ("adviser", "Berater"): the one
                       name right before it is that person ("a Trump adviser") */
    NAME_MEMBER,    /* a member of a party after the place he stands for ("a West Virginia
                       Democrat"): not part of the place's name */
    NAME_GIVEN,     /* a given name ("Kylian", "Jude"): before a proper noun it makes a person
                       (names.txt "given" and the shared resources/given-names.txt) */
    NAME_MISC,      /* a known event, competition or other misc name ("Brexit", "Australian
                       Open", "Urbi et Orbi"): misc, never a person, place or organization */
    NAME_PEER,      /* a title of nobility ("Duke", "Herzogin"): "Duke of Sussex" is a person */
    NAME_MATCH,     /* a word of a sports result ("beat", "gegen"): a place right next to it, in
                       a sentence with a score ("4-2", "3:1"), is the club */
    NAME_NATION,    /* a part of a country with its own national teams ("England", "Wales"):
                       what a sports result names is the place (the team), no club */
    NAME_ORGTAIL,   /* a word that ends organizations' names ("Power", "Airlines", "Werke"): a
                       name the tagger calls a person and that ends in one is an organization */
    NAME_ORGKIND,   /* a noun for a kind of organization ("Modehersteller", "carmaker"; German
                       compounds by their end): the name right after it is an organization */
} name_kind;

/* The kind of the names.txt entry that text[0..n) is (folded like countries_fold): a kind up to
 * NAME_FLAG or NAME_MISC, or NAME_NONE. For NAME_ORG and NAME_PLACE *code (may be NULL) receives
 * the entry's alpha-2 code,
 * "" when it has none (borrowed). */
/* Whether text is a names.txt organization whose country is written "XX?": a name that
 * organizations of other countries have too ("Democratic Party"), of that country only when the
 * text names the country otherwise. */
bool participants_res_name_weak(const participants_res *r, const char *text, size_t n);

name_kind participants_res_name(const participants_res *r, const char *text, size_t n,
                                const char **code);

/* As participants_res_name; *base (may be NULL) receives the entry's base form when the line
 * gives one ("org<TAB>Weißen Hauses<TAB>US<TAB>Weißes Haus"), else NULL. Borrowed. */
name_kind participants_res_name_base(const participants_res *r, const char *text, size_t n,
                                     const char **code, const char **base);

/* Whether text[0..n) is a names.txt entry of that kind. */
int participants_res_name_is(const participants_res *r, name_kind kind, const char *text, size_t n);

/* Bytes at the end of word[0..n) that are a name inflection ending of names.txt ("s" in
 * "Pentagons", "'s" in "Russia's"), the longest that leaves at least two characters; 0 when
 * none. */
size_t participants_res_name_ending(const participants_res *r, const char *word, size_t n);

/* A quick filter: 0 when no country name, demonym, known organization or place can start with
 * word[0..n) (its first letters are compared, up to a hyphen); 1 when one may. */
int participants_res_may_name(const participants_res *r, const char *word, size_t n);

/* The most words of a names.txt phrase (0 when none is loaded). */
int participants_res_max_name_words(const participants_res *r);

/* The ISO code (borrowed) of the public person that resources/people.txt knows by the name
 * text[0..n) (case and diacritics ignored, a name ending such as the genitive "s" tried off):
 * a full name or variant ("Sergej Schoigu", "Sergei Shoigu"), or a name of two words or more
 * whose last word is the surname of exactly one person and whose first word is one of that
 * person's given names ("Lloyd J. Austin"). NULL when none. */
const char *participants_res_person(const participants_res *r, const char *text, size_t n);

/* The ISO code (borrowed) of the one person of people.txt with the surname word[0..n) (a
 * name's last word or a one-word variant: "Putin", "Xi"), or NULL; when two persons or more
 * share it ("Johnson", "Kim") NULL and *ambiguous (may be NULL) set. */
const char *participants_res_person_surname(const participants_res *r, const char *word, size_t n,
                                            bool *ambiguous);

/* Counts of loaded entries (for tests and start-up logs). */
size_t participants_res_person_count(const participants_res *r);
size_t participants_res_demonym_count(const participants_res *r);
size_t participants_res_role_count(const participants_res *r);

#endif
