// tc: copies the packet length and mark to a ring buffer with bpf_ringbuf_output.
#include "progs.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 14);
} rblog SEC(".maps");

SEC("tc")
int tc_ringbuf_output(struct __sk_buff *skb)
{
	__u32 rec[2] = { skb->len, skb->mark };

	bpf_ringbuf_output(&rblog, rec, sizeof(rec), 0);
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
