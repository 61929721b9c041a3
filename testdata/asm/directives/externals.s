# Calls and references to symbols outside their section or file: the relocations llvm-mc-19
# writes (R_BPF_64_32 for calls, R_BPF_64_64 for lddw, ABS64/ABS32 in data). A jump (goto,
# if, gotol, may_goto) to such a symbol has no relocation: llvm-mc-19 fails and bpflab says
# why (see LlvmDialectTest).
	.text
	.globl	entry
	.type	entry,@function
entry:
	call extern_fn
	call extern_fn
	call global_fn
	call weak_fn
	call other_local
	call other_global
	call local_fn
	r1 = extern_map ll
	r2 = extern_var+16 ll
	r3 = other_local ll
	exit

	.globl	global_fn
global_fn:
	r0 = 1
	exit

	.weak	weak_fn
weak_fn:
	exit

local_fn:
	exit

	.section	tc,"ax",@progbits
other_local:
	r0 = 2
	exit
	.globl	other_global
other_global:
	call extern_fn
	call entry
	exit

	.data
	.quad	extern_fn
	.long	extern_var
	.quad	extern_var+8
	.quad	other_global
