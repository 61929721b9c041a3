// Socket filter: counts packets per socket cookie.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u64);
	__type(value, __u64);
	__uint(max_entries, 128);
} per_socket SEC(".maps");

SEC("socket")
int socket_cookie(struct __sk_buff *skb)
{
	__u64 c = bpf_get_socket_cookie(skb), one = 1, *n;

	n = bpf_map_lookup_elem(&per_socket, &c);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&per_socket, &c, &one, BPF_NOEXIST);
	return -1;
}

char _license[] SEC("license") = "GPL";
