// A prog array filled at load time through `values` (libbpf's static initialisation of
// program arrays); the entry program tail-calls slot 1.
// test: first packet=udp4 r0=3
#include "bpf_helpers.h"

SEC("xdp")
int second(struct xdp_md *ctx)
{
	return XDP_TX;
}

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} jmp SEC(".maps") = {
	.values = { [1] = (void *)&second },
};

SEC("xdp")
int first(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jmp, 1);
	return XDP_DROP;
}

char _license[] SEC("license") = "GPL";
