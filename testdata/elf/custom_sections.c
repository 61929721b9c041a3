// Custom global data sections .data.NAME and .rodata.NAME (each its own array map).
// test: socket packet=udp4 r0=12
// map-after: .data.stats 00000000=0300000000000000
#include "bpf_helpers.h"

__u32 weights[3] SEC(".rodata.cfg") = { 2, 3, 7 };
__u64 hits SEC(".data.stats") = 2;

SEC("socket")
int weighted(struct __sk_buff *skb)
{
	hits++;
	return weights[0] + weights[1] + weights[2];
}

char _license[] SEC("license") = "GPL";
