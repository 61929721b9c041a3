#include "common.h"
static __attribute__((noinline)) int square(int x) { return x * x; }
static __attribute__((noinline)) int cube(int x) { return square(x) * x; }
SEC("socket") int calls(struct __sk_buff *skb) { return cube(skb->len) + square(skb->mark); }
