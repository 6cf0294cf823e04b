package app.breakeven.scenarios.ui;

import app.breakeven.base.Formats;
import app.breakeven.catalogue.Catalogue;
import app.breakeven.catalogue.GpuType;
import app.breakeven.catalogue.HardwareTier;
import app.breakeven.catalogue.HiddenCostCategory;
import app.breakeven.catalogue.ModelPrice;
import app.breakeven.costs.sizing.DeploymentOption;
import app.breakeven.scenarios.Plan;
import app.breakeven.scenarios.SizedHardware;
import java.util.ArrayList;
import java.util.List;

/**
 * What the screens say about the self-host hardware: which mode a figure comes from, the
 * sizing arithmetic and the throughput's provenance for "How this is computed", and the
 * sources with their as-of dates.
 */
final class HardwareText {

    private HardwareText() {}

    /** One line saying where the hardware comes from. */
    static String mode(Plan plan) {
        SizedHardware hardware = plan.hardware();
        if (hardware.sized()) {
            DeploymentOption option = hardware.option();
            return "Hardware sized from the model and the GPU: a replica of " + hardware.replica() + ", "
                    + option.throughput().label();
        }
        if (hardware.fallback() != null) {
            return "Hardware: " + hardware.fallback();
        }
        return "Hardware: the article's tier " + plan.inputs().tier() + " (quick estimate)";
    }

    /** The deployment a headline counts: "4 x L4 24GB (FP8)" or the tier's GPUs. */
    static String deployment(Plan plan, Catalogue catalogue) {
        return plan.hardware().sized()
                ? plan.hardware().replica()
                : catalogue.tier(plan.inputs().tier()).map(HardwareTier::gpus).orElse("");
    }

    /** The sizing arithmetic, the throughput worked out and the rent; empty on the article's tier. */
    static String arithmetic(Plan plan) {
        SizedHardware hardware = plan.hardware();
        List<String> lines = new ArrayList<>();
        lines.add(mode(plan));
        if (hardware.sized()) {
            DeploymentOption option = hardware.option();
            lines.addAll(option.sizing().explanation());
            lines.addAll(option.throughput().how());
            var cloud = plan.profile().tier().cloudMonthly();
            lines.add("Rent a replica a month = GPU $/hour x 730 hours x " + option.gpusPerReplica() + " GPUs = "
                    + Formats.dollarRange(cloud.low(), cloud.high()));
        }
        return String.join("\n", lines);
    }

    /** Where each figure comes from, with its as-of date, the hidden costs' included. */
    static String sources(Plan plan, Catalogue catalogue) {
        StringBuilder s = new StringBuilder(hardwareSources(plan, catalogue));
        // The hidden costs this plan counts: those that apply, less one a scenario's own engineering replaced.
        var counted = plan.profile().hiddenCosts().stream()
                .filter(h -> h.appliesTo(plan.inputs().deployment()))
                .map(h -> h.name())
                .toList();
        for (HiddenCostCategory h : catalogue.hiddenCosts()) {
            if (counted.contains(h.getName())) {
                s.append(' ')
                        .append(h.getName())
                        .append(": ")
                        .append(h.getSource())
                        .append(", as of ")
                        .append(h.getAsOf())
                        .append('.');
            }
        }
        return s.toString();
    }

    private static String hardwareSources(Plan plan, Catalogue catalogue) {
        ModelPrice m = catalogue.model(plan.inputs().model()).orElseThrow();
        StringBuilder s = new StringBuilder("Sources: ")
                .append(m.getName())
                .append(" price: ")
                .append(m.getSource())
                .append(", as of ")
                .append(m.getAsOf())
                .append(". ");
        if (plan.hardware().sized()) {
            GpuType g = catalogue.gpu(plan.inputs().sizing().gpu()).orElseThrow();
            s.append(m.getName())
                    .append(" architecture: ")
                    .append(m.getArchitectureSource())
                    .append(". ")
                    .append(g.getName())
                    .append(": ")
                    .append(g.getSource())
                    .append(", as of ")
                    .append(g.getAsOf())
                    .append(". Rent: ")
                    .append(g.getRentalSource())
                    .append(". Throughput: ")
                    .append(plan.hardware().option().throughput().label())
                    .append('.');
        } else {
            HardwareTier t = catalogue.tier(plan.inputs().tier()).orElseThrow();
            s.append(t.getLabel())
                    .append(" throughput: ")
                    .append(t.getThroughputSource())
                    .append(". Tier costs: ")
                    .append(t.getSource())
                    .append(", as of ")
                    .append(t.getAsOf())
                    .append('.');
        }
        return s.toString();
    }
}
