// A hash of maps with an inner hash map given as a template only (no initial values).
// test: xdp packet=udp4 r0=1
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, struct {
		__uint(type, BPF_MAP_TYPE_HASH);
		__uint(max_entries, 8);
		__type(key, __u32);
		__type(value, __u64);
	});
} tenants SEC(".maps");

SEC("xdp")
int lookup_tenant(struct xdp_md *ctx)
{
	__u32 id = 7;

	return bpf_map_lookup_elem(&tenants, &id) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
