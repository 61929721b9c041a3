#!/bin/sh
# clang-19 -g output (BTF and DWARF) for a few of ../c's programs, with llvm-mc-19's objects.
set -e
cd "$(dirname "$0")"
for base in 03_array_map 06_subprog 12_ringbuf; do
  (cd ../c && clang-19 -target bpf -O2 -g -S -fdebug-compilation-dir=/src "$base.c" -o "../debug/$base.s")
  llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj "$base.s" -o "$base.o"
done
