package io.bpflab.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Locale;

/**
 * {@code bpf(2)}, {@code close(2)} and {@code geteuid(2)} through {@code java.lang.foreign}.
 * glibc has no {@code bpf()} wrapper, so the call goes through the variadic
 * {@code long syscall(long number, ...)} with the architecture's system call number; errno
 * is captured by the linker right after the call, before the JVM can clobber it.
 *
 * <p>Nothing here is touched until a caller asks for the kernel: {@link #bpfNumber()} and the
 * method handles live in a holder class initialised on first use.
 */
final class Syscall {

    private Syscall() {
    }

    /** The {@code __NR_bpf} of this machine, or -1 when bpflab does not know the architecture. */
    static int bpfNumber() {
        return switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            // kernel: arch/x86/entry/syscalls/syscall_64.tbl "321 common bpf"
            case "amd64", "x86_64" -> 321;
            // kernel: include/uapi/asm-generic/unistd.h "#define __NR_bpf 280" (arm64 uses it)
            case "aarch64", "arm64" -> 280;
            default -> -1;
        };
    }

    private static final class Handles {
        static final Linker LINKER = Linker.nativeLinker();
        static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final Linker.Option ERRNO_OPTION = Linker.Option.captureCallState("errno");
        static final SymbolLookup LIBC = LINKER.defaultLookup();

        /** {@code long syscall(long nr, long cmd, void *attr, long size)}: variadic from the second argument. */
        static final MethodHandle SYSCALL = LINKER.downcallHandle(
                LIBC.find("syscall").orElseThrow(() -> new UnsupportedOperationException("libc has no syscall()")),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                        ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
                Linker.Option.firstVariadicArg(1), ERRNO_OPTION);

        static final MethodHandle CLOSE = LINKER.downcallHandle(
                LIBC.find("close").orElseThrow(() -> new UnsupportedOperationException("libc has no close()")),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), ERRNO_OPTION);

        static final MethodHandle GETEUID = LINKER.downcallHandle(
                LIBC.find("geteuid").orElseThrow(() -> new UnsupportedOperationException("libc has no geteuid()")),
                FunctionDescriptor.of(ValueLayout.JAVA_INT));
    }

    /**
     * {@code bpf(cmd, attr, attr.byteSize())}.
     *
     * @return the command's non-negative result (an fd for MAP_CREATE and PROG_LOAD, 0 otherwise)
     * @throws KernelException with the errno when the kernel returns -1
     */
    static int bpf(BpfCommand cmd, MemorySegment attr) throws KernelException {
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CAPTURE);
            long r = (long) Handles.SYSCALL.invokeExact(state, (long) bpfNumber(), (long) cmd.number, attr,
                    attr.byteSize());
            if (r >= 0) {
                return (int) r;
            }
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("bpf() downcall failed", t);
        }
        throw new KernelException(cmd, errno);
    }

    static void close(int fd) throws KernelException {
        int errno;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.CAPTURE);
            int r = (int) Handles.CLOSE.invokeExact(state, fd);
            if (r == 0) {
                return;
            }
            errno = (int) Handles.ERRNO.get(state, 0L);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("close() downcall failed", t);
        }
        throw new KernelException("close", errno, "fd " + fd);
    }

    static int geteuid() {
        try {
            return (int) Handles.GETEUID.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("geteuid() downcall failed", t);
        }
    }
}
