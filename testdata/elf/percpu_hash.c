// A per-CPU hash keyed by the packet length.
// test: xdp packet=udp4 r0=2
// map-after: by_len 34000000=0100000000000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} by_len SEC(".maps");

SEC("xdp")
int count_len(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	__u64 one = 1, *v = bpf_map_lookup_elem(&by_len, &len);

	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&by_len, &len, &one, BPF_ANY);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
