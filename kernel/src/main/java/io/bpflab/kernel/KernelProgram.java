package io.bpflab.kernel;

import io.bpflab.isa.linux.ProgramType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * A program loaded into the running kernel and owned by this object: {@link #close()}
 * closes its fd, which unloads it (nothing pins or attaches it).
 */
public final class KernelProgram implements AutoCloseable {

    /** First log buffer; grown on ENOSPC to the size the kernel asks for (log_true_size). */
    static final int INITIAL_LOG_SIZE = 64 * 1024;
    /** kernel: bpf_verifier_log_attr_valid refuses a log_size above UINT_MAX >> 2. */
    static final int MAX_LOG_SIZE = (int) (0xffffffffL >>> 2);

    private final int fd;
    private final ProgramType progType;
    private final String name;
    private boolean closed;

    private KernelProgram(int fd, ProgramType progType, String name) {
        this.fd = fd;
        this.progType = progType;
        this.name = name;
    }

    /**
     * BPF_PROG_LOAD. A program the verifier refuses is a {@link LoadResult.Verdict#REJECTED}
     * result carrying the log, not an exception.
     *
     * @param fdArray the maps {@code BPF_PSEUDO_MAP_IDX}/{@code _IDX_VALUE} references index
     *                (the attr's {@code fd_array}); empty when the program holds fds itself
     * @throws KernelException when the call itself fails: EPERM, ENOSYS, E2BIG, or EINVAL
     *                         with no verifier log (a malformed attr)
     */
    public static LoadResult load(LoadRequest request, List<KernelMap> fdArray) throws KernelException {
        int logSize = request.logLevel() == 0 ? 0 : INITIAL_LOG_SIZE;
        for (int attempt = 1; ; attempt++) {
            StructLayout l = BpfAttr.PROG_LOAD;
            try (Arena arena = Arena.ofConfined()) {
                byte[] code = request.insns();
                MemorySegment insns = arena.allocate(code.length, 8);
                MemorySegment.copy(code, 0, insns, ValueLayout.JAVA_BYTE, 0, code.length);
                MemorySegment log = logSize == 0 ? MemorySegment.NULL : arena.allocate(logSize, 8);
                MemorySegment attr = BpfAttr.allocate(arena, l);
                BpfAttr.putInt(attr, l, "prog_type", request.progType().id());
                BpfAttr.putInt(attr, l, "insn_cnt", request.slotCount());
                BpfAttr.putPointer(attr, l, "insns", insns);
                BpfAttr.putPointer(attr, l, "license", arena.allocateFrom(request.license()));
                BpfAttr.putInt(attr, l, "log_level", request.logLevel());
                BpfAttr.putInt(attr, l, "log_size", logSize);
                BpfAttr.putPointer(attr, l, "log_buf", log);
                BpfAttr.putInt(attr, l, "prog_flags", request.progFlags());
                BpfAttr.putName(attr, l, "prog_name", request.name());
                BpfAttr.putInt(attr, l, "expected_attach_type", request.expectedAttachType());
                int btfFd = request.btf() == null ? -1 : loadBtf(arena, request.btf().btf());
                if (btfFd >= 0) {
                    ProgramBtf b = request.btf();
                    BpfAttr.putInt(attr, l, "prog_btf_fd", btfFd);
                    BpfAttr.putInt(attr, l, "func_info_rec_size", ProgramBtf.FUNC_INFO_SIZE);
                    BpfAttr.putPointer(attr, l, "func_info", arena.allocateFrom(ValueLayout.JAVA_BYTE, b.funcInfo()));
                    BpfAttr.putInt(attr, l, "func_info_cnt", b.funcInfoCount());
                    if (b.lineInfoCount() > 0) {
                        BpfAttr.putInt(attr, l, "line_info_rec_size", ProgramBtf.LINE_INFO_SIZE);
                        BpfAttr.putPointer(attr, l, "line_info", arena.allocateFrom(ValueLayout.JAVA_BYTE, b.lineInfo()));
                        BpfAttr.putInt(attr, l, "line_info_cnt", b.lineInfoCount());
                    }
                }
                if (!fdArray.isEmpty()) {
                    MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, fdArray.size());
                    for (int i = 0; i < fdArray.size(); i++) {
                        fds.setAtIndex(ValueLayout.JAVA_INT, i, fdArray.get(i).fd());
                    }
                    BpfAttr.putPointer(attr, l, "fd_array", fds);
                }
                long start = System.nanoTime();
                int fd;
                try {
                    fd = Syscall.bpf(BpfCommand.BPF_PROG_LOAD, attr);
                } catch (KernelException e) {
                    if (btfFd >= 0) {
                        Syscall.close(btfFd);
                    }
                    Duration time = Duration.ofNanos(System.nanoTime() - start);
                    String text = logSize == 0 ? "" : log.getString(0);
                    int needed = BpfAttr.getInt(attr, l, "log_true_size");
                    if (e.errno() == Errno.ENOSPC.number && logSize != 0 && logSize < MAX_LOG_SIZE
                            && (needed > logSize || needed == 0)) {
                        // kernel: bpf_vlog_finalize returns ENOSPC when the log was truncated and
                        // reports the size it needed in log_true_size (Linux 6.4+; older ones: grow)
                        logSize = (int) Math.min(MAX_LOG_SIZE, Math.max((long) needed, (long) logSize * 4));
                        continue;
                    }
                    if (!text.isEmpty() || request.logLevel() == 0
                            && (e.errno() == Errno.EACCES.number || e.errno() == Errno.EINVAL.number)) {
                        return new LoadResult(LoadResult.Verdict.REJECTED, e.errno(), text,
                                LoadResult.parseProcessed(text), time, attempt, null);
                    }
                    throw e;
                }
                Duration time = Duration.ofNanos(System.nanoTime() - start);
                if (btfFd >= 0) {
                    // kernel: the program holds its own reference to the BTF object
                    Syscall.close(btfFd);
                }
                KernelProgram program = new KernelProgram(fd, request.progType(), request.name());
                String text = logSize == 0 ? "" : log.getString(0);
                OptionalLong processed = LoadResult.parseProcessed(text);
                if (processed.isEmpty()) {
                    try {
                        long n = program.info().verifiedInsns();
                        processed = n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
                    } catch (KernelException e) {
                        program.close();
                        throw e;
                    }
                }
                return new LoadResult(LoadResult.Verdict.ACCEPTED, 0, text, processed, time, attempt, program);
            }
        }
    }

    /**
     * BPF_BTF_LOAD; a rejection is a KernelException whose message carries the kernel's BTF
     * log (kernel: btf.c btf_parse).
     */
    private static int loadBtf(Arena arena, byte[] btf) throws KernelException {
        StructLayout l = BpfAttr.BTF_LOAD;
        int logSize = 1 << 16;
        MemorySegment log = arena.allocate(logSize, 8);
        MemorySegment attr = BpfAttr.allocate(arena, l);
        BpfAttr.putPointer(attr, l, "btf", arena.allocateFrom(ValueLayout.JAVA_BYTE, btf));
        BpfAttr.putInt(attr, l, "btf_size", btf.length);
        BpfAttr.putPointer(attr, l, "btf_log_buf", log);
        BpfAttr.putInt(attr, l, "btf_log_size", logSize);
        BpfAttr.putInt(attr, l, "btf_log_level", 1);
        try {
            return Syscall.bpf(BpfCommand.BPF_BTF_LOAD, attr);
        } catch (KernelException e) {
            String text = log.getString(0).strip();
            throw new KernelException(e.command(), e.errno(), "the program's BTF" + (text.isEmpty() ? ""
                    : ": " + text.lines().reduce((a, b) -> b).orElse("")));
        }
    }

    public static LoadResult load(LoadRequest request) throws KernelException {
        return load(request, List.of());
    }

    /** The program's fd, valid until {@link #close()}. */
    public int fd() {
        checkOpen();
        return fd;
    }

    public ProgramType progType() {
        return progType;
    }

    public String name() {
        return name;
    }

    /** BPF_PROG_TEST_RUN. */
    public TestRunResult testRun(TestRun run) throws KernelException {
        StructLayout l = BpfAttr.PROG_TEST_RUN;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr = BpfAttr.allocate(arena, l);
            BpfAttr.putInt(attr, l, "prog_fd", fd());
            byte[] data = run.dataIn();
            MemorySegment dataOut = MemorySegment.NULL;
            if (data.length > 0) {
                BpfAttr.putInt(attr, l, "data_size_in", data.length);
                BpfAttr.putPointer(attr, l, "data_in", arena.allocateFrom(ValueLayout.JAVA_BYTE, data));
            }
            if (run.dataOutSize() > 0) {
                dataOut = arena.allocate(run.dataOutSize(), 8);
                BpfAttr.putInt(attr, l, "data_size_out", run.dataOutSize());
                BpfAttr.putPointer(attr, l, "data_out", dataOut);
            }
            byte[] ctx = run.ctxIn();
            MemorySegment ctxOut = MemorySegment.NULL;
            if (ctx.length > 0) {
                BpfAttr.putInt(attr, l, "ctx_size_in", ctx.length);
                BpfAttr.putPointer(attr, l, "ctx_in", arena.allocateFrom(ValueLayout.JAVA_BYTE, ctx));
            }
            if (run.ctxOutSize() > 0) {
                ctxOut = arena.allocate(run.ctxOutSize(), 8);
                BpfAttr.putInt(attr, l, "ctx_size_out", run.ctxOutSize());
                BpfAttr.putPointer(attr, l, "ctx_out", ctxOut);
            }
            BpfAttr.putInt(attr, l, "repeat", run.repeat());
            BpfAttr.putInt(attr, l, "flags", run.flags());
            BpfAttr.putInt(attr, l, "cpu", run.cpu());
            Syscall.bpf(BpfCommand.BPF_PROG_TEST_RUN, attr);
            int dataOutLen = Math.min(run.dataOutSize(), BpfAttr.getInt(attr, l, "data_size_out"));
            int ctxOutLen = Math.min(run.ctxOutSize(), BpfAttr.getInt(attr, l, "ctx_size_out"));
            return new TestRunResult(BpfAttr.getInt(attr, l, "retval"),
                    dataOutLen <= 0 ? new byte[0] : dataOut.asSlice(0, dataOutLen).toArray(ValueLayout.JAVA_BYTE),
                    ctxOutLen <= 0 ? new byte[0] : ctxOut.asSlice(0, ctxOutLen).toArray(ValueLayout.JAVA_BYTE),
                    Integer.toUnsignedLong(BpfAttr.getInt(attr, l, "duration")), run.repeat());
        }
    }

    /** BPF_OBJ_GET_INFO_BY_FD. */
    public ProgramInfo info() throws KernelException {
        StructLayout l = BpfAttr.OBJ_GET_INFO;
        StructLayout p = BpfAttr.PROG_INFO;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = arena.allocate(p);
            MemorySegment attr = BpfAttr.allocate(arena, l);
            BpfAttr.putInt(attr, l, "bpf_fd", fd());
            BpfAttr.putInt(attr, l, "info_len", (int) p.byteSize());
            BpfAttr.putPointer(attr, l, "info", info);
            Syscall.bpf(BpfCommand.BPF_OBJ_GET_INFO_BY_FD, attr);
            // kernel: bpf_prog_get_info_by_fd fills only the first info_len bytes it knows;
            // an older kernel leaves verified_insns at 0.
            byte[] tag = info.asSlice(BpfAttr.offset(p, "tag"), 8).toArray(ValueLayout.JAVA_BYTE);
            return new ProgramInfo(BpfAttr.getInt(info, p, "type"), BpfAttr.getInt(info, p, "id"),
                    HexFormat.of().formatHex(tag), BpfAttr.getInt(info, p, "xlated_prog_len"),
                    BpfAttr.getInt(info, p, "jited_prog_len"),
                    Integer.toUnsignedLong(BpfAttr.getInt(info, p, "verified_insns")),
                    info.asSlice(BpfAttr.offset(p, "name"), BpfAttr.OBJ_NAME_LEN).getString(0));
        }
    }

    /** Closes the fd; a second call does nothing. */
    @Override
    public void close() throws KernelException {
        if (!closed) {
            closed = true;
            Syscall.close(fd);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("program " + name + " is closed");
        }
    }

    @Override
    public String toString() {
        return "KernelProgram[" + name + ", " + progType.shortName() + ", fd " + fd + (closed ? ", closed" : "") + "]";
    }
}
