package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.CostRange;
import app.breakeven.costs.HiddenCost;
import app.breakeven.costs.paths.PathsGrowth;
import app.breakeven.costs.uncertainty.CostModel;
import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.PathsModel;
import app.breakeven.costs.uncertainty.Range;
import app.breakeven.costs.uncertainty.Role;
import app.breakeven.costs.uncertainty.Shape;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.Tornado;
import app.breakeven.costs.uncertainty.UncertainModel;
import app.breakeven.scenarios.UncertaintyChoice.RangeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A scenario's uncertain inputs for the simulation and the tornado: likely values from the
 * scenario as the point figures price it (its volume, growth, blended API price, the tier's
 * GPUs and throughput, utilization, peak, engineering time, migration and each hidden cost
 * that applies), ranges from the scenario's choices, else the catalogue's low-high for GPU and
 * hidden costs (their likely value is the mid the point figures use), else none.
 */
public final class Uncertainty {

    /** Hidden cost inputs are keyed by this prefix and the catalogue category's name. */
    public static final String HIDDEN = "hidden:";

    /** The scenario's own uncertain inputs. */
    public enum Input {
        VOLUME("volume", "Volume (tokens/day)", Role.VOLUME),
        GROWTH("growth", "Growth per month", Role.GROWTH),
        API_PRICE("apiPrice", "API price, blended ($ per 1M tokens)", Role.API_PRICE),
        GPU("gpuMonthly", "GPUs ($ a deployment-month)", Role.GPU_MONTHLY),
        THROUGHPUT("throughput", "Throughput (tokens/s a deployment)", Role.THROUGHPUT),
        UTILIZATION("utilization", "Utilization", Role.UTILIZATION),
        PEAK("peakFactor", "Peak-to-average factor", Role.PEAK_FACTOR),
        ENGINEERING_SHARE("engineeringShare", "Share of an engineer", Role.ENGINEERING_SHARE),
        ENGINEER_COST("engineerCost", "Engineer loaded cost ($ a month)", Role.ENGINEER_COST),
        MIGRATION("migrationCost", "Migration ($ once)", Role.MIGRATION);

        private final String key;
        private final String label;
        private final Role role;

