package app.breakeven.api;

import app.breakeven.costs.economics.CostLine;
import app.breakeven.costs.economics.PathCost;
import app.breakeven.costs.paths.Cheapest;
import app.breakeven.costs.paths.Crossover;
import app.breakeven.scenarios.PathsPlan;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The three paths at the request's volume: each path's monthly total and its lines (formula,
 * source, as-of), the rented and owned option chosen, the crossovers API-rented, API-owned and
 * rented-owned solved up to 1T tokens a month, and where the cheapest rented or owned option
 * changes. Totals and lines are dollars a month rounded to the cent; the costs one token
 * either side of a crossover or switch are not rounded, so their order shows. A missing path
 * (no eligible offer) is left out, and a crossover with it has status NOT_PRICED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvaluatePaths(
        double tokensPerMonth,
        int horizonMonths,
        String lens,
        Path api,
        Path rented,
        Path owned,
        List<Crossing> crossovers,
        List<Switch> rentedSwitches,
        List<Switch> ownedSwitches,
        List<String> excluded) {

    static EvaluatePaths of(PathsPlan plan, int horizonMonths) {
        int days = plan.inputs().daysPerMonth();
        return new EvaluatePaths(
                plan.tokensPerMonth(),
                horizonMonths,
                plan.api().lens().name(),
                Path.of(plan.api(), null, null),
                plan.rented()
                        .map(c -> Path.of(c.cost(), c.offer(), c.replica()))
                        .orElse(null),
                plan.owned().map(c -> Path.of(c.cost(), c.offer(), c.replica())).orElse(null),
                plan.crossovers().stream().map(c -> Crossing.of(c, days)).toList(),
                plan.rentedSwitches().stream().map(s -> Switch.of(s, days)).toList(),
                plan.ownedSwitches().stream().map(s -> Switch.of(s, days)).toList(),
                plan.excluded());
    }

    /** One path at the volume; {@code offer} and {@code replica} are null on the API path. */
    record Path(
            double monthly,
            String option,
            String offer,
            String replica,
            long replicas,
            long machines,
            String capacity,
            List<Line> lines) {

        static Path of(PathCost cost, String offer, String replica) {
            return new Path(
                    EvaluateResponse.cents(cost.monthly()),
                    cost.option(),
                    offer,
                    replica,
                    cost.replicas(),
                    cost.machines(),
                    cost.capacity(),
                    cost.lines().stream().map(Line::of).toList());
        }
    }

    record Line(String name, double monthly, String formula, String source, LocalDate asOf, String kind) {
        static Line of(CostLine line) {
            return new Line(
                    line.name(),
                    EvaluateResponse.cents(line.monthly()),
                    line.formula(),
                    line.source(),
                    line.asOf(),
                    line.kind().name());
        }
    }

    /**
     * The first change of order between paths {@code a} and {@code b}: from {@code cheaperBefore}
     * to {@code cheaperAfter} at {@code tokensPerMonth}; status REACHED, NOT_REACHED (verified up
     * to 1T tokens a month) or NOT_VERIFIED (the search budget ran out first).
     */
    record Crossing(
            String a,
            String b,
            String status,
            Double tokensPerMonth,
            Double tokensPerDay,
            String cheaperBefore,
            String cheaperAfter,
            Double aBefore,
            Double bBefore,
            Double aAt,
            Double bAt,
            Integer crossings) {

        static Crossing of(PathsPlan.PathCrossing c, int days) {
            Crossover x = c.crossover();
            if (x == null) {
                return new Crossing(c.a(), c.b(), "NOT_PRICED", null, null, null, null, null, null, null, null, null);
            }
            return x.first()
                    .map(f -> {
                        boolean bAfter = f.direction() == Crossover.Direction.A_REACHES_B;
                        return new Crossing(
                                c.a(),
                                c.b(),
                                x.status().name(),
                                f.tokens(),
                                f.tokens() / days,
                                bAfter ? c.a() : c.b(),
                                bAfter ? c.b() : c.a(),
                                f.aBefore(),
                                f.bBefore(),
                                f.aAt(),
                                f.bAt(),
                                x.crossings().size());
                    })
                    .orElseGet(() -> new Crossing(
                            c.a(), c.b(), x.status().name(), null, null, null, null, null, null, null, null, 0));
        }
    }

    /** At {@code tokensPerMonth} the option {@code to} gets strictly cheaper than {@code from}. */
    record Switch(
            double tokensPerMonth,
            double tokensPerDay,
            String from,
            String to,
            double fromBefore,
            double toBefore,
            double fromAt,
            double toAt) {

        static Switch of(Cheapest.Switch s, int days) {
            return new Switch(
                    s.tokens(),
                    s.tokens() / days,
                    s.from().name(),
                    s.to().name(),
                    s.fromBefore(),
                    s.toBefore(),
                    s.fromAt(),
                    s.toAt());
        }
    }
}
