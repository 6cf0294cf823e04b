package app.breakeven.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A rental a provider lists: an instance of some GPUs of one type, and what it costs an hour
 * on demand, reserved or spot. The GPU is named as in the GPU catalogue; the database keeps
 * the two in step.
 */
@Entity
public class RentedOffer extends CatalogueEntry implements OnGpu {

    /** GPUs an instance can have: the sizes providers sell. */
    public static final Set<Integer> GPUS_PER_INSTANCE = Set.of(1, 2, 4, 8, 16);

    /** How the hour is sold: on demand, reserved for a term, or spot (can be taken away). */
    public enum Pricing {
        ON_DEMAND,
        RESERVED,
        SPOT
    }

    @NotBlank
    @Size(max = 160)
    private String label;

    @NotBlank
    @Size(max = 120)
    private String provider;

    /** The provider's name for the instance; null when the listing is per GPU and names none. */
    @Size(max = 120)
    private String instanceType;

    @NotBlank
    @Size(max = 120)
    @Column(name = "gpu_type")
    private String gpuType;

    @NotNull
    private Integer gpusPerInstance;

    @NotNull
    @DecimalMin(value = "0.0001", message = "must be at least $0.0001 an hour")
    @Numeric(precision = 10, scale = 4)
    private BigDecimal instanceHourly;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Pricing pricing;

    public RentedOffer() {}

    @AssertTrue(message = "must be 1, 2, 4, 8 or 16 GPUs")
    boolean isGpusPerInstanceValid() {
        return gpusPerInstance == null || GPUS_PER_INSTANCE.contains(gpusPerInstance);
    }

    @Override
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getInstanceType() {
        return instanceType;
    }

    public void setInstanceType(String instanceType) {
        this.instanceType = instanceType;
    }

    @Override
    public String getGpuType() {
        return gpuType;
    }

    public void setGpuType(String gpuType) {
        this.gpuType = gpuType;
    }

    public Integer getGpusPerInstance() {
        return gpusPerInstance;
    }

    public void setGpusPerInstance(Integer gpusPerInstance) {
        this.gpusPerInstance = gpusPerInstance;
    }

    /** Dollars for one instance (all its GPUs) an hour. */
    public BigDecimal getInstanceHourly() {
        return instanceHourly;
    }

    public void setInstanceHourly(BigDecimal instanceHourly) {
        this.instanceHourly = instanceHourly;
    }

    public Pricing getPricing() {
        return pricing;
    }

    public void setPricing(Pricing pricing) {
        this.pricing = pricing;
    }
}
