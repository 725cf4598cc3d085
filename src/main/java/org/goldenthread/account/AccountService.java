package org.goldenthread.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating them, their roles, and passwords. */
@Service
@Transactional
public class AccountService {

  static final int MIN_PASSWORD_LENGTH = 12;
  static final int MAX_PASSWORD_LENGTH = 128;

  private final UserAccountRepository accounts;
  private final PersonService people;
  private final PasswordEncoder encoder;
  private final Clock clock;

  AccountService(
      UserAccountRepository accounts, PersonService people, PasswordEncoder encoder, Clock clock) {
    this.accounts = accounts;
    this.people = people;
    this.encoder = encoder;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<UserAccount> all() {
    return accounts.findAllWithPeople();
  }

  @Transactional(readOnly = true)
  public UserAccount get(long id) {
    return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
  }

  @Transactional(readOnly = true)
  public Optional<UserAccount> findByUsername(String username) {
    return accounts.findByUsername(username);
  }

  public UserAccount create(AccountForm form) {
    if (accounts.findByUsername(form.username()).isPresent()) {
      throw new RuleViolationException(
          "username", "The username " + form.username() + " is taken.");
    }
    if (form.initialPassword() == null || form.initialPassword().isBlank()) {
      throw new RuleViolationException("initialPassword", "Enter a first password for the account");
    }
    UserAccount account = new UserAccount(form.username().trim(), person(form), form.roles());
    account.setEnabled(form.enabled() == null || form.enabled());
    setPassword(account, form.initialPassword(), "initialPassword");
    return accounts.save(account);
  }

  /** An account for a demo sign-in: it stops working when demo data is switched off. */
  public UserAccount createDemo(String username, Person person, Set<Role> roles, String password) {
    UserAccount account = new UserAccount(username, person, roles);
    account.markDemo();
    account.setPassword(encoder.encode(password), clock.instant());
    return accounts.save(account);
  }

  public UserAccount update(long id, AccountForm form) {
    UserAccount account = get(id);
    Versioned.check("account", account.getVersion(), form.version());
    if (!account.getUsername().equalsIgnoreCase(form.username().trim())) {
      throw new RuleViolationException("username", "A username cannot be changed once created.");
    }
    account.linkPerson(person(form));
    account.replaceRoles(form.roles());
    account.setEnabled(form.enabled() == null || form.enabled());
    if (form.initialPassword() != null && !form.initialPassword().isBlank()) {
      setPassword(account, form.initialPassword(), "initialPassword");
    }
    return account;
  }

  /** Wrong passwords tried on the account between its holder's previous sign-in and the latest. */
  @Transactional(readOnly = true)
  public Optional<FailedSignIns> failedSignInsBeforeLatest(long accountId) {
    return accounts.findById(accountId).flatMap(UserAccount::failedSignInsBeforeLatest);
  }

  public void unlock(long id) {
    get(id);
    accounts.unlock(id);
  }

  public void changePassword(long accountId, PasswordForm form) {
    UserAccount account = get(accountId);
    if (account.getPasswordHash() == null
        || !encoder.matches(form.currentPassword(), account.getPasswordHash())) {
      throw new RuleViolationException("currentPassword", "Your current password is not right");
    }
    if (!form.newPassword().equals(form.confirmPassword())) {
      throw new RuleViolationException("confirmPassword", "The two new passwords do not match");
    }
    if (form.newPassword().equals(form.currentPassword())) {
      throw new RuleViolationException(
          "newPassword", "Your new password must be different from your current one");
    }
    setPassword(account, form.newPassword(), "newPassword");
  }

  private void setPassword(UserAccount account, String password, String field) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new RuleViolationException(
          field, "Password must be at least " + MIN_PASSWORD_LENGTH + " characters long");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      throw new RuleViolationException(
          field, "Password must be " + MAX_PASSWORD_LENGTH + " characters or fewer");
    }
    if (password.toLowerCase().contains(account.getUsername().toLowerCase())) {
      throw new RuleViolationException(field, "Password must not contain the username");
    }
    account.setPassword(encoder.encode(password), clock.instant());
  }

  private Person person(AccountForm form) {
    return form.personId() == null ? null : people.get(form.personId());
  }
}
