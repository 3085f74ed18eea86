/* time_int.h — internals of the time stage shared by time_rules.c, time_match.c, time_norm.c
 * and time.c: the loaded rule set, the refined token stream and the underspecified value. */
#ifndef CHRONIK_TIME_INT_H
#define CHRONIK_TIME_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/time.h"
#include "models/document.h"

#define TIME_MAX_ELEMS 24
#define TIME_MAX_CAPS  12
#define TIME_MAX_ALTS  64
#define TIME_NO_VAL    (-999999) /* an unset integer field of a time_val */

/* ---- the loaded rule set (time_rules.c) ---- */

/* Token classes a rule element can name (upper case in the rule files). */
typedef enum time_class {
    TC_NUM = 0,  /* digits */
    TC_ORD,      /* digits with an ordinal dot: "18." */
    TC_CARD,     /* digits or a number word ("84", "drei", "dreiundzwanzig", "twenty-three") */
    TC_DAY,      /* 1..31, digits or ordinal, at most two digits */
    TC_MONTHNUM, /* 1..12, digits or ordinal, at most two digits */
    TC_YEAR,     /* four digits 1000..2999 (an ordinal dot stays outside the span) */
    TC_YEAR2,    /* two digits */
    TC_HOUR,     /* 0..24, at most two digits */
    TC_MIN,      /* exactly two digits 00..59 */
    TC_WORD,     /* any word */
    TC_CAPWORD,  /* a word starting with an upper-case letter */
    TC_COUNT
} time_class;

typedef enum time_elem_kind { TE_LIT = 0, TE_LIST, TE_CLASS } time_elem_kind;

/* Look-around: zero-width conditions on the token before the match or after it. */
typedef enum time_look {
    LOOK_NONE = 0,
    LOOK_PREV,
    LOOK_NOT_PREV,
    LOOK_NEXT,
    LOOK_NOT_NEXT
} time_look;

typedef struct time_elem {
    uint8_t kind;   /* time_elem_kind */
    uint8_t cls;    /* time_class for TE_CLASS */
    uint8_t look;   /* time_look */
    bool optional;  /* "x?" */
    bool glued;     /* "+x": no white space before the token */
    bool capital;   /* "^x": the token starts with an upper-case letter */
    int8_t cap;     /* capture slot, -1 for none */
    uint16_t list;  /* list id for TE_LIST */
    uint16_t nalts; /* TE_LIT: alternatives */
    uint32_t *alts; /* TE_LIT: word ids */
} time_elem;

