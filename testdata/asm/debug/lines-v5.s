# DWARF 5 line table edge cases: every .loc sub-directive, line and address deltas that
# need DW_LNS_advance_line / advance_pc / const_add_pc, two .locs in a row, a .loc before
# data, and line entries in three sections (one sequence each, in order of first entry).
	.file	0 "/src" "lab.c" md5 0x00112233445566778899aabbccddeeff
	.file	1 "/src/include" "lab.h" md5 0xffeeddccbbaa99887766554433221100
	.file	2 "/usr/include/linux" "bpf.h" md5 0x0123456789abcdef0123456789abcdef
	.text
	.globl	f
	.p2align	3
	.type	f,@function
f:
	.loc	0 10 0
	r0 = 0
	.loc	0 11 3 prologue_end
	r1 = 1
	.loc	0 9 5 is_stmt 0
	r2 = 2
	.loc	0 200 1 basic_block
	r3 = 3
	.loc	0 4 7 epilogue_begin is_stmt 1
	.loc	1 5 8 discriminator 3
	r4 = 4
	.loc	2 6 9 isa 2
	.zero	8
	r5 = 5
	.loc	1 7 9
	.zero	136
	r5 = 6
	.loc	1 7 10
	.zero	2048
	r5 = 7
	.loc	1 100000 1
	.zero	160
	exit
	.loc	0 12 1
	.zero	144
	exit
.Lfunc_end0:
	.size	f, .Lfunc_end0-f

	.section	xdp,"ax",@progbits
	.globl	g
g:
	.loc	0 20 2
	r0 = 2
	.loc	0 20 2
	exit

	.data
	.loc	0 30 1
	.long	5
	.loc	0 31 1
	.byte	1, 2, 3
	.loc	0 32 1
	.ascii	"ab"
	.text
	.loc	0 40 1
	exit

# A .loc not used before the section changes is dropped (llvm: MCObjectStreamer::changeSectionImpl).
	.section	xdp,"ax",@progbits
	.loc	0 60 1
	.text
	.loc	0 61 2
	exit
