package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HardwareTierRepository extends JpaRepository<HardwareTier, Long> {

    Optional<HardwareTier> findByLabel(String label);

    List<HardwareTier> findAllByOrderByModelSizeMinBillionsAsc();
}