/* Keys of the assignments on the right-hand side of a rule. */
typedef enum time_key {
    TK_YEAR = 0,
    TK_YEAR2,
    TK_MONTH,
    TK_DAY,
    TK_HOUR,
    TK_MINUTE,
    TK_WEEK,
    TK_WEEKDAY,
    TK_QUARTER,
    TK_HALF,
    TK_SEASON,
    TK_DECADE,
    TK_CENTURY,
    TK_CENTURYORD,
    TK_TOD,
    TK_AMPM,
    TK_OFF,
    TK_DUR,
    TK_DIR,
    TK_REF,
    TK_MOD,
    TK_QUANT,
    TK_FREQ,
    TK_GRAN,
    TK_ANCHOR,
    TK_VALUE,
    TK_OUTSIDE,
    TK_MD,
    TK_BC,
    TK_EASTER,
    TK_TZ,
    TK_NOWREF,
    TK_YEARHI,  /* a year in words: "nineteen" (19) of "nineteen ninety-six" */
    TK_YEARLO,  /* ... and "ninety-six" (96), added to it */
    TK_PLUS,    /* added to the duration's number: "2 1/2 years", "a minute and a half" */
    TK_NTHWD,   /* the nth weekday of a month, MWN: 1144 = the fourth Thursday of November */
    TK_FRAC,    /* decimal digits added to the duration's number: "1,5 Stunden", "2.5 years" */
    TK_FREQN,   /* a count of repetitions: "three times a week" freq 3X, a vague one XX */
    TK_MULT,    /* multiplies the duration's number: "three hundred years" P300Y */
    TK_WDCHECK, /* the weekday named with a date without a year: picks the year it fits */
    TK_NTH,     /* the N-th (9: last) of the weekday given with it in the month given: "the first
                   Monday in October" (weekday=w nth=o month=m) */
    TK_HHMM,    /* a four-digit clock time "1900" (before a zone: "1900 GMT"): hour and minute */
    TK_BCCENT,  /* the ordinal of a century before Christ: "3. Jahrhundert v. Chr." BC02 */
    TK_DURMIN,  /* minutes added to a duration in hours: "2:05 Stunden" (dur=h:H durmin=m) */
    /* the two-digit year set before it in the century after the captured year: "2022-23"
     * (year2=y yearafter=f) is 2023, "1998-02" 2002 */
    TK_YEARAFTER,
    TK_DURSEC, /* seconds after those minutes: "2:05:30 Stunden" PT2H5M30S (dursec=s) */
    /* so many of the next smaller unit added to a duration: "zwei Jahre und sechs Monate"
     * P2Y6M (dur=n:Y durpart=m; months of a year, hours of a day; weeks and days P23D) */
    TK_DURPART,
    TK_YEARPLAN, /* a year before a count noun, kept only if it looks like a target (time.c) */
    /* with dir=-1: the month just before the reference month is the year before's ("last
     * February" said in March; that month is "last month") */
    TK_JUSTPAST,
    TK_OWNLINE, /* the match counts only as all of its line: a live blog's bare "08:40" (time.c) */
    /* the match counts only when the number is the year after the one set before it (two
     * digits: its last two): "the 2022-23 season" (year=y yearnext=z), no range "1990-98" */
    TK_YEARNEXT,
    TK_PASTNIGHT, /* in a past sentence the night before the reference day ("rose overnight") */
    /* with off=W:n, tod=WE: the n-th weekend not yet begun, so on a weekday this week's counts
     * first ("am kommenden Wochenende" said on a Friday is the next day's) */
    TK_UPCOMING,
    /* a clock time of each of the days named before it, no date of its own: "jeweils 20 Uhr"
     * (T20:00, as after a set) */
    TK_UNDATED,
    TK_COUNT
} time_key;

/* One operand: a capture slot (with optional negation) or a literal string. */
typedef struct time_operand {
    int8_t cap; /* -1: literal */
    bool neg;
    const char *lit;
} time_operand;

typedef struct time_assign {
    uint8_t key;       /* time_key */
    time_operand a, b; /* b only for off=UNIT:N and dur=N:UNIT */
} time_assign;

/* TR_NONE: a blocker, matched like an expression but yielding none ("1450 bis 1850 Mark") */
typedef enum time_rule_kind { TR_EXPR = 0, TR_PREFIX, TR_NONE } time_rule_kind;

typedef struct time_rule {
    char *name;
    const char *file; /* for messages */
    int line;
    uint8_t kind;  /* time_rule_kind */
    uint8_t type;  /* timex_type (TR_EXPR) */
    uint8_t types; /* TR_PREFIX: bit set of the timex types it may join */
    uint8_t nelems, nassign, ncaps;
    int8_t req0;   /* the first required consuming element (-1: none), for a quick reject */
    int8_t req1;   /* the required consuming element right after it (-1: none) */
    uint8_t nopt0; /* optional consuming elements before it */
    bool recheck;  /* its value may refuse the match (yearnext=): tried while the longest match
                      is sought, so that a shorter rule can take the tokens ("1990-98") */
    time_elem elems[TIME_MAX_ELEMS];
    time_assign assign[16];
    char *capnames[TIME_MAX_CAPS];
} time_rule;

/* The quick reject of a rule (time_match.c try_rules) tests its first two required elements on
 * every candidate token; most candidates fail there (English "the" alone is tried with 50 rules).
 * These tests are copied out of the rule into a small record so that the reject reads one
 * compact array instead of the rule's 1.3 KB struct, and each test is a flag and bit check:
 * QT_CLASS, QT_LIST and QT_LIT do what elem_ok does for their elements, QT_NUMLIT (a literal
 * whose keys are all digits: "1100|1200|...") turns away most numbers with a Bloom bit of their
 * value before elem_ok, QT_ELEM (a literal mixing digit keys and words, a list id of 64 or more)
 * falls back to elem_ok on the rule's element. */
typedef enum time_qop { QT_ELEM = 0, QT_CLASS, QT_LIST, QT_LIT, QT_ANY, QT_NUMLIT } time_qop;

