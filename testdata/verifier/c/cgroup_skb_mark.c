// cgroup/skb: marks packets of priority 6 and allows all.
#include "progs.h"

SEC("cgroup_skb/egress")
int cgroup_skb_mark(struct __sk_buff *skb)
{
	if (skb->priority == 6)
		skb->mark = 0x66;
	return 1;
}

char _license[] SEC("license") = "GPL";
