/* language_int.h — the detector's feature extractor and model format, shared by
 * analysis/language.c (serving) and tools/train_language.c (training) so they never drift. */
#ifndef CHRONIK_LANGUAGE_INT_H
#define CHRONIK_LANGUAGE_INT_H

#include <stddef.h>
#include <stdint.h>

/* The model file resources/language.bin, all integers little-endian:
 *   8 bytes  magic "CKLANGID"
 *   u32      version (LANGUAGE_MODEL_VERSION; bumped whenever the features change)
 *   u32      bits: the table has 1 << bits entries
 *   u32      scale: table values are log-likelihood ratios times scale
 *   i16[]    table: log P(feature | de) - log P(feature | en), per hashed feature bucket
 *   u32      FNV-1a checksum of the table bytes */
#define LANGUAGE_MODEL_MAGIC   "CKLANGID"
#define LANGUAGE_MODEL_VERSION 1u
#define LANGUAGE_MODEL_FILE    "language.bin"

/* Longest word (in bytes, without the surrounding spaces) that also counts as a whole-word
 * feature; longer words contribute their character n-grams only. */
#define LANGUAGE_MAX_WORD 12

/* Most features one position yields (n-grams of 1..4 bytes plus one whole word). */
#define LANGUAGE_MAX_FEATURES 5

/* Writes the normalized form of src[0..n) to dst (capacity cap >= 2): ASCII and Latin-1
 * letters lower-cased, digits, punctuation and white space turned into single spaces, a space
 * at both ends. Stops before a UTF-8 sequence that would not fit. Returns the length written. */
size_t language_normalize(const char *src, size_t n, char *dst, size_t cap);

/* The feature hashes (unmasked) of position i of normalized text t (0 < i < len): the byte
 * n-grams ending at t[i], and the whole word when t[i] is the space that ends one. Writes at
 * most LANGUAGE_MAX_FEATURES hashes to out and returns how many. */
int language_features_at(const char *t, size_t len, size_t i, uint32_t *out);

#endif