/* The Bloom bit of a number token's value with its count of digits, for QT_NUMLIT. */
static inline unsigned time_num_bit(double v, unsigned ndigits)
{
    return (unsigned)((((uint64_t)v + ((uint64_t)ndigits << 40)) * 0x9e3779b97f4a7c15ULL) >> 58);
}

typedef struct time_qtest {
    uint8_t op;           /* time_qop */
    uint8_t need;         /* token flags the element requires (TT_GLUED, TT_CAP) */
    uint16_t arg;         /* QT_CLASS: the time_class; QT_LIST: the list id (< 64); QT_LIT: nalts */
    const uint32_t *alts; /* QT_LIT: the literal's word ids, none of them a digit literal */
    uint64_t bloom;       /* QT_LIT: bit (hash & 63) set for each of them: most words fail on it
                             without the loop over the alternatives; QT_NUMLIT: the bit
                             time_num_bit of each digit key */
    /* QT_ANY, the test of the token after the first required element when optional elements
     * come before the next required one ("@det fiscal? year"): that token must fit one of
     * them, so it must be of a class in clsmask, in a list in lists (ids < 64) or one of the
     * arg words alts (with bloom as for QT_LIT); need holds the flags all of them require. */
    uint16_t clsmask;
    uint64_t lists;
} time_qtest;

typedef struct time_quick {
    int8_t req0, req1; /* as in time_rule */
    uint8_t nopt0;
    time_qtest t0, t1; /* tests of elems[req0] and elems[req1] (when >= 0; QT_ANY: req1 is
                          the first of the elements it unites) */
    uint32_t *own;     /* the alternatives of a QT_ANY t1, owned by the record */
} time_quick;

/* What the word after a rule's start must have for any of an index list's rules past its
 * nfree leading ones to pass the quick reject (their second element is a list or a word
 * literal): a list bit in common with `lists`, or the bit (hash & 63) of its hash set in
 * `words` (a one-word Bloom filter of the literals' words). Neither: only the first nfree rules
 * are tried ("5 million", "the company"). */
typedef struct time_next {
    uint64_t lists, words;
} time_next;

/* The quick reject groups an index list's rules by their quick records: rules whose records
 * ask the same (nopt0, the tests of t0 and t1, or no test at all) pass or fail it together, so
 * it is made once per group (many of the 50 rules English "the" starts ask the same of the
 * token after it). A group is the rules
 * ids[first .. first + n) of its index list (time_rules.c group_rules sorts each list so); its
 * first rule's record is the one tested. Rules whose test falls back to elem_ok (QT_ELEM, which
 * reads the rule's own element) stay groups of their own. */
typedef struct time_group {
    uint16_t first, n;
} time_group;

/* The groups of one index list; the first nfree of them hold its nfree leading rules (no group
 * straddles that partition). */
typedef struct time_groups {
    time_group *g;
    uint16_t n, nfree;
} time_groups;

/* A list membership: the word is in list `list` with value `value`. */
typedef struct time_member {
    uint16_t list;
    const char *value;
} time_member;

/* A dictionary word: every literal of the rules and every word of the lists. */
typedef struct time_word {
    char *key;
    uint32_t hash;
    uint32_t keylen;
    uint64_t listmask; /* bit l set when the word is in list l (lists 0..63) */
    uint16_t nmem;
    time_member *mem;
    uint16_t nrules[2]; /* [0] rules whose first consuming element can match this word; [1]
                           rules that can start one token before it ("@det? ...") */
    uint16_t *rules[2];
    bool has_num;          /* in the list "number" */
    double num;            /* its value; NAN-free: -1 stands for "X" (vague: "mehrere") */
    uint16_t nfree[2];     /* the first nfree[k] of rules[k] are those that can match when the
                              token after the start has no dictionary word (partition_free) */
    time_next next[2];     /* what that word needs for the rest of rules[k] */
    time_groups groups[2]; /* rules[k] in quick-reject groups */
    /* for the class lists of position k (num_rules[k], card_rules[k], word_rules[k], in this
     * order): bit j set when the word can pass the next-word test of that list's non-free
     * group j (time_rules.c class_next), so that after a number only the groups whose second
     * element may take the word that follows are tried ("5 percent": none) */
    uint64_t clsnext[2][3];
    uint8_t lists; /* bit k set when rules[k] is not empty (ttok.lists) */
} time_word;

