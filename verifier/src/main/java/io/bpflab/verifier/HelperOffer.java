package io.bpflab.verifier;

import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.HelperProto;
import io.bpflab.isa.linux.ProgramType;
import java.util.Optional;
import java.util.Set;

/**
 * Which prototype a program type gets for a helper, if any: the 6.12 tables
 * ({@link HelperProto#forProgramType}) corrected to the running 6.18 kernel, which moved a
 * group of tracing helpers into {@code bpf_base_func_proto} (for CAP_BPF and CAP_PERFMON
 * loaders), offers {@code get_netns_cookie} to more networking types, and refuses a few the
 * tables offer on this machine (lockdown, configuration). HelperAvailabilityTest checks every
 * helper for thirteen program types against the kernel.
 */
final class HelperOffer {
    private HelperOffer() {
    }

    /** Helpers the 6.18 bpf_base_func_proto gives privileged loaders of every program type. */
    private static final Set<Helper> BASE_618 = Set.of(Helper.GET_CURRENT_UID_GID, Helper.GET_CURRENT_COMM,
        Helper.GET_CGROUP_CLASSID, Helper.PERF_EVENT_READ, Helper.CURRENT_TASK_UNDER_CGROUP,
        Helper.PERF_EVENT_READ_VALUE, Helper.SEND_SIGNAL, Helper.SEND_SIGNAL_THREAD, Helper.GET_TASK_STACK,
        Helper.COPY_FROM_USER, Helper.TASK_STORAGE_GET, Helper.TASK_STORAGE_DELETE, Helper.GET_BRANCH_SNAPSHOT,
        Helper.FIND_VMA, Helper.COPY_FROM_USER_TASK);

    static Optional<HelperProto> proto(Helper h, ProgramType t, boolean privileged) {
        Optional<HelperProto> p = HelperProto.forProgramType(h, t);
        boolean refused = switch (h) {
            case PROBE_WRITE_USER, OVERRIDE_RETURN -> true;
            case GET_RETVAL, SET_RETVAL -> t == ProgramType.CGROUP_SKB;
            default -> false;
        };
        if (refused) {
            return Optional.empty();
        }
        if (p.isEmpty() && privileged && (BASE_618.contains(h)
                || h == Helper.GET_NETNS_COOKIE && (t == ProgramType.SOCKET_FILTER || t == ProgramType.SCHED_CLS
                    || t == ProgramType.SCHED_ACT || t == ProgramType.CGROUP_SKB)
                || (h == Helper.SKB_SET_TUNNEL_KEY || h == Helper.SKB_SET_TUNNEL_OPT)
                    && (t == ProgramType.SCHED_CLS || t == ProgramType.SCHED_ACT))) {
            return HelperProto.variants(h).stream().findFirst();
        }
        return p;
    }
}
