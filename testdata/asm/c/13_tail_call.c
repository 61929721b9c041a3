#include "common.h"
struct { __uint(type, 3); __uint(max_entries, 4); __type(key, __u32); __type(value, __u32); } jmp SEC(".maps");
SEC("socket") int stage1(struct __sk_buff *skb) { bpf_tail_call(skb, &jmp, 1); return 1; }
SEC("socket") int stage2(struct __sk_buff *skb) { bpf_tail_call(skb, &jmp, skb->mark & 3); return 2; }