struct time_rules {
    char lang[3];
    time_word *words;
    uint32_t nwords, capw;
    uint32_t *table; /* open addressing: word index + 1, 0 = empty */
    uint32_t tabsize;
    char **lists; /* list names */
    uint16_t nlists;
    time_rule *rules;
    time_quick *quick; /* per rule, for the quick reject */
    uint16_t nrules;
    /* rules that start on a token class, [0] at it, [1] one token before it */
    uint16_t *num_rules[2]; /* digits (NUM, ORD, DAY, YEAR, ...) */
    uint16_t nnum_rules[2];
    uint16_t *card_rules[2]; /* CARD: digits or a number word */
    uint16_t ncard_rules[2];
    uint16_t *word_rules[2]; /* any word */
    uint16_t nword_rules[2];
    uint16_t nnum_free[2], ncard_free[2], nword_free[2];       /* as time_word's nfree */
    time_next num_next[2], card_next[2], word_next[2];         /* as time_word's next */
    time_groups num_groups[2], card_groups[2], word_groups[2]; /* as time_word's groups */
    uint8_t flag_lists[64]; /* per token flags (the low six bits), the ttok.lists bits of the
                               class lists those flags make best_at try */
    bool clsnext_ok[2][3];  /* the words' clsnext masks are there (at most 64 non-free groups) */
    int list_number, list_future, list_past, list_numjoin; /* well-known lists, -1 if absent */
    int list_past_not;    /* words with a past ending that are no past ("succeed", "hundred") */
    int list_report;      /* verbs of the report ("said"): their tense is not the event's */
    int list_future_base; /* plural presents of announced events ("meet"), future unless a past
                             auxiliary precedes */
    int list_future_wd;   /* presents that put a bare weekday ahead, no month ("reopens") */
    int list_future_adj;  /* "likely": future right before the date's preposition */
    int list_future_v2;   /* presents that are also participles ("empfangen"): ahead as the finite
                             verb right after an opening weekday ("Am Samstag empfangen die ...") */
    int list_defer;     /* verbs that move a date forward ("postponed"): with list_until, future */
    int list_until;     /* before a date, the end of an interval ("until", "by"): no past cue */
    int list_perfect;   /* the past perfect's auxiliary ("had"): "had been due to" is past */
    int list_future_to; /* future before an infinitive particle in a verb group ("is to") */
    int list_unit_adj; /* "wöchigen": a number word glued before it is split off ("einwöchigen") */
    int list_span_bound; /* "seit": the date after it bounds a span, it dates no narrative event */
    int list_subclause;  /* subordinators that open a verb-final clause ("dass", "ob"): the verbs
                            after a date in it are its tense, not the main clause's before it */
    int list_attr;       /* "angekündigte past": a past participle after a date */
    int list_unit_adj_y; /* "jährigen": split off the same way, for rules of their own (ages) */
    int list_numsplit;   /* "four" of "twenty four": joins the tens word before it */
    int list_yearblock_next; /* count nouns: four digits before them are no year */
    /* sport_context.list: words of a match report ("scored", "Tor"): in their sentence a half
     * without a year is the match's ("in the first half"), no half of the year */
    int list_sport_context;
    /* month_near.list: a month without year or tense takes the year nearest the bare month
     * before it in its sentence (English; absent: the nearer one to the reference date); its
     * words end a range, after them the first such month after it ("from June to March") */
    int list_month_near;
    /* time_range_end.list: after these words a clock time without a date that is earlier than
     * the clock time right before it ends a range on the day after ("from 10 p.m. to 5 a.m.";
     * English; absent: the same day) */
    int list_time_range_end;
    int list_range_end;      /* "bis": a date after it ends a range begun by a date before it in the
                                sentence, so it is not earlier than that one (range_end.list) */
    int list_weekday_anchor; /* "vor", "after": a weekday before or after the day that follows */
    int list_which;          /* "which", "that": a relative clause's verb decides its dates */
    int list_zero_past;      /* past forms equal to the base ("hit", "set"): past after "which" */
    struct {
        const char *s;
        size_t n;
    } past_suffix[8]; /* word endings of the past tense ("ed"), from tense_past_suffix.list */
    int npast_suffix;
    bool keep_de, keep_ce; /* unit_keep.list: "zwei Jahrzehnte" P2DE, not P20Y */
    /* unit_undated_past.list: "d", "w", "m": in a past sentence an offset in days, weeks, months
     * after no date stays unresolved ("Drei Wochen danach wurde er verhaftet") */
    bool undated_d, undated_w, undated_m;
    /* year_narrative.list "next": a month or day without a year, told in the past, also takes
     * the written year of a month named in the sentence before (German; see time_norm.c);
     * "season": a season not yet begun under a finite past verb group before it is last
     * year's ("Sein Buch erschien im Herbst" in May; English keeps "rose ... in the early
     * summer" this year's, as TBAQ has it); "clock": a clock time told in the past in the
     * sentence after a named day is that day's */
    bool narr_next, narr_season, narr_clock;
    uint8_t numsuffix[8192]; /* bit set over a hash of the last 3 bytes of number words */
    char **strings;          /* every string the loader made, freed with the rules */
    size_t nstrings, capstrings;
};

