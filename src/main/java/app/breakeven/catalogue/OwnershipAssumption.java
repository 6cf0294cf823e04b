package app.breakeven.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One named assumption of owning hardware (useful life, residual value, capital, maintenance,
 * electricity, PUE, base power, facilities), kept as a row so that each has its own source,
 * as-of date, history and conflicts like every other catalogue figure.
 */
@Entity
public class OwnershipAssumption extends CatalogueEntry {

    /** What an assumption may hold: its unit and the range a value must fall in. */
    public record Rule(String unit, BigDecimal min, BigDecimal max, String meaning) {

        boolean allows(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }

    public static final String USEFUL_LIFE_YEARS = "useful_life_years";
    public static final String RESIDUAL_VALUE_SHARE = "residual_value_share";
    public static final String ANNUAL_COST_OF_CAPITAL = "annual_cost_of_capital";
    public static final String ANNUAL_MAINTENANCE_SHARE = "annual_maintenance_share";
    public static final String ELECTRICITY_PER_KWH = "electricity_per_kwh";
    public static final String PUE = "pue";
    public static final String BASE_SERVER_WATTS = "base_server_watts";
    public static final String FACILITY_PER_SERVER_MONTH = "facility_per_server_month";

    /** The assumptions the owned path reads, by name, in the order the screens show them. */
    public static final Map<String, Rule> RULES = rules();

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put(USEFUL_LIFE_YEARS, rule("years", "0.5", "20", "years a server is used before it is replaced"));
        rules.put(RESIDUAL_VALUE_SHARE, rule("share of price", "0", "0.99", "what a server sells for at the end"));
        rules.put(ANNUAL_COST_OF_CAPITAL, rule("share a year", "0", "1", "yearly cost of the money tied up"));
        rules.put(ANNUAL_MAINTENANCE_SHARE, rule("share of price a year", "0", "1", "support and spares a year"));
        rules.put(ELECTRICITY_PER_KWH, rule("$/kWh", "0", "10", "what a kilowatt-hour costs"));
        rules.put(PUE, rule("ratio", "1", "5", "facility power over IT power"));
        rules.put(BASE_SERVER_WATTS, rule("W", "0", "100000", "a server's draw besides its GPUs"));
        rules.put(FACILITY_PER_SERVER_MONTH, rule("$/server-month", "0", "1000000", "rack space and network"));
        return Collections.unmodifiableMap(rules);
    }

    private static Rule rule(String unit, String min, String max, String meaning) {
        return new Rule(unit, new BigDecimal(min), new BigDecimal(max), meaning);
    }

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @Numeric(precision = 14, scale = 6)
    @Column(name = "value")
    private BigDecimal value;

    @NotBlank
    @Size(max = 40)
    private String unit;

    public OwnershipAssumption() {}

    /** Column name to message for what this assumption's rule refuses; empty when it is fine. */
    Map<String, String> ruleProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            return problems;
        }
        Rule rule = RULES.get(name.strip());
        if (rule == null) {
            problems.put("name", "is not an ownership assumption; use one of " + String.join(", ", RULES.keySet()));
            return problems;
        }
        if (value != null && !rule.allows(value)) {
            problems.put(
                    "value",
                    "must be from " + rule.min().toPlainString() + " to "
                            + rule.max().toPlainString() + " (" + rule.unit() + ")");
        }
        if (unit != null && !unit.isBlank() && !unit.strip().equals(rule.unit())) {
            problems.put("unit", "must be '" + rule.unit() + "' for " + name.strip());
        }
        return problems;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
