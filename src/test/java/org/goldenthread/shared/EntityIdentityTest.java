package org.goldenthread.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.goldenthread.account.Role;
import org.goldenthread.account.UserAccount;
import org.goldenthread.account.UserAccountRepository;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Equality and hash of real records across the save that gives them their id. */
@GoldenThreadTest
class EntityIdentityTest {

  @Autowired UserAccountRepository accounts;
  @Autowired TransactionTemplate transaction;

  @Test
  void aRecordPutInASetBeforeItIsSavedIsStillFoundThereAfterwards() {
    UserAccount account =
        new UserAccount(
            "hash-" + UUID.randomUUID().toString().substring(0, 8), null, Set.of(Role.OFFICER));
    Set<UserAccount> set = new HashSet<>();
    set.add(account);
    int before = account.hashCode();

    UserAccount saved = transaction.execute(status -> accounts.save(account));

    assertThat(saved).isSameAs(account);
    assertThat(account.getId()).isNotNull();
    assertThat(account.hashCode()).isEqualTo(before);
    assertThat(set).contains(account);
    accounts.deleteById(account.getId());
  }

  @Test
  void copiesOfASavedRecordLoadedSeparatelyAreEqualAndHashAlike() {
    UserAccount account =
        transaction.execute(
            status ->
                accounts.save(
                    new UserAccount(
                        "hash-" + UUID.randomUUID().toString().substring(0, 8),
                        null,
                        Set.of(Role.OFFICER))));
    UserAccount one = transaction.execute(status -> accounts.findById(account.getId()).get());
    UserAccount two = transaction.execute(status -> accounts.findById(account.getId()).get());

    assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(new HashSet<>(Set.of(one))).contains(two);
    accounts.deleteById(account.getId());
  }
}