/* Lower-cases the UTF-8 bytes s[0..n) into buf (cap bytes); returns the length, or 0 when the
 * result does not fit. */
size_t time_lower(const char *s, size_t n, char *buf, size_t cap);

/* The dictionary word with the lower-case key k[0..n), or NULL. Borrowed. */
const time_word *time_lookup(const time_rules *r, const char *k, size_t n);

/* time_lower of s[0..n) into buf (cap bytes; *len receives the length, 0 when it does not fit)
 * and time_lookup of the result: the dictionary word or NULL. */
const time_word *time_lookup_lower(const time_rules *r, const char *s, size_t n, char *buf,
                                   size_t cap, size_t *len);

/* The dictionary word with the lower-case key k[0..n) (n > 0) whose time_fnv is h, or NULL:
 * time_lookup for a caller that hashed the key while it made it. */
const time_word *time_probe(const time_rules *r, const char *k, size_t n, uint32_t h);

/* Whether word w is in list id; *value receives its value. */
bool time_in_list(const time_word *w, int list, const char **value);

/* FNV-1a: the dictionary's hash of a lower-cased key (time_rules.c, time_lookup_lower and the
 * letters-only path of time_match.c refine_token compute it byte by byte with these constants)
 * and the number words' suffix filter (time_rules.numsuffix). */
#define TIME_FNV_OFFSET 2166136261u
#define TIME_FNV_PRIME  16777619u

static inline uint32_t time_fnv(const char *s, size_t n)
{
    uint32_t h = TIME_FNV_OFFSET;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * TIME_FNV_PRIME;
    return h;
}

/* time_compound_number past its first tests (below). */
double time_compound_number_at(const time_rules *r, const char *k, size_t n);

/* The value of a number word that is a compound of number-list words ("dreiundzwanzig",
 * "twenty-three", "zweihundert"), or -2 when k is none. Inline, the tests that turn away
 * nearly every word (it is asked for every word outside the dictionary): too short, or its last
 * three bytes end no number word. */
static inline double time_compound_number(const time_rules *r, const char *k, size_t n)
{
    if (r->list_number < 0 || n < 5) return -2;
    uint32_t h = time_fnv(k + n - 3, 3) & 0xffff;
    if (!(r->numsuffix[h >> 3] & (1u << (h & 7)))) return -2;
    return time_compound_number_at(r, k, n);
}

/* ---- refined tokens (time_match.c) ---- */

#define TT_NUM   0x01 /* digits */
#define TT_ORD   0x02 /* digits with an ordinal dot inside the span */
#define TT_WORD  0x04
#define TT_PUNCT 0x08
#define TT_GLUED 0x10 /* no white space before */
#define TT_HASN  0x20 /* num is valid (digits or number word) */
#define TT_CAP   0x40 /* starts with an upper-case letter */

typedef struct ttok {
    uint32_t start, end;
    uint32_t sentence;
    uint32_t span;      /* matching unit: the sentence, but a break right after a dotted word
                           the dictionary knows ("260 v. | Chr.") does not end it */
    const time_word *w; /* dictionary word, or NULL */
    double num;
    uint8_t flags;
    uint8_t ndigits;
    uint8_t pos;   /* the universal POS tag of the document token it comes from (0 untagged) */
    uint16_t cls;  /* bit c set when the token is of time_class c (set last in time_refine; fits
                      the struct's padding, so a token stays 40 bytes) */
    uint8_t lists; /* bit k set when one of the index lists that best_at tries for position k
                      (the word's rules[k], the class lists) has rules: without bit 0 on the
                      token and bit 1 on the next one nothing can start there (also set last) */
} ttok;

