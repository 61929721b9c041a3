// XDP: passes one packet in sixteen to user space sampling, drops nothing.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} sampled SEC(".maps");

SEC("xdp")
int xdp_sample(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *n;

	if (bpf_get_prandom_u32() & 15)
		return XDP_PASS;
	n = bpf_map_lookup_elem(&sampled, &k);
	if (n)
		__sync_fetch_and_add(n, 1);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
