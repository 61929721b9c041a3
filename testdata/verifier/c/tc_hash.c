// tc: spreads packets over four marks by their flow hash.
#include "progs.h"

SEC("tc")
int tc_hash(struct __sk_buff *skb)
{
	skb->mark = bpf_get_hash_recalc(skb) & 3;
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
