package app.breakeven.scenarios.ui;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.OwnershipAssumption;
import app.breakeven.scenarios.OwnershipOverrides;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's own ownership assumptions for the owned path, in the catalogue's units; a
 * blank field keeps the catalogue's figure, shown as its placeholder. The server checks each
 * against the catalogue's bounds and names it beside its field.
 */
class OwnershipFields extends Details {

    static final String TITLE = "Ownership assumptions (blank keeps the catalogue's)";

    /** Field name, as requests and problems name it, to its field. */
    final Map<String, NumberField> fields = new LinkedHashMap<>();

    OwnershipFields(Catalogue catalogue) {
        setSummaryText(TITLE);
        setId("ownership-fields");
        field(catalogue, "usefulLifeYears", OwnershipAssumption.USEFUL_LIFE_YEARS, "Useful life");
        field(catalogue, "residualShare", OwnershipAssumption.RESIDUAL_VALUE_SHARE, "Residual value");
        field(catalogue, "annualCapitalRate", OwnershipAssumption.ANNUAL_COST_OF_CAPITAL, "Cost of capital");
        field(catalogue, "annualMaintenanceShare", OwnershipAssumption.ANNUAL_MAINTENANCE_SHARE, "Maintenance");
        field(catalogue, "electricityPerKwh", OwnershipAssumption.ELECTRICITY_PER_KWH, "Electricity");
        field(catalogue, "pue", OwnershipAssumption.PUE, "PUE");
        field(catalogue, "baseServerWatts", OwnershipAssumption.BASE_SERVER_WATTS, "Base server power");
        field(catalogue, "facilityPerServerMonth", OwnershipAssumption.FACILITY_PER_SERVER_MONTH, "Facility");
        var grid = new Div();
        fields.values().forEach(grid::add);
        add(grid);
    }

    private void field(Catalogue catalogue, String input, String assumption, String label) {
        OwnershipAssumption.Rule rule = OwnershipAssumption.RULES.get(assumption);
        var field = new NumberField(label + " (" + rule.unit() + ")");
        field.setId("ownership-" + input);
        field.setHelperText(rule.meaning());
        catalogue
                .ownership(assumption)
                .ifPresent(v -> field.setPlaceholder(
                        "catalogue: " + v.stripTrailingZeros().toPlainString()));
        fields.put(input, field);
    }

    /** The overrides as the fields hold them; null when every field is blank. */
    OwnershipOverrides value() {
        var o = new OwnershipOverrides(
                get("usefulLifeYears"),
                get("residualShare"),
                get("annualCapitalRate"),
                get("annualMaintenanceShare"),
                get("electricityPerKwh"),
                get("pue"),
                get("baseServerWatts"),
                get("facilityPerServerMonth"));
        return o.any() ? o : null;
    }

    /** Puts the overrides into the fields; null blanks them all. */
    void show(OwnershipOverrides o) {
        OwnershipOverrides v = o == null ? OwnershipOverrides.NONE : o;
        fields.get("usefulLifeYears").setValue(v.usefulLifeYears());
        fields.get("residualShare").setValue(v.residualShare());
        fields.get("annualCapitalRate").setValue(v.annualCapitalRate());
        fields.get("annualMaintenanceShare").setValue(v.annualMaintenanceShare());
        fields.get("electricityPerKwh").setValue(v.electricityPerKwh());
        fields.get("pue").setValue(v.pue());
        fields.get("baseServerWatts").setValue(v.baseServerWatts());
        fields.get("facilityPerServerMonth").setValue(v.facilityPerServerMonth());
        setOpened(o != null && o.any());
    }

    void register(FieldProblems problems) {
        fields.forEach(problems::field);
    }

    private Double get(String input) {
        return fields.get(input).getValue();
    }
}
