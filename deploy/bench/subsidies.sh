#!/usr/bin/env bash
# The subsidy report of a city's year against a real embedded PostgreSQL (fsync on), started in a
# temporary directory: the report's query before the institution names, SubsidyReport.of now (with
# the join to institution) and the .xlsx, in the same run. See src/main/java/org/anxue/oversight/README.md.
# Usage: deploy/bench/subsidies.sh [people=300000] [companies=5000] [entries=3000000] [institutions=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile -DskipEmbeddedElasticsearch=true
exec ./mvnw -B -q exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
  -Dexec.mainClass=org.anxue.oversight.exports.SubsidyReportBenchmark -Dexec.args="$*" -Dexec.cleanupDaemonThreads=false
