package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThroughputBenchmarkRepository extends JpaRepository<ThroughputBenchmark, Long> {

    Optional<ThroughputBenchmark> findByLabel(String label);

    List<ThroughputBenchmark> findAllByOrderByLabelAsc();

    List<ThroughputBenchmark> findByGpuTypeOrderByLabel(String gpuType);
}
