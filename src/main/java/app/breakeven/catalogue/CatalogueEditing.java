package app.breakeven.catalogue;

import app.breakeven.catalogue.CatalogueChange.Action;
import app.breakeven.security.CurrentUser;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes to the catalogue: edits with optimistic locking, deletes that are refused while
 * scenarios use the item, and a history entry for every change. Imports are
 * {@link CsvImport}'s and {@link LiteLlmImport}'s, which save through here.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CatalogueEditing {

    /** Uploads larger than this are refused before they are read: 5 MB. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogueItems items;
    private final CatalogueChangeRepository changes;
    private final List<ItemUsage> usages;
    private final CurrentUser currentUser;
    private final Clock clock;

    CatalogueEditing(
            CatalogueItems items,
            CatalogueChangeRepository changes,
            List<ItemUsage> usages,
            CurrentUser currentUser,
            Clock clock) {
        this.items = items;
        this.changes = changes;
        this.usages = usages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public <T extends CatalogueEntry> List<T> items(CatalogueKind kind) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        return items.<T>repository(kind).findAll().stream()
                .sorted(table.order())
                .toList();
    }

    /**
     * Saves a new item (no id) or an edited copy of one (the id and version it was read at).
     *
     * @return a fresh copy of what is saved, with its new version
     * @throws InvalidItemException       naming each bad field; nothing is written
     * @throws CatalogueConflictException when someone else changed or deleted it since it was read
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> T save(CatalogueKind kind, T edited) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<ItemProblem> problems = items.problems(table, edited, 0);
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        JpaRepository<T, Long> repository = items.repository(kind);
        if (edited.getId() == null) {
            T created = table.newItem();
            table.apply(created, table.values(edited));
            T saved = repository.saveAndFlush(created);
            record(kind, saved, Action.CREATE, null, table.values(saved));
            return table.copyOf(saved);
        }
        T managed = repository.findById(edited.getId()).orElseThrow(() -> new CatalogueConflictException(null, -1));
        if (managed.getVersion() != edited.getVersion()) {
            throw new CatalogueConflictException(table.values(managed), managed.getVersion());
        }
        Map<String, String> before = table.values(managed);
        Map<String, String> after = table.values(edited);
        if (before.equals(after)) {
            return table.copyOf(managed);
        }
        table.apply(managed, after);
        try {
            repository.saveAndFlush(managed);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CatalogueConflictException(null, -1);
        }
        record(kind, managed, Action.UPDATE, before, table.values(managed));
        return table.copyOf(managed);
    }

    /**
     * Saves many items in one go, all or none: new ones (no id) and edited copies (the id and
     * version they were read at). The table is read once and written with one flush, so
     * thousands of rows take seconds, not minutes; each change is in the history as one save's
     * would be.
     *
     * @return how many items were created and how many changed (a copy equal to what is saved changes nothing)
     * @throws InvalidItemException       naming each bad field by its position in the list (from 1); nothing is written
     * @throws CatalogueConflictException when someone else changed or deleted one of them since it was read
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> Saved saveAll(CatalogueKind kind, List<T> edited) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        CatalogueItems.Known<T> known = items.known(kind);
        List<ItemProblem> problems = new java.util.ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < edited.size(); i++) {
            T item = edited.get(i);
            problems.addAll(items.problems(table, item, i + 1, known));
            String key = table.key(item);
            if (key != null && !keys.add(key.strip())) {
                problems.add(new ItemProblem(i + 1, table.headers().getFirst(), "'" + key.strip() + "' appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        Map<Long, T> saved = new java.util.HashMap<>();
        known.byKey().values().forEach(item -> saved.put(item.getId(), item));
        JpaRepository<T, Long> repository = items.repository(kind);
        List<CatalogueChange> records = new java.util.ArrayList<>();
        int created = 0;
        int changed = 0;
        for (T item : edited) {
            if (item.getId() == null) {
                T fresh = table.newItem();
                table.apply(fresh, table.values(item));
                repository.save(fresh);
                records.add(change(kind, fresh, Action.CREATE, null, table.values(fresh)));
                created++;
                continue;
            }
            T managed = saved.get(item.getId());
            if (managed == null) {
                throw new CatalogueConflictException(null, -1);
            }
            if (managed.getVersion() != item.getVersion()) {
                throw new CatalogueConflictException(table.values(managed), managed.getVersion());
            }
            Map<String, String> before = table.values(managed);
            Map<String, String> after = table.values(item);
            if (!before.equals(after)) {
                table.apply(managed, after);
                records.add(change(kind, managed, Action.UPDATE, before, table.values(managed)));
                changed++;
            }
        }
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CatalogueConflictException(null, -1);
        }
        changes.saveAll(records);
        return new Saved(created, changed);
    }

    /** What a batch save did. */
    public record Saved(int created, int changed) {

        public int total() {
            return created + changed;
        }
    }

    /**
     * Deletes the item as it was read.
     *
     * @throws ItemInUseException         when saved scenarios use it (they are named)
     * @throws CatalogueConflictException when someone else changed it since
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> void delete(CatalogueKind kind, long id, long version) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        JpaRepository<T, Long> repository = items.repository(kind);
        T managed = repository.findById(id).orElseThrow(() -> new CatalogueConflictException(null, -1));
        if (managed.getVersion() != version) {
            throw new CatalogueConflictException(table.values(managed), managed.getVersion());
        }
        if (managed instanceof GpuType gpu) {
            var named = items.rowsOn(gpu.getName()).entrySet().stream().findFirst();
            if (named.isPresent()) {
                throw new ItemInUseException(
                        gpu.getName(), named.get().getValue(), named.get().getKey());
            }
        }
        if (managed instanceof OwnershipAssumption assumption
                && OwnershipAssumption.RULES.containsKey(assumption.getName())) {
            throw new InvalidItemException(List.of(new ItemProblem(
                    0, "name", "the owned path needs '" + assumption.getName() + "'; change its value instead")));
        }
        List<String> users = usages.stream()
                .flatMap(u -> u.scenariosUsing(kind, id).stream())
                .sorted()
                .toList();
        if (!users.isEmpty()) {
            int count = usages.stream().mapToInt(u -> u.countUsing(kind, id)).sum();
            throw new ItemInUseException(table.key(managed), users, count, "saved scenario");
        }
        Map<String, String> before = table.values(managed);
        repository.delete(managed);
        repository.flush();
        record(kind, managed, Action.DELETE, before, null);
    }

    /**
     * Deletes many items as they were read, all or none: when saved scenarios use any of them
     * (or the owned path needs one), nothing is deleted and each refusal is named.
     *
     * @return how many were deleted
     * @throws InvalidItemException       one problem per item refused, its key as the column
     * @throws CatalogueConflictException when someone else changed one of them since
     */
    @PreAuthorize("hasRole('ANALYST')")
    public <T extends CatalogueEntry> int deleteAll(CatalogueKind kind, List<T> chosen) {
        CatalogueTable<T> table = CatalogueTable.of(kind);
        List<ItemProblem> refused = new java.util.ArrayList<>();
        for (T item : chosen) {
            try {
                delete(kind, item.getId(), item.getVersion());
            } catch (ItemInUseException | InvalidItemException e) {
                refused.add(new ItemProblem(0, table.key(item), e.getMessage()));
            }
        }
        if (!refused.isEmpty()) {
            // Thrown out of the transaction: the deletes already made are rolled back.
            throw new InvalidItemException(refused);
        }
        return chosen.size();
    }

    @Transactional(readOnly = true)
    public List<CatalogueChange> history(CatalogueKind kind, long id) {
        return changes.findByItemKindAndItemIdOrderByChangedAtAscIdAsc(kind, id);
    }

    /** Values recorded in a history entry, column by column. */
    public static Map<String, String> values(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        JSON.readTree(json)
                .properties()
                .forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        return values;
    }

    private <T extends CatalogueEntry> void record(
            CatalogueKind kind, T item, Action action, Map<String, String> before, Map<String, String> after) {
        changes.save(change(kind, item, action, before, after));
    }

    private <T extends CatalogueEntry> CatalogueChange change(
            CatalogueKind kind, T item, Action action, Map<String, String> before, Map<String, String> after) {
        String name = CatalogueTable.<T>of(kind).key(item);
        return new CatalogueChange(
                kind,
                item.getId(),
                name == null ? "" : name,
                action,
                currentUser.name(),
                clock.instant(),
                before == null ? null : JSON.writeValueAsString(before),
                after == null ? null : JSON.writeValueAsString(after));
    }
}
