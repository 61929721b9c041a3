// Two programs calling the same .text functions, one of them global, one calling another.
// test: xdp packet=udp4 r0=52
// test: tc packet=tcp4 r0=108
#include "bpf_helpers.h"

static __noinline __u32 twice(__u32 x)
{
	return x * 2;
}

__noinline int length_of(__u32 start, __u32 end)
{
	return end - start;
}

static __noinline __u32 double_length(__u32 start, __u32 end)
{
	return twice(length_of(start, end));
}

SEC("xdp")
int xdp_len(struct xdp_md *ctx)
{
	return length_of(ctx->data, ctx->data_end);
}

SEC("tc")
int tc_len(struct __sk_buff *skb)
{
	return double_length(skb->data, skb->data_end);
}

char _license[] SEC("license") = "GPL";
