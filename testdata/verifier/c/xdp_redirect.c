// XDP: redirects every packet through a device map slot chosen by the receive queue.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 8);
} tx_ports SEC(".maps");

SEC("xdp")
int xdp_redirect(struct xdp_md *ctx)
{
	__u32 q = ctx->rx_queue_index & 7;

	return bpf_redirect_map(&tx_ports, q, XDP_PASS);
}

char _license[] SEC("license") = "GPL";
