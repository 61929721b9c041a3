#include "common.h"
__u64 total, bits, cmp;
__u32 small;
SEC("socket") int atomics(struct __sk_buff *skb) {
  __u64 old = __sync_fetch_and_add(&total, skb->len);
  __sync_fetch_and_or(&bits, 1ULL << (skb->mark & 63));
  __sync_fetch_and_and(&bits, ~2ULL);
  __sync_fetch_and_xor(&small, skb->hash);
  __u64 prev = __sync_val_compare_and_swap(&cmp, old, old + 1);
  __u64 x = __atomic_exchange_n(&total, 0, __ATOMIC_SEQ_CST);
  return (int)(prev + x);
}
