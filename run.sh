#!/usr/bin/env bash
# Runs Anxue on its embedded engines (PostgreSQL, S3, Elasticsearch) with demo data, or on external
# ones when configured (see README: Configuration). Builds first when the build is missing or stale.
set -euo pipefail
cd "$(dirname "$0")"

jar=target/quarkus-app/quarkus-run.jar
stale=""
if [ -f "$jar" ]; then
  stale=$(find pom.xml src/main content frontend/src frontend/package.json deploy/embedded-elasticsearch/src \
    -newer "$jar" -type f -print -quit 2>/dev/null || true)
fi
if [ ! -f "$jar" ] || [ -n "$stale" ]; then
  echo "Building Anxue (tests skipped; run them with ./mvnw verify) ..."
  ./mvnw -B -q package -DskipTests
fi

# exec: Ctrl-C and SIGTERM reach the JVM, which stops the embedded engines after itself.
exec java ${ANXUE_JAVA_OPTS:--Xmx768m} -jar "$jar" "$@"