        Input(String key, String label, Role role) {
            this.key = key;
            this.label = label;
            this.role = role;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    private Uncertainty() {}

    /**
     * The inputs in the order the screens list them.
     *
     * @throws InvalidInputsException naming {@code ranges.<key>} for every range that does not
     *     hold its likely value or leaves the input's limits, and {@code ranges} for an unknown key
     */
    public static List<Factor> factors(ScenarioDetails details, Catalogue catalogue) {
        return factors(details, Planner.plan(details.plannedInputs(), catalogue), catalogue);
    }

    /**
     * As {@link #factors(ScenarioDetails, Catalogue)}, from the plan of the details' planned
     * inputs already made (the projection's), so a slider move prices the scenario once.
     */
    public static List<Factor> factors(ScenarioDetails details, Plan plan, Catalogue catalogue) {
        if (details.inputs().threePaths()) {
            List<InputProblem> problems = new ArrayList<>();
            List<Factor> factors = PathsUncertainty.factors(details, catalogue, problems);
            requireKnown(details.uncertainty(), factors, problems);
            return factors;
        }
        UncertaintyChoice choice = details.uncertainty();
        CostProfile profile = plan.profile();
        List<Factor> factors = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        add(factors, problems, choice, Input.VOLUME, details.inputs().tokensPerDay(), null);
        add(factors, problems, choice, Input.GROWTH, details.growth().perMonth(), null);
        add(factors, problems, choice, Input.API_PRICE, profile.blendedPerMillion(), null);
        add(factors, problems, choice, Input.GPU, profile.gpuPerDeployment().mid(), profile.gpuPerDeployment());
        add(factors, problems, choice, Input.THROUGHPUT, profile.tier().tokensPerSecond(), null);
        add(factors, problems, choice, Input.UTILIZATION, profile.workload().utilization(), null);
        add(factors, problems, choice, Input.PEAK, profile.workload().peakFactor(), null);
        EngineeringTime engineering = details.engineering();
        if (engineering.monthly() != null) {
            add(factors, problems, choice, Input.ENGINEERING_SHARE, engineering.share(), null);
            add(factors, problems, choice, Input.ENGINEER_COST, engineering.engineerMonthlyCost(), null);
        }
        add(factors, problems, choice, Input.MIGRATION, details.hybrid().migrationCost(), null);
        for (HiddenCost cost : profile.hiddenCosts()) {
            if (!cost.appliesTo(profile.deployment()) || cost.name().equals(Catalogue.SCENARIO_ENGINEERING)) {
                continue;
            }
            Role role =
                    cost.basis() == HiddenCost.Basis.PER_DEPLOYMENT ? Role.HIDDEN_PER_DEPLOYMENT : Role.HIDDEN_FIXED;
            String unit = role == Role.HIDDEN_PER_DEPLOYMENT ? " ($ a deployment-month)" : " ($ a month)";
            add(
                    factors,
                    problems,
                    choice,
                    HIDDEN + cost.name(),
                    cost.name() + unit,
                    role,
                    cost.monthly().mid(),
                    cost.monthly());
        }
        requireKnown(choice, factors, problems);
        return factors;
    }

    /** Every range names an input of the model and the draws are in bounds; else each problem, named. */
    static void requireKnown(UncertaintyChoice choice, List<Factor> factors, List<InputProblem> problems) {
        for (RangeChoice range : choice.ranges()) {
            if (factors.stream().noneMatch(f -> f.key().equals(range.input()))
                    && !otherModels(range.input(), factors)) {
                problems.add(new InputProblem("ranges", "has no input " + range.input() + " in this scenario"));
            }
        }
        if (choice.draws() < Simulation.MIN_DRAWS || choice.draws() > Simulation.MAX_DRAWS) {
            problems.add(new InputProblem("draws", "must be from 1,000 to 100,000"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
    }

    /**
     * Whether the key is an input of the other model (the quick one's when these factors are the
     * three paths', and the other way round): a scenario keeps such a range for when it switches
     * back, and this model leaves it alone.
     */
    private static boolean otherModels(String key, List<Factor> factors) {
        boolean paths = factors.stream().anyMatch(f -> f.key().equals(PathsModel.Lever.RENT.key()));
        if (paths) {
            return key.startsWith(HIDDEN)
                    || java.util.Arrays.stream(Input.values())
                            .anyMatch(i -> i.key().equals(key));
        }
        return java.util.Arrays.stream(PathsModel.Lever.values())
                .anyMatch(l -> l.key().equals(key));
    }

    /**
     * The scenario's model: on its three paths when it has them ({@link PathsUncertainty}), else
     * the quick or sized cost model.
     */
    public static UncertainModel model(ScenarioDetails details, Catalogue catalogue) {
        List<Factor> factors = factors(details, catalogue);
        if (!details.inputs().threePaths()) {
            return model(details, factors, null, null, catalogue);
        }
        PathsPlan paths =
                ThreePaths.plan(details.inputs(), catalogue, details.growth().horizonMonths());
        return model(details, factors, paths, ThreePaths.grow(paths, details), catalogue);
    }

    /**
     * The model from what a screen has already priced: the factors, and for three paths their plan
     * and growth ({@link ThreePaths#plan} and {@link ThreePaths#grow} of the same details).
     */
    public static UncertainModel model(
            ScenarioDetails details, List<Factor> factors, PathsPlan paths, PathsGrowth growth, Catalogue catalogue) {
        if (details.inputs().threePaths()) {
            return PathsUncertainty.model(details, catalogue, factors, paths, growth);
        }
        return new CostModel(
                factors, details.growth().horizonMonths(), details.inputs().daysPerMonth());
    }

    public static Simulation simulate(UncertainModel model, UncertaintyChoice choice) {
        return simulate(model, choice, done -> {}, () -> false);
    }

    public static Simulation simulate(
            UncertainModel model, UncertaintyChoice choice, IntConsumer progress, BooleanSupplier cancelled) {
        return Simulation.run(model, choice.draws(), choice.seed(), progress, cancelled);
    }

    public static Tornado tornado(UncertainModel model) {
        return Tornado.of(model);
    }

    private static void add(
            List<Factor> factors,
            List<InputProblem> problems,
            UncertaintyChoice choice,
            Input input,
            double likely,
            CostRange catalogue) {
        add(factors, problems, choice, input.key(), input.label(), input.role, likely, catalogue);
    }

    static void add(
            List<Factor> factors,
            List<InputProblem> problems,
            UncertaintyChoice choice,
            String key,
            String label,
            Role role,
            double likely,
            CostRange catalogue) {
        Range range = choice.range(key)
                .map(r -> rangeOf(r, r.likely() == null ? likely : r.likely(), key, role, problems))
                .orElseGet(() -> catalogue == null || catalogue.low() == catalogue.high()
                        ? Range.point(likely)
                        : Range.triangular(catalogue.low(), likely, catalogue.high()));
        if (range != null) {
            try {
                factors.add(new Factor(key, label, role, range));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem("ranges." + key, e.getMessage()));
            }
        }
    }

    private static Range rangeOf(RangeChoice r, double likely, String key, Role role, List<InputProblem> problems) {
        String field = "ranges." + key;
        Shape shape = r.shape() == null ? Shape.TRIANGULAR : r.shape();
        if (!Double.isFinite(r.low()) || !Double.isFinite(r.high()) || !Double.isFinite(likely)) {
            problems.add(new InputProblem(field, "needs a low and a high value"));
            return null;
        }
        if (r.low() > r.high()) {
            problems.add(new InputProblem(field, "low " + number(r.low()) + " is above high " + number(r.high())));
            return null;
        }
        if (likely < r.low() || likely > r.high()) {
            problems.add(new InputProblem(
                    field,
                    "the likely value " + number(likely) + " is outside " + number(r.low()) + " to "
                            + number(r.high())));
            return null;
        }
        if (r.low() < role.min() || r.high() > role.max()) {
            problems.add(new InputProblem(
                    field, "must be from " + number(role.min()) + " to " + number(role.max()) + " " + role.unit()));
            return null;
        }
        if (shape == Shape.LOG_NORMAL && (!role.logNormalFits() || !(r.low() > 0))) {
            problems.add(new InputProblem(
                    field,
                    role.logNormalFits()
                            ? "a log-normal range needs a low above 0"
                            : "is bounded, so a log-normal range does not fit it"));
            return null;
        }
        return new Range(r.low(), likely, r.high(), shape);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.6g", value);
    }
}
