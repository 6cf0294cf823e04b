package app.breakeven.costs.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario the uncertainty tests work by hand: 50M tokens a day, no growth, $10 per 1M
 * tokens, 30 days (k = 30 x 10 / 1M = $0.0003 a month per daily token, so the API costs
 * $15,000 a month); 1,000 tokens/s at 50% utilization and peak 2 (u = 1,000 x 86,400 x 0.5 / 2
 * = 21.6M tokens a day per deployment, so ceil(50 / 21.6) = 3 deployments); GPUs $3,000 and
 * hidden $200 a deployment-month, $1,000 fixed, so self-hosting costs 3 x 3,200 + 1,000 =
 * $10,600 a month. Twelve months, $20,000 to migrate: the horizon saving is
 * 12 x (15,000 - 10,600) - 20,000 = $32,800.
 */
final class Worked {

    private Worked() {}

    static List<Factor> factors() {
        List<Factor> f = new ArrayList<>();
        f.add(new Factor("volume", "Volume", Role.VOLUME, Range.point(50e6)));
        f.add(new Factor("growth", "Growth", Role.GROWTH, Range.point(0)));
        f.add(new Factor("price", "API price", Role.API_PRICE, Range.point(10)));
        f.add(new Factor("gpu", "GPUs", Role.GPU_MONTHLY, Range.point(3_000)));
        f.add(new Factor("throughput", "Throughput", Role.THROUGHPUT, Range.point(1_000)));
        f.add(new Factor("utilization", "Utilization", Role.UTILIZATION, Range.point(0.5)));
        f.add(new Factor("peak", "Peak factor", Role.PEAK_FACTOR, Range.point(2)));
        f.add(new Factor("hidden:ops", "Operations", Role.HIDDEN_PER_DEPLOYMENT, Range.point(200)));
        f.add(new Factor("hidden:monitoring", "Monitoring", Role.HIDDEN_FIXED, Range.point(1_000)));
        f.add(new Factor("migration", "Migration", Role.MIGRATION, Range.point(20_000)));
        return f;
    }

    static CostModel model(List<Factor> factors) {
        return new CostModel(factors, 12, 30);
    }

    /** The worked factors with the one keyed {@code key} given {@code range}. */
    static List<Factor> with(List<Factor> factors, String key, Range range) {
        List<Factor> out = new ArrayList<>();
        for (Factor f : factors) {
            out.add(f.key().equals(key) ? f.withRange(range) : f);
        }
        return out;
    }
}
