package app.breakeven.costs.economics;

import java.time.LocalDate;

/** Round, made-up figures the hand-worked tests share, chosen so the arithmetic is easy to follow. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    /** A replica of 2 x H100 (700 W each) serving 1,000 output tokens a second. */
    static final Replica TWO_H100 = new Replica("Test model on 2 x H100", "H100", 2, 1_000, 700);

    /** An 8-GPU instance at $20 an instance-hour. */
    static final RentedOffer EIGHT_H100_INSTANCE =
            new RentedOffer("Cloud", "gpu8.large", "H100", 8, 20, RentedOffer.Kind.ON_DEMAND, "test price list", AS_OF);

    /** An 8-GPU server at $300,000 with $6,000 installation. */
    static final PurchaseOffer EIGHT_H100_SERVER =
            new PurchaseOffer("Vendor", "S8", "H100", 8, 300_000, 6_000, "test quote", AS_OF);

    /**
     * 4 years (48 months), 20% residual, 8% capital a year, 5% maintenance a year, $0.12 a kWh,
     * PUE 1.4, 1,500 W base, $400 facility a server-month.
     */
    static final OwnershipAssumptions OWNERSHIP =
            new OwnershipAssumptions(4, 0.2, 0.08, 0.05, 0.12, 1.4, 1_500, 400, "test assumptions", AS_OF);

    /**
     * 200 active hours, peak 2x the average, replicas planned at 80% of their benchmark, N+1.
     * For 1.08 x 10^9 output tokens a month: average = 1.08e9 / (200 x 3,600 = 720,000) = 1,500
     * tokens/s; peak = 3,000; per replica 1,000 x 0.8 = 800; ceil(3,000 / 800 = 3.75) = 4 serving,
     * + 1 spare = 5 replicas of 2 GPUs; 8 / 2 = 4 a machine, so ceil(5 / 4) = 2 machines.
     */
    static final Plan PEAKY = new Plan(
            RequestShape.OUTPUT_ONLY, new Load(200, 2, 0.8), new Availability(1, true), 36, CostLens.FULLY_LOADED);

    static final double PEAKY_TOKENS = 1.08e9;

    private Fixtures() {}
}