/* Splits the document's tokens into the finer tokens the rules see (punctuation peeled, digit
 * runs and letters separated, dotted abbreviations kept when the dictionary knows them).
 * Returns an arena array of *n tokens, or NULL on out of memory. */
ttok *time_refine(const time_rules *r, const document *doc, size_t *n);

/* ---- matching and values ---- */

/* The underspecified value a rule builds; TIME_NO_VAL for unset integers. */
typedef struct time_val {
    uint8_t type;
    int year, month, day, hour, minute, week, weekday, quarter, half, decade, century;
    char season[3], tod[3];
    bool has_off;
    char off_unit[4];
    double off_n;
    bool has_dur, dur_x;
    bool dur_split; /* "and a half": written P2Y6M, not P2.5Y (TimeBank) */
    int dur_min;    /* minutes after a duration in hours ("2:05 Stunden": PT2H5M), 0 none */
    int dur_sec;    /* seconds after them ("2:05:30 Stunden": PT2H5M30S), 0 none */
    char dur_unit[4];
    double dur_n;
    int dir; /* weekday/month direction: -1 past, +1 future, 0 from tense */
    bool pm, am;
    bool anchor_prev; /* relative to the previous date, not the reference date */
    /* anchor=prevref: as anchor=prev, but with no date before, a year offset counts from the
     * reference date ("im Jahr davor" alone; "23 Jahre später" stays unresolved) */
    bool anchor_prevref;
    bool anchor_narr; /* "Ende des Jahres" after "1991" in a past text: that year (anchor=narr) */
    bool anchor_last; /* "a year earlier": the last date mentioned, a year (the offset) before,
                         at that mention's granularity (quarter, month, day) */
    bool anchor_day;  /* a time of day without a date takes the day named in its sentence or
                         the sentence before (anchor=day: "Dealers sold Friday. In the morning
                         ..."), not only in its sentence */
    int bc_year;      /* a year before Christ (0: none) */
    int bc_century;   /* an ordinal century before Christ ("3. Jahrhundert v. Chr.": 3; 0 none) */
    const char *tz;   /* a time zone offset ("-05:00", "Z") to append to a time of day */
    uint8_t nowref;   /* 1: without a reference date this is PRESENT_REF ("heute", "today");
                         2: also right after a past year or reference ("1945 ... heute") */
    bool has_easter;  /* a movable feast: easter_off days from Easter Sunday */
    int easter_off;
    int wd_check;    /* the weekday named with the date (1 Monday); 0: none */
    bool just_past;  /* justpast=1 (TK_JUSTPAST) */
    bool past_night; /* pastnight=1 (TK_PASTNIGHT) */
    bool undated;    /* undated=1 (TK_UNDATED) */
    bool feast;    /* a holiday's day (md=, nthwd=): its year is chosen by the day (time_norm.c) */
    bool upcoming; /* upcoming=1 (TK_UPCOMING) */
    int nth_wd, nth_n; /* the nth_n-th (9: last) weekday nth_wd of the month; 0: none */
    bool outside;      /* PREFIX: sets its mod but stays outside the span ("about" in English) */
    const char *ref;   /* PRESENT_REF, PAST_REF, FUTURE_REF */
    const char *mod, *quant, *freq, *gran, *value;
    int freq_n; /* freqn: the count written as freq "3X" (-1: vague, "XX"; 0: none) */
} time_val;

/* Sets every field of v to unset (TIME_NO_VAL, empty strings, no offset or duration). */
void time_val_init(time_val *v);

/* A match: token range [tb, te), byte span and the value. */
typedef struct time_match {
    uint32_t tb, te;
    uint32_t start, end;
    uint32_t sentence;
    const time_rule *rule;
    time_val v;
} time_match;

/* Finds every expression in toks[0..n) (longest match first, left to right, prefixes such as
 * "etwa" or "the" joined to the expression after them). Returns an arena array of *nm matches
 * in text order, or NULL on out of memory (*nm = 0 and a non-NULL pointer when none). */
