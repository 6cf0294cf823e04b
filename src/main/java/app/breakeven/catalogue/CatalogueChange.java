package app.breakeven.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recorded change to a catalogue item, with its values before and after as JSON text. */
@Entity
public class CatalogueChange {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CatalogueKind itemKind;

    private long itemId;

    private String itemName;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String changedBy;

    private Instant changedAt;

    private String oldValues;

    private String newValues;

    protected CatalogueChange() {}

    CatalogueChange(
            CatalogueKind kind,
            long itemId,
            String itemName,
            Action action,
            String changedBy,
            Instant changedAt,
            String oldValues,
            String newValues) {
        this.itemKind = kind;
        this.itemId = itemId;
        this.itemName = itemName;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.oldValues = oldValues;
        this.newValues = newValues;
    }

    public CatalogueKind getItemKind() {
        return itemKind;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemName() {
        return itemName;
    }

    public Action getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getOldValues() {
        return oldValues;
    }

    public String getNewValues() {
        return newValues;
    }
}
