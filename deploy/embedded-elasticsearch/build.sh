#!/usr/bin/env bash
# Builds the embedded Elasticsearch node into deploy/embedded-elasticsearch/target/es-node/
# when it is missing or older than its sources; does nothing (fast) when it is up to date.
#
# The node needs a JDK 21 or newer (Elasticsearch 9 is Java 21 bytecode). It is looked up in:
#   1. $ANXUE_ES_JAVA_HOME
#   2. $JAVA_HOME, if its release file says JAVA_VERSION >= 21
#   3. the newest JDK under /usr/lib/jvm whose release file says JAVA_VERSION >= 21
# Without one, a warning is printed and the script exits 0 without building: the application
# then runs without the embedded search node.
#
# Options: --force  rebuild even when up to date.
# Output:  target/es-node/lib/       the node's classpath (java -cp 'lib/*' org.anxue.es.EmbeddedNodeMain)
#          target/es-node/java-home  the JDK home that was found, for the launcher
set -euo pipefail

module_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$module_dir/../.." && pwd)"
target_dir="$module_dir/target"
node_dir="$target_dir/es-node"
stamp="$target_dir/.es-node-build-stamp"

force=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    *) echo "usage: $0 [--force]" >&2; exit 2 ;;
  esac
done

# Prints the major Java version from a JDK's release file, or nothing.
java_major() {
  local release="$1/release" version
  [[ -f "$release" ]] || return 0
  version="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$release" | head -n 1)"
  [[ -n "$version" ]] || return 0
  version="${version#1.}"            # 1.8.0_x -> 8.0_x
  version="${version%%[.+_-]*}"      # 21.0.5 -> 21
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version"
  return 0
}

is_jdk21() {
  local home="$1" major
  [[ -n "$home" && -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  major="$(java_major "$home")"
  [[ -n "$major" && "$major" -ge 21 ]]
}

find_java_home() {
  if [[ -n "${ANXUE_ES_JAVA_HOME:-}" ]]; then
    if is_jdk21 "$ANXUE_ES_JAVA_HOME"; then
      echo "$ANXUE_ES_JAVA_HOME"
      return 0
    fi
    echo "warning: ANXUE_ES_JAVA_HOME=$ANXUE_ES_JAVA_HOME is not a JDK 21+; looking elsewhere" >&2
  fi
  if is_jdk21 "${JAVA_HOME:-}"; then
    echo "$JAVA_HOME"
    return 0
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/*/; do
    dir="${dir%/}"
    [[ -L "$dir" ]] && continue   # skip aliases such as default-java
    is_jdk21 "$dir" || continue
    major="$(java_major "$dir")"
    if (( major > best_major )); then
      best="$dir"
      best_major="$major"
    fi
  done
  [[ -n "$best" ]] && echo "$best"
  return 0
}

java_home="$(find_java_home)"
if [[ -z "$java_home" ]]; then
  echo "warning: no JDK 21+ found (set ANXUE_ES_JAVA_HOME); the embedded Elasticsearch node is not built and search stays unavailable" >&2
  exit 0
fi

up_to_date() {
  [[ "$force" == false && -d "$node_dir/lib" && -f "$stamp" ]] || return 1
  [[ -z "$(find "$module_dir/src" "$module_dir/pom.xml" -newer "$stamp" -print -quit)" ]]
}

if ! up_to_date; then
  echo "building the embedded Elasticsearch node with $java_home" >&2
  # A fresh lib/ so that jars of replaced dependency versions do not linger on the classpath.
  rm -rf "$node_dir/lib"
  (cd "$repo_root" && ./mvnw -q -B -f deploy/embedded-elasticsearch/pom.xml \
      "-Des.java.home=$java_home" -DskipTests package)
  touch "$stamp"
fi

mkdir -p "$node_dir"
if [[ "$(cat "$node_dir/java-home" 2>/dev/null || true)" != "$java_home" ]]; then
  printf '%s\n' "$java_home" > "$node_dir/java-home"
fi
