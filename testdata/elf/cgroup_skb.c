// A cgroup skb filter allowing packets up to 40 bytes of network layer.
// test: cgroup_skb/egress packet=udp4 r0=1
// test: cgroup_skb/egress packet=tcp4 r0=0
#include "bpf_helpers.h"

SEC("cgroup_skb/egress")
int small_only(struct __sk_buff *skb)
{
	return skb->len < 40;
}

char _license[] SEC("license") = "GPL";
