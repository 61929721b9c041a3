#!/usr/bin/env bash
# Start-up of the common CI call, `bpflab verify small.s`: wall and CPU time (user+sys) over
# N runs of each variant, interleaved so a busy machine slows them alike.
# Usage: scripts/startup-bench.sh [N] [BASELINE_JAR]
#   variants: the plain jar (java -jar, no AOT cache), the jar with the launcher's AOT cache,
#   the launcher ./bpflab; with BASELINE_JAR also that jar (e.g. a build from before a change).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
. "$root/scripts/jdk.sh"
use_jdk
n=${1:-20}
base=${2:-}
jar="$root/cli/target/bpflab.jar"
aot="${jar%.jar}.aot"
"$root/bpflab" --version >/dev/null   # builds the jar and records the AOT cache if needed
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'r0 = 0\nexit\n' >"$tmp/small.s"
java="$JAVA_HOME/bin/java"
declare -A cmds=(
  [jar]="$java -jar $jar verify $tmp/small.s"
  [jar+aot]="$java -XX:AOTCache=$aot -Xlog:aot*=off,cds*=off --enable-native-access=ALL-UNNAMED -jar $jar verify $tmp/small.s"
  [launcher]="$root/bpflab verify $tmp/small.s"
)
[ -n "$base" ] && cmds[baseline]="$java -jar $base verify $tmp/small.s"
for i in $(seq "$n"); do
  for k in "${!cmds[@]}"; do
    /usr/bin/time -f "%e %U %S" -a -o "$tmp/$k.times" ${cmds[$k]} >/dev/null 2>&1
  done
done
printf '%-10s %8s %8s %8s   (%d runs, load %s)\n' variant "wall min" "wall med" "cpu med" "$n" "$(cut -d' ' -f1 /proc/loadavg)"
for k in $(printf '%s\n' "${!cmds[@]}" | sort); do
  wall=$(cut -d' ' -f1 "$tmp/$k.times" | sort -n)
  cpu=$(awk '{print $2 + $3}' "$tmp/$k.times" | sort -n)
  mid=$(( (n + 1) / 2 ))
  printf '%-10s %7.0fms %7.0fms %7.0fms\n' "$k" \
    "$(echo "$wall" | head -n1 | awk '{print $1 * 1000}')" \
    "$(echo "$wall" | sed -n "${mid}p" | awk '{print $1 * 1000}')" \
    "$(echo "$cpu" | sed -n "${mid}p" | awk '{print $1 * 1000}')"
done
