package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GpuTypeRepository extends JpaRepository<GpuType, Long> {

    Optional<GpuType> findByName(String name);

    List<GpuType> findAllByOrderByNameAsc();
}
