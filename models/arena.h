/* arena.h — the per-request bump allocator: everything one article needs, freed in one call. */
#ifndef CHRONIK_ARENA_H
#define CHRONIK_ARENA_H

#include <stddef.h>

typedef struct arena arena;

/* A new arena whose blocks are at least block_size bytes (0: a default of 64 KiB). limit caps
 * the total bytes handed out (0: no cap); past it every allocation returns NULL, which is how
 * tests inject allocation failures. Returns an owned arena, or NULL when out of memory. */
arena *arena_new(size_t block_size, size_t limit);

/* Releases every allocation of the arena and the arena itself. arena_free(NULL) is harmless. */
void arena_free(arena *a);

/* n bytes aligned to 16, owned by the arena. NULL when out of memory or over the limit. */
void *arena_alloc(arena *a, size_t n);

/* As arena_alloc, zero-filled; nmemb*size overflow returns NULL. */
void *arena_calloc(arena *a, size_t nmemb, size_t size);

/* Grows the last allocation p (of old_n bytes) to new_n bytes, in place when it is the most
 * recent one, else by copying. NULL on failure (p stays valid). p == NULL acts as arena_alloc. */
void *arena_realloc(arena *a, void *p, size_t old_n, size_t new_n);

/* A NUL-terminated copy of the n bytes at s, owned by the arena; NULL on failure. */
char *arena_strndup(arena *a, const char *s, size_t n);

/* Bytes handed out so far (for metrics and tests). */
size_t arena_used(const arena *a);

#endif
