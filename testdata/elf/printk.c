// bpf_trace_printk with its format string in .rodata (a read-only global data map).
// test: xdp packet=udp4 r0=2
// printk: len=52 proto=17
#include "bpf_helpers.h"

SEC("xdp")
int say(struct xdp_md *ctx)
{
	static const char fmt[] = "len=%d proto=%d";
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return XDP_ABORTED;
	bpf_trace_printk(fmt, sizeof(fmt), (int)(data_end - data), ip->protocol);
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
