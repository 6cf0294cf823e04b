package app.breakeven.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import app.breakeven.security.TestAccounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Rented offers, purchase offers, ownership assumptions and batch discounts on real PostgreSQL. */
@PostgresTest
@WithUserDetails(TestAccounts.ANALYST)
class OffersCatalogueIT {

    @Autowired
    CatalogueEditing editing;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CsvImport csvImport;

    /**
     * The offers these tests create are taken out again: the other tests share this database,
     * and a cheap test server would become their cheapest owned option.
     */
    @org.junit.jupiter.api.AfterEach
    void removeTestOffers() {
        for (var offer : catalogue.purchaseOffers()) {
            if ("test quote".equals(offer.getSource())) {
                editing.delete(CatalogueKind.PURCHASE_OFFER, offer.getId(), offer.getVersion());
            }
        }
        for (var offer : catalogue.rentedOffers()) {
            if ("test price list".equals(offer.getSource()) || "test".equals(offer.getSource())) {
                editing.delete(CatalogueKind.RENTED_OFFER, offer.getId(), offer.getVersion());
            }
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private RentedOffer rented(String label) {
        return catalogue.rentedOffers().stream()
                .filter(r -> r.getLabel().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private OwnershipAssumption assumption(String name) {
        return catalogue.ownershipAssumptions().stream()
                .filter(a -> a.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private RentedOffer newRented(String label, String gpu) {
        return editing.save(
                CatalogueKind.RENTED_OFFER,
                CatalogueTable.RENTED_OFFERS.item(
                        Map.of(
                                "label", label,
                                "provider", "Test cloud",
                                "gpu_type", gpu,
                                "gpus_per_instance", "2",
                                "instance_hourly", "5",
                                "pricing", "reserved",
                                "source", "test price list",
                                "as_of", LocalDate.now().toString()),
                        null,
                        0));
    }

    private PurchaseOffer newPurchase(String label, String gpu) {
        return editing.save(
                CatalogueKind.PURCHASE_OFFER,
                CatalogueTable.PURCHASE_OFFERS.item(
                        Map.of(
                                "label", label,
                                "gpu_type", gpu,
                                "gpus_per_server", "4",
                                "server_price", "50000",
                                "installation_cost", "2000",
                                "source", "test quote",
                                "as_of", LocalDate.now().toString()),
                        null,
                        0));
    }

    @Test
    void seeds_the_reference_rental_prices_as_instance_hours_with_their_source() {
        assertThat(catalogue.rentedOffers()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(catalogue.rentedOffers()).allSatisfy(r -> {
            assertThat(r.getSource()).isNotBlank();
            assertThat(r.getAsOf()).isNotNull();
        });
        // 6.88 $/GPU-hour x 8 H100 in a p5.48xlarge = 55.04 an instance-hour.
        RentedOffer p5 = rented("AWS p5.48xlarge (8x H100)");
        assertThat(p5.getGpusPerInstance()).isEqualTo(8);
        assertThat(p5.getInstanceHourly()).isEqualByComparingTo("55.04");
        assertThat(p5.getGpuType()).isEqualTo("H100 80GB SXM");
        assertThat(p5.getPricing()).isEqualTo(RentedOffer.Pricing.ON_DEMAND);
        assertThat(p5.getSource()).contains("6.88").contains("x 8");
        // 6.57 spot x 8 = 52.56.
        assertThat(rented("GCP a3-highgpu-8g spot (8x H100)").getPricing()).isEqualTo(RentedOffer.Pricing.SPOT);
        assertThat(rented("GCP a3-highgpu-8g spot (8x H100)").getInstanceHourly())
                .isEqualByComparingTo("52.56");
        RentedOffer nebius = rented("Nebius 1x H100");
        assertThat(nebius.getInstanceType()).isNull();
        assertThat(nebius.getSource()).contains("instance size not stated");
    }

    @Test
    void seeds_purchase_offers_ownership_assumptions_and_one_documented_batch_discount() {
        assertThat(catalogue.purchaseOffers())
                .extracting(PurchaseOffer::getLabel)
                .contains("NVIDIA DGX H100 (8x H100), list", "NVIDIA DGX A100 320GB (8x A100 40GB), launch");
        assertThat(catalogue.purchaseOffers()).allSatisfy(p -> {
            assertThat(p.getSource()).isNotBlank();
            assertThat(p.getServerPrice()).isPositive();
        });
        assertThat(catalogue.ownershipAssumptions())
                .extracting(OwnershipAssumption::getName)
                .containsExactlyInAnyOrderElementsOf(OwnershipAssumption.RULES.keySet());
        assertThat(catalogue.ownershipAssumptions())
                .allSatisfy(a -> assertThat(a.getUnit())
                        .isEqualTo(OwnershipAssumption.RULES.get(a.getName()).unit()));
        assertThat(assumption("pue").getValue()).isEqualByComparingTo("1.58");
        assertThat(assumption("pue").getSource()).contains("Uptime Institute");
        assertThat(assumption("facility_per_server_month").getSource()).startsWith("Assumption:");
        assertThat(catalogue.catalogue().ownership("useful_life_years"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));

        assertThat(catalogue.findModel("DeepSeek V3.2").orElseThrow().getBatchDiscount())
                .isEqualByComparingTo("0.5");
        assertThat(catalogue.findModel("Qwen3-32B").orElseThrow().getBatchDiscount())
                .as("no batch price documented")
                .isNull();
    }

    @Test
    void records_history_for_offer_and_assumption_edits() {
        RentedOffer offer = newRented(unique("Historic rental"), "L4 24GB");
        RentedOffer cheaper = CatalogueTable.RENTED_OFFERS.copyOf(offer);
        cheaper.setInstanceHourly(new BigDecimal("4.5"));
        editing.save(CatalogueKind.RENTED_OFFER, cheaper);
        List<CatalogueChange> history = editing.history(CatalogueKind.RENTED_OFFER, offer.getId());
        assertThat(history)
                .extracting(CatalogueChange::getAction)
                .containsExactly(CatalogueChange.Action.CREATE, CatalogueChange.Action.UPDATE);
        assertThat(CatalogueEditing.values(history.get(1).getOldValues())).containsEntry("instance_hourly", "5");
        assertThat(CatalogueEditing.values(history.get(1).getNewValues())).containsEntry("instance_hourly", "4.5");

        PurchaseOffer server = newPurchase(unique("Historic server"), "L40S 48GB");
        PurchaseOffer dearer = CatalogueTable.PURCHASE_OFFERS.copyOf(server);
        dearer.setServerPrice(new BigDecimal("55000"));
        editing.save(CatalogueKind.PURCHASE_OFFER, dearer);
        assertThat(editing.history(CatalogueKind.PURCHASE_OFFER, server.getId()))
                .extracting(c -> CatalogueEditing.values(c.getNewValues()).get("server_price"))
                .containsExactly("50000", "55000");

        OwnershipAssumption life = assumption("useful_life_years");
        OwnershipAssumption longer = CatalogueTable.OWNERSHIP.copyOf(life);
        longer.setValue(new BigDecimal("5"));
        editing.save(CatalogueKind.OWNERSHIP_ASSUMPTION, longer);
        OwnershipAssumption back = CatalogueTable.OWNERSHIP.copyOf(assumption("useful_life_years"));
        back.setValue(new BigDecimal("4"));
        editing.save(CatalogueKind.OWNERSHIP_ASSUMPTION, back);
        assertThat(editing.history(CatalogueKind.OWNERSHIP_ASSUMPTION, life.getId()))
                .extracting(c -> CatalogueEditing.values(c.getNewValues()).get("value"))
                .containsSubsequence("5", "4");
    }

    @Test
    void a_second_editor_of_an_offer_or_assumption_gets_a_conflict_and_changes_nothing() {
        RentedOffer offer = newRented(unique("Contested rental"), "L4 24GB");
        RentedOffer mine = CatalogueTable.RENTED_OFFERS.copyOf(offer);
        RentedOffer theirs = CatalogueTable.RENTED_OFFERS.copyOf(offer);
        theirs.setPricing(RentedOffer.Pricing.SPOT);
        editing.save(CatalogueKind.RENTED_OFFER, theirs);
        mine.setInstanceHourly(new BigDecimal("9"));
        assertThatThrownBy(() -> editing.save(CatalogueKind.RENTED_OFFER, mine))
                .isInstanceOfSatisfying(
                        CatalogueConflictException.class,
                        e -> assertThat(e.current()).containsEntry("pricing", "SPOT"));
        assertThat(rented(offer.getLabel()).getInstanceHourly()).isEqualByComparingTo("5");

        OwnershipAssumption pue = assumption("pue");
        OwnershipAssumption first = CatalogueTable.OWNERSHIP.copyOf(pue);
        OwnershipAssumption second = CatalogueTable.OWNERSHIP.copyOf(pue);
        first.setValue(new BigDecimal("1.4"));
        editing.save(CatalogueKind.OWNERSHIP_ASSUMPTION, first);
        second.setValue(new BigDecimal("1.2"));
        try {
            assertThatThrownBy(() -> editing.save(CatalogueKind.OWNERSHIP_ASSUMPTION, second))
                    .isInstanceOfSatisfying(
                            CatalogueConflictException.class,
                            e -> assertThat(e.current()).containsEntry("value", "1.4"));
        } finally {
            OwnershipAssumption restore = CatalogueTable.OWNERSHIP.copyOf(assumption("pue"));
            restore.setValue(new BigDecimal("1.58"));
            editing.save(CatalogueKind.OWNERSHIP_ASSUMPTION, restore);
        }
    }

    @Test
    void exports_the_new_tables_as_csv_that_imports_back_unchanged() {
        RentedOffer formula = CatalogueTable.RENTED_OFFERS.copyOf(newRented(unique("Formula rental"), "L4 24GB"));
        formula.setProvider("=HYPERLINK(\"http://x\")");
        editing.save(CatalogueKind.RENTED_OFFER, formula);
        assertThat(csvImport.exportCsv(CatalogueKind.RENTED_OFFER))
                .as("a formula-like value is guarded on export")
                .contains("'=HYPERLINK");
        for (CatalogueKind kind : List.of(
                CatalogueKind.RENTED_OFFER,
                CatalogueKind.PURCHASE_OFFER,
                CatalogueKind.OWNERSHIP_ASSUMPTION,
                CatalogueKind.MODEL)) {
            String csv = csvImport.exportCsv(kind);
            ImportPreview<CatalogueEntry> preview = csvImport.previewCsv(kind, bytes(csv));

            assertThat(preview.problems()).as("%s", kind).isEmpty();
            assertThat(preview.rows()).as("%s", kind).isNotEmpty();
            assertThat(preview.rows())
                    .as("%s", kind)
                    .extracting(ImportPreview.Row::action)
                    .containsOnly(ImportPreview.Action.UNCHANGED);
        }
        assertThat(csvImport.exportCsv(CatalogueKind.RENTED_OFFER))
                .startsWith("label,provider,instance_type,gpu_type,gpus_per_instance,instance_hourly,pricing,"
                        + "source,as_of");
    }

    @Test
    void a_rented_offer_csv_with_bad_rows_names_each_line_and_column_and_imports_nothing() {
        String good = unique("Good rental");
        String csv = "label,provider,instance_type,gpu_type,gpus_per_instance,instance_hourly,pricing,source,as_of\n"
                + good + ",Test,t1,L4 24GB,1,0.5,on-demand,test,2026-11-01\n"
                + unique("Three GPUs") + ",Test,,L4 24GB,3,1.5,ON_DEMAND,test,2026-11-01\n"
                + unique("Free") + ",Test,,L4 24GB,1,0,SPOT,test,2026-11-01\n"
                + unique("Unknown GPU") + ",Test,,Z9000,1,1,RESERVED,test,2026-11-01\n"
                + unique("Monthly") + ",Test,,L4 24GB,1,1,MONTHLY,test,2026-11-01\n"
                + unique("No provider") + ",,,L4 24GB,1,1,SPOT,,2026-11-01\n";

        ImportPreview<RentedOffer> preview = csvImport.previewCsv(CatalogueKind.RENTED_OFFER, bytes(csv));

        assertThat(preview.problems())
                .extracting(p -> p.line() + ":" + p.column())
                .contains(
                        "3:gpus_per_instance",
                        "4:instance_hourly",
                        "5:gpu_type",
                        "6:pricing",
                        "7:provider",
                        "7:source");
        assertThat(preview.problems())
                .filteredOn(p -> p.line() == 3)
                .extracting(ItemProblem::message)
                .containsExactly("must be 1, 2, 4, 8 or 16 GPUs");
        assertThatThrownBy(() -> csvImport.importCsv(CatalogueKind.RENTED_OFFER, bytes(csv)))
                .isInstanceOf(InvalidItemException.class);
        assertThat(catalogue.rentedOffers()).extracting(RentedOffer::getLabel).doesNotContain(good);
    }

    @Test
    void refuses_assumptions_outside_their_rule_and_deleting_one_the_owned_path_needs() {
        String csv = "name,value,unit,source,as_of\n"
                + "pue,0.9,ratio,test,2026-11-01\n"
                + "residual_value_share,0.2,percent,test,2026-11-01\n"
                + "coffee_budget,1,$,test,2026-11-01\n";
        ImportPreview<OwnershipAssumption> preview =
                csvImport.previewCsv(CatalogueKind.OWNERSHIP_ASSUMPTION, bytes(csv));
        assertThat(preview.problems())
                .extracting(p -> p.line() + ":" + p.column() + ":" + p.message())
                .containsExactlyInAnyOrder(
                        "2:value:must be from 1 to 5 (ratio)",
                        "3:unit:must be 'share of price' for residual_value_share",
                        "4:name:is not an ownership assumption; use one of "
                                + String.join(", ", OwnershipAssumption.RULES.keySet()));
        assertThat(assumption("pue").getValue()).isEqualByComparingTo("1.58");

        OwnershipAssumption pue = assumption("pue");
        assertThatThrownBy(() -> editing.delete(CatalogueKind.OWNERSHIP_ASSUMPTION, pue.getId(), pue.getVersion()))
                .isInstanceOf(InvalidItemException.class)
                .hasMessageContaining("the owned path needs 'pue'");
        assertThat(catalogue.ownershipAssumptions())
                .extracting(OwnershipAssumption::getName)
                .contains("pue");

        ModelPrice model =
                CatalogueTable.MODELS.copyOf(catalogue.findModel("Qwen3-8B").orElseThrow());
        model.setBatchDiscount(new BigDecimal("1.5"));
        assertThatThrownBy(() -> editing.save(CatalogueKind.MODEL, model))
                .isInstanceOfSatisfying(
                        InvalidItemException.class,
                        e -> assertThat(e.problems())
                                .extracting(ItemProblem::column)
                                .containsExactly("batch_discount"));
    }

    @Test
    void a_gpu_with_offers_cannot_be_deleted_and_a_rename_carries_them_along() {
        GpuType gpu = editing.save(
                CatalogueKind.GPU,
                CatalogueTable.GPUS.item(
                        Map.of(
                                "name", unique("Offered GPU"),
                                "memory_gb", "80",
                                "memory_bandwidth_tbps", "2",
                                "bf16_dense_tflops", "300",
                                "tdp_watts", "400",
                                "interconnect", "PCIe",
                                "source", "test datasheet",
                                "as_of", LocalDate.now().toString()),
                        null,
                        0));
        String rental = unique("Offered rental");
        String server = unique("Offered server");
        newRented(rental, gpu.getName());
        newPurchase(server, gpu.getName());

        assertThatThrownBy(() -> editing.delete(CatalogueKind.GPU, gpu.getId(), gpu.getVersion()))
                .isInstanceOfSatisfying(
                        ItemInUseException.class,
                        e -> assertThat(e.getMessage()).contains("1 rented offer: " + rental));

        GpuType renamed = CatalogueTable.GPUS.copyOf(gpu);
        renamed.setName(gpu.getName() + " (renamed)");
        editing.save(CatalogueKind.GPU, renamed);
        assertThat(rented(rental).getGpuType()).isEqualTo(gpu.getName() + " (renamed)");
        assertThat(catalogue.purchaseOffers())
                .filteredOn(p -> p.getLabel().equals(server))
                .extracting(PurchaseOffer::getGpuType)
                .containsExactly(gpu.getName() + " (renamed)");
    }
}
