// A per-CPU array: each CPU counts in its own slot.
// test: xdp packet=udp4 r0=2
// test: xdp packet=udp4 r0=2
// map-after: pkts 00000000=0200000000000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} pkts SEC(".maps");

SEC("xdp")
int count_percpu(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&pkts, &key);

	if (v)
		*v += 1;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