time_match *time_find(const time_rules *r, const ttok *toks, size_t n, arena *a, size_t *nm);

/* ---- calendar (time_norm.c) ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (any month/day overflow is normalized). */
int64_t time_days_from_civil(int y, int m, int d);
/* The date of a day number. */
void time_civil_from_days(int64_t z, int *y, int *m, int *d);
/* ISO weekday 1 (Monday) .. 7 (Sunday). */
int time_weekday(int y, int m, int d);
/* ISO 8601 week of a date: *iso_year may differ from y around the new year. */
int time_iso_week(int y, int m, int d, int *iso_year);
/* Days in a month (leap years counted). */
int time_month_days(int y, int m);
/* Easter Sunday of year y (Gregorian), as a day number. */
int64_t time_easter(int y);
/* Adds n months to y-m (day clamped to the month's end when d is given, else ignored). */
void time_add_months(int *y, int *m, int *d, int n);

/* The anchoring context while walking a document's expressions in order. */
typedef struct time_anchor {
    bool has_ref; /* a reference date is known (news) */
    ck_datetime ref;
    bool has_prev;              /* a fully specified date was seen before */
    int prev_y, prev_m, prev_d; /* prev_m/prev_d 0 when the previous date had year granularity */
    uint32_t prev_sentence;     /* sentence of the previous date */
    uint32_t sentence;          /* sentence of the expression being resolved */
    bool prev_has_day;          /* the previous date names a day */
    bool prev_narrative;        /* the previous date wrote its year, or took it so (below) */
    int32_t prev_index;         /* the timex that set the previous date, -1 none */
    bool updated;               /* set by time_resolve when it moved the previous date */
    int tense;                  /* of the current sentence: -1 past, +1 future, 0 unknown */
    bool
        finite_past; /* the governing verb group is finite past (clause_tense): the event is over */
    bool span_begun; /* "seit", "since" right before (an article and) the expression */
    bool clause_future; /* the governing verb group itself is future (clause_tense) */
    /* the last DATE with a year mentioned, at any granularity (for anchor=last) */
    bool has_last;
    int last_y, last_m, last_d, last_q; /* TIME_NO_VAL when not named */
    uint32_t last_sentence;             /* its sentence */
    bool last_written;                  /* its year was written ("1991", "im März 1992") */
    /* the last DATE with a quarter ("the third quarter"), for gran=quarter anchor=last rules
     * ("the year-ago period" after "last year" still means that quarter a year before) */
    bool has_lastq;
    int lastq_y, lastq_q;
    /* the last DATE or TIME lay in a year before the reference year or was PAST_REF or
     * PRESENT_REF: a "heute" after it contrasts with that past (nowref=2) */
    bool last_past;
    /* the expression follows a set in its sentence ("wochentags von 14 bis 18 Uhr"): a clock
     * time without a date of its own is a time of any such day ("T14:00"), no date's */
    bool after_set;
    bool own_line; /* the expression is all of its line (a live blog entry's "12:45 p.m.") */
    /* an adjective follows the expression ("das 1990 gegründete Unternehmen" dates a thing) or
     * "seit", "ab", "bis" precede it (a span): no narrative, so its year anchors no "Vorjahr"
     * (anchor=narr) and no later month */
    bool attributive;
    bool keep_de, keep_ce;                /* the language's unit_keep list (time_rules) */
    bool undated_d, undated_w, undated_m; /* the language's unit_undated_past list (time_rules) */
    bool narr_next, narr_season, narr_clock; /* the language's year_narrative list (time_rules) */
    /* a finite past verb right after the expression governs it ("Im Sommer war es heiß") */
    bool past_after;
    /* a month without year or tense in the sentence of a month named before it that took its
     * year from the reference date: that month (year * 12 + month; 0 none); the later
     * one's year is the one nearest it, or the first after it when near_after ("from June to
     * March") */
    int near_ym;
    bool near_after;
} time_anchor;

/* Resolves v against the anchor and writes the TIMEX3 fields into *out (value, granularity,
 * resolution, mod, quant, freq; strings in arena a). Returns 0 or -1 on out of memory. Updates
 * the anchor's previous date when the result is a fully specified date. */
int time_resolve(const time_val *v, time_anchor *an, arena *a, timex *out);

#endif
