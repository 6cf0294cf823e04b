package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.costs.HybridPolicy;
import app.breakeven.security.AccountDirectory;
import app.breakeven.security.CurrentUser;
import app.breakeven.security.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved scenarios: drafts, saving, duplicating, deleting and sharing with people. Pricing
 * is the {@link Planner}'s; what a catalogue edit does to saved scenarios is
 * {@link CatalogueImpact}'s.
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

    private final ScenarioRepository scenarios;
    private final CatalogueService catalogueService;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;

    ScenarioService(
            ScenarioRepository scenarios,
            CatalogueService catalogueService,
            CurrentUser currentUser,
            AccountDirectory directory) {
        this.scenarios = scenarios;
        this.catalogueService = catalogueService;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    private Catalogue catalogue() {
        return catalogueService.catalogue();
    }

    /** The scenarios the signed-in account may see: the examples, its own and those shared with it. */
    public List<ScenarioSummary> list() {
        SignedIn me = me();
        Map<Long, String> names = directory.usernames();
        return scenarios.findVisibleTo(me.id()).stream()
                .map(s -> new ScenarioSummary(
                        s.getId(),
                        s.getName(),
                        s.getDescription(),
                        s.getOwnerId() == null ? null : names.getOrDefault(s.getOwnerId(), "?"),
                        s.accessFor(me)))
                .toList();
    }

    /** The planner's inputs of one of the article's examples, its engineering time included. */
    public Optional<ScenarioInputs> inputs(String exampleName) {
        return scenarios
                .findByExampleTrueAndName(exampleName)
                .map(s -> s.details().plannedInputs());
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
        return scenarios.findById(id).map(s -> s.accessFor(me())).orElse(Access.NONE);
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
        return scenarios
                .findById(id)
                .filter(s -> s.getOwnerId() != null && directory.isActivePlanner(s.getOwnerId()))
                .map(Scenario::details);
    }

    /** A new, unsaved scenario starting from the default one, under a name the account has not used. */
    public ScenarioDetails draft() {
        ScenarioInputs inputs = scenarios
                .findByExampleTrueAndName(DEFAULT_SCENARIO)
                .map(s -> s.details().inputs())
                .orElseGet(this::firstInCatalogue);
        return new ScenarioDetails(
                null,
                0,
                freeName(me().id(), "New scenario"),
                null,
                inputs,
                new GrowthPlan(0.1, 24),
                EngineeringTime.NONE,
                new HybridRule(
                        HybridPolicy.article(0).thresholdTokensPerDay(),
                        HybridPolicy.article(0).consecutiveMonths(),
                        0),
                Conditions.NONE);
    }

    /** Inputs to start from when the default scenario has been deleted: the catalogue's first model and tier. */
    private ScenarioInputs firstInCatalogue() {
        Catalogue catalogue = catalogue();
        if (catalogue.models().isEmpty() || catalogue.tiers().isEmpty()) {
            throw new IllegalStateException("The catalogue needs at least one model and one hardware tier");
        }
        return new ScenarioInputs(
                50e6,
                catalogue.models().getFirst().getName(),
                catalogue.tiers().getFirst().getLabel(),
                app.breakeven.costs.Deployment.CLOUD,
                1,
                1,
                0,
                30,
                null);
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
        Catalogue catalogue = catalogue();
        List<InputProblem> problems = new ArrayList<>(details.problems(catalogue));
        if (details.name() != null && !details.name().isBlank()) {
            named(owner, details.name().strip())
                    .filter(other -> !other.getId().equals(details.id()))
                    .ifPresent(other -> problems.add(
                            new InputProblem("name", "another scenario is already named '" + other.getName() + "'")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        // A replica that does not fit, or a GPU without a price, is refused here as on screen,
        // and so is a range that does not hold its likely value.
        Uncertainty.factors(details, catalogue);
        var model = catalogueService.findModel(details.inputs().model()).orElseThrow();
        var tier = catalogueService.findTier(details.inputs().tier()).orElseThrow();
        var sizing = details.inputs().sizing();
        var gpu = sizing == null ? null : catalogueService.findGpu(sizing.gpu()).orElseThrow();
        Scenario scenario;
        if (existing == null) {
            scenario = new Scenario(details, model, tier, gpu, owner);
        } else {
            scenario = existing;
            if (scenario.getVersion() != details.version()) {
                throw new ScenarioConflictException(scenario.details());
            }
            scenario.apply(details, model, tier, gpu);
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
        ScenarioDetails copy = new ScenarioDetails(
                null,
                0,
                freeName(me().id(), original.name() + " (copy)"),
                original.description(),
                original.inputs(),
                original.growth(),
                original.engineering(),
                original.hybrid(),
                original.conditions(),
                original.uncertainty(),
                original.routing());
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
        Scenario scenario = scenarios
                .findById(id)
                .filter(s -> s.accessFor(me).canRead())
                .orElseThrow(() -> new ScenarioNotFoundException(id));
        if (scenario.accessFor(me) != Access.OWN) {
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
        return scenarios.findById(id).filter(s -> s.accessFor(me).canRead());
    }

    private void requireEdit(Scenario scenario, SignedIn me) {
        Access access = scenario.accessFor(me);
        if (!access.canRead()) {
            throw new ScenarioNotFoundException(scenario.getId());
        }
        if (!access.canEdit()) {
            throw new AccessDeniedException(
                    scenario.isExample()
                            ? "The article's examples are read-only; duplicate one to change it"
                            : "This scenario is shared with you to read, not to edit");
        }
    }

    private SignedIn me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    private Optional<Scenario> named(Long owner, String name) {
        return owner == null ? scenarios.findByExampleTrueAndName(name) : scenarios.findByOwnerIdAndName(owner, name);
    }

    private String freeName(long owner, String wanted) {
        String base = wanted.length() > ScenarioLimits.NAME_MAX_LENGTH - 4
                ? wanted.substring(0, ScenarioLimits.NAME_MAX_LENGTH - 4)
                : wanted;
        String name = base;
        for (int n = 2; scenarios.findByOwnerIdAndName(owner, name).isPresent(); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
