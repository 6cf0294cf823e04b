package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import app.breakeven.security.TestAccounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Editing the catalogue on real PostgreSQL: validation, conflicts, deletes, history, imports. */
@PostgresTest
@WithUserDetails(TestAccounts.ANALYST)
class CatalogueEditingIT {

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CsvImport csvImport;

    @Autowired
    LiteLlmImport liteLlm;

    @Autowired
    PriceChangeImpact impact;

    private static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    private ModelPrice newModel(String name) {
        return editing.save(
                CatalogueKind.MODEL,
                new ModelPrice(name, "Test", "Apache 2.0", new BigDecimal("0.30"), "test", LocalDate.now()));
    }

    private static List<String> columns(InvalidItemException e) {
        return e.problems().stream().map(ItemProblem::column).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refuses_negative_prices_inverted_ranges_zero_throughput_and_duplicate_names() {
        ModelPrice model = newModel(unique("Validated"));
        ModelPrice bad = CatalogueTable.MODELS.copyOf(model);
        bad.setOutputPerMillion(new BigDecimal("-0.01"));
        bad.setSelfHostEstimate(new BigDecimal("900"), new BigDecimal("100"));
        bad.setName("Qwen3-8B");

        assertThatThrownBy(() -> editing.save(CatalogueKind.MODEL, bad))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(columns(e))
                                .containsExactlyInAnyOrder("output_per_million", "self_host_estimate_high", "name"));

        HardwareTier tier =
                CatalogueTable.TIERS.copyOf(catalogue.findTier("7-9B").orElseThrow());
        tier.setTokensPerSecond(BigDecimal.ZERO);
        tier.setCloudMonthlyLow(new BigDecimal("5000"));
        assertThatThrownBy(() -> editing.save(CatalogueKind.TIER, tier))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(columns(e))
                                .containsExactlyInAnyOrder("tokens_per_second", "cloud_monthly_high"));
        assertThat(catalogue.findTier("7-9B").orElseThrow().getCloudMonthlyLow())
                .isEqualByComparingTo("400");
    }

    @Test
    void a_second_editor_saving_a_stale_copy_gets_a_conflict_with_the_first_editors_values() {
        ModelPrice model = newModel(unique("Contested"));
        ModelPrice first = CatalogueTable.MODELS.copyOf(model);
        ModelPrice second = CatalogueTable.MODELS.copyOf(model);

        first.setOutputPerMillion(new BigDecimal("0.35"));
        editing.save(CatalogueKind.MODEL, first);
        second.setOutputPerMillion(new BigDecimal("0.40"));

        assertThatThrownBy(() -> editing.save(CatalogueKind.MODEL, second))
                .isInstanceOfSatisfying(
                        CatalogueConflictException.class,
                        e -> assertThat(e.current()).containsEntry("output_per_million", "0.35"));
        assertThat(catalogue.findModel(model.getName()).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.35");
    }

    @Test
    void records_who_changed_what_and_when_with_old_and_new_values() {
        ModelPrice model = newModel(unique("Tracked"));
        ModelPrice edited = CatalogueTable.MODELS.copyOf(model);
        edited.setOutputPerMillion(new BigDecimal("0.45"));
        editing.save(CatalogueKind.MODEL, edited);

        List<CatalogueChange> history = editing.history(CatalogueKind.MODEL, model.getId());

        assertThat(history)
                .extracting(CatalogueChange::getAction)
                .containsExactly(CatalogueChange.Action.CREATE, CatalogueChange.Action.UPDATE);
        CatalogueChange update = history.get(1);
        assertThat(update.getChangedBy()).isEqualTo(TestAccounts.ANALYST);
        assertThat(update.getChangedAt()).isNotNull();
        assertThat(CatalogueEditing.values(update.getOldValues())).containsEntry("output_per_million", "0.3");
        assertThat(CatalogueEditing.values(update.getNewValues())).containsEntry("output_per_million", "0.45");
    }

    @Test
    void refuses_to_delete_what_saved_scenarios_use_and_names_them() {
        HardwareTier tier = catalogue.findTier("27-32B").orElseThrow();

        assertThatThrownBy(() -> editing.delete(CatalogueKind.TIER, tier.getId(), tier.getVersion()))
                .isInstanceOfSatisfying(
                        ItemInUseException.class, e -> assertThat(e.scenarios()).contains("B, growth"));
        assertThat(catalogue.findTier("27-32B")).isPresent();

        ModelPrice unused = newModel(unique("Unused"));
        editing.delete(CatalogueKind.MODEL, unused.getId(), unused.getVersion());
        assertThat(catalogue.findModel(unused.getName())).isEmpty();
        assertThat(editing.history(CatalogueKind.MODEL, unused.getId()))
                .extracting(CatalogueChange::getAction)
                .containsExactly(CatalogueChange.Action.CREATE, CatalogueChange.Action.DELETE);
    }

    @Test
    void deletes_many_at_once_or_none_when_one_is_in_use() {
        ModelPrice first = newModel(unique("Bulk A"));
        ModelPrice second = newModel(unique("Bulk B"));
        ModelPrice kept = newModel(unique("Bulk C"));
        HardwareTier used = catalogue.findTier("27-32B").orElseThrow();

        // A tier in use stops the batch; the model deleted before it in the same call comes back.
        ModelPrice third = newModel(unique("Bulk D"));
        assertThatThrownBy(() -> editing.deleteAll(CatalogueKind.TIER, List.of(used)))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.column()).isEqualTo("27-32B");
                            assertThat(p.message()).contains("is used by").contains("B, growth");
                        }));
        assertThat(catalogue.findTier("27-32B")).isPresent();

        assertThat(editing.deleteAll(CatalogueKind.MODEL, List.of(first, second)))
                .isEqualTo(2);
        assertThat(catalogue.findModel(first.getName())).isEmpty();
        assertThat(catalogue.findModel(second.getName())).isEmpty();
        assertThat(catalogue.findModel(kept.getName())).isPresent();
        assertThat(editing.history(CatalogueKind.MODEL, first.getId()))
                .extracting(CatalogueChange::getAction)
                .containsExactly(CatalogueChange.Action.CREATE, CatalogueChange.Action.DELETE);

        // One stale version among them: nothing is deleted.
        ModelPrice stale = CatalogueTable.MODELS.copyOf(third);
        ModelPrice edited = CatalogueTable.MODELS.copyOf(third);
        edited.setOutputPerMillion(new BigDecimal("0.99"));
        editing.save(CatalogueKind.MODEL, edited);
        assertThatThrownBy(() -> editing.deleteAll(CatalogueKind.MODEL, List.of(kept, stale)))
                .isInstanceOf(CatalogueConflictException.class);
        assertThat(catalogue.findModel(kept.getName())).isPresent();
        assertThat(catalogue.findModel(third.getName())).isPresent();
    }

    @Test
    void previews_what_a_price_change_does_to_each_saved_scenario() {
        ModelPrice flash = CatalogueTable.MODELS.copyOf(
                catalogue.findModel("DeepSeek V4 Flash").orElseThrow());
        flash.setOutputPerMillion(new BigDecimal("0.50"));

        List<ScenarioImpact> impacts = impact.impactOf(flash).scenarios();

        ScenarioImpact b = impacts.stream()
                .filter(i -> i.scenario().equals("B, growth"))
                .findFirst()
                .orElseThrow();
        assertThat(b.apiBefore()).isEqualTo(375.0);
        assertThat(b.apiAfter()).isEqualTo(750.0);
        assertThat(catalogue.findModel("DeepSeek V4 Flash").orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.25");
    }

    @Test
    void exports_csv_that_imports_back_unchanged() {
        String csv = csvImport.exportCsv(CatalogueKind.HIDDEN_COST);

        assertThat(csv).startsWith("name,monthly_low,monthly_high,applies_to,basis,engineering_time,source,as_of");
        ImportPreview<HiddenCostCategory> preview = csvImport.previewCsv(CatalogueKind.HIDDEN_COST, bytes(csv));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportPreview.Row::action).containsOnly(ImportPreview.Action.UNCHANGED);
    }

    @Test
    void names_a_spreadsheet_would_run_export_guarded_and_import_back_unchanged() {
        long stamp = System.nanoTime();
        List<String> names = List.of(
                "=HYPERLINK(x) " + stamp, "+1 " + stamp, "-minus " + stamp, "@at " + stamp, "'=already " + stamp);
        names.forEach(this::newModel);

        String csv = csvImport.exportCsv(CatalogueKind.MODEL);

        assertThat(csv)
                .contains(
                        "\r\n\"'=HYPERLINK(x) " + stamp + "\",",
                        "\r\n\"'-minus " + stamp + "\",",
                        "\r\n\"''=already " + stamp + "\",");
        ImportPreview<ModelPrice> preview = csvImport.previewCsv(CatalogueKind.MODEL, bytes(csv));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows())
                .filteredOn(row -> names.contains(row.key()))
                .hasSize(names.size())
                .extracting(ImportPreview.Row::action)
                .containsOnly(ImportPreview.Action.UNCHANGED);
        assertThat(preview.rows()).extracting(ImportPreview.Row::action).containsOnly(ImportPreview.Action.UNCHANGED);
    }

    @Test
    void figures_the_database_cannot_hold_are_problems_in_the_preview_at_their_line_and_column() {
        String name = unique("Too dear");
        String csv = "name,vendor,license,output_per_million,params_total_billions,source,as_of\n"
                + unique("Fine") + ",Acme,MIT,0.12,,test,2026-11-01\n"
                + name + ",Acme,MIT,1e20,0.001,test,2026-11-01\n";

        ImportPreview<ModelPrice> preview = csvImport.previewCsv(CatalogueKind.MODEL, bytes(csv));

        assertThat(preview.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.message())
                .containsExactly(
                        "3 output_per_million must be less than 100,000,000",
                        "3 params_total_billions must be at least 0.01 (billions, kept to 2 decimals)");
        assertThatThrownBy(() -> csvImport.importCsv(CatalogueKind.MODEL, bytes(csv)))
                .isInstanceOf(InvalidItemException.class);
        assertThat(catalogue.findModel(name)).isEmpty();
    }

    @Test
    void a_litellm_price_the_catalogue_cannot_hold_is_not_importable_and_says_why() {
        String name = unique("fixture/absurd");
        byte[] file = bytes("{\"" + name + "\": {\"output_cost_per_token\": 1e300, \"litellm_provider\": \"x\"}}");

        List<LiteLlmEntry> entries = liteLlm.previewLiteLlm(file);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.importable()).isFalse();
            assertThat(entry.problems())
                    .containsExactly("output_cost_per_token per 1M tokens must be less than 100,000,000");
        });
        assertThatThrownBy(() -> liteLlm.importLiteLlm(file, Set.of(name))).isInstanceOf(InvalidItemException.class);
        assertThat(catalogue.findModel(name)).isEmpty();
    }

    @Test
    void screens_share_one_snapshot_until_a_catalogue_table_changes() {
        Catalogue first = catalogue.catalogue();
        assertThat(catalogue.catalogue()).isSameAs(first);

        ModelPrice created = newModel(unique("Snapshot"));
        Catalogue afterCreate = catalogue.catalogue();
        assertThat(afterCreate).isNotSameAs(first);
        assertThat(afterCreate.model(created.getName())).isPresent();
        assertThat(catalogue.catalogue()).isSameAs(afterCreate);

        ModelPrice edited = CatalogueTable.MODELS.copyOf(created);
        edited.setOutputPerMillion(new BigDecimal("0.45"));
        editing.save(CatalogueKind.MODEL, edited);
        assertThat(catalogue.catalogue().model(created.getName()).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.45");

        ModelPrice saved = catalogue.findModel(created.getName()).orElseThrow();
        editing.delete(CatalogueKind.MODEL, saved.getId(), saved.getVersion());
        assertThat(catalogue.catalogue().model(created.getName())).isEmpty();
    }

    @Test
    void a_csv_with_one_bad_row_changes_nothing_and_says_where() {
        String first = unique("Imported A");
        String second = unique("Imported B");
        String csv = "name,vendor,license,output_per_million,source,as_of\n"
                + first + ",Acme,MIT,0.12,test,2026-11-01\n"
                + second + ",Acme,MIT,twelve,test,2026-11-01\n";

        assertThatThrownBy(() -> csvImport.importCsv(CatalogueKind.MODEL, bytes(csv)))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new ItemProblem(3, "output_per_million", "'twelve' is not a number")));
        assertThat(catalogue.findModel(first)).isEmpty();

        String good = csv.replace("twelve", "0.2");
        assertThat(csvImport.importCsv(CatalogueKind.MODEL, bytes(good))).isEqualTo(2);
        assertThat(catalogue.findModel(second).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.2");
    }

    @Test
    void refuses_wrong_columns_short_rows_unclosed_quotes_non_utf8_and_oversized_files() {
        assertThat(csvImport
                        .previewCsv(CatalogueKind.MODEL, bytes("name,colour\nx,red\n"))
                        .problems())
                .extracting(ItemProblem::column)
                .containsExactly("colour");
        assertThat(csvImport
                        .previewCsv(CatalogueKind.MODEL, bytes("vendor\nAcme\n"))
                        .problems())
                .extracting(ItemProblem::column)
                .containsExactly("name");
        assertThat(csvImport
                        .previewCsv(CatalogueKind.MODEL, bytes("name,vendor\nx\n"))
                        .problems())
                .containsExactly(new ItemProblem(2, "row", "has 1 values; the header has 2"));
        assertThat(csvImport
                        .previewCsv(CatalogueKind.MODEL, bytes("name\n\"open\n"))
                        .problems())
                .extracting(ItemProblem::message)
                .containsExactly("line 2 opens a quote that never closes");
        assertThatThrownBy(() -> csvImport.previewCsv(CatalogueKind.MODEL, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
                .hasMessageContaining("not UTF-8");
        byte[] fifty = new byte[50 * 1024 * 1024];
        Arrays.fill(fifty, (byte) 'a');
        assertThatThrownBy(() -> csvImport.importCsv(CatalogueKind.MODEL, fifty))
                .hasMessageContaining("5 MB");
    }

    @Test
    void imports_chosen_models_from_a_litellm_price_file_per_million_and_ignores_unknown_fields() throws IOException {
        byte[] file = getClass()
                .getResourceAsStream("/litellm/model_prices_sample.json")
                .readAllBytes();
        ModelPrice existing = newModel("fixture/existing");

        List<LiteLlmEntry> entries = liteLlm.previewLiteLlm(file);

        assertThat(entries).extracting(LiteLlmEntry::name).doesNotContain("sample_spec");
        assertThat(entries)
                .filteredOn(LiteLlmEntry::importable)
                .extracting(LiteLlmEntry::name)
                .containsExactlyInAnyOrder("fixture/gpt-mini", "fixture/deepseek-chat", "fixture/existing");
        assertThat(entries)
                .filteredOn(e -> !e.importable())
                .extracting(LiteLlmEntry::name)
                .containsExactlyInAnyOrder(
                        "fixture/text-price", "fixture/no-output-price", "fixture/negative", "fixture/not-an-object");

        assertThatThrownBy(() -> liteLlm.importLiteLlm(file, Set.of("fixture/gpt-mini", "fixture/text-price")))
                .isInstanceOf(InvalidItemException.class);
        assertThat(catalogue.findModel("fixture/gpt-mini")).isEmpty();

        var saved = liteLlm.importLiteLlm(file, Set.of("fixture/gpt-mini", "fixture/existing"));
        assertThat(saved.created()).isEqualTo(1);
        assertThat(saved.changed()).isEqualTo(1);
        ModelPrice gpt = catalogue.findModel("fixture/gpt-mini").orElseThrow();
        assertThat(gpt.getOutputPerMillion()).isEqualByComparingTo("0.6");
        assertThat(gpt.getInputPerMillion()).isEqualByComparingTo("0.15");
        assertThat(gpt.getCachedInputPerMillion()).isEqualByComparingTo("0.075");
        assertThat(gpt.getContextWindow()).isEqualTo(128_000);
        assertThat(gpt.getVendor()).isEqualTo("openai");
        ModelPrice updated = catalogue.findModel("fixture/existing").orElseThrow();
        assertThat(updated.getOutputPerMillion()).isEqualByComparingTo("0.02");
        assertThat(updated.getVendor())
                .as("fields the file does not set are kept")
                .isEqualTo("Test");
        assertThat(updated.getVersion()).isGreaterThan(existing.getVersion());
    }

    @Test
    void litellm_entries_carry_their_mode_read_decimal_whole_numbers_and_flag_implausible_prices() {
        String chat = unique("fixture/decimal-context");
        String embedding = unique("fixture/embedder");
        String perRequest = unique("fixture/per-request");
        byte[] file = bytes("{"
                + "\"" + chat + "\": {\"output_cost_per_token\": 6e-07, \"max_input_tokens\": 2000000.0,"
                + " \"mode\": \"chat\", \"litellm_provider\": \"acme\"},"
                + "\"" + embedding + "\": {\"output_cost_per_token\": 0, \"input_cost_per_token\": 1e-08,"
                + " \"mode\": \"embedding\", \"max_input_tokens\": 8191.5},"
                // $0.25 a token is $250,000 per 1M: a per-request price, flagged for review.
                + "\"" + perRequest + "\": {\"output_cost_per_token\": 0.25, \"input_cost_per_token\": 1e-06,"
                + " \"mode\": \"chat\"}}");

        List<LiteLlmEntry> entries = liteLlm.previewLiteLlm(file);

        assertThat(entries)
                .filteredOn(e -> e.name().equals(chat))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.contextWindow())
                            .as("2000000.0 is a whole number")
                            .isEqualTo(2_000_000);
                    assertThat(e.mode()).isEqualTo("chat");
                    assertThat(e.textModel()).isTrue();
                    assertThat(e.plausible()).isTrue();
                });
        assertThat(entries)
                .filteredOn(e -> e.name().equals(embedding))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.textModel()).isFalse();
                    assertThat(e.problems()).containsExactly("max_input_tokens is not a positive whole number");
                });
        assertThat(entries)
                .filteredOn(e -> e.name().equals(perRequest))
                .singleElement()
                .satisfies(e -> {
                    // 0.25 × 1,000,000 = 250,000 > 1,000.
                    assertThat(e.importable()).isTrue();
                    assertThat(e.plausible()).isFalse();
                    assertThat(e.review())
                            .isEqualTo("output $250000 per 1M tokens is above $1,000: check it is a per-token price");
                });

        // Picked by itself, a flagged model imports: the flag asks for a look, it does not refuse.
        var saved = liteLlm.importLiteLlm(file, Set.of(chat, perRequest));
        assertThat(saved.created()).isEqualTo(2);
        assertThat(catalogue.findModel(chat).orElseThrow().getContextWindow()).isEqualTo(2_000_000);
        assertThat(catalogue.findModel(perRequest).orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("250000");
    }

    @Test
    void refuses_a_file_that_is_not_a_litellm_price_file() {
        assertThatThrownBy(() -> liteLlm.previewLiteLlm(bytes("{\"a\": "))).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> liteLlm.previewLiteLlm(bytes("[1, 2]")))
                .hasMessageContaining("expected a JSON object");
    }
}
