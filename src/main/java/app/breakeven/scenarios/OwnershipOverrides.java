package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.OwnershipAssumption;
import app.breakeven.costs.economics.OwnershipAssumptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's own ownership assumptions; each null keeps the catalogue's figure. The bounds
 * are the catalogue's ({@link OwnershipAssumption#RULES}), so a scenario can hold nothing the
 * catalogue would refuse.
 */
public record OwnershipOverrides(
        Double usefulLifeYears,
        Double residualShare,
        Double annualCapitalRate,
        Double annualMaintenanceShare,
        Double electricityPerKwh,
        Double pue,
        Double baseServerWatts,
        Double facilityPerServerMonth) {

    public static final OwnershipOverrides NONE =
            new OwnershipOverrides(null, null, null, null, null, null, null, null);

    /** Field name (as requests and problems name it) to the catalogue assumption it overrides. */
    private Map<String, Double> byField() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("usefulLifeYears", usefulLifeYears);
        values.put("residualShare", residualShare);
        values.put("annualCapitalRate", annualCapitalRate);
        values.put("annualMaintenanceShare", annualMaintenanceShare);
        values.put("electricityPerKwh", electricityPerKwh);
        values.put("pue", pue);
        values.put("baseServerWatts", baseServerWatts);
        values.put("facilityPerServerMonth", facilityPerServerMonth);
        return values;
    }

    private static final List<String> NAMES = List.of(
            OwnershipAssumption.USEFUL_LIFE_YEARS,
            OwnershipAssumption.RESIDUAL_VALUE_SHARE,
            OwnershipAssumption.ANNUAL_COST_OF_CAPITAL,
            OwnershipAssumption.ANNUAL_MAINTENANCE_SHARE,
            OwnershipAssumption.ELECTRICITY_PER_KWH,
            OwnershipAssumption.PUE,
            OwnershipAssumption.BASE_SERVER_WATTS,
            OwnershipAssumption.FACILITY_PER_SERVER_MONTH);

    public boolean any() {
        return byField().values().stream().anyMatch(v -> v != null);
    }

    List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Double> e : byField().entrySet()) {
            OwnershipAssumption.Rule rule = OwnershipAssumption.RULES.get(NAMES.get(i++));
            Double v = e.getValue();
            if (v == null) {
                continue;
            }
            if (!Double.isFinite(v)
                    || BigDecimal.valueOf(v).compareTo(rule.min()) < 0
                    || BigDecimal.valueOf(v).compareTo(rule.max()) > 0) {
                problems.add(new InputProblem(
                        e.getKey(),
                        "must be from " + rule.min().toPlainString() + " to "
                                + rule.max().toPlainString() + " (" + rule.unit() + ")"));
            } else if (e.getKey().equals("usefulLifeYears") && v * 12 != Math.rint(v * 12)) {
                problems.add(new InputProblem(e.getKey(), "must be a whole number of months (a multiple of 1/12)"));
            }
        }
        return problems;
    }

    /**
     * The assumptions the owned path prices with: each override, else the catalogue's figure.
     *
     * @return empty when the catalogue lacks a figure no override gives
     */
    Optional<OwnershipAssumptions> over(Catalogue catalogue) {
        double[] v = new double[NAMES.size()];
        List<Double> mine = new ArrayList<>(byField().values());
        List<String> fromCatalogue = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (mine.get(i) != null) {
                v[i] = mine.get(i);
                continue;
            }
            Optional<BigDecimal> value = catalogue.ownership(NAMES.get(i));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            v[i] = value.get().doubleValue();
            fromCatalogue.add(NAMES.get(i));
        }
        LocalDate asOf = catalogue.ownershipAssumptions().stream()
                .filter(a -> fromCatalogue.contains(a.getName()))
                .map(OwnershipAssumption::getAsOf)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
        String source = fromCatalogue.size() == NAMES.size()
                ? "catalogue ownership assumptions (each row's source in the catalogue)"
                : fromCatalogue.isEmpty()
                        ? "this scenario's ownership assumptions"
                        : "this scenario's ownership assumptions; the catalogue's for "
                                + String.join(", ", fromCatalogue);
        return Optional.of(new OwnershipAssumptions(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], source, asOf));
    }
}
