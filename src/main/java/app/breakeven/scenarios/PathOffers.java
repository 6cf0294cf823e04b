package app.breakeven.scenarios;

import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.economics.ApiPricing;
import app.breakeven.costs.economics.PurchaseOffer;
import app.breakeven.costs.economics.RentedOffer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The catalogue's rows as the three paths' economics take them. An offer's catalogue label
 * names it on screen; a purchase offer without an installation figure is priced with none
 * (its source says it was not stated).
 */
final class PathOffers {

    private PathOffers() {}

    /**
     * The model's API prices: a missing input price is the output price (as the quick model
     * reads it: the article's tables give one price a model), a missing cached-input price the
     * input price, a missing batch discount 0.
     */
    static ApiPricing api(ModelPrice model) {
        double input =
                number(model.getInputPerMillion(), model.getOutputPerMillion().doubleValue());
        return new ApiPricing(
                input,
                number(model.getCachedInputPerMillion(), input),
                model.getOutputPerMillion().doubleValue(),
                number(model.getBatchDiscount(), 0),
                model.getSource() == null || model.getSource().isBlank()
                        ? "catalogue: " + model.getName()
                        : model.getSource(),
                model.getAsOf());
    }

    static List<Rented> rented(Catalogue catalogue) {
        return catalogue.rentedOffers().stream()
                .map(row -> new Rented(
                        row.getLabel(),
                        new RentedOffer(
                                row.getProvider(),
                                row.getInstanceType() == null
                                                || row.getInstanceType().isBlank()
                                        ? row.getLabel()
                                        : row.getInstanceType(),
                                row.getGpuType(),
                                row.getGpusPerInstance(),
                                row.getInstanceHourly().doubleValue(),
                                RentedOffer.Kind.valueOf(row.getPricing().name()),
                                row.getSource(),
                                row.getAsOf())))
                .toList();
    }

    static List<Owned> owned(Catalogue catalogue) {
        return catalogue.purchaseOffers().stream()
                .map(row -> new Owned(
                        row.getLabel(),
                        new PurchaseOffer(
                                vendor(row.getLabel()),
                                server(row.getLabel()),
                                row.getGpuType(),
                                row.getGpusPerServer(),
                                row.getServerPrice().doubleValue(),
                                number(row.getInstallationCost(), 0),
                                row.getSource(),
                                row.getAsOf())))
                .toList();
    }

    /** A rented offer with the catalogue's label. */
    record Rented(String label, RentedOffer offer) {}

    /** A purchase offer with the catalogue's label. */
    record Owned(String label, PurchaseOffer offer) {}

    private static String vendor(String label) {
        int space = label.indexOf(' ');
        return space > 0 ? label.substring(0, space) : label;
    }

    private static String server(String label) {
        int space = label.indexOf(' ');
        return space > 0 && space < label.length() - 1 ? label.substring(space + 1) : "server";
    }

    private static double number(BigDecimal value, double otherwise) {
        return value == null ? otherwise : value.doubleValue();
    }
}
