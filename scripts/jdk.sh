# Sourced by ./bpflab and ./test.sh: JDK discovery. Defines find_jdk, which prints a
# JAVA_HOME whose java and javac are at least 25 (JAVA_HOME first, then PATH, then the
# usual install folders), and use_jdk, which exports it or explains why it cannot.

java_major() { # prints the feature version of the java binary $1, or nothing
  # The JDK's release file says it without starting a JVM (~100 ms saved on every call),
  # read with bash alone: each fork counts in a start-up budget of a few tens of ms.
  local release="${1%/bin/java}/release" line
  if [ -f "$release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        echo "${BASH_REMATCH[1]}"
        return 0
      fi
    done <"$release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

find_jdk() { # prints a JAVA_HOME whose java and javac are >= 25
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in /usr/lib/jvm/*/ /opt/java/*/ /opt/*jdk*/; do
    [ -d "$d" ] && candidates+=("${d%/}")
  done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ]; then
      local v
      v=$(java_major "$d/bin/java")
      if [ -n "$v" ] && [ "$v" -ge 25 ]; then
        echo "$d"
        return 0
      fi
    fi
  done
  return 1
}

use_jdk() {
  if ! JAVA_HOME=$(find_jdk); then
    echo "bpflab: no JDK 25 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "bpflab: install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
    exit 2
  fi
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}
