package app.breakeven.costs.economics;

import static app.breakeven.costs.economics.Fixtures.EIGHT_H100_SERVER;
import static app.breakeven.costs.economics.Fixtures.OWNERSHIP;
import static app.breakeven.costs.economics.Fixtures.PEAKY;
import static app.breakeven.costs.economics.Fixtures.PEAKY_TOKENS;
import static app.breakeven.costs.economics.Fixtures.TWO_H100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OwnedTest {

    private static final double EPS = 1e-9;

    @Test
    void one_server_a_month_is_depreciation_capital_installation_maintenance_power_and_facility() {
        // P = $300,000, R = 20% = $60,000, L = 48 months.
        // depreciation = ($300,000 - $60,000) / 48 = $5,000
        // capital      = 8% / 12 x ($300,000 + $60,000) / 2 = $180,000 x 0.0066667 = $1,200
        // installation = $6,000 / 48 = $125
        // maintenance  = 5% x $300,000 / 12 = $1,250
        // power        = (700 W x 8 + 1,500 W) / 1,000 = 7.1 kW x 1.4 PUE = 9.94 kW x 730 h
        //                = 7,256.2 kWh x $0.12 = $870.744
        // facility     = $400
        // total        = $8,845.744
        OwnershipAssumptions.ServerMonthly s = OWNERSHIP.perServer(EIGHT_H100_SERVER, 700);

        assertThat(s.residual()).isCloseTo(60_000, within(EPS));
        assertThat(s.depreciation()).isCloseTo(5_000, within(EPS));
        assertThat(s.capital()).isCloseTo(1_200, within(EPS));
        assertThat(s.installation()).isCloseTo(125, within(EPS));
        assertThat(s.maintenance()).isCloseTo(1_250, within(EPS));
        assertThat(s.kilowatts()).isCloseTo(7.1, within(EPS));
        assertThat(s.power()).isCloseTo(870.744, within(EPS));
        assertThat(s.facility()).isEqualTo(400);
        assertThat(s.total()).isCloseTo(8_845.744, within(EPS));
    }

    @Test
    void replicas_are_packed_into_whole_servers_and_every_installed_gpu_draws_power() {
        // 5 replicas of 2 GPUs (Fixtures.PEAKY) use 10 GPUs, but fill ceil(5 / 4) = 2 servers of 8:
        // all 16 GPUs draw power. Monthly = 2 x $8,845.744 = $17,691.488; power 2 x $870.744 = $1,741.488.
        PathCost owned = OwnedCost.explain(EIGHT_H100_SERVER, OWNERSHIP, TWO_H100, People.NONE, PEAKY, PEAKY_TOKENS);

        assertThat(owned.machines()).isEqualTo(2);
        assertThat(owned.replicas()).isEqualTo(5);
        assertThat(owned.monthly()).isCloseTo(17_691.488, within(EPS));
        assertThat(owned.monthly())
                .isEqualTo(OwnedCost.monthly(EIGHT_H100_SERVER, OWNERSHIP, TWO_H100, People.NONE, PEAKY, PEAKY_TOKENS));
        assertThat(owned.lines())
                .extracting(CostLine::name)
                .containsExactly("Depreciation", "Cost of capital", "Installation", "Maintenance", "Power", "Facility");
        CostLine power = owned.line("Power").orElseThrow();
        assertThat(power.monthly()).isCloseTo(1_741.488, within(EPS));
        assertThat(power.formula())
                .isEqualTo("2 servers x (700 W x 8 GPUs + 1,500 W base) / 1,000 = 7.1 kW x PUE 1.4 x 730 h"
                        + " x $0.12 a kWh");
        assertThat(power.source()).isEqualTo("test assumptions");
        assertThat(owned.line("Depreciation").orElseThrow().formula())
                .isEqualTo("2 servers x ($300,000.00 - $60,000.00 residual (20%)) / 48 months");
        assertThat(owned.line("Depreciation").orElseThrow().asOf()).isEqualTo(Fixtures.AS_OF);
        assertThat(owned.capacity()).endsWith("= 2 servers");
    }

    @Test
    void the_marginal_lens_leaves_out_people_and_implementation() {
        // People: 0.5 FTE x $20,000 = $10,000; $72,000 / 36 months = $2,000.
        // Fully loaded = $17,691.488 + $10,000 + $2,000 = $29,691.488; marginal = $17,691.488.
        People people = new People(0.5, 20_000, 72_000, "test salaries", null);

        double full = OwnedCost.monthly(EIGHT_H100_SERVER, OWNERSHIP, TWO_H100, people, PEAKY, PEAKY_TOKENS);
        double marginal = OwnedCost.monthly(
                EIGHT_H100_SERVER, OWNERSHIP, TWO_H100, people, PEAKY.withLens(CostLens.MARGINAL), PEAKY_TOKENS);

        assertThat(full).isCloseTo(29_691.488, within(EPS));
        assertThat(marginal).isCloseTo(17_691.488, within(EPS));
    }

    @Test
    void cash_buys_in_month_zero_and_replaces_at_the_end_of_the_life() {
        // One server over 60 months, life 48. Running = maintenance + power + facility
        // = $1,250 + $870.744 + $400 = $2,520.744 a month.
        // Month 0:  $300,000 + $6,000 + $2,520.744 = $308,520.744
        // Month 1:  $2,520.744
        // Month 48: replaced: $306,000 - $60,000 residual + $2,520.744 = $248,520.744
        // Total:    $306,000 + $246,000 + 60 x $2,520.744 = $552,000 + $151,244.64 = $703,244.64
        CashSchedule cash = CashSchedule.constant(EIGHT_H100_SERVER, OWNERSHIP, 700, 1, 60);

        assertThat(cash.cash()[0]).isCloseTo(308_520.744, within(EPS));
        assertThat(cash.cash()[1]).isCloseTo(2_520.744, within(EPS));
        assertThat(cash.cash()[47]).isCloseTo(2_520.744, within(EPS));
        assertThat(cash.cash()[48]).isCloseTo(248_520.744, within(EPS));
        assertThat(cash.sales()[48]).isCloseTo(60_000, within(EPS));
        assertThat(cash.cash()[59]).isCloseTo(2_520.744, within(EPS));
        assertThat(cash.total()).isCloseTo(703_244.64, within(1e-6));
    }

    @Test
    void cash_buys_servers_as_they_are_needed_and_replaces_each_batch_on_its_own_clock() {
        // Life 3 months, $1,000 price, $100 installation, 10% residual ($100), only $10 facility.
        // Needed 1, 1, 2, 2, 1: installed 1, 1, 2, 2, 2 (servers bought are kept).
        // m0: buy 1 = $1,100 + 1 x $10 = $1,110
        // m1: $10
        // m2: buy 1 = $1,100 + 2 x $10 = $1,120
        // m3: the month-0 server replaced: $1,100 - $100 + $20 = $1,020
        // m4: $20 (the month-2 server is due at month 5, beyond the horizon)
        PurchaseOffer small = new PurchaseOffer("V", "S1", "H100", 1, 1_000, 100, "quote", null);
        OwnershipAssumptions quick = new OwnershipAssumptions(0.25, 0.1, 0, 0, 0, 1, 0, 10, "test", null);

        CashSchedule cash = CashSchedule.of(small, quick, 700, new long[] {1, 1, 2, 2, 1});

        assertThat(cash.installed()).containsExactly(1, 1, 2, 2, 2);
        assertThat(cash.cash()).containsExactly(new double[] {1_110, 10, 1_120, 1_020, 20}, within(EPS));
        assertThat(cash.cumulative()).containsExactly(new double[] {1_110, 1_120, 2_240, 3_260, 3_280}, within(EPS));
    }

    @Test
    void bad_ownership_figures_are_refused_with_a_message() {
        assertThatThrownBy(() -> new OwnershipAssumptions(4.05, 0.2, 0.08, 0.05, 0.12, 1.4, 1_500, 400, "s", null))
                .hasMessageContaining("whole number of months");
        assertThatThrownBy(() -> new OwnershipAssumptions(4, 1, 0.08, 0.05, 0.12, 1.4, 1_500, 400, "s", null))
                .hasMessageContaining("residual");
        assertThatThrownBy(() -> new OwnershipAssumptions(4, 0.2, 0.08, 0.05, 0.12, 0.9, 1_500, 400, "s", null))
                .hasMessageContaining("PUE");
        assertThatThrownBy(() -> new PurchaseOffer("V", "S", "H100", 0, 1, 0, "q", null))
                .hasMessageContaining("at least one GPU");
        assertThatThrownBy(() -> CashSchedule.of(EIGHT_H100_SERVER, OWNERSHIP, 700, new long[0]))
                .hasMessageContaining("horizon");
    }
}
