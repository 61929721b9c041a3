package io.bpflab.cli;

import io.bpflab.isa.Program;
import io.bpflab.isa.SourceLines;
import io.bpflab.isa.disasm.Disassembler;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.StepTracer;
import io.bpflab.vm.TextTracer;
import io.bpflab.vm.TraceStep;
import io.bpflab.vm.Vm;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step debugger behind {@code bpflab debug}. It runs on the interpreter's tracing hook:
 * before each instruction the tracer decides whether to stop, and while stopped it reads
 * commands on the interpreter's own thread, so the registers, stack and maps it shows are
 * the live ones. Going back is a replay: the program runs again from the start on a fresh
 * machine (same maps, same input, the deterministic environment) and stops one instruction
 * earlier, which is exact because nothing in a run depends on wall time.
 */
final class Debugger {

    /** Where commands come from: JLine on a terminal, plain lines from a pipe. */
    interface Input {
        /** The next command line, or null at the end of input. */
        String read(String prompt);
    }

    /** One fresh machine with the program loaded and its input ready; {@link #run} runs it. */
    interface Session {
        Vm vm();

        Executable executable();

        Map<String, BpfMap> maps();

        /** Runs the program to its end; a fault is thrown. */
        long run();
    }

    static final String PROMPT = "(bpfdb) ";

    static final List<String> COMMANDS = List.of("step", "next", "continue", "break", "delete", "print", "x", "map dump",
            "regs", "back", "list", "history", "run", "help", "quit");

    private static final String HELP = """
            step [N]         run one instruction (N instructions), into bpf-to-bpf calls   (s)
            next [N]         like step, but run a call to its return                       (n)
            continue         run to the next breakpoint or the end                         (c)
            break N|LABEL|FILE:LINE   stop before instruction N (slot), a label, a source line (b)
            break            list breakpoints;  delete [ID]  remove one or all
            print rN         a register, with what it points to                            (p)
            x/NFU ADDR       N units of memory: F x (hex) or d (decimal), U b h w g;
                             ADDR like r10-16, r0+4 or 0x100000200              (x/16xb r10-16)
            map dump NAME    every element of a map
            regs             all registers
            back [N]         go back one (N) instructions: the program is replayed from the start
            list             the program around the current instruction                    (l)
            history          the commands entered so far
            run              restart from the first instruction
            quit             leave                                                         (q)""";

    private final Supplier<Session> sessions;
    private final Input in;
    private final PrintWriter out;
    private final Program program;
    private final SourceLines lines;
    private final TreeMap<Integer, Integer> breakpoints = new TreeMap<>();
    private final List<String> history = new ArrayList<>();
    private int nextBreakpointId = 1;

    private Session session;
    /** Where execution stands: before instruction {@code index} at call depth {@code depth}, or ended. */
    private Executable where;
    private int index;
    private int depth;
    private long[] regs = new long[11];
    private long done;
    private boolean ended;

    private enum Mode { REPLAY, STEP, NEXT, CONTINUE }

    private Mode mode;
    private long target;
    private int nextDepth;

    /** Thrown out of the tracer to start over (back, run); {@code target} is where to stop. */
    private static final class Restart extends RuntimeException {
        final long target;

        Restart(long target) {
            super(null, null, false, false);
            this.target = target;
        }
    }

    private static final class Quit extends RuntimeException {
        Quit() {
            super(null, null, false, false);
        }
    }

    Debugger(Supplier<Session> sessions, Program program, SourceLines lines, Input in, PrintWriter out) {
        this.sessions = sessions;
        this.program = program;
        this.lines = lines;
        this.in = in;
        this.out = out;
    }

    /** Debugs until {@code quit} or the end of input. */
    void run() {
        long stopAt = 0;
        for (;;) {
            session = sessions.get();
            Tracer tracer = new Tracer(session.vm());
            session.vm().tracer(tracer);
            mode = Mode.REPLAY;
            target = stopAt;
            ended = false;
            try {
                String result;
                try {
                    long r0 = session.run();
                    result = "exited: r0 = 0x" + Long.toHexString(r0) + " (" + session.vm().lastInsnCount() + " instructions)";
                } catch (BpfFault f) {
                    result = f.getMessage();
                }
                ended = true;
                done = tracer.steps();
                for (String l : session.vm().takePrintk()) {
                    out.println("trace_printk: " + l);
                }
                out.println(result);
                commands();
            } catch (Restart r) {
                stopAt = Math.max(0, r.target);
            } catch (Quit q) {
                out.flush();
                return;
            }
        }
    }

