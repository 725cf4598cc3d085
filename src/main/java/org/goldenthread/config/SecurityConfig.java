package org.goldenthread.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.goldenthread.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages sign in with the password form and keep a session; the JSON API also
 * takes a personal API token as a bearer token, and only the API does. Which role reaches which
 * address is {@link RouteAccess}; finer rules (who may change which record, which records a partner
 * user reads) sit on the controllers as {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  /**
   * The JSON API: a session or a personal API token. A request that carries a token has no session
   * cookie to forge, so it needs no CSRF token.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, OpaqueTokenIntrospector apiTokens)
      throws Exception {
    http.securityMatcher("/api/**");
    authorize(http);
    http.oauth2ResourceServer(server -> server.opaqueToken(token -> token.introspector(apiTokens)))
        .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::carriesBearerToken))
        .exceptionHandling(
            errors ->
                errors
                    // Refusals answer as JSON through the error handler; the resource server's own
                    // handler would answer with an empty 403 instead.
                    .accessDeniedHandler(new AccessDeniedHandlerImpl())
                    .authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint()));
    headers(http);
    return http.build();
  }

  /**
   * The pages and their forms: the password form and a session only. An API token is not a way in
   * here, so a token cannot change its account's password, mint more tokens or post a form (M6).
   */
  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
    authorize(http);
    http.formLogin(
            form ->
                form.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(failureHandler()))
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
        .exceptionHandling(
            errors ->
                errors
                    .accessDeniedHandler(new AccessDeniedHandlerImpl())
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")));
    headers(http);
    return http.build();
  }

  /** Every address's rule from {@link RouteAccess}; an address no rule names is refused. */
  private static void authorize(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.authorizeHttpRequests(
        requests -> {
          for (RouteAccess.Rule rule : RouteAccess.RULES) {
            RequestMatcher[] matchers =
                rule.patternTexts().stream()
                    .map(
                        pattern ->
                            rule.method() == null
                                ? paths.matcher(pattern)
                                : paths.matcher(rule.method(), pattern))
                    .toArray(RequestMatcher[]::new);
            var allowed = requests.requestMatchers(matchers);
            switch (rule.audience()) {
              case ANYONE -> allowed.permitAll();
              case SIGNED_IN -> allowed.authenticated();
              default ->
                  allowed.hasAnyRole(
                      rule.audience().roles().stream().map(Role::name).toArray(String[]::new));
            }
          }
          requests.anyRequest().denyAll();
        });
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    referrer ->
                        referrer.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
  }

  /** A request that proves who it is with a token carries no session cookie to forge. */
  private static boolean carriesBearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
    ExceptionMappingAuthenticationFailureHandler handler =
        new ExceptionMappingAuthenticationFailureHandler();
    handler.setDefaultFailureUrl("/sign-in?error");
    handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/sign-in?locked"));
    return handler;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
