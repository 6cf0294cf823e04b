package app.breakeven.sharing;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.scenarios.ScenarioDetails;
import java.time.Instant;

/** What a share link shows: the scenario and the catalogue to price it with (pinned when frozen). */
public record SharedScenario(ScenarioDetails details, Catalogue catalogue, boolean frozen, Instant sharedAt) {}
