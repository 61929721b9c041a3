	.text
	.file	"08_strings.c"
	.section	"tracepoint/syscalls/sys_enter_execve","ax",@progbits
	.globl	hello                           # -- Begin function hello
	.p2align	3
	.type	hello,@function
hello:                                  # @hello
# %bb.0:
	r1 = 7216209640863589736 ll
	*(u64 *)(r10 - 16) = r1
	w1 = 10
	*(u16 *)(r10 - 8) = w1
	call 8
	r1 = r10
	r1 += -16
	w2 = 10
	w3 = w0
	call 6
	r1 = hello.msg ll
	w2 = 15
	call 6
	w0 = 0
	exit
.Lfunc_end0:
	.size	hello, .Lfunc_end0-hello
                                        # -- End function
	.type	_license,@object                # @_license
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4

	.type	.L__const.hello.fmt,@object     # @__const.hello.fmt
	.section	.rodata.str1.1,"aMS",@progbits,1
.L__const.hello.fmt:
	.asciz	"hello %d\n"
	.size	.L__const.hello.fmt, 10

	.type	hello.msg,@object               # @hello.msg
	.section	.rodata,"a",@progbits
hello.msg:
	.asciz	"static message"
	.size	hello.msg, 15

	.addrsig
	.addrsig_sym hello
	.addrsig_sym _license
	.addrsig_sym hello.msg
