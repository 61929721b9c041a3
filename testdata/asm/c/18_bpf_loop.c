#include "common.h"
struct ctx { __u64 sum; __u32 n; };
static long step(__u32 i, struct ctx *c) { c->sum += i * c->n; return i > 100; }
SEC("socket") int looper(struct __sk_buff *skb) {
  struct ctx c = { 0, skb->len };
  bpf_loop(1000, step, &c, 0);
  return (int)c.sum;
}
