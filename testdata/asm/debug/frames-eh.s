# Without .cfi_sections llvm-mc writes .eh_frame (version 1 CIE, "zR", absolute 8-byte FDE pointers).
	.text
f:
	.cfi_startproc
	r0 = 0
	exit
	.cfi_endproc
g:
	.cfi_startproc
	exit
	.cfi_endproc
