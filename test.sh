#!/usr/bin/env bash
# The test suite: every module's tests (kernel-tagged tests run where bpf() works and say
# why they skip where it does not), then the bpf_conformance suite through the CLI.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
. "$root/scripts/jdk.sh"
use_jdk
cd "$root"
mvn -B -ntp verify "$@"
