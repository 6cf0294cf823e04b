package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RentedOfferRepository extends JpaRepository<RentedOffer, Long> {

    Optional<RentedOffer> findByLabel(String label);

    List<RentedOffer> findAllByOrderByLabelAsc();

    List<RentedOffer> findByGpuTypeOrderByLabel(String gpuType);
}
