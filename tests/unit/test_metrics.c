/* test_metrics.c — counters add up and render as Prometheus text. */
#include "server/metrics.h"
#include "test.h"

int main(void)
{
    CHECK_INT(metrics_route_of("/analyze"), METRIC_ROUTE_ANALYZE);
    CHECK_INT(metrics_route_of("/nope"), METRIC_ROUTE_OTHER);
    metrics_request_done(METRIC_ROUTE_ANALYZE, 200, 0.003, 1234);
    metrics_request_done(METRIC_ROUTE_ANALYZE, 200, 0.2, 10);
    metrics_request_done(METRIC_ROUTE_HEALTHZ, 404, 0.0001, 0);
    metrics_in_flight_add(2);
    metrics_in_flight_add(-1);
    pipeline_times t = {{0}};
    t.seconds[STAGE_SEGMENT] = 0.5;
    metrics_analysis(&t);
    size_t len;
    char *text = metrics_render(&len);
    CHECK(text != NULL);
    CHECK_INT(strlen(text), len);
    CHECK(strstr(text, "chronik_http_requests_total{route=\"/analyze\",status=\"200\"} 2\n"));
    CHECK(strstr(text, "chronik_http_requests_total{route=\"/healthz\",status=\"404\"} 1\n"));
    /* 0.003 s falls in the 0.005 bucket and above; 0.2 s only from 0.25 */
    CHECK(strstr(
        text,
        "chronik_http_request_duration_seconds_bucket{route=\"/analyze\",le=\"0.0025\"} 0\n"));
    CHECK(strstr(
        text, "chronik_http_request_duration_seconds_bucket{route=\"/analyze\",le=\"0.005\"} 1\n"));
    CHECK(strstr(
        text, "chronik_http_request_duration_seconds_bucket{route=\"/analyze\",le=\"0.25\"} 2\n"));
    CHECK(strstr(text, "chronik_http_request_duration_seconds_count{route=\"/analyze\"} 2\n"));
    CHECK(strstr(text, "chronik_http_request_bytes_total 1244\n"));
    CHECK(strstr(text, "chronik_http_requests_in_flight 1\n"));
    CHECK(strstr(text, "chronik_analysis_stage_seconds_total{stage=\"segment\"} 0.5"));
    free(text);
    TEST_DONE();
}
