package app.breakeven.catalogue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What every catalogue figure carries: identity, a version for detecting concurrent
 * edits, where the figure came from and as of when.
 */
@MappedSuperclass
public abstract class CatalogueEntry {

    /** Figures older than this are flagged as stale. */
    public static final int STALE_AFTER_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 1000)
    private String source;

    @NotNull
    private LocalDate asOf;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** For an edited copy: the version its editor read. */
    void setVersion(long version) {
        this.version = version;
    }

    void setId(Long id) {
        this.id = id;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Whether the figure's as-of date is more than {@value #STALE_AFTER_DAYS} days before today. */
    public boolean isStaleOn(java.time.LocalDate today) {
        return asOf != null && asOf.isBefore(today.minusDays(STALE_AFTER_DAYS));
    }
}
