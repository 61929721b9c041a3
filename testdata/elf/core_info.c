// CO-RE field existence, field size, type size and enum values resolved against the
// kernel's BTF (relocation kinds 1, 2, 8, 9, 10 and 11).
// test: socket packet=udp4 r0=0x2a
#include "bpf_helpers.h"

struct __sk_buff___check {
	__u32 len;
	__u32 no_such_field;
} __attribute__((preserve_access_index));

struct xdp_md___sizes {
	__u32 data;
} __attribute__((preserve_access_index));

enum xdp_action___local { XDP_PASS___local = 99, XDP_GONE___local = 77 };

SEC("socket")
int core_info(struct __sk_buff *skb)
{
	struct __sk_buff___check *s = (void *)skb;
	int r = 0;

	if (bpf_core_field_exists(s->len))
		r += 1;
	if (bpf_core_field_exists(s->no_such_field))
		r += 100;
	r += bpf_core_field_size(s->len);                 /* 4 */
	r += bpf_core_type_size(struct xdp_md___sizes);   /* 24 in the kernel */
	if (bpf_core_enum_value_exists(enum xdp_action___local, XDP_PASS___local))
		r += bpf_core_enum_value(enum xdp_action___local, XDP_PASS___local); /* 2 */
	if (bpf_core_enum_value_exists(enum xdp_action___local, XDP_GONE___local))
		r += 1000;
	return r + 11;
}

char _license[] SEC("license") = "GPL";
