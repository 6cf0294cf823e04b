package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.PostgresTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** The migrations on real PostgreSQL: the article's catalogue, constraints and optimistic locking. */
@PostgresTest
class CatalogueRepositoryIT {

    @Autowired
    CatalogueService catalogueService;

    @Autowired
    ModelPriceRepository models;

    @Autowired
    HardwareTierRepository tiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void seeds_every_figure_of_the_article() {
        Catalogue catalogue = catalogueService.catalogue();

        assertThat(catalogue.models())
                .extracting(ModelPrice::getName)
                .contains(
                        "DeepSeek V4 Flash",
                        "DeepSeek V3.2",
                        "Qwen3-32B",
                        "Qwen3-8B",
                        "Qwen3.5-27B",
                        "ByteDance Seed-OSS-36B",
                        "GLM-4-32B",
                        "GLM-4-9B",
                        "Hunyuan-A13B",
                        "Ling-Flash-2.0");
        assertThat(catalogue.tiers())
                .extracting(HardwareTier::getLabel)
                .containsExactly("7-9B", "13-14B", "27-32B", "70-72B", "200B+");
        assertThat(catalogue.hiddenCosts()).hasSize(5);
        assertThat(catalogue.model("Qwen3-8B").orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.01");
        assertThat(catalogue.model("Hunyuan-A13B").orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.57");
        assertThat(catalogue.tier("200B+").orElseThrow().getCloudMonthlyHigh()).isEqualByComparingTo("8000");
        assertThat(catalogue.models())
                .filteredOn(m -> m.getSource().startsWith("Article"))
                .hasSize(10)
                .allSatisfy(m -> {
                    assertThat(m.getSource()).isNotBlank();
                    assertThat(m.getAsOf()).isNotNull();
                    assertThat(m.getInputPerMillion())
                            .as("the article gives output prices only")
                            .isNull();
                });
        assertThat(jdbc.queryForList("select name from scenario", String.class))
                .contains("A, early stage", "B, growth", "C, enterprise");
    }

    @Test
    void derives_tier_throughput_from_the_public_benchmarks() {
        Catalogue catalogue = catalogueService.catalogue();

        // Llama-3.1-8B FP8 1,518 tok/s on an A100 80GB, scaled by the 40GB card's memory bandwidth.
        assertThat(throughput(catalogue, "7-9B")).isCloseTo(1518 * 1.555 / 2.039, within(0.005));
        // Log-log interpolation at 14B between 8B (1,518 tok/s) and 32B (832 tok/s) on one A100 80GB.
        assertThat(throughput(catalogue, "13-14B"))
                .isCloseTo(
                        1518 * Math.exp(Math.log(832.0 / 1518) * Math.log(14.0 / 8) / Math.log(32.0 / 8)),
                        within(0.005));
        // The article's 50M tokens/day over 86,400 s.
        assertThat(throughput(catalogue, "27-32B")).isCloseTo(50e6 / 86_400, within(0.5));
        // Llama-3.1-70B FP8 663 tok/s on 2x A100 80GB: two replicas, then 8 GPUs for a 200B model.
        assertThat(throughput(catalogue, "70-72B")).isCloseTo(2 * 663, within(0.005));
        assertThat(throughput(catalogue, "200B+")).isCloseTo(663 * (8.0 / 2) * (70.0 / 200), within(0.005));
        assertThat(catalogue.tiers())
                .allSatisfy(t -> assertThat(t.getThroughputSource()).isNotBlank());
    }

    private static double throughput(Catalogue catalogue, String tier) {
        return catalogue.tier(tier).orElseThrow().getTokensPerSecond().doubleValue();
    }

    @Test
    void the_database_refuses_negative_prices_inverted_ranges_and_duplicate_names() {
        assertThatThrownBy(() -> jdbc.update("update model_price set output_per_million = -1 where name = 'Qwen3-8B'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update hardware_tier set cloud_monthly_low = 9000 where label = '7-9B'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update hardware_tier set tokens_per_second = 0 where label = '7-9B'"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> models.saveAndFlush(
                        new ModelPrice("Qwen3-8B", "x", "x", BigDecimal.ONE, "test", LocalDate.of(2026, 11, 1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_stale_copy_cannot_overwrite_a_newer_one() {
        ModelPrice first = models.findByName("GLM-4-9B").orElseThrow();
        ModelPrice second = models.findByName("GLM-4-9B").orElseThrow();

        first.setOutputPerMillion(new BigDecimal("0.02"));
        models.saveAndFlush(first);
        second.setOutputPerMillion(new BigDecimal("0.03"));

        assertThatThrownBy(() -> models.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(models.findByName("GLM-4-9B").orElseThrow().getOutputPerMillion())
                .isEqualByComparingTo("0.02");

        transactions.executeWithoutResult(status -> {
            ModelPrice restored = models.findByName("GLM-4-9B").orElseThrow();
            restored.setOutputPerMillion(new BigDecimal("0.01"));
        });
    }
}
