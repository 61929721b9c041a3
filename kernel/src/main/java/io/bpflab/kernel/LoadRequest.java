package io.bpflab.kernel;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.linux.AttachType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.SectionDef;
import java.util.Arrays;
import java.util.Objects;

/**
 * What BPF_PROG_LOAD is given. {@code insns} are wire bytes whose map references already hold
 * fds (see {@link MapReferences}); the other fields are the attr's.
 *
 * @param insns              little-endian instructions, 8 bytes a slot
 * @param progType           the program type
 * @param expectedAttachType {@code enum bpf_attach_type} number, 0 where the type needs none
 *                           (AttachType 0 is CGROUP_INET_INGRESS, so "none" is a number here)
 * @param license            "GPL" unless the program says otherwise (GPL-only helpers need it)
 * @param progFlags          {@link #BPF_F_ANY_ALIGNMENT}, {@link #BPF_F_TEST_STATE_FREQ}, ...
 * @param logLevel           0, or 1 / 2 (verbosity) with 4 (statistics) or'ed in
 * @param name               at most 15 characters reach the kernel
 * @param btf                the program's BTF with func_info and line_info, or null
 */
public record LoadRequest(byte[] insns, ProgramType progType, int expectedAttachType, String license, int progFlags,
                          int logLevel, String name, ProgramBtf btf) {

    /** A request without BTF. */
    public LoadRequest(byte[] insns, ProgramType progType, int expectedAttachType, String license, int progFlags,
                       int logLevel, String name) {
        this(insns, progType, expectedAttachType, license, progFlags, logLevel, name, null);
    }

    /** kernel: include/uapi/linux/bpf.h prog_flags. */
    public static final int BPF_F_STRICT_ALIGNMENT = 1;
    public static final int BPF_F_ANY_ALIGNMENT = 1 << 1;
    public static final int BPF_F_TEST_RND_HI32 = 1 << 2;
    public static final int BPF_F_TEST_STATE_FREQ = 1 << 3;
    public static final int BPF_F_SLEEPABLE = 1 << 4;
    public static final int BPF_F_XDP_HAS_FRAGS = 1 << 5;
    public static final int BPF_F_TEST_REG_INVARIANTS = 1 << 7;

    /** kernel: include/linux/bpf_verifier.h BPF_LOG_LEVEL1, BPF_LOG_LEVEL2, BPF_LOG_STATS. */
    public static final int LOG_LEVEL1 = 1;
    public static final int LOG_LEVEL2 = 2;
    public static final int LOG_STATS = 4;

    public LoadRequest {
        Objects.requireNonNull(insns, "insns");
        Objects.requireNonNull(progType, "progType");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(name, "name");
        if (insns.length == 0 || insns.length % RawInsn.BYTES != 0) {
            throw new IllegalArgumentException("program is " + insns.length + " bytes, not a whole number of "
                    + RawInsn.BYTES + "-byte instructions");
        }
        if ((logLevel & ~(LOG_LEVEL1 | LOG_LEVEL2 | LOG_STATS)) != 0) {
            throw new IllegalArgumentException("log level " + logLevel + " is not a combination of 1, 2 and 4");
        }
        insns = insns.clone();
    }

    /** A request with license GPL, log level 1, no flags and no expected attach type. */
    public static LoadRequest of(byte[] insns, ProgramType progType) {
        return new LoadRequest(insns, progType, 0, "GPL", 0, LOG_LEVEL1, "bpflab");
    }

    public static LoadRequest of(Program program, ProgramType progType) throws EncodeException {
        return of(Encoder.encode(program), progType);
    }

    /**
     * What libbpf would load for a section: its program type, expected attach type, and
     * BPF_F_SLEEPABLE / BPF_F_XDP_HAS_FRAGS where the rule says so. A rule that needs a BTF
     * attach target ({@link SectionDef.Flag#ATTACH_BTF}) is loaded without one, and the
     * kernel's refusal is the verdict.
     */
    public static LoadRequest forSection(byte[] insns, SectionDef section) {
        int flags = 0;
        if (section.flags().contains(SectionDef.Flag.SLEEPABLE)) {
            flags |= BPF_F_SLEEPABLE;
        }
        if (section.flags().contains(SectionDef.Flag.XDP_FRAGS)) {
            flags |= BPF_F_XDP_HAS_FRAGS;
        }
        return of(insns, section.programType()).withExpectedAttachType(section.expectedAttachTypeValue())
                .withProgFlags(flags);
    }

    /** {@code r0 = 0; exit} as a socket filter: what {@link KernelBpf#availability()} loads. */
    static LoadRequest probe() {
        byte[] insns = new byte[16];
        new RawInsn(0xb7, 0, 0, (short) 0, 0).write(insns, 0);
        new RawInsn(0x95, 0, 0, (short) 0, 0).write(insns, 1);
        return new LoadRequest(insns, ProgramType.SOCKET_FILTER, 0, "GPL", 0, 0, "bpflab_probe");
    }

    public LoadRequest withProgType(ProgramType type) {
        return new LoadRequest(insns, type, expectedAttachType, license, progFlags, logLevel, name, btf);
    }

    public LoadRequest withExpectedAttachType(int type) {
        return new LoadRequest(insns, progType, type, license, progFlags, logLevel, name, btf);
    }

    public LoadRequest withExpectedAttachType(AttachType type) {
        return withExpectedAttachType(type.id());
    }

    public LoadRequest withLicense(String l) {
        return new LoadRequest(insns, progType, expectedAttachType, l, progFlags, logLevel, name, btf);
    }

    public LoadRequest withProgFlags(int flags) {
        return new LoadRequest(insns, progType, expectedAttachType, license, flags, logLevel, name, btf);
    }

    public LoadRequest withLogLevel(int level) {
        return new LoadRequest(insns, progType, expectedAttachType, license, progFlags, level, name, btf);
    }

    public LoadRequest withName(String n) {
        return new LoadRequest(insns, progType, expectedAttachType, license, progFlags, logLevel, n, btf);
    }

    public LoadRequest withInsns(byte[] code) {
        return new LoadRequest(code, progType, expectedAttachType, license, progFlags, logLevel, name, btf);
    }

    /** The same request with the program's BTF (BPF_BTF_LOAD'ed with it, its fd in prog_btf_fd). */
    public LoadRequest withBtf(ProgramBtf b) {
        return new LoadRequest(insns, progType, expectedAttachType, license, progFlags, logLevel, name, b);
    }

    /** A copy of the instruction bytes. */
    @Override
    public byte[] insns() {
        return insns.clone();
    }

    public int slotCount() {
        return insns.length / RawInsn.BYTES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadRequest r && Arrays.equals(insns, r.insns) && progType == r.progType
                && expectedAttachType == r.expectedAttachType && license.equals(r.license)
                && progFlags == r.progFlags && logLevel == r.logLevel && name.equals(r.name);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(insns) * 31 + Objects.hash(progType, expectedAttachType, license, progFlags, logLevel,
                name);
    }

    @Override
    public String toString() {
        return "LoadRequest[" + slotCount() + " insns, " + progType.shortName() + ", attach " + expectedAttachType
                + ", flags " + progFlags + ", log " + logLevel + ", " + name + "]";
    }
}
