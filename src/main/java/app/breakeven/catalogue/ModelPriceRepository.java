package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelPriceRepository extends JpaRepository<ModelPrice, Long> {

    Optional<ModelPrice> findByName(String name);

    List<ModelPrice> findAllByOrderByNameAsc();
}
