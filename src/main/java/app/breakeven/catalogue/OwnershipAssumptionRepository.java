package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnershipAssumptionRepository extends JpaRepository<OwnershipAssumption, Long> {

    Optional<OwnershipAssumption> findByName(String name);

    List<OwnershipAssumption> findAllByOrderByNameAsc();
}
