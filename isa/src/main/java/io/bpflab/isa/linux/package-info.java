/**
 * Facts about Linux's eBPF that the verifier, the VM, the kernel bridge and the
 * disassembler share, kept once, as immutable data taken from Linux 6.12:
 * <ul>
 *   <li>{@link io.bpflab.isa.linux.Helper}: the helper ids and names of
 *       {@code ___BPF_FUNC_MAPPER} (include/uapi/linux/bpf.h), with lookup by id, by
 *       name and by near-miss ("did you mean bpf_map_lookup_elem?");
 *   <li>{@link io.bpflab.isa.linux.ProgramType}, {@link io.bpflab.isa.linux.MapType},
 *       {@link io.bpflab.isa.linux.AttachType}: the uapi enums with their numbers, and
 *       {@link io.bpflab.isa.linux.SectionDef}: libbpf's section-name rules;
 *   <li>{@link io.bpflab.isa.linux.ContextLayout}: the context structs programs read
 *       through {@code r1} ({@code __sk_buff}, {@code xdp_md}, x86-64 {@code pt_regs}, ...);
 *   <li>{@link io.bpflab.isa.linux.HelperProto}: the kernel's {@code bpf_func_proto} of each
 *       helper (return and argument types as {@link io.bpflab.isa.linux.ReturnSpec} and
 *       {@link io.bpflab.isa.linux.ArgSpec}, GPL-only, packet access), with the per-program
 *       type variants.
 * </ul>
 * The tests check every table against the kernel headers and sources when they are at
 * hand (/work/ksrc/linux or /usr/include) and against clang-19's layouts; the data itself
 * needs neither at run time.
 */
package io.bpflab.isa.linux;
