/* metrics.h — the process's counters, rendered in the Prometheus text format. */
#ifndef CHRONIK_METRICS_H
#define CHRONIK_METRICS_H

#include <stddef.h>

#include "analysis/pipeline.h"

/* Routes counted separately; everything else counts as METRIC_ROUTE_OTHER. */
typedef enum metric_route {
    METRIC_ROUTE_ANALYZE = 0,
    METRIC_ROUTE_HEALTHZ,
    METRIC_ROUTE_READYZ,
    METRIC_ROUTE_METRICS,
    METRIC_ROUTE_OPENAPI,
    METRIC_ROUTE_ROOT,
    METRIC_ROUTE_OTHER,
    METRIC_ROUTE_COUNT
} metric_route;

metric_route metrics_route_of(const char *path);

/* Counts one finished request. Thread-safe (atomics). */
void metrics_request_done(metric_route route, int status, double seconds, size_t bytes_in);

/* Adds one analysis run's stage times. */
void metrics_analysis(const pipeline_times *t);

void metrics_in_flight_add(int delta);
long metrics_in_flight(void);

/* The exposition text; malloc'd, owned by the caller; NULL on out of memory. */
char *metrics_render(size_t *len);

#endif
