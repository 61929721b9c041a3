#include "common.h"
SEC("socket") int arith(struct __sk_buff *skb) {
  __u64 a = skb->len, b = skb->mark | 1;
  __u32 c = skb->hash, d = skb->priority | 1;
  return (int)(a * b / (b + 3) % 1000 + c / d - (c % d) + (a << 7) - (c >> 3) + (a ^ 0xdeadbeef) + (c & 0xF0F0));
}
