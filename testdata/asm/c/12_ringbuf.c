#include "common.h"
struct { __uint(type, 27); __uint(max_entries, 4096); } events SEC(".maps");
struct event { __u64 ts; __u32 pid; __u32 cpu; };
SEC("raw_tracepoint/sched_switch") int emit(void *ctx) {
  struct event e = { bpf_ktime_get_ns(), bpf_get_current_pid_tgid() >> 32, bpf_get_smp_processor_id() };
  bpf_ringbuf_output(&events, &e, sizeof(e), 0);
  return 0;
}
