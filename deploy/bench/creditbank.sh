#!/usr/bin/env bash
# The credit bank's numbers against a real embedded PostgreSQL (fsync on), started in a temporary
# directory: statement p50/p99 for a person with 200 entries (and with 2), verifying a ledger of
# 1,000,000 entries (and the same re-hashing in memory), the status of 100,000 people of a bureau
# for the year (and the policy preview over them). See src/main/java/org/anxue/creditbank/README.md.
# Usage: deploy/bench/creditbank.sh [entries=1000000] [people=100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile -DskipEmbeddedElasticsearch=true
exec ./mvnw -B -q exec:java -DskipEmbeddedElasticsearch=true -Dexec.classpathScope=test \
  -Dexec.mainClass=org.anxue.creditbank.CreditBankBenchmark -Dexec.args="$*" -Dexec.cleanupDaemonThreads=false
