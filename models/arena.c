/* arena.c — a bump allocator over a chain of malloc'd blocks.
 *
 * Allocations are carved from the current block, 16-byte aligned; when it is full a new block
 * of max(block_size, request) bytes is chained in front. Nothing is freed individually:
 * arena_free() walks the chain once. The optional limit counts bytes handed out, so a test can
 * make the n-th allocation of a request fail deterministically. */
#include "models/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN         16
#define ARENA_DEFAULT_BLOCK (64 * 1024)

typedef struct block {
    struct block *next;
    size_t size; /* usable bytes in data */
    size_t used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} block;

struct arena {
    block *head;
    size_t block_size;
    size_t limit;
    size_t handed_out;
    void *last; /* most recent allocation, for in-place realloc */
};

static size_t align_up(size_t n)
{
    return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

arena *arena_new(size_t block_size, size_t limit)
{
    arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->block_size = block_size ? block_size : ARENA_DEFAULT_BLOCK;
    a->limit = limit;
    return a;
}

void arena_free(arena *a)
{
    if (!a) return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *arena_alloc(arena *a, size_t n)
{
    if (!a) return NULL;
    if (n == 0) n = 1;
    if (n > SIZE_MAX / 2) return NULL;
    size_t need = align_up(n);
    if (a->limit && a->handed_out + need > a->limit) return NULL;
    block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = need > a->block_size ? need : a->block_size;
        b = malloc(sizeof *b + size);
        if (!b) return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->handed_out += need;
    a->last = p;
    return p;
}

void *arena_calloc(arena *a, size_t nmemb, size_t size)
{
    if (size && nmemb > SIZE_MAX / size) return NULL;
    void *p = arena_alloc(a, nmemb * size);
    if (p) memset(p, 0, nmemb * size);
    return p;
}

void *arena_realloc(arena *a, void *p, size_t old_n, size_t new_n)
{
    if (!p) return arena_alloc(a, new_n);
    if (new_n <= old_n) return p;
    block *b = a->head;
    if (p == a->last && b) {
        size_t old_need = align_up(old_n ? old_n : 1), new_need = align_up(new_n);
        size_t start = (size_t)((unsigned char *)p - b->data);
        if (start + new_need <= b->size &&
            (!a->limit || a->handed_out - old_need + new_need <= a->limit)) {
            b->used = start + new_need;
            a->handed_out = a->handed_out - old_need + new_need;
            return p;
        }
    }
    void *q = arena_alloc(a, new_n);
    if (!q) return NULL;
    memcpy(q, p, old_n);
    return q;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

size_t arena_used(const arena *a)
{
    return a ? a->handed_out : 0;
}
