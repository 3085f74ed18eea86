/* offsets.h — converts byte offsets of the client's text into the unit the request asked for. */
#ifndef CHRONIK_OFFSETS_H
#define CHRONIK_OFFSETS_H

#include <stddef.h>
#include <stdint.h>

#include "models/arena.h"
#include "models/request.h"

typedef struct offset_conv offset_conv;

/* A converter for input[0..n) (valid UTF-8), built once per document in arena a: a prefix
 * table of the unit's counts, so each lookup is O(1). NULL on out of memory. */
offset_conv *offset_conv_new(arena *a, const char *input, size_t n, offset_unit unit);

/* The offset, in the converter's unit, of input byte off (0 <= off <= n). An offset inside a
 * multi-byte character maps to that character's start. */
uint32_t offset_conv_map(const offset_conv *c, uint32_t off);

#endif
