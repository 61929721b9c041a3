#include "common.h"
SEC("tracepoint/syscalls/sys_enter_execve") int hello(void *ctx) {
  char fmt[] = "hello %d\n";
  bpf_trace_printk(fmt, sizeof(fmt), bpf_get_smp_processor_id());
  static const char msg[] = "static message";
  bpf_trace_printk(msg, sizeof(msg));
  return 0;
}
