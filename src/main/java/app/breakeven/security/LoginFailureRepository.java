package app.breakeven.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByUserIdAndFailedAtAfter(long userId, Instant after);

    @Modifying
    @Query("delete from LoginFailure f where f.userId = :userId")
    void deleteByUserId(long userId);
}
