# kernel: invalid bpf_context access off=64 size=4
# hint: ctx-access
.section xdp
	r0 = *(u32 *)(r1 + 64)
	exit
