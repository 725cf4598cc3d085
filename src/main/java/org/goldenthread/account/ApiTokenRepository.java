package org.goldenthread.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  @Query(
      "select t from ApiToken t join fetch t.account a left join fetch a.person"
          + " where t.tokenHash = ?1")
  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findByAccountOrderByCreatedAtDesc(UserAccount account);

  @Modifying
  @Query("update ApiToken t set t.lastUsedAt = ?2 where t.id = ?1")
  int touch(long id, Instant when);
}