    private final class Tracer extends StepTracer {
        Tracer(Vm vm) {
            super(vm, Debugger.this.program, Debugger.this.lines);
        }

        @Override
        protected void onStep(TraceStep s) {
            boolean show = mode == Mode.STEP || mode == Mode.NEXT && s.depth() <= nextDepth;
            if (show) {
                out.println("  ".repeat(s.depth()) + TextTracer.format(s));
            }
        }

        @Override
        protected void onExit(long[] finalRegs) {
            regs = finalRegs;
            where = null;
        }

        @Override
        public void step(Executable x, int i, long[] r, int d) {
            super.step(x, i, r, d);
            long n = steps();
            boolean stop = switch (mode) {
                case REPLAY -> n == target;
                case STEP -> n >= target;
                case NEXT -> n >= target && d <= nextDepth;
                case CONTINUE -> x == session.executable() && breakpoints.containsKey(i);
            };
            if (!stop) {
                return;
            }
            if (mode == Mode.CONTINUE) {
                out.println("breakpoint " + breakpoints.get(i) + ", insn " + x.slotOf(i));
            }
            where = x;
            index = i;
            depth = d;
            regs = r;
            done = n;
            showLocation();
            commands();
        }
    }

    private void showLocation() {
        lines.at(index).ifPresent(l -> out.println("; " + l.display()));
        out.println("=>" + instruction(where, index));
    }

    private static String instruction(Executable x, int i) {
        return String.format("%5d: %s", x.slotOf(i), Disassembler.text(x.program().insn(i)));
    }

