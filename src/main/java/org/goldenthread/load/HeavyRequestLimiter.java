package org.goldenthread.load;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lets only a few heavy requests (the scorecard, reports and their exports, dashboards, the annual
 * report, open data, imports and exports) run at once. One more waits briefly for a turn and is
 * then answered "busy, try again", so the threads and database connections stay free for the home
 * page and data entry. A heavy request that runs also gets a deadline ({@link RequestDeadline}).
 */
class HeavyRequestLimiter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(HeavyRequestLimiter.class);

  private final Semaphore permits;
  private final AtomicInteger waiting = new AtomicInteger();
  private final LoadProperties settings;
  private final BusyAnswer busy;
  private final List<PathPattern> heavy;
  private final List<PathPattern> light;

  HeavyRequestLimiter(LoadProperties settings, BusyAnswer busy) {
    this.settings = settings;
    this.busy = busy;
    this.permits = new Semaphore(settings.heavyBound(), true);
    this.heavy = parse(settings.heavyPaths());
    this.light = parse(settings.lightPaths());
  }

  private static List<PathPattern> parse(List<String> patterns) {
    return patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
  }

  boolean isHeavy(HttpServletRequest request) {
    PathContainer path =
        PathContainer.parsePath(
            request.getRequestURI().substring(request.getContextPath().length()));
    return heavy.stream().anyMatch(p -> p.matches(path))
        && light.stream().noneMatch(p -> p.matches(path));
  }

  /** The turns heavy requests take; tests hold them to stand for heavy work in progress. */
  Semaphore permits() {
    return permits;
  }

  /** Waits briefly for a turn, unless as many already wait: then the answer is busy at once. */
  private boolean awaitTurn() {
    try {
      if (waiting.incrementAndGet() > settings.waitingBound()) {
        return false;
      }
      return permits.tryAcquire(settings.heavyWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** How many heavy requests wait for a turn now. */
  int waiting() {
    return waiting.get();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isHeavy(request)) {
      chain.doFilter(request, response);
      return;
    }
    boolean acquired = permits.tryAcquire() || awaitTurn();
    if (!acquired) {
      log.info("Busy: refused {} {}", request.getMethod(), request.getRequestURI());
      busy.write(request, response);
      return;
    }
    try {
      RequestDeadline.start(Instant.now().plus(settings.requestDeadline()));
      chain.doFilter(request, response);
    } finally {
      RequestDeadline.clear();
      permits.release();
    }
  }
}
