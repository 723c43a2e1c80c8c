#!/usr/bin/env bash
# Course search figures: 10,000 generated courses; a full rebuild of the index; search p50/p99 and
# throughput on Elasticsearch and on the plain PostgreSQL query, in the same run.
# Usage: deploy/bench/search.sh [courses threads seconds]    (defaults: 10000 4 20)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d deploy/embedded-elasticsearch/target/es-node/lib ] || deploy/embedded-elasticsearch/build.sh
args="${*:-10000 4 20}"
./mvnw -q -B -ntp test-compile -DskipEmbeddedElasticsearch=true
./mvnw -q -B -ntp exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
  -Dexec.mainClass=org.anxue.search.SearchBenchmark -Dexec.args="$args"
