// CO-RE on the context: a local flavour of __sk_buff (the ___local suffix is ignored when
// matching) with its fields in another order; relocations against the kernel's BTF put
// back the real offsets.
// test: tc packet=udp4 r0=0x34
// test: tc packet=ipv6 r0=0x36
#include "bpf_helpers.h"

struct __sk_buff___local {
	__u32 protocol;
	__u32 mark;
	__u32 len;
} __attribute__((preserve_access_index));

SEC("tc")
int core_len(struct __sk_buff *skb)
{
	struct __sk_buff___local *s = (void *)skb;

	return s->len;
}

char _license[] SEC("license") = "GPL";
