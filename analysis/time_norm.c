/* time_norm.c — calendar arithmetic and the second pass: an underspecified value (year left
 * open, a relative offset, a weekday) is anchored on the reference date (news) or on the last
 * fully specified date before it (narrative) and written as a TIMEX3 value.
 *
 * Dates are proleptic Gregorian, time-zone free; day numbers count from 1970-01-01 (Howard
 * Hinnant's civil-date algorithms, exact for every year). ISO weeks: the week with the year's
 * first Thursday is week 1, so 2021-01-03 is 2020-W53 and 2024-12-30 is 2025-W01. Month
 * arithmetic clamps the day to the target month's end (2022-01-31 + 1 month = 2022-02-28).
 * Invariant: a value never guesses — what no anchor fixes stays X. */
#include <stdio.h>
#include <string.h>

#include "analysis/time_int.h"

int64_t time_days_from_civil(int y, int m, int d)
{
    /* normalize the month first so that m may be out of 1..12 */
    y += (m - 1) >= 0 ? (m - 1) / 12 : -((12 - m) / 12);
    m = ((m - 1) % 12 + 12) % 12 + 1;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void time_civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int time_weekday(int y, int m, int d)
{
    int64_t z = time_days_from_civil(y, m, d); /* 1970-01-01 was a Thursday (4) */
    int w = (int)(((z % 7) + 7 + 3) % 7);      /* 0 = Monday */
    return w + 1;
}

int time_iso_week(int y, int m, int d, int *iso_year)
{
    int64_t z = time_days_from_civil(y, m, d);
    int64_t thursday = z - (time_weekday(y, m, d) - 1) + 3;
    int ty, tm, td;
    time_civil_from_days(thursday, &ty, &tm, &td);
    int64_t jan1 = time_days_from_civil(ty, 1, 1);
    if (iso_year) *iso_year = ty;
    return (int)((thursday - jan1) / 7) + 1;
}

int time_month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[(m - 1) % 12];
}

void time_add_months(int *y, int *m, int *d, int n)
{
    int t = *y * 12 + (*m - 1) + n;
    *y = t >= 0 ? t / 12 : -((11 - t) / 12);
    *m = t - *y * 12 + 1;
    if (d && *d > time_month_days(*y, *m)) *d = time_month_days(*y, *m);
}

int64_t time_easter(int y)
{
    /* the anonymous Gregorian computus (Meeus/Jones/Butcher) */
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return time_days_from_civil(y, month, day);
}

/* ---- formatting ---- */

static void fmt_num(char *buf, size_t cap, double n)
{
    if (n < 0)
        snprintf(buf, cap, "X");
    else if (n < 1e15 && n == (double)(long long)n)
        snprintf(buf, cap, "%lld", (long long)n);
    else
        snprintf(buf, cap, "%g", n);
}

static bool time_unit(const char *u)
{
    return strcmp(u, "H") == 0 || strcmp(u, "MIN") == 0 || strcmp(u, "S") == 0;
}

/* P84D, PT1H, P1.5Y, PT30M ("half an hour"), PXW. */
static void fmt_duration(char *buf, size_t cap, double n, const char *unit, bool split,
                         const time_anchor *an)
{
    static const struct {
        const char *u, *smaller;
        double factor;
    } down[] = {{"H", "MIN", 60}, {"D", "H", 24},   {"W", "D", 7},   {"Y", "M", 12},
                {"M", "D", 30},   {"MIN", "S", 60}, {"DE", "Y", 10}, {"CE", "Y", 100},
                {"Q", "M", 3},    {"ML", "Y", 1000}};
    if (n > 0 && n < 1)
        for (size_t i = 0; i < sizeof down / sizeof *down; i++)
            if (strcmp(down[i].u, unit) == 0) {
                n *= down[i].factor;
                unit = down[i].smaller;
                break;
            }
    /* "2 1/2 years": P2Y6M, "5 1/2 hours": PT5H30M */
    if (split && n > 1 && n < 1e6 && n != (double)(long long)n)
        for (size_t i = 0; i < sizeof down / sizeof *down; i++)
            if (strcmp(down[i].u, unit) == 0 && strcmp(unit, "DE") && strcmp(unit, "CE") &&
                strcmp(unit, "ML")) {
                double whole = (double)(long long)n, part = (n - whole) * down[i].factor;
                double near = (double)(long long)(part + 0.5); /* 2 + 1/12 years: one month */
                if (part - near > 1e-6 || near - part > 1e-6) break;
                part = near;
                const char *su = strcmp(down[i].smaller, "MIN") == 0 ? "M" : down[i].smaller;
                const char *wu = strcmp(unit, "MIN") == 0 ? "M" : unit;
                bool t = time_unit(unit), ts = time_unit(down[i].smaller);
                snprintf(buf, cap, "P%s%lld%s%s%lld%s", t ? "T" : "", (long long)whole, wu,
                         ts && !t ? "T" : "", (long long)part, su);
                return;
            }
    if (n > 0 && strcmp(unit, "DE") == 0 && !an->keep_de) n *= 10, unit = "Y";
    if (n > 0 && strcmp(unit, "CE") == 0 && !an->keep_ce) n *= 100, unit = "Y";
    char num[32];
    fmt_num(num, sizeof num, n);
    const char *u = strcmp(unit, "MIN") == 0 ? "M" : unit;
    snprintf(buf, cap, "P%s%s%s", time_unit(unit) ? "T" : "", num, u);
}

