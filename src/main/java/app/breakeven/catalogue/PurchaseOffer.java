package app.breakeven.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A server one can buy: some GPUs of one type, its price and what installing it costs, as a
 * public list or street price names them. The GPU is named as in the GPU catalogue.
 */
@Entity
public class PurchaseOffer extends CatalogueEntry implements OnGpu {

    @NotBlank
    @Size(max = 160)
    private String label;

    @NotBlank
    @Size(max = 120)
    @Column(name = "gpu_type")
    private String gpuType;

    @NotNull
    @Positive
    @Max(value = 16, message = "must be at most 16 GPUs in one server")
    private Integer gpusPerServer;

    @NotNull
    @DecimalMin(value = "0.01", message = "must be at least $0.01")
    @Numeric(precision = 14, scale = 2)
    private BigDecimal serverPrice;

    /** Null when the source does not say; the screens show it as unknown. */
    @DecimalMin(value = "0", message = "must be at least $0")
    @Numeric(precision = 14, scale = 2)
    private BigDecimal installationCost;

    public PurchaseOffer() {}

    @Override
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    @Override
    public String getGpuType() {
        return gpuType;
    }

    public void setGpuType(String gpuType) {
        this.gpuType = gpuType;
    }

    public Integer getGpusPerServer() {
        return gpusPerServer;
    }

    public void setGpusPerServer(Integer gpusPerServer) {
        this.gpusPerServer = gpusPerServer;
    }

    public BigDecimal getServerPrice() {
        return serverPrice;
    }

    public void setServerPrice(BigDecimal serverPrice) {
        this.serverPrice = serverPrice;
    }

    public BigDecimal getInstallationCost() {
        return installationCost;
    }

    public void setInstallationCost(BigDecimal installationCost) {
        this.installationCost = installationCost;
    }
}
