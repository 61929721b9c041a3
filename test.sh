#!/usr/bin/env bash
# The test suite: every module's tests (kernel-tagged tests run where bpf() works and print
# why they skip where it does not), then the bpf_conformance suite, the shared benchmark
# programs and bpflab's lab tests through the command line, as a user runs them.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
. "$root/scripts/jdk.sh"
use_jdk
cd "$root"
mvn -B -ntp verify "$@"

shared="$root/../shared"
if [ -d "$shared/conformance/tests" ]; then
  echo "== bpf_conformance suite, shared benchmark programs and lab tests on the interpreter and the JIT (bpflab test --engine both)"
  out=$(mktemp)
  status=0
  ./bpflab test --engine both "$shared/conformance/tests" "$shared/bench" testdata/vm testdata/elf testdata/labs >"$out" || status=$?
  grep -v '^PASS ' "$out" || true
  rm -f "$out"
  exit "$status"
else
  echo "== ../shared/conformance not found: the CLI conformance run is skipped"
fi
