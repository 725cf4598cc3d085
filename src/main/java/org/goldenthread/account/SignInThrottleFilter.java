package org.goldenthread.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in from an address that must still wait for that account, before the password
 * is even checked, so guessing on from there learns nothing.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && "/sign-in".equals(request.getRequestURI().substring(request.getContextPath().length())));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (throttle.mustWait(request.getParameter("username"), request.getRemoteAddr())) {
      response.sendRedirect(request.getContextPath() + "/sign-in?wait");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Ahead of Spring Security's filters (order -100), which check the password. */
  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilter(SignInThrottle throttle) {
      FilterRegistrationBean<SignInThrottleFilter> registration =
          new FilterRegistrationBean<>(new SignInThrottleFilter(throttle));
      registration.setOrder(-101);
      return registration;
    }
  }
}
