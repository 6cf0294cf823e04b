package app.breakeven.scenarios;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    Optional<Scenario> findByName(String name);

    List<Scenario> findAllByOrderByNameAsc();

    List<Scenario> findByModelIdOrderByName(long modelId);

    List<Scenario> findByTierIdOrderByName(long tierId);
}
