// A ring buffer written with bpf_ringbuf_reserve/submit and bpf_ringbuf_output; two 8-byte
// records with their 8-byte headers make 32 bytes of available data (BPF_RB_AVAIL_DATA).
// test: xdp packet=udp4 r0=2
#include "bpf_helpers.h"

struct event {
	__u32 len;
	__u32 proto;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("xdp")
int emit(struct xdp_md *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	struct event copy = { .len = 7, .proto = 9 };

	if (!e)
		return XDP_ABORTED;
	e->len = ctx->data_end - ctx->data;
	e->proto = 17;
	bpf_ringbuf_submit(e, 0);
	bpf_ringbuf_output(&events, &copy, sizeof(copy), 0);
	return bpf_ringbuf_query(&events, 0) == 32 ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
