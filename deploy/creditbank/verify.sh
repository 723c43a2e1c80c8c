#!/usr/bin/env bash
# Verifies the credit ledger straight from PostgreSQL, without the application (org.anxue.creditbank.VerifyCommand):
# re-hashes every chain and the root over all account heads, checks each account against the heads of
# the last stored root, prints the first broken entry of each broken account.
# Exit status: 0 intact, 1 broken, 2 error.
# Usage: deploy/creditbank/verify.sh [jdbc-url [user [password]]]
#        (default jdbc:postgresql://127.0.0.1:15432/postgres, user postgres: the embedded PostgreSQL of ./run.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q compile -DskipEmbeddedElasticsearch=true
exec ./mvnw -B -q exec:java -DskipEmbeddedElasticsearch=true -Dexec.mainClass=org.anxue.creditbank.VerifyCommand \
  -Dexec.args="$*"
