package org.goldenthread.account;

import java.time.Clock;
import org.goldenthread.shared.DemoProperties;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind a sign-in; demo accounts exist only while demo data is switched on. */
@Service
class AccountDetailsService implements UserDetailsService {

  private final UserAccountRepository accounts;
  private final DemoProperties demo;
  private final Clock clock;

  AccountDetailsService(UserAccountRepository accounts, DemoProperties demo, Clock clock) {
    this.accounts = accounts;
    this.demo = demo;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public CurrentUser loadUserByUsername(String username) {
    return accounts
        .findByUsername(username)
        .filter(account -> demo.enabled() || !account.isDemo())
        .map(account -> currentUser(account))
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }

  CurrentUser currentUser(UserAccount account) {
    return new CurrentUser(
        account,
        account.isEnabled() && (demo.enabled() || !account.isDemo()),
        account.isLockedAt(clock.instant()));
  }
}
