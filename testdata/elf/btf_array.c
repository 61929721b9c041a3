// A BTF-defined array map with key and value sizes instead of types, in a socket filter
// (whose skb starts at the network header: 38 of the 52 bytes).
// test: socket packet=udp4 r0=38
// map-after: lens 00000000=26000000
// map-after: lens 01000000=01000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
	__uint(max_entries, 2);
} lens SEC(".maps");

SEC("socket")
int record_len(struct __sk_buff *skb)
{
	__u32 k0 = 0, k1 = 1;
	__u32 *last = bpf_map_lookup_elem(&lens, &k0);
	__u32 *runs = bpf_map_lookup_elem(&lens, &k1);

	if (!last || !runs)
		return 0;
	*last = skb->len;
	*runs += 1;
	return skb->len;
}

char _license[] SEC("license") = "GPL";
