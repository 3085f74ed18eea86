/* log.h — JSON lines on stderr, one object a line, filtered by level. */
#ifndef CHRONIK_LOG_H
#define CHRONIK_LOG_H

#include <jansson.h>

#include "server/config.h"

/* Sets the lowest level written (LOG_DEBUG..LOG_ERROR). */
void log_set_level(int level);
int log_get_level(void);

/* Writes obj (stolen) as one line with "time", "level" and "msg" added. */
void log_json(int level, const char *msg, json_t *obj);

/* Writes a line with just a message. */
void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
