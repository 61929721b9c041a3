#!/bin/sh
# clang-19 -g output (BTF and DWARF: .loc/.file/.cfi_* included) of every program in ../c, and
# the golden objects llvm-mc-19 writes for it and for the hand-written files here (lines-*,
# frames*). -fdebug-compilation-dir keeps the output independent of where it is built.
set -e
cd "$(dirname "$0")"
for c in ../c/[0-9]*.c; do
  base=$(basename "$c" .c)
  cpu=v3
  case $base in 11_*|14_*|15_*|24_*) cpu=v4;; esac
  (cd ../c && clang-19 -target bpf -mcpu=$cpu -O2 -g -S -fdebug-compilation-dir=/src "$base.c" -o "../debug/$base.s")
done
for s in *.s; do
  llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj "$s" -o "${s%.s}.o"
done
