package app.breakeven.costs.economics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cloud instance for rent, as a provider lists it.
 *
 * @param provider               e.g. "AWS"
 * @param instanceType           e.g. "p5.48xlarge"
 * @param gpu                    the GPU type's name, matched against a replica's
 * @param gpusPerInstance        GPUs in one instance, at least 1
 * @param dollarsPerInstanceHour the price of one instance an hour
 * @param kind                   on-demand, reserved or spot
 * @param source                 where the price comes from
 * @param asOf                   the date it was read; {@code null} when unknown
 */
public record RentedOffer(
        String provider,
        String instanceType,
        String gpu,
        int gpusPerInstance,
        double dollarsPerInstanceHour,
        Kind kind,
        String source,
        LocalDate asOf) {

    public RentedOffer {
        Fmt.requireText(provider, "the provider");
        Fmt.requireText(instanceType, "the instance type");
        Fmt.requireText(gpu, "the offer's GPU");
        if (gpusPerInstance < 1) {
            throw new IllegalArgumentException("an instance needs at least one GPU: " + gpusPerInstance);
        }
        Fmt.requireNonNegative(dollarsPerInstanceHour, "price an instance-hour");
        Objects.requireNonNull(kind, "kind");
        Fmt.requireText(source, "the offer's source");
    }

    /** "AWS p5.48xlarge (8 x H100 80GB SXM, on-demand)". */
    public String label() {
        return provider + " " + instanceType + " (" + gpusPerInstance + " x " + gpu + ", " + kind.label + ")";
    }

    /** How an instance is contracted. */
    public enum Kind {
        ON_DEMAND("on-demand"),
        RESERVED("reserved"),
        SPOT("spot");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
