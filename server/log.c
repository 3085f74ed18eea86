/* log.c — structured log lines; each line is written with one fwrite under a lock. */
#include "server/log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static atomic_int min_level = LOG_INFO;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static const char *const level_names[] = {"debug", "info", "warn", "error"};

void log_set_level(int level)
{
    atomic_store(&min_level, level);
}

int log_get_level(void)
{
    return atomic_load(&min_level);
}

void log_json(int level, const char *msg, json_t *obj)
{
    if (level < atomic_load(&min_level)) {
        json_decref(obj);
        return;
    }
    if (!obj) obj = json_object();
    if (!obj) return;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    char t[64];
    snprintf(t, sizeof t, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000);
    json_t *line = json_pack("{s:s, s:s, s:s}", "time", t, "level", level_names[level & 3], "msg",
                             msg ? msg : "");
    if (line) json_object_update(line, obj);
    json_decref(obj);
    char *s = line ? json_dumps(line, JSON_COMPACT) : NULL;
    json_decref(line);
    if (!s) return;
    pthread_mutex_lock(&log_lock);
    fputs(s, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    pthread_mutex_unlock(&log_lock);
    free(s);
}

void log_msg(int level, const char *fmt, ...)
{
    if (level < atomic_load(&min_level)) return;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    log_json(level, buf, NULL);
}
