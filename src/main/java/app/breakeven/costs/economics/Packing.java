package app.breakeven.costs.economics;

/**
 * Replicas packed into whole machines (rented instances or owned servers) of G GPUs, for
 * replicas of g GPUs. A replica never spans machines when it fits in one, since tensor
 * parallelism across a network is far slower than inside a machine; so leftover GPUs of a
 * machine stay idle (rented and powered all the same):
 * <pre>
 *   g &lt;= G:  replicas a machine = floor(G / g);  machines = ceil(replicas / floor(G / g))
 *   g &gt;  G:  machines a replica = ceil(g / G);   machines = replicas x ceil(g / G)
 * </pre>
 * For 5 replicas of 3 GPUs on 8-GPU machines that is 3 machines, not ceil(15 / 8) = 2.
 */
public final class Packing {

    private Packing() {}

    /** Machines for {@code replicas} replicas of {@code gpusPerReplica} GPUs on {@code gpusPerMachine}-GPU machines. */
    public static long machines(long replicas, int gpusPerReplica, int gpusPerMachine) {
        check(replicas, gpusPerReplica, gpusPerMachine);
        if (gpusPerReplica <= gpusPerMachine) {
            long perMachine = gpusPerMachine / gpusPerReplica;
            return (replicas + perMachine - 1) / perMachine;
        }
        return replicas * machinesPerReplica(gpusPerReplica, gpusPerMachine);
    }

    /**
     * How many replicas one machine holds, as a fraction when a replica spans machines
     * (1 / machines a replica): the divisor that turns replica-hours into machine-hours.
     */
    public static double replicasPerMachine(int gpusPerReplica, int gpusPerMachine) {
        check(0, gpusPerReplica, gpusPerMachine);
        return gpusPerReplica <= gpusPerMachine
                ? gpusPerMachine / gpusPerReplica
                : 1.0 / machinesPerReplica(gpusPerReplica, gpusPerMachine);
    }

    /** The packing rule in words with its numbers, for "How this is computed". */
    static String explain(long replicas, int gpusPerReplica, int gpusPerMachine, String machine) {
        long machines = machines(replicas, gpusPerReplica, gpusPerMachine);
        if (gpusPerReplica <= gpusPerMachine) {
            long perMachine = gpusPerMachine / gpusPerReplica;
            return "ceil(" + replicas + " replicas / floor(" + gpusPerMachine + " GPUs a " + machine + " / "
                    + gpusPerReplica + " GPUs a replica) = " + perMachine + ") = " + machines + " " + machine + "s";
        }
        return replicas + " replicas x ceil(" + gpusPerReplica + " GPUs a replica / " + gpusPerMachine + " GPUs a "
                + machine + ") = " + machines + " " + machine + "s";
    }

    private static long machinesPerReplica(int gpusPerReplica, int gpusPerMachine) {
        return (gpusPerReplica + gpusPerMachine - 1) / gpusPerMachine;
    }

    private static void check(long replicas, int gpusPerReplica, int gpusPerMachine) {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must be at least 0: " + replicas);
        }
        if (gpusPerReplica < 1 || gpusPerMachine < 1) {
            throw new IllegalArgumentException("replicas and machines need at least one GPU each");
        }
    }
}
