# A DWARF 4 line table (no .file 0: llvm-mc's default version): inline directory and file
# names, no .debug_line_str; file names with a path split into directory and name.
	.text
	.file	"prog.c"
	.file	1 "/work/src" "prog.c"
	.file	2 "/work/src/include/util.h"
	.file	3 "/work/src" "./local.h"
	.globl	prog
prog:
	.loc	1 3 0
	r0 = 0
	.loc	2 14 5 prologue_end
	r0 += 1
	.loc	3 2 1
	exit
