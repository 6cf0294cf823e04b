package app.breakeven.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HiddenCostCategoryRepository extends JpaRepository<HiddenCostCategory, Long> {

    List<HiddenCostCategory> findAllByOrderByIdAsc();
}
