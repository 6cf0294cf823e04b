package app.breakeven.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueChangeRepository extends JpaRepository<CatalogueChange, Long> {

    List<CatalogueChange> findByItemKindAndItemIdOrderByChangedAtAscIdAsc(CatalogueKind kind, long itemId);
}
