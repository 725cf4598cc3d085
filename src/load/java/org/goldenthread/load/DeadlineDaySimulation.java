package org.goldenthread.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Deadline day for the large council (docs/benchmarks.md): officers sign in, open their home page and
 * their indicators, open an entry form and submit a value; managers open the verification queue
 * and verify what is waiting; councillors read their dashboards and the large council's report; the
 * performance team opens its home page and pages of the scorecard, filtered. Every user thinks for
 * seconds between pages, as people do, and keeps at it until the run ends. Settings (system
 * properties): load.users (200), load.duration in seconds (300), load.ramp in seconds (60),
 * load.baseUrl (http://localhost:8080).
 */
public class DeadlineDaySimulation extends Simulation {

  private static final int USERS = Integer.getInteger("load.users", 200);
  private static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.duration", 300));
  private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 60));
  private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
  private static final String PASSWORD = "demo-password";

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("text/html,application/xhtml+xml")
          .acceptLanguageHeader("en-GB")
          .userAgentHeader("Golden Thread load test");

  /** Sign-ins of one kind, in turn: officer01, officer02, ... */
  private static Iterator<Map<String, Object>> accounts(String prefix, int count) {
    int[] next = {0};
    return Stream.generate(
            () -> {
              next[0] = next[0] % count + 1;
              String username =
                  count == 1 ? prefix : prefix + String.format(Locale.UK, "%02d", next[0]);
              return Map.<String, Object>of("username", username);
            })
        .iterator();
  }

  /** Signs in with the sign-in form (and its CSRF token), landing on the home page. */
  private static ChainBuilder signIn(String who) {
    return exec(http(who + ": sign-in page")
            .get("/sign-in")
            .check(css("input[name=_csrf]", "value").saveAs("csrf")))
        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .exec(
            http(who + ": sign in and home")
                .post("/sign-in")
                .formParam("username", "#{username}")
                .formParam("password", PASSWORD)
                .formParam("_csrf", "#{csrf}")
                .check(currentLocation().not(BASE_URL + "/sign-in?error"))
                .check(css("form[action='/sign-out'] input[name=_csrf]", "value").saveAs("csrf")));
  }

  private static final ChainBuilder THINK =
      pause(Duration.ofSeconds(3), Duration.ofSeconds(10));

  private final ScenarioBuilder officers =
      scenario("Officers")
          .feed(accounts("officer", 20))
          .exec(signIn("officer"))
          .during(DURATION)
          .on(
              exec(http("officer: my indicators")
                      .get("/my-indicators")
                      .check(
                          regex("href=\"(/indicators/\\d+/enter\\?period=[^\"]+)\"")
                              .findRandom()
                              .saveAs("entry")))
                  .exec(THINK)
                  .exec(
                      http("officer: entry form")
                          .get(session -> session.getString("entry").replace("&amp;", "&"))
                          .check(
                              css("form[method=post][action$='/enter']", "action")
                                  .saveAs("enterAction"))
                          .check(css("input[name=period]", "value").saveAs("period"))
                          .check(css("input[name=version]", "value").withDefault("").saveAs("version"))
                          .check(css("input[name=numerator]", "name").withDefault("").saveAs("ratio")))
                  .pause(Duration.ofSeconds(10), Duration.ofSeconds(25))
                  .exec(
                      session -> {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        int denominator = 200 + random.nextInt(50);
                        return session
                            .set("actual", String.valueOf(50 + random.nextInt(50)))
                            .set("denominator", String.valueOf(denominator))
                            .set("numerator", String.valueOf(denominator - random.nextInt(30)));
                      })
                  .doIfEqualsOrElse("#{ratio}", "numerator")
                  .then(
                      exec(http("officer: submit a value")
                              .post("#{enterAction}")
                              .formParam("_csrf", "#{csrf}")
                              .formParam("period", "#{period}")
                              .formParam("version", "#{version}")
                              .formParam("numerator", "#{numerator}")
                              .formParam("denominator", "#{denominator}")
                              .formParam("commentary", "Entered on deadline day")
                              .formParam("remedialAction", "Reviewed with the team on deadline day")
                              .formParam("action", "submit")))
                  .orElse(
                      exec(http("officer: submit a value")
                              .post("#{enterAction}")
                              .formParam("_csrf", "#{csrf}")
                              .formParam("period", "#{period}")
                              .formParam("version", "#{version}")
                              .formParam("actual", "#{actual}")
                              .formParam("commentary", "Entered on deadline day")
                              .formParam("remedialAction", "Reviewed with the team on deadline day")
                              .formParam("action", "submit")))
                  .exec(THINK)
                  .exec(http("officer: home").get("/"))
                  .exec(THINK));

  private final ScenarioBuilder managers =
      scenario("Managers")
          .feed(accounts("manager", 5))
          .exec(signIn("manager"))
          .during(DURATION)
          .on(
              exec(http("manager: verification queue")
                      .get("/verification")
                      .check(
                          css("input[name=value]", "value").findAll().withDefault(java.util.List.of()).saveAs("waiting")))
                  .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                  .doIf(session -> !session.getList("waiting").isEmpty())
                  .then(
                      exec(session -> {
                            java.util.List<Object> waiting = session.getList("waiting");
                            return session.set(
                                "chosen",
                                waiting.get(ThreadLocalRandom.current().nextInt(waiting.size())));
                          })
                          .exec(http("manager: verify a value")
                              .post("/verification")
                              .formParam("_csrf", "#{csrf}")
                              .formParam("value", "#{chosen}")
                              .formParam("action", "verify")))
                  .exec(THINK)
                  .exec(http("manager: home").get("/"))
                  .exec(THINK));

  private final ScenarioBuilder members =
      scenario("Councillors")
          .feed(accounts("councillor", 1))
          .exec(signIn("councillor"))
          .during(DURATION)
          .on(
              exec(http("councillor: dashboards")
                      .get("/dashboards")
                      .check(
                          regex("href=\"(/dashboards/portfolios/\\d+)\"")
                              .findRandom()
                              .saveAs("dashboard")))
                  .exec(THINK)
                  .doIf(session -> session.contains("dashboard"))
                  .then(exec(http("councillor: a dashboard").get("#{dashboard}")))
                  .exec(THINK)
                  .exec(http("councillor: reports")
                      .get("/reports")
                      .check(
                          regex("href=\"(/reports/\\d+)\"[^>]*>Large council quarterly report")
                              .saveAs("report")))
                  .exec(THINK)
                  .doIf(session -> session.contains("report"))
                  .then(exec(http("councillor: the report").get("#{report}")))
                  .pause(Duration.ofSeconds(10), Duration.ofSeconds(30))
                  .exec(http("councillor: home").get("/"))
                  .exec(THINK));

  private final ScenarioBuilder team =
      scenario("Performance team")
          .feed(accounts("admin", 1))
          .exec(signIn("team"))
          .during(DURATION)
          .on(
              exec(http("team: scorecard, national, a page")
                      .get("/indicators?type=NATIONAL&sort=code&page=1&size=50"))
                  .exec(THINK)
                  .exec(http("team: scorecard, red, a page")
                      .get("/indicators?status=RED&sort=code&page=1&size=50"))
                  .exec(THINK)
                  .exec(http("team: home").get("/"))
                  .exec(THINK));

  {
    int officerUsers = USERS / 2;
    int managerUsers = Math.max(1, USERS * 15 / 100);
    int memberUsers = Math.max(1, USERS * 20 / 100);
    int teamUsers = Math.max(1, USERS - officerUsers - managerUsers - memberUsers);
    PopulationBuilder[] populations = {
      officers.injectOpen(rampUsers(officerUsers).during(RAMP)),
      managers.injectOpen(rampUsers(managerUsers).during(RAMP)),
      members.injectOpen(rampUsers(memberUsers).during(RAMP)),
      team.injectOpen(rampUsers(teamUsers).during(RAMP))
    };
    setUp(populations)
        .protocols(protocol)
        .maxDuration(DURATION.plus(RAMP).plusSeconds(60))
        .assertions(
            global().failedRequests().count().is(0L),
            forAll().failedRequests().count().is(0L),
            forAll().responseTime().percentile(95.0).lte(300));
  }
}
