// Global variables in .data, .bss and .rodata, read and written through
// BPF_PSEUDO_MAP_VALUE references.
// test: xdp packet=udp4 r0=2
// test: xdp packet=udp4 r0=2
// map-after: .bss 00000000=0200000000000000
// map-after: .data 00000000=6500000034000000
#include "bpf_helpers.h"

__u64 packets;
__u32 base = 99;
__u32 last_len = 0xdead;
const volatile __u32 increment = 1;

SEC("xdp")
int globals(struct xdp_md *ctx)
{
	packets += 1;
	base += increment;
	last_len = ctx->data_end - ctx->data;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
