# Data whose value is an expression over labels defined later (or across an alignment or
# an unresolved LEB128), as llvm-mc-19 lays it out after relaxation.
	.text
	.globl	prog
prog:
	r0 = 0
	exit

# LEB128 values over labels defined below: LEB fragments, relaxed until their sizes settle.
	.section	.debug_x,"",@progbits
.Ldx_start:
	.uleb128 .Ldx_end-.Ldx_start
	.sleb128 .Ldx_start-.Ldx_end
	.uleb128 .Lq-.Lp
	.uleb128 .Lp-.Ldx_start
	.sleb128 0-(.Lq-.Lp)
.Lp:
	.zero	200
	.uleb128 .Ldx_end-.Lp
	.p2align	3
	.uleb128 .Lq-.Lp
	.zero	16383
.Lq:
	.long	.Lq-.Ldx_start
	.quad	.Ldx_end-.Lq
.Ldx_end:

# A value needing fewer bytes after relaxation keeps its size; the one after grows past 127.
	.data
	.uleb128 .Lb - .La
	.uleb128 .Lr - .Ls
.La:
	.zero	125
	.p2align	2
.Lb:
.Ls:
	.zero	300
.Lr:

# 1- and 2-byte values llvm-mc-19 cannot fold as it reads them: BPFAsmBackend::applyFixup
# writes them as jump offsets ((value - 8) / 8, 16 bits, two bytes further on).
	.section	.rodata.fixups,"a",@progbits
	.byte	.Lf2-.Lf1
	.byte	0, 0, 0, 0
	.short	.Lf2-.Lf1
	.byte	0, 0, 0, 0
.Lf1:
	.byte	1
	.p2align	2
.Lf2:
	.byte	.Lf2-.Lf1
	.short	.Lf2-.Lf1
	.byte	7
	.zero	3
	.byte	.Lf3-.Lf1
.Lf3:
	.zero	2
	.byte	.Lf3-.Lf2
	.byte	5, 6
