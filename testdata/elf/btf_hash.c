// A BTF-defined hash map keyed by a struct.
// test: tc packet=udp4 r0=0
// test: tc packet=udp4 r0=0
// test: tc packet=tcp4 r0=2
// map-after: flows 0a0000010a0000021100000000000000=02000000
#include "bpf_helpers.h"

struct flow {
	__u32 saddr;
	__u32 daddr;
	__u8 proto;
	__u8 pad[7];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, struct flow);
	__type(value, __u32);
	__uint(max_entries, 64);
} flows SEC(".maps");

SEC("tc")
int count_flows(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct flow f = {};
	__u32 one = 1, *n;

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_SHOT;
	if (ip->protocol != 17)
		return TC_ACT_SHOT;
	f.saddr = ip->saddr;
	f.daddr = ip->daddr;
	f.proto = ip->protocol;
	n = bpf_map_lookup_elem(&flows, &f);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&flows, &f, &one, BPF_NOEXIST);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
