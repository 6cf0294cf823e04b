package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.Cascade;
import app.breakeven.costs.CostEngine;
import app.breakeven.costs.CostProfile;
import app.breakeven.costs.Evaluation;
import app.breakeven.costs.Growth;
import app.breakeven.costs.HiddenCost;
import app.breakeven.costs.HybridPolicy;
import app.breakeven.costs.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import app.breakeven.security.AccountDirectory;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.Role;
import app.breakeven.security.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved scenarios, and the planner that prices scenario inputs against the catalogue.
 *
 * <p>The security boundary for scenarios: a planner owns what they save; others see it
 * only when it is shared with them (planners may then edit it, viewers read it). The
 * article's examples belong to no one and every account reads them. A scenario the
 * account may not see is reported as not found, so ids reveal nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScenarioService {

    /** The scenario a first visit opens: the article's growth stage. */
    public static final String DEFAULT_SCENARIO = "B, growth";
    static final String TOO_MANY_DEPLOYMENTS =
            "needs more than 2,147,483,647 deployments of this tier: lower the volume or choose a faster tier";
    static final String BEYOND_COMPUTING = "costs more a month than can be computed: lower the volume";

    private final ScenarioRepository scenarios;
    private final CatalogueService catalogueService;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;

    ScenarioService(ScenarioRepository scenarios, CatalogueService catalogueService, CurrentUser currentUser,
            AccountDirectory directory) {
        this.scenarios = scenarios;
        this.catalogueService = catalogueService;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    public Catalogue catalogue() {
        return catalogueService.catalogue();
    }

    /** The scenarios the signed-in account may see: the examples, its own and those shared with it. */
    public List<ScenarioSummary> list() {
        SignedIn me = me();
        Map<Long, String> names = directory.usernames();
        return scenarios.findVisibleTo(me.id()).stream()
                .map(s -> new ScenarioSummary(s.getId(), s.getName(), s.getDescription(),
                        s.getOwnerId() == null ? null : names.getOrDefault(s.getOwnerId(), "?"), access(s, me)))
                .toList();
    }

    /** The planner's inputs of one of the article's examples, its engineering time included. */
    public Optional<ScenarioInputs> inputs(String exampleName) {
        return scenarios.findByExampleTrueAndName(exampleName).map(s -> s.details().plannedInputs());
    }

    /** The planner's inputs of a scenario the account may see. */
    public Optional<ScenarioInputs> inputs(long id) {
        return readable(id).map(s -> s.details().plannedInputs());
    }

    public Optional<ScenarioDetails> find(long id) {
        return readable(id).map(Scenario::details);
    }

    /** What the signed-in account may do with the scenario; {@link Access#NONE} for one it may not see. */
    public Access access(long id) {
        return scenarios.findById(id).map(s -> access(s, me())).orElse(Access.NONE);
    }

    /**
     * A scenario for a share link whose token the sharing module has just verified: the
     * token is the authority here, so no account is needed. Empty when the scenario's owner
     * is disabled or no longer a planner. Only the sharing module calls this (an
     * architecture test keeps it so).
     */
    @PreAuthorize("permitAll()")
    public Optional<ScenarioDetails> findForShareLink(long id) {
        // A link works only while its owner may still share: an enabled planner.
        return scenarios.findById(id).filter(s -> s.getOwnerId() != null && directory.isActivePlanner(s.getOwnerId()))
                .map(Scenario::details);
    }

    /** A new, unsaved scenario starting from the default one, under a name the account has not used. */
    public ScenarioDetails draft() {
        ScenarioInputs inputs = scenarios.findByExampleTrueAndName(DEFAULT_SCENARIO).map(s -> s.details().inputs())
                .orElseGet(this::firstInCatalogue);
        return new ScenarioDetails(null, 0, freeName(me().id(), "New scenario"), null, inputs, 0.1, 24, null, null, 0,
                HybridPolicy.article(0).thresholdTokensPerDay(), HybridPolicy.article(0).consecutiveMonths(),
                Conditions.NONE);
    }

    /** Inputs to start from when the default scenario has been deleted: the catalogue's first model and tier. */
    private ScenarioInputs firstInCatalogue() {
        Catalogue catalogue = catalogue();
        if (catalogue.models().isEmpty() || catalogue.tiers().isEmpty()) {
            throw new IllegalStateException("The catalogue needs at least one model and one hardware tier");
        }
        return new ScenarioInputs(50e6, catalogue.models().getFirst().getName(),
                catalogue.tiers().getFirst().getLabel(), app.breakeven.costs.Deployment.CLOUD, 1, 1, 0, 30, null);
    }

    /**
     * Saves new or changed details. A new scenario belongs to the planner who saves it.
     *
     * @throws InvalidInputsException    naming every bad field; nothing is written
     * @throws ScenarioConflictException when someone else saved or deleted it since it was read
     * @throws AccessDeniedException     for a scenario the account may read but not edit
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public ScenarioDetails save(ScenarioDetails details) {
        SignedIn me = me();
        Scenario existing = null;
        if (details.id() != null) {
            existing = scenarios.findById(details.id()).orElseThrow(() -> new ScenarioConflictException(null));
            requireEdit(existing, me);
        }
        Long owner = existing == null ? Long.valueOf(me.id()) : existing.getOwnerId();
        List<InputProblem> problems = new ArrayList<>(details.problems(catalogue()));
        if (details.name() != null && !details.name().isBlank()) {
            named(owner, details.name().strip())
                    .filter(other -> !other.getId().equals(details.id()))
                    .ifPresent(other -> problems.add(
                            new InputProblem("name", "another scenario is already named '" + other.getName() + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        var model = catalogueService.findModel(details.inputs().model()).orElseThrow();
        var tier = catalogueService.findTier(details.inputs().tier()).orElseThrow();
        Scenario scenario;
        if (existing == null) {
            scenario = new Scenario(details, model, tier, owner);
        } else {
            scenario = existing;
            if (scenario.getVersion() != details.version()) {
                throw new ScenarioConflictException(scenario.details());
            }
            scenario.apply(details, model, tier);
        }
        try {
            return scenarios.saveAndFlush(scenario).details();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ScenarioConflictException(null);
        }
    }

    /** Saves a copy the planner owns, under a free name: "B, growth (copy)", then "(copy) 2" and on. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public ScenarioDetails duplicate(long id) {
        return copy(find(id).orElseThrow(() -> new ScenarioNotFoundException(id)));
    }

    /**
     * Saves a copy of these details, changes not yet saved included, as a new scenario the
     * planner owns: how a read-only scenario's tweaks are kept.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public ScenarioDetails duplicate(ScenarioDetails from) {
        if (from.id() != null && readable(from.id()).isEmpty()) {
            throw new ScenarioNotFoundException(from.id());
        }
        return copy(from);
    }

    private ScenarioDetails copy(ScenarioDetails original) {
        ScenarioDetails copy = new ScenarioDetails(null, 0, freeName(me().id(), original.name() + " (copy)"),
                original.description(), original.inputs(), original.growthPerMonth(), original.horizonMonths(),
                original.engineerMonthlyCost(), original.engineerShare(), original.migrationCost(),
                original.hybridThreshold(), original.hybridMonths(), original.conditions());
        return save(copy);
    }

    /**
     * Deletes the scenario as it was read. Only its owner may.
     *
     * @throws ScenarioConflictException when someone else changed it since
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void delete(long id, long version) {
        Scenario scenario = owned(id);
        if (scenario.getVersion() != version) {
            throw new ScenarioConflictException(scenario.details());
        }
        scenarios.delete(scenario);
        scenarios.flush();
    }

    /** Whom the owner has shared the scenario with, by account id. */
    @PreAuthorize("hasRole('PLANNER')")
    public Set<Long> members(long id) {
        return owned(id).getMembers();
    }

    /** Shares the scenario with exactly these accounts (planners may then edit it, others read it). */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void shareWith(long id, Set<Long> userIds) {
        Scenario scenario = owned(id);
        Set<Long> known = directory.usernames().keySet();
        Set<Long> members = new java.util.HashSet<>(userIds);
        members.remove(scenario.getOwnerId());
        if (!known.containsAll(members)) {
            throw new IllegalArgumentException("Share only with existing accounts");
        }
        scenario.setMembers(members);
        scenarios.flush();
    }

    /**
     * The scenario, if the signed-in account owns it.
     *
     * @throws ScenarioNotFoundException for one it may not see
     * @throws AccessDeniedException     for one it may see but does not own
     */
    private Scenario owned(long id) {
        SignedIn me = me();
        Scenario scenario = scenarios.findById(id).filter(s -> access(s, me).canRead())
                .orElseThrow(() -> new ScenarioNotFoundException(id));
        if (access(scenario, me) != Access.OWN) {
            throw new AccessDeniedException("Only the scenario's owner may do this");
        }
        return scenario;
    }

    /**
     * A scenario the signed-in planner owns, for what only its owner may do (share links).
     *
     * @throws ScenarioNotFoundException for one the account may not see
     * @throws AccessDeniedException     for one it may see but does not own
     */
    @PreAuthorize("hasRole('PLANNER')")
    public ScenarioDetails findOwned(long id) {
        return owned(id).details();
    }

    private Optional<Scenario> readable(long id) {
        SignedIn me = me();
        return scenarios.findById(id).filter(s -> access(s, me).canRead());
    }

    private void requireEdit(Scenario scenario, SignedIn me) {
        Access access = access(scenario, me);
        if (!access.canRead()) {
            throw new ScenarioNotFoundException(scenario.getId());
        }
        if (!access.canEdit()) {
            throw new AccessDeniedException(scenario.isExample()
                    ? "The article's examples are read-only; duplicate one to change it"
                    : "This scenario is shared with you to read, not to edit");
        }
    }

    static Access access(Scenario scenario, SignedIn me) {
        boolean planner = me.has(Role.PLANNER);
        if (scenario.isExample()) {
            return Access.READ;
        }
        if (scenario.getOwnerId() == null) {
            return Access.NONE;
        }
        if (scenario.getOwnerId() == me.id()) {
            return planner ? Access.OWN : Access.READ;
        }
        if (scenario.getMembers().contains(me.id())) {
            return planner ? Access.EDIT : Access.READ;
        }
        return Access.NONE;
    }

    private SignedIn me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    private Optional<Scenario> named(Long owner, String name) {
        return owner == null ? scenarios.findByExampleTrueAndName(name) : scenarios.findByOwnerIdAndName(owner, name);
    }

    private String freeName(long owner, String wanted) {
        String base = wanted.length() > ScenarioDetails.MAX_NAME_LENGTH - 4
                ? wanted.substring(0, ScenarioDetails.MAX_NAME_LENGTH - 4)
                : wanted;
        String name = base;
        for (int n = 2; scenarios.findByOwnerIdAndName(owner, name).isPresent(); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /**
     * Prices a scenario now and month by month over its horizon, with the breakdown of the
     * self-host bill, the ROI check and a recommendation. Pure computation on the given
     * catalogue.
     *
     * @throws InvalidInputsException naming every bad field
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    @PreAuthorize("permitAll()")
    public Projection project(ScenarioDetails details, Catalogue catalogue) {
        requireValid(details.problems(catalogue));
        Plan plan = plan(details.plannedInputs(), catalogue);
        Growth growth = CostEngine.grow(plan.profile(), details.inputs().tokensPerDay(), details.growthPerMonth(),
                details.horizonMonths(), details.hybridPolicy());
        Evaluation now = plan.evaluation();
        List<CostLine> breakdown = breakdown(plan.profile(), now.deployments());
        Roi roi = roi(now, catalogue, details);
        boolean sustained = growth.hybridSwitchMonth() >= 0
                || sustainedAtEnd(growth, details.hybridThreshold(), details.hybridMonths());
        return new Projection(details, plan, growth, breakdown, roi, Decisions.decide(details, now, roi, sustained));
    }

    /**
     * Prices a cascade for the scenario's volume: each model self-hosts on the smallest tier
     * that fits its size (the scenario's tier when its size is unknown).
     *
     * @param models          two or three models, cheapest first
     * @param escalationRates one rate fewer than models, each from 0 to 1
     * @throws InvalidInputsException naming the bad field
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Routing route(ScenarioInputs inputs, List<String> models, List<Double> escalationRates,
            Catalogue catalogue) {
        List<InputProblem> problems = new ArrayList<>(inputs.problems(catalogue));
        if (models.size() < 2 || models.size() > 3 || escalationRates.size() != models.size() - 1) {
            problems.add(new InputProblem("models", "a cascade takes two or three models"));
        }
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i) == null || catalogue.model(models.get(i)).isEmpty()) {
                problems.add(new InputProblem("models[" + i + "]", "choose a model from the catalogue"));
            }
        }
        for (int i = 0; i < escalationRates.size(); i++) {
            Double rate = escalationRates.get(i);
            if (rate == null || !(rate >= 0 && rate <= 1)) {
                problems.add(new InputProblem("escalationRates[" + i + "]", "must be from 0% to 100%"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        var workload = new Workload(inputs.inputShare(), inputs.utilization(), inputs.peakFactor(),
                inputs.daysPerMonth());
        var hidden = catalogue.engineHiddenCosts(inputs.engineeringMonthly());
        List<Cascade.Stage> stages = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            var model = catalogue.model(models.get(i)).orElseThrow();
            var tier = tierFor(model, catalogue).orElseGet(() -> catalogue.tier(inputs.tier()).orElseThrow());
            tiers.add(tier.getLabel());
            var profile = new CostProfile(model.apiPrice(), tier.gpuTier(), inputs.deployment(), workload, hidden);
            stages.add(new Cascade.Stage(model.getName(), profile, i < escalationRates.size() ? escalationRates.get(i) : 0));
        }
        var result = new Cascade(stages).evaluate(inputs.tokensPerDay());
        double rate = Cascade.escalationRateFor(Routing.ARTICLE_CUT, stages.getFirst().profile().blendedPerMillion(),
                stages.getLast().profile().blendedPerMillion());
        return new Routing(List.copyOf(models), tiers, List.copyOf(escalationRates), result, rate);
    }

    /**
     * Before a catalogue item is saved: what the edited copy would do to every saved
     * scenario that uses it (every scenario, for a hidden cost).
     */
    @PreAuthorize("hasRole('ANALYST')")
    public ImpactPreview impactOf(app.breakeven.catalogue.CatalogueEntry edited) {
        SignedIn me = me();
        Catalogue before = catalogue();
        Catalogue after = before.with(edited);
        List<ScenarioImpact> impacts = new ArrayList<>();
        int others = 0;
        for (Scenario scenario : scenarios.findAllByOrderByNameAsc()) {
            boolean uses = switch (edited) {
                case app.breakeven.catalogue.ModelPrice m -> m.getId() != null && m.getId().equals(scenario.modelId());
                case app.breakeven.catalogue.HardwareTier t -> t.getId() != null && t.getId().equals(scenario.tierId());
                default -> true;
            };
            if (!uses) {
                continue;
            }
            ScenarioDetails details = scenario.details();
            ScenarioInputs inputsBefore = details.plannedInputs();
            ScenarioInputs inputsAfter = switch (edited) {
                case app.breakeven.catalogue.ModelPrice m -> inputsBefore.withModel(m.getName());
                case app.breakeven.catalogue.HardwareTier t -> inputsBefore.withTier(t.getLabel());
                default -> inputsBefore;
            };
            if (!inputsAfter.problems(after).isEmpty()) {
                continue;
            }
            // Another planner's private scenario is counted, not shown.
            if (!access(scenario, me).canRead()) {
                others++;
                continue;
            }
            var was = plan(inputsBefore, before).evaluation();
            var will = plan(inputsAfter, after).evaluation();
            impacts.add(new ScenarioImpact(details.name(), was.apiMonthly(), will.apiMonthly(),
                    was.selfHostMonthly().mid(), will.selfHostMonthly().mid(), was.breakEven().mid(),
                    will.breakEven().mid()));
        }
        return new ImpactPreview(impacts, others);
    }

    /** Every catalogue model at the scenario's volume, each self-hosted on the tier that fits it. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public List<ModelCost> compareModels(ScenarioInputs inputs, Catalogue catalogue) {
        requireValid(inputs.problems(catalogue));
        List<ModelCost> costs = new ArrayList<>();
        for (var model : catalogue.models()) {
            var tier = tierFor(model, catalogue).orElseGet(() -> catalogue.tier(inputs.tier()).orElseThrow());
            var profile = profile(inputs.withModel(model.getName()).withTier(tier.getLabel()), catalogue);
            var e = CostEngine.evaluate(profile, inputs.tokensPerDay());
            costs.add(new ModelCost(model.getName(), tier.getLabel(), profile.price().outputPerMillion(),
                    e.apiMonthly(), e.selfHostMonthly().low(), e.selfHostMonthly().high(), e.breakEven().mid()));
        }
        return costs;
    }

    /** Break-even volumes for every model on every tier, the scenario's other assumptions kept; NaN where the model does not fit the tier. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public BreakEvenMap breakEvenMap(ScenarioInputs inputs, Catalogue catalogue) {
        requireValid(inputs.problems(catalogue));
        var models = catalogue.models();
        var tiers = catalogue.tiers();
        double[][] volumes = new double[models.size()][tiers.size()];
        for (int i = 0; i < models.size(); i++) {
            for (int j = 0; j < tiers.size(); j++) {
                if (!fits(models.get(i), tiers.get(j))) {
                    volumes[i][j] = Double.NaN;
                    continue;
                }
                var profile = profile(inputs.withModel(models.get(i).getName()).withTier(tiers.get(j).getLabel()),
                        catalogue);
                volumes[i][j] = profile.breakEven(app.breakeven.costs.CostRange.Level.MID, true);
            }
        }
        return new BreakEvenMap(models.stream().map(m -> m.getName()).toList(),
                tiers.stream().map(t -> t.getLabel()).toList(), volumes);
    }

    /** The smallest tier whose size range reaches the model's total parameters (5% leeway: Qwen3-32B is 32.8B). */
    static Optional<app.breakeven.catalogue.HardwareTier> tierFor(app.breakeven.catalogue.ModelPrice model,
            Catalogue catalogue) {
        if (model.getParamsTotalBillions() == null) {
            return Optional.empty();
        }
        return catalogue.tiers().stream().filter(t -> fits(model, t)).findFirst();
    }

    /** Whether a model's total parameters fit a tier's size range (unknown sizes fit anywhere). */
    static boolean fits(app.breakeven.catalogue.ModelPrice model, app.breakeven.catalogue.HardwareTier tier) {
        return model.getParamsTotalBillions() == null || tier.getModelSizeMaxBillions() == null
                || tier.getModelSizeMaxBillions().doubleValue() * 1.05 >= model.getParamsTotalBillions().doubleValue();
    }

    private static boolean sustainedAtEnd(Growth growth, double threshold, int months) {
        int run = 0;
        for (double v : growth.tokensPerDay()) {
            run = v >= threshold ? run + 1 : 0;
        }
        return run >= months;
    }

    /** The GPUs and each hidden cost that applies, for the given number of deployments. */
    static List<CostLine> breakdown(CostProfile profile, int deployments) {
        List<CostLine> lines = new ArrayList<>();
        var gpu = profile.gpuPerDeployment().times(deployments);
        lines.add(new CostLine("GPU servers (" + deployments + " × " + profile.tier().label() + ")", gpu.low(),
                gpu.high()));
        for (HiddenCost cost : profile.hiddenCosts()) {
            if (cost.appliesTo(profile.deployment())) {
                var range = cost.basis() == HiddenCost.Basis.PER_DEPLOYMENT
                        ? cost.monthly().times(deployments)
                        : cost.monthly();
                lines.add(new CostLine(cost.name(), range.low(), range.high()));
            }
        }
        return lines;
    }

    private static Roi roi(Evaluation now, Catalogue catalogue, ScenarioDetails details) {
        double engineering = details.plannedInputs().engineeringMonthly() != null
                ? details.plannedInputs().engineeringMonthly()
                : catalogue.hiddenCosts().stream().filter(c -> c.isEngineeringTime())
                        .mapToDouble(c -> c.hiddenCost().monthly().mid()).sum();
        double selfHost = now.selfHostMonthly().mid();
        double withoutEngineering = Math.max(0, selfHost - engineering);
        double saved = now.apiMonthly() - withoutEngineering;
        return new Roi(now.apiMonthly(), withoutEngineering, saved, engineering, saved - engineering);
    }

    /**
     * Validates the inputs and prices them; pure computation on the given catalogue, so
     * a dashboard can call it on every slider event without touching the database.
     * Inputs that are each valid can still ask for more than the engine can count, on a
     * very slow tier or at absurd prices: those are refused too, never shown saturated.
     *
     * @throws InvalidInputsException naming every field that is wrong
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Plan plan(ScenarioInputs inputs, Catalogue catalogue) {
        requireValid(inputs.problems(catalogue));
        CostProfile profile = profile(inputs, catalogue);
        if (profile.deploymentsNeeded(inputs.tokensPerDay()) > Integer.MAX_VALUE) {
            requireValid(List.of(new InputProblem("tokensPerDay", TOO_MANY_DEPLOYMENTS)));
        }
        Evaluation evaluation = CostEngine.evaluate(profile, inputs.tokensPerDay());
        if (!Double.isFinite(evaluation.apiMonthly()) || !Double.isFinite(evaluation.selfHostMonthly().high())) {
            requireValid(List.of(new InputProblem("tokensPerDay", BEYOND_COMPUTING)));
        }
        return new Plan(inputs, profile, evaluation);
    }

    private static void requireValid(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
    }

    static CostProfile profile(ScenarioInputs inputs, Catalogue catalogue) {
        var model = catalogue.model(inputs.model()).orElseThrow();
        var tier = catalogue.tier(inputs.tier()).orElseThrow();
        var workload = new Workload(inputs.inputShare(), inputs.utilization(), inputs.peakFactor(),
                inputs.daysPerMonth());
        return new CostProfile(model.apiPrice(), tier.gpuTier(), inputs.deployment(), workload,
                catalogue.engineHiddenCosts(inputs.engineeringMonthly()));
    }
}
