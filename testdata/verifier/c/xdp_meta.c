// XDP: reserves 4 bytes of metadata before the packet and stores a mark there.
#include "progs.h"

SEC("xdp")
int xdp_meta(struct xdp_md *ctx)
{
	void *data, *meta;
	__u32 *mark;

	if (bpf_xdp_adjust_meta(ctx, -4))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	meta = (void *)(long)ctx->data_meta;
	mark = meta;
	if ((void *)(mark + 1) > data)
		return XDP_ABORTED;
	*mark = 42;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
