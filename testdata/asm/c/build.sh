#!/bin/sh
# Regenerates the .s (clang-19 -target bpf -O2 -S) and golden .o (llvm-mc-19) of every program here.
# 11, 14, 15 and 24 are compiled with -mcpu=v4 (atomics with fetch, signed division, sign extension, gotol).
set -e
cd "$(dirname "$0")"
for c in [0-9]*.c; do
  base=${c%.c}
  cpu=v3
  case $base in 11_*|14_*|15_*|24_*) cpu=v4;; esac
  clang-19 -target bpf -mcpu=$cpu -O2 -S "$c" -o "$base.s"
  llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj "$base.s" -o "$base.o"
done
