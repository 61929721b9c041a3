#include "common.h"
struct { __uint(type, 1); __uint(max_entries, 1024); __type(key, __u64); __type(value, __u64); } seen SEC(".maps");
SEC("kprobe/sys_open") int on_open(void *ctx) {
  __u64 pid = bpf_get_current_pid_tgid();
  __u64 now = bpf_ktime_get_ns();
  __u64 *old = bpf_map_lookup_elem(&seen, &pid);
  if (old && now - *old < 1000000) return 0;
  bpf_map_update_elem(&seen, &pid, &now, 0);
  return 0;
}
