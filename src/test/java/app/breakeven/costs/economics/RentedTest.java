package app.breakeven.costs.economics;

import static app.breakeven.costs.economics.Fixtures.EIGHT_H100_INSTANCE;
import static app.breakeven.costs.economics.Fixtures.PEAKY;
import static app.breakeven.costs.economics.Fixtures.PEAKY_TOKENS;
import static app.breakeven.costs.economics.Fixtures.TWO_H100;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RentedTest {

    @Test
    void capacity_is_counted_on_output_tokens_of_the_request_shape() {
        // 1,500 input + 500 output a request: 4.32 x 10^9 tokens hold 4.32e9 x 500 / 2,000 =
        // 1.08 x 10^9 output tokens. Over 300 active hours: 1.08e9 / (300 x 3,600 = 1.08e6) =
        // 1,000 tokens/s on average, x 2.5 peak = 2,500. A replica of 900 tokens/s at 70% headroom
        // carries 630, so ceil(2,500 / 630 = 3.97) = 4 replicas. (Counting all 4.32e9 tokens would
        // have asked for ceil(10,000 / 630) = 16.)
        RequestShape shape = new RequestShape(1_500, 500, 0, 0);
        Load load = new Load(300, 2.5, 0.7);

        assertThat(shape.outputTokensOf(4.32e9)).isEqualTo(1.08e9);
        assertThat(load.averageOutputTokensPerSecond(1.08e9)).isCloseTo(1_000, within(1e-9));
        assertThat(load.peakOutputTokensPerSecond(1.08e9)).isCloseTo(2_500, within(1e-9));
        assertThat(load.servingReplicas(1.08e9, 900)).isEqualTo(4);
        // N+1: 4 + 1 = 5; a floor of 6 lifts it to 6; a floor of 3 leaves 5.
        assertThat(load.replicas(1.08e9, 900, new Availability(1, true))).isEqualTo(5);
        assertThat(load.replicas(1.08e9, 900, new Availability(6, true))).isEqualTo(6);
        assertThat(load.replicas(1.08e9, 900, new Availability(3, true))).isEqualTo(5);
        // No traffic still runs one replica, as the article's engine does.
        assertThat(load.servingReplicas(0, 900)).isEqualTo(1);
    }

    @Test
    void replicas_are_packed_into_whole_instances_and_never_split_across_them() {
        // 5 replicas of 2 GPUs, 8 a machine: 4 a machine, ceil(5 / 4) = 2.
        assertThat(Packing.machines(5, 2, 8)).isEqualTo(2);
        // 5 replicas of 3 GPUs: floor(8 / 3) = 2 a machine, ceil(5 / 2) = 3 (not ceil(15 / 8) = 2).
        assertThat(Packing.machines(5, 3, 8)).isEqualTo(3);
        // 2 replicas of 16 GPUs on 8-GPU machines: each spans ceil(16 / 8) = 2, so 4.
        assertThat(Packing.machines(2, 16, 8)).isEqualTo(4);
        assertThat(Packing.replicasPerMachine(16, 8)).isEqualTo(0.5);
        assertThat(Packing.machines(4, 2, 8)).isEqualTo(1);
        assertThat(Packing.machines(1, 1, 1)).isEqualTo(1);
    }

    @Test
    void always_on_pays_every_hour_of_the_month() {
        // 2 instances (see Fixtures.PEAKY) x 730 h x $20 = $29,200.
        assertThat(RentedCost.instances(EIGHT_H100_INSTANCE, TWO_H100, PEAKY, PEAKY_TOKENS))
                .isEqualTo(2);
        PathCost rent =
                RentedCost.explain(EIGHT_H100_INSTANCE, Billing.ALWAYS_ON, TWO_H100, People.NONE, PEAKY, PEAKY_TOKENS);

        assertThat(rent.monthly()).isEqualTo(29_200);
        assertThat(rent.replicas()).isEqualTo(5);
        assertThat(rent.machines()).isEqualTo(2);
        assertThat(rent.line("Rent").orElseThrow().formula())
                .isEqualTo("2 instances x 730 h (always on) x $20.00 an instance-hour (on-demand)");
        assertThat(rent.capacity())
                .contains("= 4 serving")
                .contains("+ 1 spare) = 5 replicas")
                .contains("= 2 instances");
    }

    @Test
    void active_window_pays_the_active_hours_only() {
        // 2 instances x 200 h x $20 = $8,000.
        Billing billing = new Billing(BillingMode.ACTIVE_WINDOW, 0);

        assertThat(RentedCost.monthly(EIGHT_H100_INSTANCE, billing, TWO_H100, People.NONE, PEAKY, PEAKY_TOKENS))
                .isEqualTo(8_000);
    }

    @Test
    void scale_to_zero_pays_the_busy_hours_plus_the_buffer() {
        // Busy replica-hours = 1.08e9 / (1,000 x 0.8 x 3,600 = 2.88e6) = 375; 4 replicas an
        // instance: 93.75 instance-hours; x (1 + 25%) = 117.1875 h x $20 = $2,343.75
        // (below the cap of 2 instances x 200 h = 400 h).
        Billing billing = new Billing(BillingMode.SCALE_TO_ZERO, 0.25);

        assertThat(RentedCost.busyInstanceHours(EIGHT_H100_INSTANCE, TWO_H100, PEAKY, PEAKY_TOKENS))
                .isCloseTo(93.75, within(1e-9));
        assertThat(RentedCost.monthly(EIGHT_H100_INSTANCE, billing, TWO_H100, People.NONE, PEAKY, PEAKY_TOKENS))
                .isCloseTo(2_343.75, within(1e-9));
    }

    @Test
    void scale_to_zero_never_pays_more_than_the_fleet_through_the_active_window() {
        // A 400% buffer: 93.75 x 5 = 468.75 h, above 2 x 200 = 400 h, so 400 h x $20 = $8,000.
        Billing billing = new Billing(BillingMode.SCALE_TO_ZERO, 4);

        assertThat(RentedCost.monthly(EIGHT_H100_INSTANCE, billing, TWO_H100, People.NONE, PEAKY, PEAKY_TOKENS))
                .isEqualTo(8_000);
    }

    @Test
    void an_offer_of_another_gpu_is_refused() {
        RentedOffer a100 = new RentedOffer("Cloud", "a8", "A100 80GB", 8, 10, RentedOffer.Kind.SPOT, "list", null);

        assertThatThrownBy(() -> RentedCost.monthly(a100, Billing.ALWAYS_ON, TWO_H100, People.NONE, PEAKY, 1e9))
                .hasMessageContaining("has no H100 GPUs");
        assertThatThrownBy(() -> new Load(731, 1, 1)).hasMessageContaining("active hours");
        assertThatThrownBy(() -> new Load(100, 0.5, 1)).hasMessageContaining("peak-to-average");
        assertThatThrownBy(() -> new Load(100, 1, 0)).hasMessageContaining("headroom");
        assertThatThrownBy(() -> new Availability(0, false)).hasMessageContaining("minimum replicas");
    }
}
