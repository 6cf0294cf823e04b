package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HiddenCostCategoryRepository extends JpaRepository<HiddenCostCategory, Long> {

    List<HiddenCostCategory> findAllByOrderByIdAsc();

    Optional<HiddenCostCategory> findByName(String name);
}
