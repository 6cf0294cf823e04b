package app.breakeven.catalogue;

import static app.breakeven.catalogue.Columns.choice;
import static app.breakeven.catalogue.Columns.column;
import static app.breakeven.catalogue.Columns.date;
import static app.breakeven.catalogue.Columns.decimal;
import static app.breakeven.catalogue.Columns.integer;
import static app.breakeven.catalogue.Columns.text;

import java.util.List;

/** The columns of the hardware economics tables: rented offers, purchase offers, ownership assumptions. */
final class OfferTables {

    private OfferTables() {}

    static CatalogueTable<RentedOffer> rented() {
        return new CatalogueTable<>(
                CatalogueKind.RENTED_OFFER,
                RentedOffer::new,
                RentedOffer::getLabel,
                List.of(
                        column("label", "Label", RentedOffer::getLabel, text(RentedOffer::setLabel)),
                        column("provider", "Provider", RentedOffer::getProvider, text(RentedOffer::setProvider)),
                        new CatalogueTable.Column<>(
                                "instance_type",
                                "Instance type",
                                RentedOffer::getInstanceType,
                                text(RentedOffer::setInstanceType),
                                "not stated"),
                        column("gpu_type", "GPU type", RentedOffer::getGpuType, text(RentedOffer::setGpuType)),
                        column(
                                "gpus_per_instance",
                                "GPUs per instance",
                                RentedOffer::getGpusPerInstance,
                                integer("gpus_per_instance", true, RentedOffer::setGpusPerInstance)),
                        column(
                                "instance_hourly",
                                "$ per instance-hour",
                                RentedOffer::getInstanceHourly,
                                decimal("instance_hourly", RentedOffer::setInstanceHourly)),
                        column(
                                "pricing",
                                "Pricing",
                                RentedOffer::getPricing,
                                choice("pricing", RentedOffer.Pricing.class, RentedOffer::setPricing)),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }

    static CatalogueTable<PurchaseOffer> purchases() {
        return new CatalogueTable<>(
                CatalogueKind.PURCHASE_OFFER,
                PurchaseOffer::new,
                PurchaseOffer::getLabel,
                List.of(
                        column("label", "Label", PurchaseOffer::getLabel, text(PurchaseOffer::setLabel)),
                        column("gpu_type", "GPU type", PurchaseOffer::getGpuType, text(PurchaseOffer::setGpuType)),
                        column(
                                "gpus_per_server",
                                "GPUs per server",
                                PurchaseOffer::getGpusPerServer,
                                integer("gpus_per_server", true, PurchaseOffer::setGpusPerServer)),
                        column(
                                "server_price",
                                "Server price $",
                                PurchaseOffer::getServerPrice,
                                decimal("server_price", PurchaseOffer::setServerPrice)),
                        new CatalogueTable.Column<>(
                                "installation_cost",
                                "Installation $",
                                PurchaseOffer::getInstallationCost,
                                decimal("installation_cost", PurchaseOffer::setInstallationCost),
                                "unknown"),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }

    static CatalogueTable<OwnershipAssumption> ownership() {
        return new CatalogueTable<>(
                CatalogueKind.OWNERSHIP_ASSUMPTION,
                OwnershipAssumption::new,
                OwnershipAssumption::getName,
                List.of(
                        column("name", "Name", OwnershipAssumption::getName, text(OwnershipAssumption::setName)),
                        column(
                                "value",
                                "Value",
                                OwnershipAssumption::getValue,
                                decimal("value", OwnershipAssumption::setValue)),
                        column("unit", "Unit", OwnershipAssumption::getUnit, text(OwnershipAssumption::setUnit)),
                        column("source", "Source", CatalogueEntry::getSource, text(CatalogueEntry::setSource)),
                        column("as_of", "As of", CatalogueEntry::getAsOf, date("as_of", CatalogueEntry::setAsOf))));
    }
}
