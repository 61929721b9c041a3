// An array of maps whose slot 0 is set statically to an inner array (libbpf's `values`).
// test: xdp packet=udp4 r0=2
// map-after: inner 00000000=2a000000
#include "bpf_helpers.h"

struct inner_map {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} inner SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct inner_map);
} outer SEC(".maps") = {
	.values = { &inner },
};

SEC("xdp")
int through_outer(struct xdp_md *ctx)
{
	__u32 key = 0;
	void *m = bpf_map_lookup_elem(&outer, &key);
	__u32 *v;

	if (!m)
		return XDP_ABORTED;
	v = bpf_map_lookup_elem(m, &key);
	if (!v)
		return XDP_DROP;
	*v = 42;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
