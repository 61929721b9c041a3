#!/usr/bin/env bash
# Fetches the Linux 6.12 sources that bpflab's facts, messages and tests are checked
# against (Debian's linux-source-6.12 package, the BPF parts only) into a cache folder,
# and prints that folder. Idempotent: a second call prints the folder at once.
# Use: export BPFLAB_KERNEL_TREE=$(scripts/kernel-source.sh)
set -euo pipefail
cache=${BPFLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bpflab}
tree="$cache/linux-6.12"
if [ -r "$tree/include/uapi/linux/bpf.h" ] && [ -r "$tree/kernel/bpf/verifier.c" ]; then
  echo "$tree"
  exit 0
fi
mkdir -p "$cache"
work=$(mktemp -d "$cache/fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download linux-source-6.12 >/dev/null 2>&1) || {
  (apt-get update -qq >/dev/null 2>&1 && cd "$work" && apt-get download linux-source-6.12 >/dev/null 2>&1) || {
    echo "kernel-source: cannot download Debian's linux-source-6.12" >&2
    exit 1
  }
}
dpkg-deb --fsys-tarfile "$work"/linux-source-6.12_*.deb | tar -x -C "$work" --wildcards '*/linux-source-6.12.tar.xz'
tar -xJf "$work"/usr/src/linux-source-6.12.tar.xz -C "$work" --wildcards \
  'linux-source-6.12/kernel/bpf/*' \
  'linux-source-6.12/kernel/trace/bpf_trace.c' \
  'linux-source-6.12/net/core/filter.c' \
  'linux-source-6.12/include/linux/bpf*.h' \
  'linux-source-6.12/include/linux/filter.h' \
  'linux-source-6.12/include/linux/tnum.h' \
  'linux-source-6.12/include/uapi/linux/bpf.h' \
  'linux-source-6.12/include/uapi/linux/bpf_common.h' \
  'linux-source-6.12/arch/x86/include/uapi/asm/ptrace.h'
rm -rf "$tree"
mv "$work/linux-source-6.12" "$tree"
echo "$tree"
