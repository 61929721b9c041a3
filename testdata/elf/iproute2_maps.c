// iproute2's map definition (struct bpf_elf_map, tc's loader) in a legacy `maps` section.
// test: classifier packet=udp4 r0=0
// test: classifier packet=tcp4 r0=0
// map-after: bytes 00000000=6a00000000000000
#include "bpf_helpers.h"

struct bpf_elf_map {
	__u32 type;
	__u32 size_key;
	__u32 size_value;
	__u32 max_elem;
	__u32 flags;
	__u32 id;
	__u32 pinning;
	__u32 inner_id;
	__u32 inner_idx;
};

#define PIN_GLOBAL_NS 2

struct bpf_elf_map SEC("maps") bytes = {
	.type = BPF_MAP_TYPE_ARRAY,
	.size_key = sizeof(__u32),
	.size_value = sizeof(__u64),
	.max_elem = 1,
	.pinning = PIN_GLOBAL_NS,
};

SEC("classifier")
int count_bytes(struct __sk_buff *skb)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&bytes, &key);

	if (v)
		__sync_fetch_and_add(v, skb->len);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
