package app.breakeven.costs.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.breakeven.costs.ApiPrice;
import org.junit.jupiter.api.Test;

class ApiPricingTest {

    private static final double CENT = 0.005;

    /** $3 input, $0.30 cached input, $15 output per 1M, half off in batch. */
    private static final ApiPricing PRICING = new ApiPricing(3, 0.30, 15, 0.5, "test prices", Fixtures.AS_OF);

    /** 2,000 input and 500 output tokens a request, 60% of input cached, 40% of traffic batched. */
    private static final RequestShape SHAPE = new RequestShape(2_000, 500, 0.6, 0.4);

    @Test
    void with_no_input_tokens_the_article_figure_is_unchanged() {
        // Scenario B: 50M tokens a day x 30 days = 1.5 x 10^9 tokens x $0.25 per 1M = $375.
        ApiPricing flash = ApiPricing.of(new ApiPrice(0.25, 0.25), "the article", null);

        assertThat(flash.monthlyForTokens(RequestShape.OUTPUT_ONLY, 50e6 * 30)).isEqualTo(375);
        assertThat(flash.blendedPerMillion(RequestShape.OUTPUT_ONLY)).isEqualTo(0.25);
        assertThat(ApiCost.monthly(flash, People.NONE, Plan.ARTICLE, 1.5e9)).isEqualTo(375);
        assertThat(RequestShape.OUTPUT_ONLY.outputTokensOf(1.5e9)).isEqualTo(1.5e9);
    }

    @Test
    void cached_input_and_batch_discount_blend_into_the_bill() {
        // Input per 1M after the cache = 40% x $3 + 60% x $0.30 = $1.20 + $0.18 = $1.38.
        // Batch factor = 1 - 40% x 50% = 0.8.
        // One request at list = (2,000 x $1.38 + 500 x $15) / 1M = $0.00276 + $0.0075 = $0.01026,
        // x 0.8 = $0.008208; 100,000 requests = $820.80.
        assertThat(PRICING.effectiveInputPerMillion(SHAPE)).isCloseTo(1.38, within(1e-12));
        assertThat(PRICING.batchFactor(SHAPE)).isCloseTo(0.8, within(1e-12));
        assertThat(PRICING.monthlyForRequests(SHAPE, 100_000)).isCloseTo(820.80, within(1e-9));
        // The same traffic as tokens: 100,000 x 2,500 = 250M tokens, the same $820.80.
        assertThat(SHAPE.tokensOfRequests(100_000)).isEqualTo(250e6);
        assertThat(PRICING.monthlyForTokens(SHAPE, 250e6)).isCloseTo(820.80, within(1e-9));
        // Blended per 1M = (80% x $1.38 + 20% x $15) x 0.8 = ($1.104 + $3) x 0.8 = $3.2832,
        // and 250 x $3.2832 = $820.80 again.
        assertThat(PRICING.blendedPerMillion(SHAPE)).isCloseTo(3.2832, within(1e-12));
    }

    @Test
    void people_and_implementation_count_on_the_api_path_too() {
        // 0.25 FTE x $16,000 = $4,000; $36,000 implementation / 36 months = $1,000;
        // fully loaded = $820.80 + $4,000 + $1,000 = $5,820.80; marginal = the bill, $820.80.
        People people = new People(0.25, 16_000, 36_000, "test salaries", Fixtures.AS_OF);
        Plan plan = new Plan(SHAPE, Load.ARTICLE, Availability.SINGLE, 36, CostLens.FULLY_LOADED);

        PathCost full = ApiCost.explain("Test model at Provider", PRICING, people, plan, 250e6);
        PathCost marginal =
                ApiCost.explain("Test model at Provider", PRICING, people, plan.withLens(CostLens.MARGINAL), 250e6);

        assertThat(full.monthly()).isCloseTo(5_820.80, within(CENT));
        assertThat(full.monthly()).isEqualTo(ApiCost.monthly(PRICING, people, plan, 250e6));
        assertThat(full.lines()).extracting(CostLine::name).containsExactly("API bill", "Operations", "Implementation");
        assertThat(full.line("Operations").orElseThrow().formula()).isEqualTo("0.25 FTE x $16,000.00 a month");
        assertThat(full.line("Implementation").orElseThrow().formula()).isEqualTo("$36,000.00 / 36 months");
        assertThat(full.line("API bill").orElseThrow().formula())
                .contains("250,000,000 tokens x $3.2832 per 1M blended")
                .contains("80% input x $1.38")
                .contains("40% eligible x 50% discount");
        assertThat(marginal.monthly()).isCloseTo(820.80, within(1e-9));
        assertThat(marginal.lines()).extracting(CostLine::name).containsExactly("API bill");
    }

    @Test
    void bad_shapes_and_prices_are_refused_with_a_message() {
        assertThatThrownBy(() -> new RequestShape(100, 0, 0, 0)).hasMessageContaining("output tokens a request");
        assertThatThrownBy(() -> new RequestShape(100, 10, 1.5, 0)).hasMessageContaining("cached input share");
        assertThatThrownBy(() -> new RequestShape(100, 10, 0, -0.1)).hasMessageContaining("batch-eligible share");
        assertThatThrownBy(() -> new ApiPricing(-1, 0, 1, 0, "s", null)).hasMessageContaining("input price");
        assertThatThrownBy(() -> new ApiPricing(1, 0, 1, 2, "s", null)).hasMessageContaining("batch discount");
        assertThatThrownBy(() -> PRICING.monthlyForTokens(SHAPE, Double.NaN)).hasMessageContaining("tokens a month");
    }
}
