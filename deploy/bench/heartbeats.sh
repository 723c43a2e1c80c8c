#!/usr/bin/env bash
# Durable heartbeat ingestion: throughput and latency of (a) a no-op endpoint, (b) heartbeats with
# group commit, (c) heartbeats with one commit each, over loopback with wrk, against the packaged
# application on its embedded PostgreSQL (fsync on). See org/anxue/learning/playback/README.md.
# Usage: deploy/bench/heartbeats.sh [learners=2000] [seconds=30] [connections=256] [wrk threads=2]
# Needs wrk (apt-get install -y wrk). Builds the application first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -DskipEmbeddedElasticsearch=true
./mvnw -B -q test-compile -DskipEmbeddedElasticsearch=true
exec ./mvnw -B -q exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
  -Dexec.mainClass=org.anxue.learning.playback.HeartbeatBenchmark -Dexec.args="$*"
