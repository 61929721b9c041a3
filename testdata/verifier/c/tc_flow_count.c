// tc: counts bytes per (source, destination) pair in an LRU hash.
#include "progs.h"

struct pair {
	__u32 src;
	__u32 dst;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, struct pair);
	__type(value, __u64);
	__uint(max_entries, 4096);
} bytes SEC(".maps");

SEC("tc")
int tc_flow_count(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct pair p = {};
	__u64 *n, len = skb->len;

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_OK;
	p.src = ip->saddr;
	p.dst = ip->daddr;
	n = bpf_map_lookup_elem(&bytes, &p);
	if (n) {
		__sync_fetch_and_add(n, len);
	} else {
		bpf_map_update_elem(&bytes, &p, &len, BPF_NOEXIST);
	}
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
