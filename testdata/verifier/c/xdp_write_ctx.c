// XDP writing to its context, which XDP programs may only read.
// verify: xdp_write_ctx rejected invalid bpf_context access off=16 size=4
#include "progs.h"

SEC("xdp")
int xdp_write_ctx(struct xdp_md *ctx)
{
	ctx->rx_queue_index = 0;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
