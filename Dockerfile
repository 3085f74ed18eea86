# chronik — container image.
#
#   docker build -t chronik .
#   docker run --rm -p 8080:8080 chronik
#   curl -s localhost:8080/healthz
#
# Configuration: /opt/chronik/config/chronik.json holds the defaults; override any key with an
# environment variable (CHRONIK_FETCH_ALLOW_PRIVATE=true, CHRONIK_LISTEN=0.0.0.0:9000, ...), or
# mount another file and run `chronik serve --config FILE`.

# ---- build: compiler, headers, meson; none of it reaches the runtime image ----
FROM debian:12 AS build

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      meson ninja-build pkg-config gcc libc6-dev \
      libmicrohttpd-dev libjansson-dev libcurl4-openssl-dev \
      libutf8proc-dev libexttextcat-dev libgumbo-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY . .

# Tests are off: they need the test suites' extra tools and run in CI, not in the image build.
# resources/ and config/ are created if absent so that the COPY --from lines below never fail.
RUN meson setup build -Dbuildtype=release -Dtests=false \
 && ninja -C build \
 && ./build/chronik --version \
 && mkdir -p resources config

# ---- runtime: the shared libraries only ----
FROM debian:12-slim

# The runtime halves of the -dev packages above (Debian 12 names). libexttextcat-2.0-0 pulls in
# libexttextcat-data (the n-gram fingerprints). ca-certificates: for `url` requests over https.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libmicrohttpd12 libjansson4 libcurl4 libutf8proc2 libexttextcat-2.0-0 libgumbo1 \
      ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 chronik \
 && useradd --system --uid 10001 --gid chronik --home-dir /opt/chronik --no-create-home \
      --shell /usr/sbin/nologin chronik

COPY --from=build /src/build/chronik /usr/local/bin/chronik
# Read-only data: owned by root so that the service cannot change its own resources.
COPY --from=build /src/resources /opt/chronik/resources
COPY --from=build /src/config /opt/chronik/config

# The configuration's relative paths ("resources": "resources") resolve against this folder.
WORKDIR /opt/chronik
# Numeric uid:gid (= chronik:chronik) so that Kubernetes' runAsNonRoot can verify it.
USER 10001:10001

EXPOSE 8080

# The health check speaks HTTP through bash's /dev/tcp instead of installing curl in the image
# (curl would add ~20 packages and their CVEs for one GET; bash is already in debian:12-slim).
# It asks GET /healthz on the port of CHRONIK_LISTEN (default 8080) and is healthy only on a
# 200 status line. Replace with `chronik health` once the binary has such a subcommand.
HEALTHCHECK --interval=30s --timeout=3s --start-period=15s --retries=3 \
  CMD ["bash", "-c", "port=${CHRONIK_LISTEN##*:}; exec 3<>/dev/tcp/127.0.0.1/${port:-8080} || exit 1; printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3; IFS= read -r -t 2 status <&3; [[ $status == 'HTTP/1.'?' 200 '* ]]"]

CMD ["chronik", "serve"]
