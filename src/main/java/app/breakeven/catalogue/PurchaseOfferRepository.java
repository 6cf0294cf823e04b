package app.breakeven.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseOfferRepository extends JpaRepository<PurchaseOffer, Long> {

    Optional<PurchaseOffer> findByLabel(String label);

    List<PurchaseOffer> findAllByOrderByLabelAsc();

    List<PurchaseOffer> findByGpuTypeOrderByLabel(String gpuType);
}
