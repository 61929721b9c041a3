// tc: looks up a socket and forgets to release it.
// verify: tc_sk_leak rejected BPF_EXIT instruction in main prog would lead to reference leak
#include "progs.h"

SEC("tc")
int tc_sk_leak(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;

	t.dport = bpf_htons(80);
	sk = bpf_sk_lookup_tcp(skb, &t, 12, -1, 0);
	if (sk && sk->state == 1)
		return TC_ACT_SHOT;
	if (sk)
		bpf_sk_release(sk);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
