// cgroup/skb returning the packet length, outside the 0 or 1 cgroup programs may return.
// verify: cgroup_skb_bad_return rejected At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]
#include "progs.h"

SEC("cgroup_skb/ingress")
int cgroup_skb_bad_return(struct __sk_buff *skb)
{
	return skb->len;
}

char _license[] SEC("license") = "GPL";
