// The smallest XDP program.
// test: xdp packet=udp4 r0=2
#include "bpf_helpers.h"

SEC("xdp")
int xdp_pass(struct xdp_md *ctx)
{
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
