package io.bpflab.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link Bpf#load} or {@link Bpf#assemble} read: the programs of one file, one per
 * program section, in file order. Each {@link Program} has its own maps.
 */
public final class ObjectFile {

    private final String name;
    private final List<Program> programs;

    ObjectFile(String name, List<Program> programs) {
        this.name = name;
        this.programs = List.copyOf(programs);
    }

    /**
     * The file's name as given.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Every program, in file order.
     *
     * @return the programs (never empty)
     */
    public List<Program> programs() {
        return programs;
    }

    /**
     * The first program: the only one of most files.
     *
     * @return the first program
     */
    public Program program() {
        return programs.getFirst();
    }

    /**
     * The program of one function (objects), else the first of one section.
     *
     * @param section the function's name, or the section's ({@code xdp}, {@code kprobe/sys_open}, ...)
     * @return its program
     * @throws BpfException when no program has that function or section
     */
    public Program program(String section) {
        return programs.stream().filter(p -> p.function().filter(section::equals).isPresent()).findFirst()
                .or(() -> programs.stream().filter(p -> p.section().filter(section::equals).isPresent()).findFirst())
                .orElseThrow(() -> new BpfException(name + ": no program section '" + section + "' (sections: "
                        + programs.stream().map(p -> p.section().orElse("(none)")).collect(Collectors.joining(", ")) + ")"));
    }

    @Override
    public String toString() {
        return "ObjectFile[" + name + ", " + programs.size() + " programs]";
    }
}