static const char *dup(arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

/* The granularity name of a TIMEX3 unit ("W" -> "week"). */
static const char *unit_name(const char *u)
{
    static const char *const names[][2] = {{"Y", "year"},     {"Q", "quarter"},    {"M", "month"},
                                           {"W", "week"},     {"D", "day"},        {"H", "hour"},
                                           {"MIN", "minute"}, {"S", "second"},     {"DE", "decade"},
                                           {"CE", "century"}, {"ML", "millennium"}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(names[i][0], u) == 0) return names[i][1];
    return "unspecified";
}

/* ---- resolution ---- */

typedef struct date_parts {
    int y, m, d; /* TIME_NO_VAL when unknown */
    int week, quarter, half, decade, century;
    char season[3];
    const char *gran;
} date_parts;

static void set_ymd_days(date_parts *p, int64_t z)
{
    time_civil_from_days(z, &p->y, &p->m, &p->d);
}

/* The day of the month of v's nth_n-th (9: last) weekday nth_wd in y-m, counted from day from
 * (md= with nthwd=: "Black Friday" from the 23rd; TIME_NO_VAL: the 1st); 0 when it does not
 * exist. */
static int nth_weekday(const time_val *v, int y, int m, int from)
{
    int last = time_month_days(y, m);
    if (from == TIME_NO_VAL || from > 28) from = 1;
    int first = (v->nth_wd - time_weekday(y, m, from) + 7) % 7 + from;
    int d = v->nth_n == 9 ? first + (last - first) / 7 * 7 : first + 7 * (v->nth_n - 1);
    return d <= last ? d : 0;
}

/* The first and the last day of what a holiday on day number f names: the day, with gran=week
 * its ISO week ("Easter week"), with tod=WE too the weekend of that week (of a Monday holiday
 * the one before it: "Labor Day weekend"). */
static int64_t feast_first(const time_val *v, int64_t f)
{
    if (!v->gran || strcmp(v->gran, "week") != 0) return f;
    int y, m, d;
    time_civil_from_days(f, &y, &m, &d);
    int wd = time_weekday(y, m, d);
    if (strcmp(v->tod, "WE") == 0) return wd == 1 ? f - 2 : f - wd + 6;
    return f - wd + 1;
}

static int64_t feast_last(const time_val *v, int64_t f)
{
    if (!v->gran || strcmp(v->gran, "week") != 0) return f;
    int y, m, d;
    time_civil_from_days(f, &y, &m, &d);
    int wd = time_weekday(y, m, d);
    return strcmp(v->tod, "WE") == 0 && wd == 1 ? f - 1 : f - wd + 7;
}

/* Days from the anchor's weekday cur to weekday wd: forward with dir > 0 (or after a written
 * day of a past narrative), back with dir < 0 (|dir| - 1 weeks more: "am übernächsten Montag",
 * "am vorletzten Sonntag"), else by the tense (future: today or ahead; otherwise today or back). */
static int weekday_delta(int wd, int cur, int dir, bool narr_wd, int tense)
{
    int delta = wd - cur;
    if (dir > 0 || narr_wd) {
        if (delta <= 0) delta += 7;
        if (dir > 1) delta += 7 * (dir - 1);
    } else if (dir < 0) {
        if (delta >= 0) delta -= 7;
        if (dir < -1) delta -= 7 * (-dir - 1);
    } else if (tense > 0) {
        if (delta < 0) delta += 7;
    } else {
        if (delta > 0) delta -= 7;
    }
    return delta;
}

/* Whether the offset's unit is one of the language's unit_undated_past list (days, weeks, months)
 */
static bool undated_unit(const time_anchor *an, const time_val *v)
{
    const char *u = v->off_unit;
    return (an->undated_d && strcmp(u, "D") == 0) || (an->undated_w && strcmp(u, "W") == 0) ||
           (an->undated_m && strcmp(u, "M") == 0);
}

int time_resolve(const time_val *v, time_anchor *an, arena *a, timex *out)
{
    char buf[96];
    out->type = v->type;
    out->mod = v->mod;
    out->quant = v->quant;
    out->freq = v->freq;
    if (v->freq_n) {
        if (v->freq_n < 0)
            snprintf(buf, sizeof buf, "XX");
        else
            snprintf(buf, sizeof buf, "%dX", v->freq_n);
        if (!(out->freq = dup(a, buf))) return -1;
    }
    out->granularity = NULL;
    out->anchor = -1;
    out->resolution = TIMEX_EXPLICIT;

    if (v->value) {
        out->value = v->value;
        out->granularity = v->gran ? v->gran : "unspecified";
        return 0;
    }
    /* "heute" in a narrative without a reference date is the present, not a day; with
     * nowref=2 also right after a past year ("1945 war ... Heute ist ...": nowadays) */
    if (v->nowref && v->has_off && v->off_n == 0 && v->hour == TIME_NO_VAL && !v->tod[0] &&
        (!an->has_ref || (v->nowref == 2 && an->last_past))) {
        out->value = "PRESENT_REF";
        out->granularity = "unspecified";
        an->last_past = true;
        return 0;
    }
    if (v->bc_century > 0) { /* the 3rd century BC (300-201 BC) is BC02, as 1900s are 19 */
        snprintf(buf, sizeof buf, "BC%02d", v->bc_century - 1);
        out->granularity = "century";
        return (out->value = dup(a, buf)) ? 0 : -1;
    }
    if (v->bc_year > 0) {
        snprintf(buf, sizeof buf, "BC%04d", v->bc_year);
        out->granularity = "year";
        return (out->value = dup(a, buf)) ? 0 : -1;
    }
    if (v->ref) {
        out->value = v->ref;
        out->granularity = "unspecified";
        if (v->type == TIMEX_DATE) an->last_past = strcmp(v->ref, "FUTURE_REF") != 0;
        return 0;
    }
    if (v->type == TIMEX_DURATION && (v->dur_min > 0 || v->dur_sec > 0) && v->dur_n >= 0 &&
        v->dur_n < 1e6 && v->dur_n == (double)(long long)v->dur_n) { /* "2:05(:30) Stunden" */
        out->granularity = v->dur_sec > 0 ? "second" : "minute";
        int n = snprintf(buf, sizeof buf, "PT%lldH", (long long)v->dur_n);
        if (v->dur_min > 0) n += snprintf(buf + n, sizeof buf - n, "%dM", v->dur_min);
        if (v->dur_sec > 0) snprintf(buf + n, sizeof buf - n, "%dS", v->dur_sec);
        return (out->value = dup(a, buf)) ? 0 : -1;
    }
    if (v->type == TIMEX_DURATION || (v->type == TIMEX_SET && v->has_dur)) {
        out->granularity = unit_name(v->dur_unit[0] ? v->dur_unit : "D");
        fmt_duration(buf, sizeof buf, v->dur_x ? -1 : v->dur_n, v->dur_unit[0] ? v->dur_unit : "D",
                     v->dur_split, an);
        return (out->value = dup(a, buf)) ? 0 : -1;
    }
    if (v->type == TIMEX_SET) {
        out->granularity = v->weekday != TIME_NO_VAL ? "day"
                           : v->month != TIME_NO_VAL ? "month"
                           : v->season[0]            ? "season"
                           : v->tod[0]               ? "time-of-day"
                                                     : "day";
        if (v->weekday != TIME_NO_VAL)
            snprintf(buf, sizeof buf, "XXXX-WXX-%d%s%s", v->weekday, v->tod[0] ? "T" : "", v->tod);
        else if (v->month != TIME_NO_VAL)
            snprintf(buf, sizeof buf, "XXXX-%02d", v->month);
        else if (v->season[0]) /* "each summer" */
            snprintf(buf, sizeof buf, "XXXX-%s", v->season);
        else if (v->tod[0])
            snprintf(buf, sizeof buf, "TXX%s", v->tod);
        else
            snprintf(buf, sizeof buf, "P1D");
        if (v->tod[0] && v->weekday == TIME_NO_VAL && v->month == TIME_NO_VAL)
            snprintf(buf, sizeof buf, "XXXX-XX-XXT%s", v->tod);
        if (strcmp(v->tod, "WE") == 0 && v->weekday == TIME_NO_VAL) { /* "every weekend" */
            out->granularity = "week";
            snprintf(buf, sizeof buf, "XXXX-WXX-WE");
        }
        return (out->value = dup(a, buf)) ? 0 : -1;
    }

    /* DATE and TIME */
    date_parts p = {v->year, v->month,  v->day,     v->week, v->quarter,
                    v->half, v->decade, v->century, {0},     NULL};
    memcpy(p.season, v->season, 3);
    bool have_anchor = false;
    int ay = 0, am = 0, ad = 0;
    /* a month, a day of a month or a season without a year, told in the past in the sentence
     * of a month or day whose year is written and lies before the reference year, is in that
     * year: "Im Oktober 2008 verlor die Firma ihren Chef, im Dezember meldete sie Insolvenz an"
     * (KRAUTS train value +0.2). Not across sentences (TBAQ -0.2: a background year, then the
     * news' month) but where the language's year_narrative list says "next" (German: "Im
     * Februar 2020 kam das Virus. Im März wurde alles geschlossen."; KRAUTS train unchanged),
     * not in a present or future clause. After a bare year only a month ("1989 zog er nach
     * Berlin. Im Juli begann er dort zu arbeiten." 1989-07, was 2021-07; a season after one,
     * KRAUTS train -0.2; "der 1950 geborene Maler stellte im Juni aus" is attributive), and
     * not from the year before the reference year ("The 2021-22 season ended in May"). */
    uint32_t narr_last_sentence = an->prev_sentence + (an->narr_next ? 1 : 0);
    bool narrative = an->has_ref && !v->anchor_prev && an->has_prev && an->prev_narrative &&
                     an->prev_y < an->ref.year &&
                     (an->prev_m != 0 || (p.m != TIME_NO_VAL && an->prev_y + 1 < an->ref.year)) &&
                     an->sentence <= narr_last_sentence && an->tense < 0 && v->dir == 0 &&
                     !v->has_off && !v->has_easter && v->weekday == TIME_NO_VAL &&
                     p.y == TIME_NO_VAL && p.decade == TIME_NO_VAL && p.century == TIME_NO_VAL &&
                     (p.m != TIME_NO_VAL || p.season[0]) &&
                     (p.m == TIME_NO_VAL || p.m >= an->prev_m);
    /* a weekday told in the past in the sentence of an earlier written day is the next such
     * day after it: "Am 3. Mai 2010 kam er an, am Freitag begann er" (2010-05-07) */
    bool narr_wd = an->has_ref && !v->anchor_prev && an->has_prev && an->prev_narrative &&
                   an->prev_y < an->ref.year && an->prev_d != 0 &&
                   an->sentence == an->prev_sentence && an->tense < 0 && v->dir == 0 &&
                   !v->has_off && v->weekday != TIME_NO_VAL && p.d == TIME_NO_VAL &&
                   p.m == TIME_NO_VAL && p.y == TIME_NO_VAL;
    if (narr_wd) {
        narrative = true;
        out->resolution = TIMEX_PREVIOUS;
    }
    /* anchor=narr: "Ende des Jahres" (no "dieses"), told in the past in the sentence of a
     * written year before the reference year or in the one after, is that year's end: "Erst
     * 1991 wurde das Rathaus saniert. Ab Ende des Jahres tagte dort der Rat." An offset counts
     * from the written year (month) in any tense: "2019 kamen mehr Gäste als im Vorjahr" is
     * 2018, "im März 2019 ... als im Vorjahresmonat" 2018-03. */
    bool narr_y = v->anchor_narr && v->has_off && strcmp(v->off_unit, "Y") == 0;
    bool narr_m = v->anchor_narr && v->has_off && v->off_n != 0 && strcmp(v->off_unit, "M") == 0;
    /* (a month offset also from a month of its own sentence whose year was not written: "im
     * April ... unter dem Vorjahresmonat" is April a year before) */
    if (!narrative && (narr_y || narr_m) && an->has_ref && an->has_last &&
        (an->last_written || (narr_m && an->sentence == an->last_sentence)) &&
        an->sentence - an->last_sentence <= 1 &&
        (v->off_n != 0 || (an->last_y < an->ref.year && an->tense < 0)) &&
        (!narr_m || an->last_m != TIME_NO_VAL)) {
        have_anchor = narrative = true;
        ay = an->last_y, am = narr_m ? an->last_m : 1, ad = 1;
        out->resolution = TIMEX_PREVIOUS;
    } else if (narrative) {
        have_anchor = true;
        ay = an->prev_y, am = an->prev_m ? an->prev_m : 1, ad = an->prev_d ? an->prev_d : 1;
        out->resolution = TIMEX_PREVIOUS;
    } else if (an->has_ref && !v->anchor_prev) {
        have_anchor = true;
        ay = an->ref.year, am = an->ref.month, ad = an->ref.day;
    } else if (an->has_prev && (an->prev_d || an->has_ref ||
                                (v->weekday == TIME_NO_VAL && !(v->has_off && v->off_n == 0 &&
                                                                strcmp(v->off_unit, "W") == 0)))) {
        /* (with no reference date, a weekday or "the weekend" after a date of no day, "Im Mai
         * 2020 ... Am Montag", stays unresolved: the month's first day would pick a week of
         * April) */
        have_anchor = true;
        ay = an->prev_y, am = an->prev_m ? an->prev_m : 1, ad = an->prev_d ? an->prev_d : 1;
    } else if (an->has_ref &&
               !(v->anchor_prev && !v->anchor_prevref && v->has_off && v->off_n != 0 &&
                 (strcmp(v->off_unit, "Y") == 0 || strcmp(v->off_unit, "DE") == 0 ||
                  strcmp(v->off_unit, "CE") == 0 || (an->tense < 0 && undated_unit(an, v))))) {
        /* "23 Jahre später", "zwei Jahrzehnte später" with no date before: years after an
         * event the text has not dated, never after the reference date; in a past sentence
         * also days, weeks and months where the language lists them (unit_undated_past.list:
         * "Drei Wochen danach wurde er verhaftet" was three weeks after the reference date) */
        have_anchor = true;
        ay = an->ref.year, am = an->ref.month, ad = an->ref.day;
    }
    /* a time of day without a date belongs to the day named before it in the same sentence,
     * else to the reference date; with anchor=day (English rules) also to the day named in the
     * sentence before (TBAQ +2 values; for German -1.0 on KRAUTS train, whose event listings
     * put "14 Uhr" after "Am Samstag, 7. Dezember" on the reference day) */
    bool time_only = p.y == TIME_NO_VAL && p.m == TIME_NO_VAL && p.d == TIME_NO_VAL &&
                     !v->has_off && v->weekday == TIME_NO_VAL &&
                     (v->hour != TIME_NO_VAL || v->tod[0]);
    if (time_only && an->after_set && v->hour != TIME_NO_VAL && v->type == TIMEX_TIME) {
        int h = v->hour;
        if (v->pm && h < 12) h += 12;
        if (v->am && h == 12) h = 0;
        char tbuf[32];
        snprintf(tbuf, sizeof tbuf, "T%02d:%02d%s", h, v->minute == TIME_NO_VAL ? 0 : v->minute,
                 v->tz ? v->tz : "");
        out->granularity = v->gran ? v->gran : "minute";
        return (out->value = dup(a, tbuf)) ? 0 : -1;
    }
    if (time_only && an->has_prev && an->prev_has_day &&
        (an->sentence == an->prev_sentence ||
         (v->anchor_day && an->sentence == an->prev_sentence + 1 && !an->own_line))) {
        p.y = an->prev_y, p.m = an->prev_m, p.d = an->prev_d;
        out->resolution = TIMEX_PREVIOUS;
    } else if (time_only && an->narr_clock && an->has_prev && an->prev_has_day && an->tense < 0 &&
               an->sentence == an->prev_sentence + 1 && !an->own_line) {
        /* ... and, where the language's year_narrative list says "clock", a clock time told in
         * the past in the sentence after the day ("Am Sonntagnachmittag kam es zu einem Unfall.
         * Ein Meraner kam gegen 15.30 Uhr von der Fahrbahn ab."; listings, in the present, keep
         * the reference day) */
        p.y = an->prev_y, p.m = an->prev_m, p.d = an->prev_d;
        out->resolution = TIMEX_PREVIOUS;
    }
    timex_resolution via = an->has_ref && !narrative && !(v->anchor_prev && an->has_prev)
                               ? TIMEX_REFERENCE
                               : TIMEX_PREVIOUS;
    bool needs_anchor = p.y == TIME_NO_VAL && p.decade == TIME_NO_VAL && p.century == TIME_NO_VAL;
    int tense = v->dir ? v->dir : an->tense;

    /* "a year earlier" after "the third quarter": the same quarter a year before (TimeBank's
     * convention in earnings news); after a day, that day; after a bare year, the year */
    bool from_last = false;
    if (needs_anchor && have_anchor && v->anchor_last && v->has_off && an->has_last &&
        strcmp(v->off_unit, "Y") == 0 && an->last_y == ay && p.quarter == TIME_NO_VAL &&
        p.m == TIME_NO_VAL && (an->last_q != TIME_NO_VAL || an->last_m != TIME_NO_VAL)) {
        out->resolution = via;
        from_last = true;
        p.y = ay + (int)v->off_n;
        bool qtr = v->gran && strcmp(v->gran, "quarter") == 0;
        if (qtr && an->last_q == TIME_NO_VAL) {
            p.quarter = (an->last_m - 1) / 3 + 1;
        } else if (an->last_m != TIME_NO_VAL) {
            p.m = an->last_m;
            if (an->last_d != TIME_NO_VAL)
                p.d =
                    an->last_d > time_month_days(p.y, p.m) ? time_month_days(p.y, p.m) : an->last_d;
        } else {
            p.quarter = an->last_q;
        }
    } else if (needs_anchor && have_anchor && v->anchor_last && v->has_off && v->gran &&
               strcmp(v->gran, "quarter") == 0 && strcmp(v->off_unit, "Y") == 0 &&
               p.quarter == TIME_NO_VAL && p.m == TIME_NO_VAL && an->has_lastq) {
        /* the last date says no quarter of this year, but one was named before it */
        out->resolution = via;
        from_last = true;
        p.y = ay + (int)v->off_n;
        p.quarter = an->lastq_q;
    }
    /* "In 2019 he left. A year earlier, ...": a year offset from a written year other than
     * the anchor's and the one before it counts from that year (after "1988" in a 1989
     * article "the year-ago results" are 1988's, TimeBank) */
    if (needs_anchor && have_anchor && !from_last && v->anchor_last && v->has_off &&
        strcmp(v->off_unit, "Y") == 0 && an->has_last && an->last_written &&
        (an->last_y < ay - 1 || an->last_y > ay) && !v->gran) {
        out->resolution = TIMEX_PREVIOUS;
        from_last = true;
        p.y = an->last_y + (int)v->off_n;
    }
    /* "the 1988 period" after "the third quarter": that quarter of 1988 */
    if (!needs_anchor && v->anchor_last && !v->has_off && p.y != TIME_NO_VAL && an->has_last &&
        p.quarter == TIME_NO_VAL && p.m == TIME_NO_VAL) {
        if (an->last_q != TIME_NO_VAL)
            p.quarter = an->last_q;
        else if (an->last_m != TIME_NO_VAL)
            p.quarter = (an->last_m - 1) / 3 + 1;
        else if (an->has_lastq && v->gran && strcmp(v->gran, "quarter") == 0)
            p.quarter = an->lastq_q;
    }
    if (needs_anchor && have_anchor && !from_last) {
        out->resolution = via;
        if (v->has_off) {
            const char *u = v->off_unit;
            int n = (int)v->off_n;
            if (strcmp(u, "Y") == 0) {
                p.y = ay + n;
                /* a bare half not yet begun is last year's when the verb group governing it
                 * is past ("Profits rose in the second half" in May: 2021-H2) */
                if (n == 0 && via == TIMEX_REFERENCE && !narrative && p.half != TIME_NO_VAL &&
                    p.m == TIME_NO_VAL && an->tense < 0 && an->finite_past &&
                    (p.half - 1) * 6 + 1 > am)
                    p.y--;
                /* "the year-ago quarter" with no quarter named before: the anchor's quarter */
                if (v->gran && strcmp(v->gran, "quarter") == 0 && p.quarter == TIME_NO_VAL &&
                    p.m == TIME_NO_VAL)
                    p.quarter = (am - 1) / 3 + 1;
                if (!p.gran && p.m == TIME_NO_VAL && p.quarter == TIME_NO_VAL &&
                    p.half == TIME_NO_VAL && !p.season[0])
                    p.gran = "year";
                /* gran=day: that day n years on ("heute vor einem Jahr"), gran=week its ISO
                 * week ("25 years ago this week", below); gran=month: that month ("25 years
                 * ago this month") */
                if (v->gran && (strcmp(v->gran, "day") == 0 || strcmp(v->gran, "week") == 0) &&
                    p.m == TIME_NO_VAL) {
                    int y = ay, m = am, d = ad;
                    time_add_months(&y, &m, &d, 12 * n);
                    p.y = y, p.m = m, p.d = d, p.gran = NULL;
                } else if (v->gran && strcmp(v->gran, "month") == 0 && p.m == TIME_NO_VAL) {
                    p.m = am, p.gran = NULL;
                }
            } else if (strcmp(u, "M") == 0) {
                int y = ay, m = am, d = ad;
                /* gran=day after a date without a day stays a month ("drei Monate später"
                 * after "im Mai 1940" is 1940-08) */
                bool day = v->gran && strcmp(v->gran, "day") == 0 && p.d == TIME_NO_VAL &&
                           !(via == TIMEX_PREVIOUS && !an->prev_d);
                time_add_months(&y, &m, day ? &d : NULL, n);
                p.y = y;
                p.m = m;
                if (day) p.d = d;
            } else if (strcmp(u, "W") == 0) {
                /* "the weekend" without "this"/"next"/"last": in news it is the one just past
                 * when the sentence is in the past or the reference date is early in the week
                 * (TimeBank: Monday's "the weekend" is the one before); on a Saturday or Sunday
                 * the one that has begun ("It rained all weekend" said on Sunday) */
                if (n == 0 && v->dir == 0 && strcmp(v->tod, "WE") == 0 &&
                    v->weekday == TIME_NO_VAL && !v->anchor_prev && time_weekday(ay, am, ad) < 6 &&
                    (an->tense < 0 || (an->tense == 0 && time_weekday(ay, am, ad) <= 2)))
                    n = -1;
                /* "am kommenden Wochenende" on a weekday: this week's (upcoming=1) */
                if (v->upcoming && n > 0 && strcmp(v->tod, "WE") == 0 &&
                    time_weekday(ay, am, ad) < 6)
                    n--;
                int64_t z = time_days_from_civil(ay, am, ad) + 7 * (int64_t)n;
                int y, m, d;
                time_civil_from_days(z, &y, &m, &d);
                if (v->gran && strcmp(v->gran, "day") == 0 &&
                    !(via == TIMEX_PREVIOUS && !an->prev_d)) {
                    set_ymd_days(&p, z);
                } else if (v->weekday != TIME_NO_VAL) {
                    set_ymd_days(&p, z - (time_weekday(y, m, d) - 1) + (v->weekday - 1));
                } else {
                    int iy;
                    p.week = time_iso_week(y, m, d, &iy);
                    p.y = iy;
                }
            } else if (strcmp(u, "D") == 0 || strcmp(u, "H") == 0 || strcmp(u, "MIN") == 0) {
                int64_t z = time_days_from_civil(ay, am, ad);
                /* "the day before last Tuesday", "the day after Sunday's vote": so many days
                 * from that weekday (found as a weekday alone) */
                if (v->weekday != TIME_NO_VAL)
                    z +=
                        weekday_delta(v->weekday, time_weekday(ay, am, ad), v->dir, narr_wd, tense);
                if (strcmp(u, "D") == 0) z += n;
                /* "that same day" after "October": that month, no guessed first day (an offset
                 * keeps counting from the first: "Zwei Tage später" after "Mai 1940") */
                if (n == 0 && via == TIMEX_PREVIOUS && !an->prev_d) {
                    p.y = ay;
                    p.m = an->prev_m ? am : TIME_NO_VAL;
                } else {
                    set_ymd_days(&p, z);
                }
            } else if (strcmp(u, "Q") == 0) {
                int q = (am - 1) / 3 + n, y = ay;
                y += q >= 0 ? q / 4 : -((3 - q) / 4);
                q = ((q % 4) + 4) % 4;
                p.y = y;
                p.quarter = q + 1;
            } else if (strcmp(u, "DE") == 0) {
                p.decade = ay / 10 + n;
            } else if (strcmp(u, "CE") == 0) {
                p.century = ay / 100 + n;
            }
        } else if (v->has_easter) {
            /* a movable feast in the tense's direction, as a month is below ("At Easter he
             * will come" in May: next year's; "Am Pfingstmontag kam er" in May: last year's,
             * unless the feast is at most two months ahead, the reporting clause's past, and
             * the past verb does not govern it; under a finite past verb group also once the
             * feast is more than a week ahead: "Crowds packed the churches at Easter", "Zu
             * Pfingsten regnete es" in May are last year's, but "Easter week" said on its
             * Monday is this one, TBAQ) */
            p.y = ay;
            if (via == TIMEX_REFERENCE && v->dir == 0 && an->tense != 0) {
                int64_t f = time_easter(ay) + v->easter_off;
                int fy, fm, fd;
                time_civil_from_days(f, &fy, &fm, &fd);
                if (an->tense > 0 && f < time_days_from_civil(ay, am, ad))
                    p.y++;
                else if (an->tense < 0 &&
                         (fm > am + 2 ||
                          (an->finite_past &&
                           feast_first(v, f) > time_days_from_civil(ay, am, ad) + 7)))
                    p.y--;
            } else if (via == TIMEX_REFERENCE && v->dir == 1 &&
                       time_easter(ay) + v->easter_off < time_days_from_civil(ay, am, ad)) {
                /* dir=1: the next one not yet over ("Am Rosenmontag zieht der Umzug" in May) */
                p.y++;
            }
        } else if (v->weekday != TIME_NO_VAL && p.d == TIME_NO_VAL) {
            int delta = weekday_delta(v->weekday, time_weekday(ay, am, ad), v->dir, narr_wd, tense);
            set_ymd_days(&p, time_days_from_civil(ay, am, ad) + delta);
        } else if (p.m != TIME_NO_VAL || p.quarter != TIME_NO_VAL || p.half != TIME_NO_VAL ||
                   p.season[0] || p.week != TIME_NO_VAL) {
            p.y = ay;
            /* a month at most PAST_AHEAD months after the reference month stays in its year
             * even in a past sentence: the past verb is mostly the reporting clause's ("said
             * the deal would close by Dec. 15"); TBAQ value F1 +0.4 (0: 78.3, 1: 78.5, 2-4:
             * 78.7), KRAUTS train flat; not when the governing verb group itself is in the past
             * ("changed its name in June": finite_past) */
            enum { PAST_AHEAD = 2 };
            if (via == TIMEX_REFERENCE && p.m != TIME_NO_VAL && v->dir == 0) {
                if (an->tense > 0 && p.m < am)
                    p.y++;
                else if (an->tense < 0 && p.m > am + (an->finite_past ? 0 : PAST_AHEAD))
                    p.y--;
                else if (an->tense == 0 && an->near_ym > 0) {
                    /* the year nearest the month named before it in the sentence ("to $42
                     * in June from $29 in March" in October: both this year's), or the first
                     * after it at the end of a range */
                    /* (only when strictly nearer it than the nearer one to the reference
                     * date: "Sales in September rose, and orders for March are strong" in
                     * October stays next March) */
                    int yd = p.m - am > 6 ? ay - 1 : am - p.m > 6 ? ay + 1 : ay;
                    int best = yd, bd = yd * 12 + p.m - an->near_ym;
                    if (an->near_after && bd < 0) bd = INT32_MAX;
                    if (bd < 0) bd = -bd;
                    for (int y = ay - 1; y <= ay + 1; y++) {
                        int d = y * 12 + p.m - an->near_ym;
                        if (an->near_after && d < 0) continue;
                        if (d < 0) d = -d;
                        if (d < bd) best = y, bd = d;
                    }
                    p.y = best;
                } else if (an->tense == 0 && p.m - am > 6) /* no tense: the nearer one */
                    p.y--;
                else if (an->tense == 0 && am - p.m > 6)
                    p.y++;
            }
            /* a quarter two or more ahead is last year's in a past sentence or without tense
             * ("the fourth quarter" in January; the next one may be the reporting clause's,
             * as for months) */
            if (via == TIMEX_REFERENCE && p.quarter != TIME_NO_VAL && p.m == TIME_NO_VAL &&
                v->dir == 0 &&
                ((an->tense <= 0 && p.quarter - (am + 2) / 3 >= 2) ||
                 /* ... and one not yet begun under a finite past verb group ("EPS rose in the
                  * third quarter" in May: 2021-Q3) */
                 (an->tense < 0 && an->finite_past && p.quarter > (am + 2) / 3)))
                p.y--;
            /* ... and one two or more back under a future is next year's ("expects to close
             * the sale in the first quarter" in October: next year's; the quarter just over
             * stays, its results are reported in the next: "will report first-quarter results"
             * in May) */
            else if (via == TIMEX_REFERENCE && p.quarter != TIME_NO_VAL && p.m == TIME_NO_VAL &&
                     v->dir == 0 && an->tense > 0 && (am + 2) / 3 - p.quarter >= 2)
                p.y++;
            /* a half not yet begun under a past verb group, as for the offset above */
            if (via == TIMEX_REFERENCE && p.half != TIME_NO_VAL && p.m == TIME_NO_VAL &&
                v->dir == 0 && an->tense < 0 && an->finite_past && (p.half - 1) * 6 + 1 > am)
                p.y--;
            /* (with a day, the next one on or after the reference day: "auf den 15. Juni
             * vertagt" said in May is this June's) */
            if (v->dir > 0 && p.m != TIME_NO_VAL &&
                (p.d != TIME_NO_VAL ? p.m * 100 + p.d < am * 100 + ad : p.m <= am))
                p.y = ay + 1;
            if (v->dir < 0 && p.m != TIME_NO_VAL && p.m >= am) p.y = ay - 1;
            /* a holiday is a day, not a month: "will be busy over Memorial Day weekend" said
             * after it is next year's, "Crowds packed the beaches on Memorial Day" said before
             * it (under a finite past verb group) last year's */
            /* it after the reference day, and "last Memorial Day" said on the day after it is
             * this year's (a month's "last"/"next" goes by the month) */
            int fdir = v->dir                             ? v->dir
                       : an->tense > 0                    ? 1
                       : an->tense < 0 && an->finite_past ? -1
                                                          : 0;
            if (v->feast && via == TIMEX_REFERENCE && fdir && v->dir >= -1 && v->dir <= 1 &&
                p.m != TIME_NO_VAL) {
                int d = v->nth_wd ? nth_weekday(v, ay, p.m, p.d) : p.d;
                int64_t f = time_days_from_civil(ay, p.m, d ? d : 1);
                int64_t r = time_days_from_civil(ay, am, ad);
                p.y = fdir > 0 ? ay + (feast_last(v, f) < r) : ay - (feast_first(v, f) > r);
            }
            /* "last February" said in March: the month just past would be "in February" or
             * "last month", so the one of the year before (justpast=1, English; a day of it,
             * "last Feb. 27", stays this year's; "last December" said in January is the one
             * just past, as "in December" would not say which) */
            if (v->just_past && v->dir == -1 && p.m != TIME_NO_VAL && p.d == TIME_NO_VAL &&
                p.m == am - 1)
                p.y = ay - 1;
            /* "next summer": the next one not yet begun; "last winter": the last one over
             * (a season spans three months from SP 3, SU 6, FA 9, WI 12); dir=±2 a year more */
            int ss = p.m != TIME_NO_VAL            ? 0
                     : strcmp(p.season, "SP") == 0 ? 3
                     : strcmp(p.season, "SU") == 0 ? 6
                     : strcmp(p.season, "FA") == 0 ? 9
                     : strcmp(p.season, "WI") == 0 ? 12
                                                   : 0;
            /* a season without "next/last" after "seit", "since" that has not begun is last
             * year's: "Seit dem Herbst steigen die Preise" in May is 2021-FA. Not winter (the
             * one of January is that year's in KRAUTS); not after a past verb (TBAQ writes
             * "rose from the lows of the early summer" in May as this summer) */
            if (ss && ss < 12 && via == TIMEX_REFERENCE && v->dir == 0 && an->span_begun && ss > am)
                p.y--;
            /* ... or before a finite past verb that governs it ("Im Sommer war es heiß", "Im
             * Herbst wurde gewählt" in May: last year's) */
            else if (ss && ss < 12 && via == TIMEX_REFERENCE && v->dir == 0 && an->past_after &&
                     ss > am)
                p.y--;
            /* ... or after one, where the language's year_narrative list says "season": a
             * finite past verb group that governs it ("Sein Buch erschien im Herbst", "Die
             * Preise stiegen im Sommer" in May; were this year's, not yet come; German only:
             * TBAQ has "rose from the lows of the early summer" as this one) */
            else if (ss && ss < 12 && via == TIMEX_REFERENCE && v->dir == 0 && an->tense < 0 &&
                     an->finite_past && an->narr_season && ss > am)
                p.y--;
            /* a season over in a future sentence is next year's ("The bridge will reopen in the
             * spring" said in June; was this spring, over); the governing verb group's own
             * future, not a marker near it (TBAQ "made it difficult to meet demand well into the
             * summer") */
            if (ss && ss < 12 && via == TIMEX_REFERENCE && v->dir == 0 && an->tense > 0 &&
                an->clause_future && ss + 2 < am)
                p.y = ay + 1;
            if (ss && v->dir > 0) p.y = ay + (ss > am ? 0 : 1) + (v->dir - 1);
            if (ss && v->dir < 0) p.y = ay - (ss + 2 < am ? 0 : 1) + (v->dir + 1);
            /* "Samstag, 7. Dezember" without a year: the year next to it whose 7 December is
             * a Saturday, when the chosen one's is not */
            if (v->wd_check && p.m != TIME_NO_VAL && p.d != TIME_NO_VAL &&
                time_weekday(p.y, p.m, p.d) != v->wd_check) {
                if (time_weekday(p.y + 1, p.m, p.d) == v->wd_check)
                    p.y++;
                else if (time_weekday(p.y - 1, p.m, p.d) == v->wd_check)
                    p.y--;
            }
        } else if (v->hour != TIME_NO_VAL || v->tod[0]) {
            p.y = ay, p.m = am, p.d = ad;
            if (via == TIMEX_PREVIOUS && !an->prev_d) p.y = p.m = p.d = TIME_NO_VAL;
            /* midnight (T24:00, the end of the day) in a past sentence without a day of its
             * own: the one that began the reference day ("broke out shortly after midnight") */
            /* (so is "overnight" told in the past: the night that ended on the reference day) */
            if (via == TIMEX_REFERENCE && (v->hour == 24 || v->past_night) && tense < 0)
                set_ymd_days(&p, time_days_from_civil(ay, am, ad) - 1);
        }
    } else if (needs_anchor) {
        out->resolution = TIMEX_UNRESOLVED;
    }

    if (v->has_easter && p.y != TIME_NO_VAL) set_ymd_days(&p, time_easter(p.y) + v->easter_off);
    /* "Thanksgiving": the fourth Thursday of November of the year chosen like a month's */
    if (v->nth_wd && p.y != TIME_NO_VAL && p.m != TIME_NO_VAL && p.y >= 0 && p.y <= 9999) {
        int d = nth_weekday(v, p.y, p.m, p.d);
        if (d) p.d = d;
    }
    /* "the week of March 6", "Easter week" (gran=week on a day): the ISO week of that day */
    if (v->gran && strcmp(v->gran, "week") == 0 && p.d != TIME_NO_VAL && p.m != TIME_NO_VAL &&
        p.y != TIME_NO_VAL && p.y >= 1 && p.y <= 9999) {
        /* the weekend of a Monday is the one just before it ("Labor Day weekend") */
        if (strcmp(v->tod, "WE") == 0 && time_weekday(p.y, p.m, p.d) == 1)
            set_ymd_days(&p, time_days_from_civil(p.y, p.m, p.d) - 1);
        int iy;
        p.week = time_iso_week(p.y, p.m, p.d, &iy);
        p.y = iy;
        p.m = p.d = TIME_NO_VAL;
    }

    /* a year outside 0..9999 has no TIMEX3 form: leave it unknown */
    if (p.y != TIME_NO_VAL && (p.y < 0 || p.y > 9999)) {
        p.y = TIME_NO_VAL;
        out->resolution = TIMEX_UNRESOLVED;
    }

    /* format */
    char date[48] = "";
    char ys[8];
    if (p.y != TIME_NO_VAL)
        snprintf(ys, sizeof ys, "%04d", p.y);
    else
        snprintf(ys, sizeof ys, "XXXX");
    const char *gran = "year";
    if (p.d != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%s-%s%02d-%02d", ys, p.m == TIME_NO_VAL ? "X" : "",
                 p.m == TIME_NO_VAL ? 0 : p.m, p.d);
        if (p.m == TIME_NO_VAL) snprintf(date, sizeof date, "%s-XX-%02d", ys, p.d);
        gran = "day";
    } else if (p.week != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%s-W%02d%s", ys, p.week, strcmp(v->tod, "WE") ? "" : "-WE");
        gran = "week";
    } else if (p.m != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%s-%02d", ys, p.m);
        gran = "month";
    } else if (p.quarter != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%s-Q%d", ys, p.quarter);
        gran = "quarter";
    } else if (p.half != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%s-H%d", ys, p.half);
        gran = "half";
    } else if (p.season[0]) {
        snprintf(date, sizeof date, "%s-%s", ys, p.season);
        gran = "season";
    } else if (p.y != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%s", ys);
    } else if (p.decade != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%03d", p.decade);
        gran = "decade";
    } else if (p.century != TIME_NO_VAL) {
        snprintf(date, sizeof date, "%02d", p.century);
        gran = "century";
    } else if (v->weekday != TIME_NO_VAL) {
        snprintf(date, sizeof date, "XXXX-WXX-%d", v->weekday);
        gran = "day";
    } else if (v->has_off) {
        const char *u = v->off_unit;
        snprintf(date, sizeof date, "%s",
                 strcmp(u, "D") == 0   ? "XXXX-XX-XX"
                 : strcmp(u, "W") == 0 ? (strcmp(v->tod, "WE") == 0 ? "XXXX-WXX-WE" : "XXXX-WXX")
                 : strcmp(u, "M") == 0 ? "XXXX-XX"
                                       : "XXXX");
        gran = strcmp(u, "D") == 0   ? "day"
               : strcmp(u, "W") == 0 ? "week"
               : strcmp(u, "M") == 0 ? "month"
                                     : "year";
    } else {
        snprintf(date, sizeof date, "XXXX-XX-XX");
        gran = "day";
    }
    if (v->hour != TIME_NO_VAL) {
        int h = v->hour;
        if (v->pm && h < 12) h += 12;
        if (v->am && h == 12) h = 0;
        int mi = v->minute == TIME_NO_VAL ? 0 : v->minute;
        if (p.d == TIME_NO_VAL) snprintf(date, sizeof date, "XXXX-XX-XX");
        size_t l = strlen(date);
        snprintf(date + l, sizeof date - l, "T%02d:%02d%s", h, mi, v->tz ? v->tz : "");
        gran = "minute";
    } else if (v->tod[0] && strcmp(v->tod, "WE") != 0) {
        if (p.d == TIME_NO_VAL) snprintf(date, sizeof date, "XXXX-XX-XX");
        size_t l = strlen(date);
        snprintf(date + l, sizeof date - l, "T%s", v->tod);
        gran = "time-of-day";
    }
    out->granularity = v->gran ? v->gran : p.gran ? p.gran : gran;
    if (!(out->value = dup(a, date))) return -1;

    if (p.y != TIME_NO_VAL && v->type == TIMEX_DATE && p.week == TIME_NO_VAL &&
        p.half == TIME_NO_VAL && !p.season[0]) {
        an->has_last = true;
        an->last_y = p.y;
        an->last_m = p.m;
        an->last_d = p.m != TIME_NO_VAL ? p.d : TIME_NO_VAL;
        an->last_q = p.quarter;
        an->last_sentence = an->sentence;
        an->last_written = v->year != TIME_NO_VAL && !v->has_off && !an->attributive;
        if (p.quarter != TIME_NO_VAL) {
            an->has_lastq = true;
            an->lastq_y = p.y;
            an->lastq_q = p.quarter;
        }
    }
    /* whether this mention lies in a year before the reference year (nowref=2 reads it) */
    if (v->type == TIMEX_DATE || v->type == TIMEX_TIME) {
        int last_year = p.y != TIME_NO_VAL         ? p.y
                        : p.decade != TIME_NO_VAL  ? p.decade * 10 + 9
                        : p.century != TIME_NO_VAL ? p.century * 100 + 99
                                                   : TIME_NO_VAL;
        an->last_past = an->has_ref && last_year != TIME_NO_VAL && last_year < an->ref.year;
    }
    /* a date with a year becomes the narrative anchor, and so does a part of a named day
     * ("am Vormittag des 2. Februar ... Zwei Tage später"), of a weekday or of a relative day
     * ("Am Mittwochabend um 20 Uhr", "Gestern Abend um 22 Uhr": the clock time is that day's,
     * not the reference date's); a day before the anchor does not
     * move it: "wie schon am Tag zuvor ... ihren Sieg vom Vortag" both look back from the
     * same day (KRAUTS train value +0.2, WikiWars and TBAQ the same) */
    bool dated = (v->type == TIMEX_DATE ||
                  (v->type == TIMEX_TIME && (v->day != TIME_NO_VAL || v->weekday != TIME_NO_VAL ||
                                             (v->has_off && strcmp(v->off_unit, "D") == 0)))) &&
                 !(v->anchor_prev && v->has_off && v->off_n < 0);
    /* a written year after the anchor's moves it too ("am 13. Dezember 1940 ... Anfang des
     * Jahres 1941 ... am 9. März": 1941), not a year before an adjective or after "seit", nor
     * an earlier one (mostly background: "wie 1870 ... am 1. August" stays 1914) */
    bool new_year = p.m == TIME_NO_VAL && an->has_prev && v->year != TIME_NO_VAL && !v->has_off &&
                    !an->attributive && p.y > an->prev_y && p.quarter == TIME_NO_VAL &&
                    p.half == TIME_NO_VAL && !p.season[0];
    if (p.y != TIME_NO_VAL && p.week == TIME_NO_VAL && dated &&
        (p.m != TIME_NO_VAL || !an->has_prev || new_year)) {
        an->has_prev = true;
        an->updated = true;
        an->prev_y = p.y;
        an->prev_m = p.m != TIME_NO_VAL ? p.m : 0;
        an->prev_d = p.d != TIME_NO_VAL && p.m != TIME_NO_VAL ? p.d : 0;
        an->prev_has_day = an->prev_d != 0;
        an->prev_sentence = an->sentence;
        an->prev_narrative =
            (v->year != TIME_NO_VAL && !v->has_off && !an->attributive) || narrative;
    }
    return 0;
}
