/* gen_countries.c — writes countries.tsv from Debian's iso-codes (ISO 3166-1 JSON + German .mo).
 *
 * Input: iso_3166-1.json (jansson) gives each country's alpha_2, alpha_3, name and optional
 * common_name / official_name in English; the gettext catalogue iso_3166-1.mo of a language
 * gives their translations (msgid = the English string). The .mo format is read here: a header
 * of seven 32-bit words (magic 0x950412de in the file's byte order, revision, string count N,
 * offset of the original-string table, offset of the translation table, hash size, hash
 * offset); each table holds N (length, offset) pairs pointing at NUL-terminated strings. Entries
 * with a context (msgid containing \x04) or plural forms are skipped.
 *
 * Output, one line per country sorted by alpha-2, tab-separated, empty field when absent:
 *   alpha2 alpha3 name_en common_en official_en name_de common_de official_de
 * preceded by '#' comment lines naming the source and the columns.
 *
 * usage: gen_countries ISO_3166-1.json ISO_3166-1.mo OUT.tsv
 * Exit status 0, 1 on any error (message on stderr). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

typedef struct mo_entry {
    const char *id, *str;
} mo_entry;

typedef struct mo_file {
    unsigned char *data;
    size_t len;
    mo_entry *e;
    size_t n;
} mo_file;

typedef struct country {
    const char *a2, *a3, *name, *common, *official;
} country;

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "gen_countries: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

static unsigned char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) die("%s: cannot open", path);
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) die("%s: out of memory", path);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf) die("%s: out of memory", path);
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* A 32-bit word of the .mo file at byte offset off, in the file's byte order. */
static uint32_t mo_word(const mo_file *m, size_t off, int swap)
{
    if (off + 4 > m->len) die("%s", ".mo file truncated");
    const unsigned char *p = m->data + off;
    if (swap) return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* The NUL-terminated string of table entry i of the table at table_off; checks bounds. */
static const char *mo_string(const mo_file *m, uint32_t table_off, uint32_t i, int swap)
{
    uint32_t slen = mo_word(m, (size_t)table_off + 8u * i, swap);
    uint32_t soff = mo_word(m, (size_t)table_off + 8u * i + 4, swap);
    if ((size_t)soff + slen >= m->len || m->data[soff + slen] != '\0')
        die("%s", ".mo string out of bounds");
    return (const char *)m->data + soff;
}

static void mo_load(mo_file *m, const char *path)
{
    m->data = read_all(path, &m->len);
    int swap;
    uint32_t magic = mo_word(m, 0, 0);
    if (magic == 0x950412deu)
        swap = 0;
    else if (magic == 0xde120495u)
        swap = 1;
    else
        die("%s: not a gettext .mo file (bad magic)", path);
    if (mo_word(m, 4, swap) >> 16 != 0) die("%s: unsupported .mo major revision", path);
    uint32_t n = mo_word(m, 8, swap);
    uint32_t orig = mo_word(m, 12, swap), trans = mo_word(m, 16, swap);
    if ((size_t)n * 8 > m->len) die("%s: bad string count", path);
    m->e = calloc(n ? n : 1, sizeof *m->e);
    if (!m->e) die("%s: out of memory", path);
    for (uint32_t i = 0; i < n; i++) {
        const char *id = mo_string(m, orig, i, swap);
        const char *str = mo_string(m, trans, i, swap);
        if (!*id || strchr(id, '\x04')) continue; /* the header entry, or a context */
        m->e[m->n++] = (mo_entry){id, str};
    }
}

/* The translation of id, or NULL when the catalogue has none (or an empty one). */
static const char *mo_lookup(const mo_file *m, const char *id)
{
    if (!id) return NULL;
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->e[i].id, id) == 0) return *m->e[i].str ? m->e[i].str : NULL;
    return NULL;
}

static int country_cmp(const void *a, const void *b)
{
    return strcmp(((const country *)a)->a2, ((const country *)b)->a2);
}

static const char *get_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Writes s as a TSV field: tabs and line breaks (never expected) become spaces. */
static void put_field(FILE *f, const char *s, int last)
{
    for (; s && *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
    fputc(last ? '\n' : '\t', f);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: gen_countries ISO_3166-1.json ISO_3166-1.mo OUT.tsv\n");
        return 1;
    }
    json_error_t jerr;
    json_t *root = json_load_file(argv[1], 0, &jerr);
    if (!root) die("%s: invalid JSON", argv[1]);
    json_t *list = json_object_get(root, "3166-1");
    if (!json_is_array(list)) die("%s: no \"3166-1\" array", argv[1]);
    mo_file mo = {0};
    mo_load(&mo, argv[2]);

    size_t n = json_array_size(list);
    country *c = calloc(n ? n : 1, sizeof *c);
    if (!c) die("%s", "out of memory");
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_array_get(list, i);
        c[i] = (country){get_str(o, "alpha_2"), get_str(o, "alpha_3"), get_str(o, "name"),
                         get_str(o, "common_name"), get_str(o, "official_name")};
        if (!c[i].a2 || strlen(c[i].a2) != 2 || !c[i].name)
            die("%s: entry without alpha_2/name", argv[1]);
    }
    qsort(c, n, sizeof *c, country_cmp);

    FILE *out = fopen(argv[3], "w");
    if (!out) die("%s: cannot write", argv[3]);
    fprintf(out, "# countries.tsv — ISO 3166-1 countries with English and German names.\n"
                 "# Generated by tools/gen_countries.c from Debian's iso-codes package\n"
                 "# (iso_3166-1.json and de/LC_MESSAGES/iso_3166-1.mo; iso-codes is LGPL-2.1+,\n"
                 "# the names and codes are facts). Do not edit: rerun the generator.\n"
                 "# alpha2\talpha3\tname_en\tcommon_en\tofficial_en\tname_de\tcommon_de\t"
                 "official_de\n");
    for (size_t i = 0; i < n; i++) {
        put_field(out, c[i].a2, 0);
        put_field(out, c[i].a3, 0);
        put_field(out, c[i].name, 0);
        put_field(out, c[i].common, 0);
        put_field(out, c[i].official, 0);
        put_field(out, mo_lookup(&mo, c[i].name), 0);
        put_field(out, mo_lookup(&mo, c[i].common), 0);
        put_field(out, mo_lookup(&mo, c[i].official), 1);
    }
    if (fclose(out) != 0) die("%s: write error", argv[3]);
    free(c);
    free(mo.e);
    free(mo.data);
    json_decref(root);
    return 0;
}
