// XDP dispatcher: tail-calls the program for the packet's IP protocol, passes otherwise.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(key_size, 4);
	__uint(value_size, 4);
	__uint(max_entries, 256);
} jump SEC(".maps");

SEC("xdp")
int tail_calls(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	bpf_tail_call(ctx, &jump, ip->protocol);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
