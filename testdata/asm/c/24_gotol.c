#include "common.h"
SEC("socket") int far(struct __sk_buff *skb) {
  __u32 x = skb->len;
#pragma unroll
  for (int i = 0; i < 600; i++) { if (x & (1u << (i & 31))) x = x * 33 + i; else x ^= i * 7; }
  return x;
}
