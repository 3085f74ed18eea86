/* test_offsets.c — byte offsets to codepoints and UTF-16 units. */
#include "analysis/offsets.h"
#include "test.h"

int main(void)
{
    arena *a = arena_new(0, 0);
    /* "a" (1 byte) "ä" (2) "€" (3) "😀" (4, two UTF-16 units) "z" (1) */
    const char *s = "a\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80z";
    size_t n = strlen(s);
    CHECK_INT(n, 11);

    offset_conv *b = offset_conv_new(a, s, n, OFFSET_BYTE);
    CHECK(b != NULL);
    CHECK_INT(offset_conv_map(b, 0), 0);
    CHECK_INT(offset_conv_map(b, 6), 6);
    CHECK_INT(offset_conv_map(b, 11), 11);
    CHECK_INT(offset_conv_map(b, 99), 11); /* clamped to the end */

    offset_conv *cp = offset_conv_new(a, s, n, OFFSET_CODEPOINT);
    CHECK(cp != NULL);
    CHECK_INT(offset_conv_map(cp, 0), 0);
    CHECK_INT(offset_conv_map(cp, 1), 1);  /* ä */
    CHECK_INT(offset_conv_map(cp, 3), 2);  /* € */
    CHECK_INT(offset_conv_map(cp, 6), 3);  /* 😀 */
    CHECK_INT(offset_conv_map(cp, 10), 4); /* z */
    CHECK_INT(offset_conv_map(cp, 11), 5); /* end */
    CHECK_INT(offset_conv_map(cp, 2), 1);  /* inside ä: its start */
    CHECK_INT(offset_conv_map(cp, 8), 3);  /* inside the emoji */

    offset_conv *u = offset_conv_new(a, s, n, OFFSET_UTF16);
    CHECK(u != NULL);
    CHECK_INT(offset_conv_map(u, 6), 3);
    CHECK_INT(offset_conv_map(u, 10), 5); /* the emoji took two units */
    CHECK_INT(offset_conv_map(u, 11), 6);
    CHECK_INT(offset_conv_map(u, 7), 3);

    /* empty text */
    offset_conv *e = offset_conv_new(a, "", 0, OFFSET_UTF16);
    CHECK(e != NULL);
    CHECK_INT(offset_conv_map(e, 0), 0);

    /* allocation failure */
    arena *tiny = arena_new(0, 16);
    CHECK(offset_conv_new(tiny, s, n, OFFSET_UTF16) == NULL);
    arena_free(tiny);
    arena_free(a);
    TEST_DONE();
}
