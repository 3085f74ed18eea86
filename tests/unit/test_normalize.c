/* test_normalize.c — UTF-8 validation offsets, NFC, and the map back to input offsets. */
#include "analysis/normalize.h"
#include "test.h"

/* Validates s (n bytes) and returns the code; *detail gets the error detail. */
static int validate(const char *s, size_t n, ck_error *err)
{
    memset(err, 0, sizeof *err);
    return normalize_validate(s, n, err);
}

static void check_bad(const char *s, size_t n, const char *detail)
{
    ck_error err;
    CHECK_INT(validate(s, n, &err), CK_E_BAD_UTF8);
    CHECK_STR(err.detail, detail);
}

/* Normalizes s into doc (a fresh document in arena a). */
static int norm(document *doc, arena *a, const char *s)
{
    document_init(doc, a);
    doc->input = s;
    doc->input_len = strlen(s);
    ck_error err = {0};
    return normalize_document(doc, &err);
}

int main(void)
{
    ck_error err;
    /* valid text: ASCII, umlauts, CJK, emoji; long enough for the 8-byte fast path */
    const char *ok = "Die US-Streitkräfte in Köln – „Ja“ 北京 😀 done.";
    CHECK_INT(validate(ok, strlen(ok), &err), 0);
    CHECK_INT(validate("", 0, &err), 0);

    /* each kind of bad sequence, with the offset of the sequence's first byte */
    check_bad("abc\xC3", 4, "invalid UTF-8 at byte offset 3");          /* truncated */
    check_bad("abcdefgh\xC3(", 10, "invalid UTF-8 at byte offset 8");   /* bad continuation */
    check_bad("ab\x80", 3, "invalid UTF-8 at byte offset 2");           /* lone continuation */
    check_bad("x\xC0\xAF", 3, "invalid UTF-8 at byte offset 1");        /* overlong '/' */
    check_bad("xy\xE0\x80\xAF", 5, "invalid UTF-8 at byte offset 2");   /* overlong, 3 bytes */
    check_bad("\xF0\x80\x80\xAF", 4, "invalid UTF-8 at byte offset 0"); /* overlong, 4 bytes */
    check_bad("ok \xED\xA0\x80", 6, "invalid UTF-8 at byte offset 3");  /* surrogate D800 */
    check_bad("\xF4\x90\x80\x80", 4, "invalid UTF-8 at byte offset 0"); /* U+110000 */
    check_bad("\xF5\x80\x80\x80", 4, "invalid UTF-8 at byte offset 0"); /* lead F5 */
    check_bad("\xFF", 1, "invalid UTF-8 at byte offset 0");
    check_bad("0123456789\0abc", 14, "invalid UTF-8 at byte offset 10 (NUL byte)");
    /* the largest valid codepoint and the last one before the surrogates are fine */
    CHECK_INT(validate("\xF4\x8F\xBF\xBF\xED\x9F\xBF", 7, &err), 0);

    arena *a = arena_new(0, 0);
    document doc;

    /* already NFC: copied, no map */
    CHECK_INT(norm(&doc, a, "Köln am 18. Februar"), 0);
    CHECK_STR(doc.text, "Köln am 18. Februar");
    CHECK(doc.to_input == NULL);

    /* invalid input is refused by normalize_document too */
    document_init(&doc, a);
    doc.input = "Gr\xC3\xBC\xC3";
    doc.input_len = 5;
    memset(&err, 0, sizeof err);
    CHECK_INT(normalize_document(&doc, &err), CK_E_BAD_UTF8);
    CHECK_STR(err.detail, "invalid UTF-8 at byte offset 4");

    /* decomposed "Caf" + "e" + U+0301 + " ok" -> "Café ok" with a map both ways */
    const char *dec = "Cafe\xCC\x81 ok";
    CHECK_INT(norm(&doc, a, dec), 0);
    CHECK_STR(doc.text, "Caf\xC3\xA9 ok");
    CHECK_INT(doc.len, 8);
    CHECK(doc.to_input != NULL);
    if (doc.to_input) {
        CHECK_INT(document_input_offset(&doc, 0), 0);
        CHECK_INT(document_input_offset(&doc, 3), 3); /* "é" starts where "e" started */
        CHECK_INT(document_input_offset(&doc, 4), 3); /* inside "é": still its start */
        CHECK_INT(document_input_offset(&doc, 5), 6); /* the space after: after U+0301 */
        CHECK_INT(document_input_offset(&doc, 6), 7);
        CHECK_INT(document_input_offset(&doc, 8), 9); /* the end maps to the input's end */
        for (size_t i = 1; i <= doc.len; i++)
            CHECK(doc.to_input[i] >= doc.to_input[i - 1]);
    }

    /* German umlaut decomposed: "Mu" + U+0308 + "nchen" -> "München" */
    CHECK_INT(norm(&doc, a, "in Mu\xCC\x88nchen."), 0);
    CHECK_STR(doc.text, "in M\xC3\xBCnchen.");
    CHECK_INT(document_input_offset(&doc, (uint32_t)doc.len), strlen("in Mu\xCC\x88nchen."));
    CHECK_INT(document_input_offset(&doc, 6), 7); /* "n" after ü */

    /* canonical reordering: a + dot below (ccc 220) after acute (ccc 230) -> ạ́ composed */
    CHECK_INT(norm(&doc, a, "a\xCC\x81\xCC\xA3"), 0);
    CHECK_STR(doc.text, "\xE1\xBA\xA1\xCC\x81"); /* U+1EA1 U+0301 */
    /* a singleton: U+212B ANGSTROM SIGN -> U+00C5 */
    CHECK_INT(norm(&doc, a, "10 \xE2\x84\xAB"), 0);
    CHECK_STR(doc.text, "10 \xC3\x85");
    CHECK_INT(document_input_offset(&doc, 3), 3);
    CHECK_INT(document_input_offset(&doc, 5), 6);
    /* Hangul jamo L + V compose to a syllable */
    CHECK_INT(norm(&doc, a, "\xE1\x84\x80\xE1\x85\xA1"), 0);
    CHECK_STR(doc.text, "\xEA\xB0\x80");
    /* a combining mark at the very start stays */
    CHECK_INT(norm(&doc, a, "\xCC\x81x"), 0);
    CHECK_STR(doc.text, "\xCC\x81x");
    /* a text with an unusual but already-NFC character needs no map */
    CHECK_INT(norm(&doc, a, "e\xCC\xA3x"), 0); /* e + dot below compose to U+1EB9 */
    CHECK_STR(doc.text, "\xE1\xBA\xB9x");
    CHECK_INT(norm(&doc, a, "\xE1\xBA\xB9 ok"), 0);
    CHECK_STR(doc.text, "\xE1\xBA\xB9 ok");
    CHECK(doc.to_input == NULL);

    /* allocation failure is reported */
    arena *tiny = arena_new(0, 8);
    document_init(&doc, tiny);
    doc.input = "Cafe\xCC\x81";
    doc.input_len = 6;
    CHECK_INT(normalize_document(&doc, &err), CK_E_NOMEM);
    arena_free(tiny);

    arena_free(a);
    TEST_DONE();
}
