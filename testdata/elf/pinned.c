// A BTF map with libbpf's pinning attribute (LIBBPF_PIN_BY_NAME), read by bpflab and kept
// as an attribute: neither bpflab nor its tests pin anything.
// test: tc packet=udp4 r0=0
// map-after: pinned_counts 00000000=01000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 8);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
} pinned_counts SEC(".maps");

SEC("tc")
int count(struct __sk_buff *skb)
{
	__u32 k = 0, one = 1, *v = bpf_map_lookup_elem(&pinned_counts, &k);

	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&pinned_counts, &k, &one, BPF_ANY);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
