// An LRU hash with map_flags, written from a cgroup skb program.
// test: cgroup_skb/ingress packet=udp4 r0=1
// map-after: seen 0a000002=26000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 128);
	__uint(map_flags, 0);
} seen SEC(".maps");

SEC("cgroup_skb/ingress")
int remember(struct __sk_buff *skb)
{
	struct iphdr ip;
	__u32 len;

	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) < 0)
		return 1;
	len = bpf_ntohs(ip.tot_len);
	bpf_map_update_elem(&seen, &ip.daddr, &len, BPF_ANY);
	return 1;
}

char _license[] SEC("license") = "GPL";
