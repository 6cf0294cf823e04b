package app.breakeven.sharing;

import app.breakeven.base.Secrets;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.CatalogueService;
import app.breakeven.catalogue.CatalogueTable;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.HiddenCostCategory;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.catalogue.OwnershipAssumption;
import app.breakeven.catalogue.PurchaseOffer;
import app.breakeven.catalogue.RentedOffer;
import app.breakeven.catalogue.ThroughputBenchmark;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Creates, lists, revokes and opens share links. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class SharingService {

    public static final int MAX_DAYS = 365;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ShareLinkRepository links;
    private final ScenarioService scenarios;
    private final CatalogueService catalogueService;
    private final Clock clock;

    SharingService(
            ShareLinkRepository links, ScenarioService scenarios, CatalogueService catalogueService, Clock clock) {
        this.links = links;
        this.scenarios = scenarios;
        this.catalogueService = catalogueService;
        this.clock = clock;
    }

    /**
     * Creates a link to a saved scenario the planner owns.
     *
     * @param days   how long it works, 1 to 365
     * @param frozen pin the scenario and its catalogue prices as they are now
     */
    public CreatedLink create(long scenarioId, int days, boolean frozen) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A link lasts from 1 to 365 days");
        }
        ScenarioDetails details = scenarios.findOwned(scenarioId);
        String token = Secrets.token();
        Instant now = clock.instant();
        String scenarioJson = null;
        String catalogueJson = null;
        if (frozen) {
            Catalogue catalogue = catalogueService.catalogue();
            scenarioJson = JSON.writeValueAsString(details);
            // A sized scenario's throughput is calibrated on every measured row and the models they
            // name, so it pins every model, GPU type and row; the article's tiers need only its own.
            boolean sized = details.inputs().sized();
            // Three paths price every offer and read every ownership assumption, so they pin all;
            // the cascade's models are pinned with the scenario's own.
            boolean paths = details.inputs().threePaths();
            catalogueJson = JSON.writeValueAsString(Map.of(
                    "rentedOffers",
                            paths
                                    ? catalogue.rentedOffers().stream()
                                            .map(CatalogueTable.RENTED_OFFERS::values)
                                            .toList()
                                    : List.of(),
                    "purchaseOffers",
                            paths
                                    ? catalogue.purchaseOffers().stream()
                                            .map(CatalogueTable.PURCHASE_OFFERS::values)
                                            .toList()
                                    : List.of(),
                    "ownership",
                            paths
                                    ? catalogue.ownershipAssumptions().stream()
                                            .map(CatalogueTable.OWNERSHIP::values)
                                            .toList()
                                    : List.of(),
                    "models",
                            catalogue.models().stream()
                                    .filter(m -> sized
                                            || m.getName()
                                                    .equals(details.inputs().model())
                                            || details.routing().models().contains(m.getName()))
                                    .map(CatalogueTable.MODELS::values)
                                    .toList(),
                    "gpus",
                            sized
                                    ? catalogue.gpus().stream()
                                            .map(CatalogueTable.GPUS::values)
                                            .toList()
                                    : List.of(),
                    "benchmarks",
                            sized
                                    ? catalogue.benchmarks().stream()
                                            .map(CatalogueTable.BENCHMARKS::values)
                                            .toList()
                                    : List.of(),
                    // Every tier: the cascade self-hosts each of its models on the tier it fits.
                    "tiers",
                            catalogue.tiers().stream()
                                    .map(CatalogueTable.TIERS::values)
                                    .toList(),
                    "hiddenCosts",
                            catalogue.hiddenCosts().stream()
                                    .map(CatalogueTable.HIDDEN_COSTS::values)
                                    .toList()));
        }
        ShareLink link = links.save(new ShareLink(
                scenarioId, hash(token), now, now.plus(Duration.ofDays(days)), frozen, scenarioJson, catalogueJson));
        return new CreatedLink(link.summary(), token);
    }

    @Transactional(readOnly = true)
    public List<ShareLinkSummary> links(long scenarioId) {
        scenarios.findOwned(scenarioId);
        return links.findByScenarioIdOrderByCreatedAtDesc(scenarioId).stream()
                .map(ShareLink::summary)
                .toList();
    }

    public void revoke(long linkId) {
        links.findById(linkId).ifPresent(link -> {
            scenarios.findOwned(link.getScenarioId());
            link.revoke(clock.instant());
        });
    }

    /**
     * What a token shows, counting the visit; empty for a token that is unknown, expired
     * or revoked, or whose planner was disabled or is no longer a planner, without saying which. Needs no account: the token is the authority.
     */
    @PreAuthorize("permitAll()")
    public Optional<SharedScenario> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ShareLink> found = links.findByTokenHash(hash(token)).filter(link -> link.usableAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ShareLink link = found.get();
        Optional<ScenarioDetails> current = scenarios.findForShareLink(link.getScenarioId());
        Optional<SharedScenario> shared = current.isEmpty()
                ? Optional.empty()
                : link.isFrozen()
                        ? Optional.of(new SharedScenario(
                                JSON.readValue(link.getFrozenScenario(), ScenarioDetails.class),
                                frozenCatalogue(link.getFrozenCatalogue()),
                                true,
                                link.getCreatedAt()))
                        : Optional.of(new SharedScenario(
                                current.get(), catalogueService.catalogue(), false, link.getCreatedAt()));
        shared.ifPresent(s -> link.opened(now));
        return shared;
    }

    private static Catalogue frozenCatalogue(String json) {
        Map<String, List<Map<String, String>>> tables =
                JSON.readValue(json, new TypeReference<Map<String, List<Map<String, String>>>>() {});
        List<ModelPrice> models = tables.get("models").stream()
                .map(v -> CatalogueTable.MODELS.item(v, null, 0))
                .toList();
        List<HardwareTier> tiers = tables.get("tiers").stream()
                .map(v -> CatalogueTable.TIERS.item(v, null, 0))
                .toList();
        List<HiddenCostCategory> hidden = tables.get("hiddenCosts").stream()
                .map(v -> CatalogueTable.HIDDEN_COSTS.item(v, null, 0))
                .toList();
        // Links frozen before sizing existed pin no GPU types or measured rows.
        List<GpuType> gpus = tables.getOrDefault("gpus", List.of()).stream()
                .map(v -> CatalogueTable.GPUS.item(v, null, 0))
                .toList();
        List<ThroughputBenchmark> benchmarks = tables.getOrDefault("benchmarks", List.of()).stream()
                .map(v -> CatalogueTable.BENCHMARKS.item(v, null, 0))
                .toList();
        // Links frozen before the three paths existed pin no offers or ownership assumptions.
        List<RentedOffer> rented = tables.getOrDefault("rentedOffers", List.of()).stream()
                .map(v -> CatalogueTable.RENTED_OFFERS.item(v, null, 0))
                .toList();
        List<PurchaseOffer> purchases = tables.getOrDefault("purchaseOffers", List.of()).stream()
                .map(v -> CatalogueTable.PURCHASE_OFFERS.item(v, null, 0))
                .toList();
        List<OwnershipAssumption> ownership = tables.getOrDefault("ownership", List.of()).stream()
                .map(v -> CatalogueTable.OWNERSHIP.item(v, null, 0))
                .toList();
        return new Catalogue(models, tiers, hidden, gpus, benchmarks, rented, purchases, ownership);
    }

    static String hash(String token) {
        return Secrets.sha256(token);
    }
}
