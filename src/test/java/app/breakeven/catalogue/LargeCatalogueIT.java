package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.security.TestAccounts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A catalogue of thousands of models, as LiteLLM's full list makes it: the import takes every
 * importable entry in one batch, all or none, with a history entry for each, and a CSV of the
 * whole table round-trips. Its own database: the other tests keep the article's catalogue.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "breakeven.database.ephemeral=true",
            "server.port=0",
            // A property no other test sets: a context and a database of its own.
            "breakeven.test.large-catalogue=true"
        })
@DirtiesContext
@WithUserDetails(TestAccounts.ANALYST)
class LargeCatalogueIT {

    @Autowired
    LiteLlmImport liteLlm;

    @Autowired
    CsvImport csv;

    @Autowired
    CatalogueEditing editing;

    @Test
    void the_full_litellm_list_imports_in_one_batch_and_the_table_round_trips_as_csv() {
        var file = LiteLlmFiles.generate(2_500, 7);
        int before = editing.items(CatalogueKind.MODEL).size();

        List<LiteLlmEntry> entries = liteLlm.previewLiteLlm(file.json());
        assertThat(entries).hasSize(file.entries());
        assertThat(entries.stream().filter(LiteLlmEntry::importable)).hasSize(file.importable());
        assertThat(entries.stream().filter(e -> e.importable() && e.review() != null))
                .hasSize(file.flagged());
        Set<String> all = entries.stream()
                .filter(LiteLlmEntry::importable)
                .map(LiteLlmEntry::name)
                .collect(Collectors.toSet());

        var saved = liteLlm.importLiteLlm(file.json(), all);

        assertThat(saved.created()).isEqualTo(file.importable());
        assertThat(saved.changed()).isZero();
        List<ModelPrice> models = editing.items(CatalogueKind.MODEL);
        assertThat(models).hasSize(before + file.importable());
        ModelPrice one = models.stream()
                .filter(m -> all.contains(m.getName()))
                .findFirst()
                .orElseThrow();
        assertThat(editing.history(CatalogueKind.MODEL, one.getId()))
                .singleElement()
                .satisfies(change -> assertThat(change.getAction()).isEqualTo(CatalogueChange.Action.CREATE));

        // The same import again changes only what differs: nothing, bar the as-of date already today.
        var again = liteLlm.importLiteLlm(file.json(), all);
        assertThat(again.total()).isZero();

        // The whole table out as CSV and back in: every row unchanged.
        String exported = csv.exportCsv(CatalogueKind.MODEL);
        var preview = csv.<ModelPrice>previewCsv(
                CatalogueKind.MODEL, exported.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(models.size());
        assertThat(preview.rows()).allMatch(row -> row.action() == ImportPreview.Action.UNCHANGED);
    }
}
