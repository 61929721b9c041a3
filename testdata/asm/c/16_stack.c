#include "common.h"
struct big { __u64 a[8]; };
static __attribute__((noinline)) __u64 fold(struct big *b) { __u64 s = 0; for (int i = 0; i < 8; i++) s ^= b->a[i] * (i + 1); return s; }
SEC("socket") int stack(struct __sk_buff *skb) {
  struct big b;
  for (int i = 0; i < 8; i++) b.a[i] = skb->cb[i % 5] + i;
  return (int)fold(&b);
}
