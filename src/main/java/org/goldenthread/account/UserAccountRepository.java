package org.goldenthread.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

  @Query("select a from UserAccount a left join fetch a.person where lower(a.username) = lower(?1)")
  Optional<UserAccount> findByUsername(String username);

  @Query("select a from UserAccount a left join fetch a.person order by a.username")
  List<UserAccount> findAllWithPeople();

  // Throttling state is written directly: it is not audited and must not bump the version, or a
  // stream of bad passwords would make an administrator's open edit look stale.
  @Modifying
  @Query(
      "update UserAccount a set a.failedAttempts = a.failedAttempts + 1,"
          + " a.lastFailedSignInAt = ?2, a.lastFailedSignInFrom = ?3"
          + " where lower(a.username) = lower(?1)")
  int countFailure(String username, Instant when, String from);

  // The wrong passwords since the previous sign-in become the ones to tell the holder about.
  @Modifying
  @Query(
      "update UserAccount a set a.reportedFailedSignIns = a.failedAttempts,"
          + " a.reportedFailedSignInAt = a.lastFailedSignInAt,"
          + " a.reportedFailedSignInFrom = a.lastFailedSignInFrom,"
          + " a.failedAttempts = 0, a.lastFailedSignInAt = null, a.lastFailedSignInFrom = null,"
          + " a.lockedUntil = null, a.lastSignInAt = ?2"
          + " where lower(a.username) = lower(?1)")
  int recordSuccess(String username, Instant when);

  @Modifying
  @Query("update UserAccount a set a.failedAttempts = 0, a.lockedUntil = null where a.id = ?1")
  int unlock(long id);
}
