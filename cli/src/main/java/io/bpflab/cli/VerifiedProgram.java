package io.bpflab.cli;

import io.bpflab.isa.linux.ProgramType;
import io.bpflab.verifier.Verdict;
import java.util.List;
import java.util.OptionalInt;

/**
 * One program's verdict as the CI reports ({@link CiReport}) and the corpus summary see
 * it: where it came from, what the verifier said, how long it took, and the limits it came
 * close to.
 *
 * @param file the file as given on the command line (or found under a directory)
 * @param section the ELF or assembly section, or null for a file holding one program
 * @param type the program type, or null when neither the file nor {@code --type} names one
 * @param verdict the verifier's verdict
 * @param sourceFile the C source file of the rejected instruction, from an object's line
 *     info (.BTF.ext); null when unknown or when the line is in {@code file} (assembly)
 * @param line the source line of the rejected instruction: in {@code sourceFile} when
 *     given, else in {@code file}; empty when unknown
 * @param nanos the wall time of the verification
 */
record VerifiedProgram(String file, String section, ProgramType type, Verdict verdict, String sourceFile,
                       OptionalInt line, long nanos) {

    /** The file, and the section unless it is the default {@code .text} of a plain listing. */
    String where() {
        return file + (section == null || section.equals(".text") ? "" : " (section " + section + ")");
    }

    /** The name a test report gives this program: its section, or its file's name for a plain listing. */
    String name() {
        if (section != null && !section.equals(".text")) {
            return section;
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    List<LimitWarning> warnings() {
        return LimitWarning.of(verdict);
    }
}
