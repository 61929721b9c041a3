// An LPM trie (BPF_F_NO_PREALLOC, as the kernel requires) matching the destination address.
// test: xdp packet=udp4 r0=2
// test: xdp packet=udp4 r0=2
// map-after: routes 180000000a000000=0200000000000000
#include "bpf_helpers.h"

struct lpm_key {
	__u32 prefixlen;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__type(key, struct lpm_key);
	__type(value, __u64);
	__uint(max_entries, 16);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} routes SEC(".maps");

SEC("xdp")
int route(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct lpm_key net = { 24, 0x0000000a };
	struct lpm_key k;
	__u64 one = 1, *v;

	if ((void *)(ip + 1) > data_end)
		return XDP_ABORTED;
	bpf_map_update_elem(&routes, &net, &one, BPF_NOEXIST);
	k.prefixlen = 32;
	k.addr = ip->daddr;
	v = bpf_map_lookup_elem(&routes, &k);
	if (!v)
		return XDP_DROP;
	if (*v < 2)
		*v += 1;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
