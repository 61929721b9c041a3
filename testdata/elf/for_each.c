// bpf_for_each_map_elem over a BTF array map with a callback summing its values.
// test: xdp packet=udp4 r0=2
// map-after: vals 00000000=0200000000000000
// map-after: vals 01000000=0300000000000000
// map-after: total 00000000=0500000000000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} vals SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} total SEC(".maps");

static long add_value(void *map, __u32 *key, __u64 *val, __u64 *sum)
{
	*sum += *val;
	return 0;
}

SEC("xdp")
int sum_map(struct xdp_md *ctx)
{
	__u32 k0 = 0, k1 = 1;
	__u64 two = 2, three = 3, sum = 0;

	bpf_map_update_elem(&vals, &k0, &two, BPF_ANY);
	bpf_map_update_elem(&vals, &k1, &three, BPF_ANY);
	bpf_for_each_map_elem(&vals, add_value, &sum, 0);
	bpf_map_update_elem(&total, &k0, &sum, BPF_ANY);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
