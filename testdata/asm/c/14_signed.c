#include "common.h"
SEC("socket") int signed_ops(struct __sk_buff *skb) {
  int a = (int)skb->mark, b = (int)skb->priority;
  long long c = (long long)(__s32)skb->hash;
  if (a < -5) return a / 3;
  if (b > c) return (int)(c >> 3);
  return a % 7 + (b >> 2);
}
