#!/usr/bin/env bash
# Progress against the plan targets for a city (issue 8) against a real embedded PostgreSQL (fsync on), started
# in a temporary directory: the city of deploy/bench/oversight.sh (300,000 people, 5,000 companies with sizes,
# 3,000,000 ledger entries); PlanProgress's one grouped pass next to four separate passes and to the previous
# per-district queries, measured in the same run. See src/main/java/org/anxue/oversight/README.md.
# Usage: deploy/bench/planprogress.sh [people=300000] [companies=5000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile -DskipEmbeddedElasticsearch=true
MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" exec ./mvnw -B -q exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
  -Dexec.mainClass=org.anxue.oversight.PlanProgressBenchmark -Dexec.args="$*" -Dexec.cleanupDaemonThreads=false
