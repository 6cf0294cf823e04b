package app.breakeven.catalogue;

import app.breakeven.costs.sizing.Precision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A measured throughput: aggregate output tokens a second of one replica of a model (or a
 * size class) on a GPU type, at a precision and, where the source states it, a concurrency.
 * The GPU is named as in the GPU catalogue; the database keeps the two in step.
 */
@Entity
public class ThroughputBenchmark extends CatalogueEntry implements OnGpu {

    /** Tensor-parallel sizes a replica can have on one node. */
    public static final Set<Integer> GPUS_PER_REPLICA = Set.of(1, 2, 4, 8);

    @NotBlank
    @Size(max = 120)
    private String label;

    @NotBlank
    @Size(max = 120)
    private String modelKey;

    @NotBlank
    @Size(max = 120)
    @Column(name = "gpu_type")
    private String gpuType;

    @NotNull
    private Integer gpusPerReplica;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Precision precision;

    /** Requests in flight; null when the source sent every request at once (saturated). */
    @Positive
    private Integer concurrency;

    @NotNull
    // The column keeps 4 decimals: anything smaller would be stored as 0 tokens a second.
    @DecimalMin(value = "0.0001", message = "must be at least 0.0001")
    @Numeric(precision = 14, scale = 4)
    private BigDecimal outputTokensPerSecond;

    public ThroughputBenchmark() {}

    @AssertTrue(message = "must be 1, 2, 4 or 8 GPUs")
    boolean isGpusPerReplicaValid() {
        return gpusPerReplica == null || GPUS_PER_REPLICA.contains(gpusPerReplica);
    }

    @Override
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getModelKey() {
        return modelKey;
    }

    public void setModelKey(String modelKey) {
        this.modelKey = modelKey;
    }

    @Override
    public String getGpuType() {
        return gpuType;
    }

    public void setGpuType(String gpuType) {
        this.gpuType = gpuType;
    }

    public Integer getGpusPerReplica() {
        return gpusPerReplica;
    }

    public void setGpusPerReplica(Integer gpusPerReplica) {
        this.gpusPerReplica = gpusPerReplica;
    }

    public Precision getPrecision() {
        return precision;
    }

    public void setPrecision(Precision precision) {
        this.precision = precision;
    }

    public Integer getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(Integer concurrency) {
        this.concurrency = concurrency;
    }

    public BigDecimal getOutputTokensPerSecond() {
        return outputTokensPerSecond;
    }

    public void setOutputTokensPerSecond(BigDecimal outputTokensPerSecond) {
        this.outputTokensPerSecond = outputTokensPerSecond;
    }
}
