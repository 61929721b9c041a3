// bpf_loop with a callback: the callback's address is an lddw with src=4 (BPF_PSEUDO_FUNC).
// test: xdp packet=udp4 r0=55
#include "bpf_helpers.h"

struct acc {
	__u64 sum;
};

static int add_index(__u32 index, struct acc *a)
{
	a->sum += index + 1;
	return 0;
}

SEC("xdp")
int sum_loop(struct xdp_md *ctx)
{
	struct acc a = { 0 };

	bpf_loop(10, add_index, &a, 0);
	return a.sum;
}

char _license[] SEC("license") = "GPL";
