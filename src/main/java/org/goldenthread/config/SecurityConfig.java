package org.goldenthread.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages sign in with the password form and keep a session; the JSON API also
 * takes a personal API token as a bearer token. Finer rules (who may change which record) sit on
 * the controllers as {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, OpaqueTokenIntrospector apiTokens)
      throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/sign-in",
                        "/login",
                        "/error",
                        "/webjars/**",
                        "/assets/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    // The council's public performance pages and open data (report package).
                    .requestMatchers("/public", "/public/**")
                    .permitAll()
                    .requestMatchers("/actuator/**", "/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(failureHandler()))
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
        .oauth2ResourceServer(server -> server.opaqueToken(token -> token.introspector(apiTokens)))
        .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::carriesBearerToken))
        .exceptionHandling(
            errors ->
                errors
                    // Refusals go to the error page (HTML for people, JSON for programs); the
                    // resource server's own handler would answer with an empty 403 instead.
                    .accessDeniedHandler(new AccessDeniedHandlerImpl())
                    .defaultAuthenticationEntryPointFor(
                        new BearerTokenAuthenticationEntryPoint(), api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/sign-in"),
                        AnyRequestMatcher.INSTANCE))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
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
