package app.breakeven.catalogue;

import app.breakeven.Application;
import app.breakeven.scenarios.Planner;
import app.breakeven.scenarios.ScenarioDetails;
import app.breakeven.scenarios.ScenarioService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A catalogue at company scale, timed on the real app and an empty embedded PostgreSQL: LiteLLM
 * price files of 2,500 and then 10,000 more models previewed and imported in full, the whole
 * model table exported as CSV, previewed and applied with every row changed, and the engine's
 * work for the dashboard and the studio over the grown catalogue.
 * Run: {@code ./mvnw -Pbench-catalogue verify -DskipTests}. Targets (issue "Operations"): the
 * full list imports in at most 10 s; a 10,000-row CSV previews in at most 5 s and applies in 10 s.
 */
public final class CatalogueScaleBenchmark {

    private CatalogueScaleBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--breakeven.database.ephemeral=true",
                "--server.port=0",
                "--management.server.port=0",
                "--logging.level.root=WARN",
                "--breakeven.admin-password=benchmark-only-" + java.util.UUID.randomUUID())) {
            var admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            var liteLlm = app.getBean(LiteLlmImport.class);
            var csv = app.getBean(CsvImport.class);
            var catalogue = app.getBean(CatalogueService.class);
            var scenarios = app.getBean(ScenarioService.class);

            importFile(liteLlm, LiteLlmFiles.generate(2_500, 1));
            importFile(liteLlm, LiteLlmFiles.generate(10_000, 2));

            String exported = timed("CSV export of the model table", () -> csv.exportCsv(CatalogueKind.MODEL));
            byte[] changed = exported.replace(LiteLlmImport.LITELLM_SOURCE, "LiteLLM reviewed")
                    .getBytes(StandardCharsets.UTF_8);
            int rows = (int) exported.lines().count() - 1;
            ImportPreview<ModelPrice> preview = timed(
                    "CSV preview of " + rows + " rows (target 5,000 ms)",
                    () -> csv.previewCsv(CatalogueKind.MODEL, changed));
            System.out.printf(
                    "  %d rows to update, %d problems%n",
                    preview.rows().size(), preview.problems().size());
            timed(
                    "CSV apply of " + rows + " rows, every one changed (target 10,000 ms)",
                    () -> csv.importCsv(CatalogueKind.MODEL, changed));

            var snapshot = timed("catalogue snapshot with " + rows + " models", catalogue::catalogue);
            ScenarioDetails draft = scenarios.draft();
            for (int i = 0; i < 3; i++) {
                timed("dashboard: plan one scenario", () -> Planner.plan(draft.plannedInputs(), snapshot));
                timed(
                        "studio: every model compared",
                        () -> Planner.compareModels(draft.plannedInputs(), snapshot)
                                .size());
                timed(
                        "studio: break-even map of every model",
                        () -> Planner.breakEvenMap(draft.plannedInputs(), snapshot));
            }
        }
    }

    private static void importFile(LiteLlmImport liteLlm, LiteLlmFiles.Generated file) {
        List<LiteLlmEntry> entries = timed(
                "LiteLLM preview of " + file.entries() + " entries (" + file.json().length / 1024 + " KB)",
                () -> liteLlm.previewLiteLlm(file.json()));
        Set<String> importable = entries.stream()
                .filter(LiteLlmEntry::importable)
                .map(LiteLlmEntry::name)
                .collect(Collectors.toSet());
        var saved = timed(
                "LiteLLM import of " + importable.size() + " models (target 10,000 ms for the full list)",
                () -> liteLlm.importLiteLlm(file.json(), importable));
        System.out.printf("  %d new, %d updated%n", saved.created(), saved.changed());
    }

    private static <T> T timed(String what, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        System.out.printf("%-75s %,8d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
