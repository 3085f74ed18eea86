/* offsets.c — byte offsets to codepoints or UTF-16 code units via one prefix table. */
#include "analysis/offsets.h"

struct offset_conv {
    offset_unit unit;
    size_t n;
    const uint32_t *table; /* n+1 entries; NULL for bytes */
};

offset_conv *offset_conv_new(arena *a, const char *input, size_t n, offset_unit unit)
{
    offset_conv *c = arena_alloc(a, sizeof *c);
    if (!c) return NULL;
    c->unit = unit;
    c->n = n;
    c->table = NULL;
    if (unit == OFFSET_BYTE) return c;
    uint32_t *t = arena_alloc(a, (n + 1) * sizeof *t);
    if (!t) return NULL;
    const unsigned char *s = (const unsigned char *)input;
    uint32_t count = 0;
    size_t i = 0;
    while (i < n) {
        size_t len = 1;
        if (s[i] >= 0xF0)
            len = 4;
        else if (s[i] >= 0xE0)
            len = 3;
        else if (s[i] >= 0xC0)
            len = 2;
        if (i + len > n) len = n - i;
        for (size_t k = 0; k < len; k++)
            t[i + k] = count;
        count += (unit == OFFSET_UTF16 && len == 4) ? 2 : 1;
        i += len;
    }
    t[n] = count;
    c->table = t;
    return c;
}

uint32_t offset_conv_map(const offset_conv *c, uint32_t off)
{
    if (off > c->n) off = (uint32_t)c->n;
    return c->table ? c->table[off] : off;
}
