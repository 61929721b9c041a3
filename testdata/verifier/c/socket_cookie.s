	.text
	.file	"socket_cookie.c"
	.section	socket,"ax",@progbits
	.globl	socket_cookie                   # -- Begin function socket_cookie
	.p2align	3
	.type	socket_cookie,@function
socket_cookie:                          # @socket_cookie
# %bb.0:
	call 46
	*(u64 *)(r10 - 8) = r0
	r6 = 1
	*(u64 *)(r10 - 16) = r6
	r2 = r10
	r2 += -8
	r1 = per_socket ll
	call 1
	if r0 == 0 goto LBB0_2
# %bb.1:
	lock *(u64 *)(r0 + 0) += r6
	goto LBB0_3
LBB0_2:
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r1 = per_socket ll
	r4 = 1
	call 2
LBB0_3:
	r0 = 4294967295 ll
	exit
.Lfunc_end0:
	.size	socket_cookie, .Lfunc_end0-socket_cookie
                                        # -- End function
	.type	per_socket,@object              # @per_socket
	.section	.maps,"aw",@progbits
	.globl	per_socket
	.p2align	3, 0x0
per_socket:
	.zero	32
	.size	per_socket, 32

	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.addrsig
	.addrsig_sym socket_cookie
	.addrsig_sym per_socket
	.addrsig_sym _license
