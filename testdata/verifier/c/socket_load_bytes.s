	.text
	.file	"socket_load_bytes.c"
	.section	socket,"ax",@progbits
	.globl	socket_load_bytes               # -- Begin function socket_load_bytes
	.p2align	3
	.type	socket_load_bytes,@function
socket_load_bytes:                      # @socket_load_bytes
# %bb.0:
	r3 = r10
	r3 += -1
	r6 = 1
	r2 = 23
	r4 = 1
	call 26
	r1 = r0
	r0 = 1
	if r1 s> -1 goto LBB0_2
# %bb.1:
	r0 = 0
LBB0_2:
	r1 = *(u8 *)(r10 - 1)
	r1 &= 255
	if r1 == 17 goto LBB0_4
# %bb.3:
	r6 = 0
LBB0_4:
	r0 &= r6
	r0 &= 1
	r0 = -r0
	exit
.Lfunc_end0:
	.size	socket_load_bytes, .Lfunc_end0-socket_load_bytes
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym socket_load_bytes
	.addrsig_sym _license
