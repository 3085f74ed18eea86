/* test_arena.c — the request arena: alignment, growth, limit, realloc. */
#include "models/arena.h"
#include "test.h"

#include <stdint.h>

int main(void)
{
    arena *a = arena_new(128, 0);
    CHECK(a != NULL);
    char *p = arena_alloc(a, 3);
    char *q = arena_alloc(a, 5);
    CHECK(((uintptr_t)p & 15) == 0);
    CHECK(((uintptr_t)q & 15) == 0);
    CHECK(q != p);
    /* a request larger than the block size gets its own block */
    char *big = arena_alloc(a, 10000);
    CHECK(big != NULL);
    memset(big, 'x', 10000);
    /* realloc of the latest allocation keeps the content */
    char *r = arena_alloc(a, 8);
    memcpy(r, "abcdefg", 8);
    char *r2 = arena_realloc(a, r, 8, 64);
    CHECK_STR(r2, "abcdefg");
    char *r3 = arena_realloc(a, p, 3, 4096);
    CHECK(r3 != NULL);
    char *s = arena_strndup(a, "hello world", 5);
    CHECK_STR(s, "hello");
    int *z = arena_calloc(a, 10, sizeof(int));
    CHECK_INT(z[9], 0);
    CHECK(arena_calloc(a, SIZE_MAX / 2, 4) == NULL);
    arena_free(a);
    arena_free(NULL);

    /* the limit makes allocation fail deterministically */
    arena *l = arena_new(0, 64);
    CHECK(arena_alloc(l, 32) != NULL);
    CHECK(arena_alloc(l, 32) != NULL);
    CHECK(arena_alloc(l, 1) == NULL);
    CHECK_INT(arena_used(l), 64);
    arena_free(l);
    TEST_DONE();
}
