package org.goldenthread.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created on a person's profile page, sent as {@code Authorization: Bearer},
 * checked by Spring Security's bearer-token support through {@link #introspect}.
 */
@Service
@Transactional
public class ApiTokenService implements OpaqueTokenIntrospector {

  private static final String TOKEN_START = "gt_";
  private final SecureRandom random = new SecureRandom();
  private final ApiTokenRepository tokens;
  private final UserAccountRepository accounts;
  private final AccountDetailsService details;
  private final Clock clock;

  ApiTokenService(
      ApiTokenRepository tokens,
      UserAccountRepository accounts,
      AccountDetailsService details,
      Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.details = details;
    this.clock = clock;
  }

  /** A new token whose secret is returned this once and never again. */
  public record NewToken(ApiToken token, String secret) {}

  public NewToken create(long accountId, String name) {
    UserAccount account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new RecordNotFoundException("Account", accountId));
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token =
        new ApiToken(
            account, name.trim(), hash(secret), secret.substring(0, 10), clock.instant(), null);
    return new NewToken(tokens.save(token), secret);
  }

  @Transactional(readOnly = true)
  public List<ApiToken> tokensOf(long accountId) {
    return accounts
        .findById(accountId)
        .map(tokens::findByAccountOrderByCreatedAtDesc)
        .orElse(List.of());
  }

  public void revoke(long accountId, long tokenId) {
    ApiToken token =
        tokens
            .findById(tokenId)
            .filter(t -> t.getAccount().getId() == accountId)
            .orElseThrow(() -> new RecordNotFoundException("API token", tokenId));
    token.revoke(clock.instant());
  }

  @Override
  public CurrentUser introspect(String secret) {
    ApiToken token =
        tokens
            .findByTokenHash(hash(secret))
            .filter(t -> t.isUsableAt(clock.instant()))
            .orElseThrow(() -> new BadOpaqueTokenException("The API token is not valid"));
    CurrentUser user = details.currentUser(token.getAccount());
    if (!user.isEnabled() || !user.isAccountNonLocked()) {
      throw new BadOpaqueTokenException("The API token's account cannot sign in");
    }
    tokens.touch(token.getId(), clock.instant());
    return user;
  }

  static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
