// Three program types in one object sharing a BTF map and a global counter; a legacy
// `version` section as kprobe objects once needed.
// test: xdp packet=udp4 r0=2
// test: socket packet=udp4 r0=1
// test: tc packet=tcp4 r0=0
// test: kretprobe/do_unlinkat ctx=regs r0=3
// map-after: hits 00000000=0100000000000000
// map-after: hits 01000000=0100000000000000
// map-after: hits 02000000=0100000000000000
// map-after: .bss 00000000=03000000
#include "bpf_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 3);
} hits SEC(".maps");

__u32 calls;

static __always_inline void hit(__u32 which)
{
	__u64 *v = bpf_map_lookup_elem(&hits, &which);

	if (v)
		*v += 1;
	calls++;
}

SEC("xdp")
int on_xdp(struct xdp_md *ctx)
{
	hit(0);
	return XDP_PASS;
}

SEC("socket")
int on_socket(struct __sk_buff *skb)
{
	hit(1);
	return 1;
}

SEC("tc")
int on_tc(struct __sk_buff *skb)
{
	hit(2);
	return TC_ACT_OK;
}

SEC("kretprobe/do_unlinkat")
int on_ret(void *ctx)
{
	return calls;
}

char _license[] SEC("license") = "GPL";
__u32 _version SEC("version") = 0x060c00;
