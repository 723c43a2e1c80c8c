#!/usr/bin/env bash
# The oversight numbers for a city (issue 8) against a real embedded PostgreSQL (fsync on), started in a
# temporary directory: the compliance dashboard and the monthly report of a city of 300,000 people,
# 5,000 companies and 3,000,000 ledger entries — time to compute and to export, heap — next to the
# dashboard's previous per-company approach, measured in the same run. See src/main/java/org/anxue/oversight/README.md.
# Usage: deploy/bench/oversight.sh [people=300000] [companies=5000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile -DskipEmbeddedElasticsearch=true
MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" exec ./mvnw -B -q exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
  -Dexec.mainClass=org.anxue.oversight.OversightCityBenchmark -Dexec.args="$*" -Dexec.cleanupDaemonThreads=false
