package io.bpflab.cli;

import io.bpflab.isa.SourceLines;
import io.bpflab.isa.disasm.Disassembler;
import io.bpflab.vm.StepTracer;
import io.bpflab.vm.TraceStep;
import io.bpflab.vm.Vm;
import java.io.PrintWriter;
import java.util.HexFormat;

/**
 * {@code bpflab run --trace-json}: one JSON object per executed instruction, for tools:
 * <pre>{"step":1,"insn":0,"slot":0,"depth":0,"text":"r0 = 3","regs":{"r0":"0x3"},"mem":[]}</pre>
 * with {@code "source":{"file","line","text"}} when the program carries line info, and
 * memory writes as {@code {"addr","where","size","value","bytes"}}.
 */
final class TraceJson extends StepTracer {

    private final PrintWriter out;

    TraceJson(PrintWriter out, Vm vm, io.bpflab.isa.Program program, SourceLines lines) {
        super(vm, program, lines);
        this.out = out;
    }

    @Override
    protected void onStep(TraceStep s) {
        out.println(object(s));
    }

    @Override
    protected void onExit(long[] regs) {
        out.flush();
    }

    static String object(TraceStep s) {
        StringBuilder sb = new StringBuilder("{\"step\":").append(s.seq());
        sb.append(",\"insn\":").append(s.index()).append(",\"slot\":").append(s.slot()).append(",\"depth\":").append(s.depth());
        sb.append(",\"text\":").append(RunCommand.Json.str(Disassembler.text(s.insn())));
        s.source().ifPresent(l -> sb.append(",\"source\":{\"file\":").append(RunCommand.Json.str(l.file()))
                .append(",\"line\":").append(l.line()).append(",\"text\":").append(RunCommand.Json.str(l.text().strip())).append('}'));
        sb.append(",\"regs\":{");
        for (int k = 0; k < s.regs().size(); k++) {
            TraceStep.RegChange r = s.regs().get(k);
            sb.append(k == 0 ? "" : ",").append("\"r").append(r.reg()).append("\":\"0x").append(Long.toHexString(r.after())).append('"');
        }
        sb.append("},\"mem\":[");
        for (int k = 0; k < s.mem().size(); k++) {
            TraceStep.MemChange m = s.mem().get(k);
            sb.append(k == 0 ? "" : ",").append("{\"addr\":\"0x").append(Long.toHexString(m.addr())).append('"')
                    .append(",\"where\":").append(RunCommand.Json.str(m.where()))
                    .append(",\"size\":").append(m.after().length)
                    .append(",\"value\":").append(RunCommand.Json.str(m.valueText()))
                    .append(",\"bytes\":\"").append(HexFormat.of().formatHex(m.after())).append("\"}");
        }
        return sb.append("]}").toString();
    }
}
