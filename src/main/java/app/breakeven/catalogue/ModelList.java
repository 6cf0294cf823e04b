package app.breakeven.catalogue;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A snapshot's models, unmodifiable, with a lookup by name: planning every model of a
 * catalogue of thousands looks each one up by name, which a scan would make quadratic.
 */
final class ModelList extends AbstractList<ModelPrice> implements RandomAccess {

    private final List<ModelPrice> models;
    private final Map<String, ModelPrice> byName;

    private ModelList(List<ModelPrice> models) {
        this.models = List.copyOf(models);
        this.byName = new HashMap<>();
        for (ModelPrice model : this.models) {
            byName.putIfAbsent(model.getName(), model);
        }
    }

    static ModelList of(List<ModelPrice> models) {
        return models instanceof ModelList indexed ? indexed : new ModelList(models);
    }

    Optional<ModelPrice> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public ModelPrice get(int index) {
        return models.get(index);
    }

    @Override
    public int size() {
        return models.size();
    }
}
