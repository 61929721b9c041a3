// Two programs calling the same .text functions, one of them global (verified on its own
// by the kernel, so it takes scalars only), one calling another.
// test: xdp packet=udp4 r0=52
// test: tc packet=tcp4 r0=108
#include "bpf_helpers.h"

static __noinline __u32 twice(__u32 x)
{
	return x * 2;
}

__noinline int add_len(__u32 a, __u32 b)
{
	return a + b;
}

static __noinline __u32 double_sum(__u32 a, __u32 b)
{
	return twice(add_len(a, b));
}

SEC("xdp")
int xdp_len(struct xdp_md *ctx)
{
	return add_len(ctx->rx_queue_index, 52);
}

SEC("tc")
int tc_len(struct __sk_buff *skb)
{
	return double_sum(skb->len, 0);
}

char _license[] SEC("license") = "GPL";
