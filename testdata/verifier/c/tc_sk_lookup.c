// tc: looks up the TCP socket a packet belongs to and marks packets that have one.
#include "progs.h"

SEC("tc")
int tc_sk_lookup(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp = (void *)(ip + 1);
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;

	if ((void *)(tcp + 1) > data_end || ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	t.saddr = ip->saddr;
	t.daddr = ip->daddr;
	t.sport = tcp->source;
	t.dport = tcp->dest;
	sk = bpf_sk_lookup_tcp(skb, &t, 12, -1, 0);
	if (!sk)
		return TC_ACT_OK;
	if (sk->state == 1)
		skb->mark = 1;
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
