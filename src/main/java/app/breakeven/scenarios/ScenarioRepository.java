package app.breakeven.scenarios;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    Optional<Scenario> findByExampleTrueAndName(String name);

    Optional<Scenario> findByOwnerIdAndName(Long ownerId, String name);

    List<Scenario> findAllByOrderByNameAsc();

    /** The article's examples, the account's own and those shared with it. */
    @Query("""
            select distinct s from Scenario s left join s.members m
            where s.example = true or s.ownerId = :userId or m = :userId
            order by s.name""")
    List<Scenario> findVisibleTo(long userId);

    @Modifying
    @Query("update Scenario s set s.ownerId = :ownerId where s.ownerId is null and s.example = false")
    int giveOwnerless(long ownerId);

    List<Scenario> findByModelIdOrderByName(long modelId);

    List<Scenario> findByTierIdOrderByName(long tierId);

    List<Scenario> findByGpuIdOrderByName(long gpuId);
}