    /** Reads commands until one resumes execution (it returns) or restarts/quits (it throws). */
    private void commands() {
        for (;;) {
            String line = in.read(PROMPT);
            if (line == null) {
                throw new Quit();
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            history.add(line);
            try {
                if (execute(line)) {
                    return;
                }
            } catch (BpfFault f) {
                out.println("cannot read memory at 0x" + Long.toHexString(f.address()) + ": " + f.detail());
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
            }
        }
    }

    /** Runs one command; true when execution resumes. */
    private boolean execute(String line) {
        String[] w = line.split("\\s+");
        String cmd = w[0];
        String arg = line.substring(cmd.length()).strip();
        switch (cmd) {
            case "s", "step", "stepi", "si" -> {
                return resume(Mode.STEP, count(arg));
            }
            case "n", "next", "nexti", "ni" -> {
                return resume(Mode.NEXT, count(arg));
            }
            case "c", "continue", "cont" -> {
                return resume(Mode.CONTINUE, 0);
            }
            case "b", "break" -> breakAt(arg);
            case "d", "delete" -> delete(arg);
            case "p", "print" -> out.println(printValue(arg));
            case "regs", "registers" -> {
                for (int r = 0; r <= 10; r++) {
                    out.println(printValue("r" + r));
                }
            }
            case "map" -> {
                if (w.length != 3 || !w[1].equals("dump")) {
                    throw new IllegalArgumentException("usage: map dump NAME (maps: " + session.maps().keySet() + ")");
                }
                mapDump(w[2]);
            }
            case "back" -> {
                long n = arg.isEmpty() ? 1 : count(arg);
                if (done == 0) {
                    throw new IllegalArgumentException("already at the first instruction");
                }
                throw new Restart(done - n);
            }
            case "run", "restart" -> throw new Restart(0);
            case "l", "list" -> list();
            case "history" -> {
                for (int k = 0; k < history.size(); k++) {
                    out.println(String.format("%4d  %s", k + 1, history.get(k)));
                }
            }
            case "h", "help", "?" -> out.println(HELP);
            case "q", "quit", "exit" -> throw new Quit();
            default -> {
                if (cmd.equals("x") || cmd.startsWith("x/")) {
                    examine(line);
                } else {
                    throw new IllegalArgumentException("unknown command '" + cmd + "' (help lists the commands)");
                }
            }
        }
        return false;
    }

    private boolean resume(Mode m, long n) {
        if (ended) {
            throw new IllegalArgumentException("the program has ended: back steps backwards, run starts again");
        }
        mode = m;
        target = done + n;
        nextDepth = depth;
        return true;
    }

    private static long count(String arg) {
        if (arg.isEmpty()) {
            return 1;
        }
        try {
            long n = Long.parseLong(arg);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a positive count, got '" + arg + "'");
    }

    private void breakAt(String spec) {
        if (spec.isEmpty()) {
            if (breakpoints.isEmpty()) {
                out.println("no breakpoints");
            }
            inverse().forEach((id, i) -> out.println("breakpoint " + id + " at insn " + instruction(session.executable(), i).strip()));
            return;
        }
        List<Integer> at = resolve(spec);
        for (int i : at) {
            if (!breakpoints.containsKey(i)) {
                int id = nextBreakpointId++;
                breakpoints.put(i, id);
                out.println("breakpoint " + id + " at insn " + instruction(session.executable(), i).strip());
            }
        }
    }

    private Map<Integer, Integer> inverse() {
        Map<Integer, Integer> byId = new TreeMap<>();
        breakpoints.forEach((i, id) -> byId.put(id, i));
        return byId;
    }

    /** Instruction indexes for {@code N} (a slot, as the kernel numbers), a label, or {@code file:line}. */
    private List<Integer> resolve(String spec) {
        if (spec.matches("\\d+")) {
            int slot = Integer.parseInt(spec);
            int i = program.indexOfSlot(slot);
            if (i < 0 || i >= program.size()) {
                throw new IllegalArgumentException("no instruction starts at slot " + slot + " (the program has "
                        + program.slotCount() + " slots)");
            }
            return List.of(i);
        }
        Matcher fl = Pattern.compile("(.+):(\\d+)").matcher(spec);
        if (fl.matches()) {
            List<Integer> at = lines.indexesOf(fl.group(1), Integer.parseInt(fl.group(2)));
            if (at.isEmpty()) {
                throw new IllegalArgumentException(lines.isEmpty()
                        ? "the program carries no source lines: break at an instruction number or a label"
                        : "no code at " + spec);
            }
            return at;
        }
        Integer i = program.labels().get(spec);
        if (i == null) {
            throw new IllegalArgumentException("no label '" + spec + "' (labels: " + new TreeSet<>(program.labels().keySet()) + ")");
        }
        return List.of(i);
    }

    private void delete(String arg) {
        if (arg.isEmpty()) {
            breakpoints.clear();
            out.println("deleted all breakpoints");
            return;
        }
        int id = (int) count(arg);
        if (!breakpoints.values().remove(id)) {
            throw new IllegalArgumentException("no breakpoint " + id);
        }
        out.println("deleted breakpoint " + id);
    }

    private String printValue(String arg) {
        int r = register(arg);
        long v = regs[r];
        String what = pointee(v);
        if (!what.isEmpty()) {
            return "r" + r + " = 0x" + Long.toHexString(v) + " (" + what + ")";
        }
        return "r" + r + " = " + v + " (0x" + Long.toHexString(v) + ")";
    }

    private static int register(String s) {
        Matcher m = Pattern.compile("[rw](\\d+)").matcher(s.strip());
        if (m.matches() && Integer.parseInt(m.group(1)) <= 10) {
            return Integer.parseInt(m.group(1));
        }
        throw new IllegalArgumentException("expected a register r0..r10, got '" + s + "'");
    }

    /** What an address points into, for people: {@code fp-8}, {@code counts[1]+0}, {@code map counts}; empty for a number. */
    private String pointee(long v) {
        return io.bpflab.vm.Addresses.describe(session.vm(), v, ended ? 0 : depth, true);
    }

    private static final Pattern EXAMINE = Pattern.compile("x(?:/(\\d*)([xdu]?)([bhwg]?))?\\s+(.+)");

    /** gdb's {@code x/NFU ADDR}: N units of U bytes in format F. */
    private void examine(String line) {
        Matcher m = EXAMINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("usage: x/NFU ADDR, e.g. x/16xb r10-16");
        }
        int n = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
        char f = m.group(2).isEmpty() ? 'x' : m.group(2).charAt(0);
        int unit = switch (m.group(3)) {
            case "h" -> 2;
            case "w" -> 4;
            case "g" -> 8;
            default -> 1;
        };
        if (n < 1 || n > 4096) {
            throw new IllegalArgumentException("x: between 1 and 4096 units");
        }
        long addr = address(m.group(4));
        byte[] bytes = session.vm().memory().read(addr, n * unit);
        int perLine = 8 / unit * (unit == 8 ? 2 : 1);
        for (int k = 0; k < n; k += perLine) {
            long at = addr + (long) k * unit;
            String p = pointee(at);
            StringBuilder sb = new StringBuilder("0x" + Long.toHexString(at) + (p.isEmpty() ? "" : " <" + p + ">") + ":");
            for (int u = k; u < Math.min(n, k + perLine); u++) {
                long v = 0;
                for (int b = unit - 1; b >= 0; b--) {
                    v = v << 8 | (bytes[u * unit + b] & 0xff);
                }
                sb.append(' ').append(f == 'x' ? String.format("%0" + (unit * 2) + "x", v) : f == 'u' ? Long.toUnsignedString(v)
                        : Long.toString(signExtend(v, unit)));
            }
            out.println(sb);
        }
    }

    private static long signExtend(long v, int bytes) {
        int shift = 64 - bytes * 8;
        return v << shift >> shift;
    }

    /** {@code r10-16}, {@code r0 + 4}, {@code 0x100000200}. */
    private long address(String expr) {
        Matcher m = Pattern.compile("(r\\d+|0x[0-9a-fA-F]+|\\d+)\\s*(?:([+-])\\s*(0x[0-9a-fA-F]+|\\d+))?").matcher(expr.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an address like r10-16 or 0x100000200, got '" + expr + "'");
        }
        long base = m.group(1).startsWith("r") ? regs[register(m.group(1))] : number(m.group(1));
        long off = m.group(2) == null ? 0 : number(m.group(3));
        return m.group(2) != null && m.group(2).equals("-") ? base - off : base + off;
    }

    private static long number(String s) {
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    private void mapDump(String name) {
        BpfMap m = session.maps().get(name);
        if (m == null) {
            throw new IllegalArgumentException("no map '" + name + "' (maps: " + session.maps().keySet() + ")");
        }
        List<byte[][]> entries = m.entries();
        out.println("map " + name + ": " + entries.size() + " elements (" + m.keySize() + "-byte keys, " + m.valueSize() + "-byte values)");
        for (byte[][] kv : entries) {
            out.println("  " + HexFormat.of().formatHex(kv[0]) + " = " + HexFormat.of().formatHex(kv[1]));
        }
    }

    private void list() {
        Executable x = where != null ? where : session.executable();
        int at = where != null ? index : -1;
        int from = Math.max(0, (at < 0 ? 0 : at) - 5);
        int to = Math.min(x.program().size(), from + 11);
        Map<Integer, List<String>> labels = x.program().labelsByIndex();
        for (int i = from; i < to; i++) {
            for (String l : labels.getOrDefault(i, List.of())) {
                out.println(l + ":");
            }
            out.println((i == at ? "=>" : breakpoints.containsKey(i) ? " *" : "  ") + instruction(x, i));
        }
    }

    /** Candidates for completing the last word of {@code buffer}: commands, registers, maps, labels. */
    List<String> complete(String buffer) {
        String[] w = buffer.split("\\s+", -1);
        String last = w[w.length - 1];
        List<String> pool = new ArrayList<>();
        if (w.length == 1) {
            pool.addAll(COMMANDS.stream().map(c -> c.split(" ")[0]).distinct().toList());
        } else if (w[0].equals("map")) {
            if (w.length == 2) {
                pool.add("dump");
            } else {
                pool.addAll(session == null ? List.of() : session.maps().keySet());
            }
        } else if (w[0].equals("break") || w[0].equals("b")) {
            pool.addAll(new TreeSet<>(program.labels().keySet()));
        } else {
            for (int r = 0; r <= 10; r++) {
                pool.add("r" + r);
            }
        }
        return pool.stream().filter(c -> c.startsWith(last)).toList();
    }
}
