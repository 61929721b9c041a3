// tc: sets the class id from the packet mark and stashes the length in cb[0].
#include "progs.h"

SEC("tc")
int tc_classid(struct __sk_buff *skb)
{
	skb->tc_classid = 0x10000 | (skb->mark & 0xff);
	skb->cb[0] = skb->len;
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
