#include "common.h"
unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");
SEC("socket") int ldabs(struct __sk_buff *skb) {
  if (load_half(skb, 12) != 0x0800) return 0;
  __u32 ihl = (load_byte(skb, 14) & 0xf) * 4;
  return load_word(skb, 14 + ihl) == 0x7f000001 ? -1 : 0;
}
