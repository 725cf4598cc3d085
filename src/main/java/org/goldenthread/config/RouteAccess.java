package org.goldenthread.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may reach each address, for every role, in one place (M6). Each rule names an {@link
 * Audience}; the first rule that matches a request decides, and a request no rule matches is
 * refused. The finer rules (who may change which record, which records a partner user reads) sit on
 * the controllers as {@code @PreAuthorize} and only ever narrow what a rule here allows. {@code
 * RouteAccessTest} fails the build when a route has no rule of its own, and walks every GET route
 * as every role.
 */
final class RouteAccess {

  /** One rule: a method (null for any) and the address patterns it covers. */
  record Rule(Audience audience, HttpMethod method, List<PathPattern> patterns) {

    boolean matches(HttpMethod requestMethod, String path) {
      if (method != null && !method.equals(requestMethod)) {
        return false;
      }
      PathContainer container = PathContainer.parsePath(path);
      return patterns.stream().anyMatch(p -> p.matches(container));
    }

    List<String> patternTexts() {
      return patterns.stream().map(PathPattern::getPatternString).toList();
    }
  }

  private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

  private static final HttpMethod GET = HttpMethod.GET;
  private static final HttpMethod POST = HttpMethod.POST;
  private static final HttpMethod PUT = HttpMethod.PUT;

  /** Every rule, first match wins: specific addresses before the patterns that would take them. */
  static final List<Rule> RULES =
      List.of(
          // The sign-in page, errors, static files and the public pages.
          rule(
              Audience.ANYONE,
              null,
              "/sign-in",
              "/login",
              "/error",
              "/webjars/**",
              "/assets/**",
              "/css/**",
              "/js/**",
              "/favicon.ico",
              "/actuator/health",
              "/actuator/health/**",
              "/public",
              "/public/**",
              // A calendar feed: its private token in the address is the key (M9).
              "/calendar/feed/{token}"),
          // Your own account.
          rule(
              Audience.SIGNED_IN,
              GET,
              "/",
              "/profile",
              "/profile/password",
              "/profile/notices",
              "/calendar/my-tasks",
              "/calendar/feeds"),
          rule(
              Audience.SIGNED_IN,
              POST,
              "/sign-out",
              "/profile/password",
              "/profile/tokens",
              "/profile/tokens/{id}/revoke",
              "/profile/notices",
              "/calendar/feeds",
              "/calendar/feeds/**"),
          rule(Audience.SIGNED_IN, GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"),
          // A person's own contact details (the finer rule: themselves, their manager, the admin).
          rule(Audience.SIGNED_IN, null, "/people/{id}/contact"),
          // The performance team's own pages.
          rule(
              Audience.ADMIN,
              null,
              "/admin/**",
              "/actuator/**",
              "/indicators/import",
              "/indicators/import/**",
              "/indicators/export/**",
              "/api/v1/indicators/import",
              "/api/v1/indicators/import/**",
              "/framework/import",
              "/framework/import/**",
              "/values/{id}/publish",
              "/indicators/new",
              "/indicators/{id}/edit",
              "/indicators/{id}/data-provider",
              "/organisations/new",
              "/organisations/{id}/edit",
              "/org-units/new",
              "/org-units/{id}/edit",
              "/people/new",
              "/people/{id}/edit",
              "/bodies/new",
              "/bodies/{id}/edit",
              "/bodies/{id}/members",
              "/bodies/{id}/members/{membershipId}/remove",
              "/portfolios/new",
              "/portfolios/{id}/edit",
              "/risks/import",
              "/risks/import/**",
              "/api/v1/risks/import"),
          rule(Audience.ADMIN, POST, "/api/v1/org-units", "/api/v1/people"),
          rule(Audience.ADMIN, GET, "/api/v1/notices"),
          rule(Audience.ADMIN, PUT, "/api/v1/org-units/{id}", "/api/v1/people/{id}"),
          // Staff work: forms that change plans, items, actions, decisions, reports and targets.
          rule(
              Audience.STAFF,
              GET,
              "/verification",
              "/returns",
              "/api/v1/reporting-periods",
              "/api/v1/returns",
              "/plans/new",
              "/plans/{id}/edit",
              "/plans/{id}/approve",
              "/framework/items/new",
              "/framework/items/{id}/edit",
              "/actions/new",
              "/actions/import",
              "/actions/import/template.csv",
              "/actions/{id}/edit",
              "/actions/{id}/milestones/new",
              "/decisions/new",
              "/decisions/{id}/edit",
              "/reports/new",
              "/reports/{id}/edit",
              // M11: a report's cover as an agenda item.
              "/reports/{id}/cover",
              "/risks/new",
              "/risks/{id}/edit",
              "/risks/{id}/review",
              "/risks/{id}/escalate",
              "/risks/{id}/close",
              "/risks/{id}/controls/new",
              "/risks/{id}/controls/{controlId}/edit",
              // Intervention (M10): the forms of plans, reviews and clinics.
              "/interventions/{id}/plans/new",
              "/interventions/{id}/review",
              "/clinics/new",
              "/clinics/{id}/edit",
              "/clinics/{id}/items/{itemId}"),
          // Figures and progress: staff, and partner users for their organisation's part.
          rule(
              Audience.STAFF_AND_PARTNERS,
              GET,
              "/my-indicators",
              "/my-actions",
              "/indicators/{id}/enter",
              "/indicators/{id}/commentary",
              "/actions/{id}/update"),
          rule(
              Audience.STAFF_AND_PARTNERS,
              POST,
              "/indicators/{id}/enter",
              // M11: the figure worked out from numerator and denominator, before it is submitted.
              "/indicators/{id}/enter/figure",
              "/indicators/{id}/commentary",
              "/actions/{id}/update",
              "/api/v1/indicators/{code}/values",
              "/api/v1/actions/{code}/updates"),
          // Read by staff and members, not partner users.
          rule(
              Audience.STAFF_AND_MEMBERS,
              GET,
              "/framework",
              "/framework/gaps",
              "/decisions",
              "/decisions/{id}",
              "/dashboards",
              "/dashboards/**",
              "/reports/annual",
              "/reports/annual/**",
              "/organisation",
              "/org-units/{id}",
              "/people",
              "/people/{id}",
              "/bodies",
              "/bodies/{id}",
              "/portfolios",
              "/portfolios/{id}",
              "/organisations",
              "/organisations/{id}",
              "/actions/export.csv",
              "/actions/export.xlsx",
              "/api/v1/actions/export.csv",
              "/api/v1/actions/export.xlsx",
              "/api/v1/org-units",
              "/api/v1/org-units/{id}",
              "/api/v1/people",
              "/api/v1/people/{id}",
              "/api/v1/framework-items",
              "/api/v1/framework-items/{id}/thread",
              "/api/v1/framework-gaps",
              "/api/v1/decisions",
              "/api/v1/decisions/{id}",
              "/api/v1/reports/annual",
              "/calendar",
              "/calendar/entries/{id}",
              "/api/v1/calendar",
              "/distributions",
              "/distributions/{id}",
              // Intervention (M10): the register, each intervention and the clinics.
              "/interventions",
              "/interventions/{id}",
              "/api/v1/interventions",
              "/api/v1/interventions/{id}",
              "/clinics",
              "/clinics/{id}",
              "/clinics/{id}/notes.{format}",
              "/api/v1/clinics",
              "/api/v1/clinics/{id}"),
          // Read by everyone signed in; partner users see only their organisation's part.
          rule(
              Audience.READERS,
              GET,
              "/plans",
              "/plans/{id}",
              "/plans/{id}/versions/{number}",
              "/framework/items/{id}",
              "/indicators",
              "/indicators/scorecard.csv",
              "/indicators/{id}",
              "/indicators/{id}/targets",
              "/actions",
              "/actions/{id}",
              "/reports",
              "/reports/published",
              "/reports/published/{id}",
              "/reports/published/{id}/export.{format}",
              "/reports/exports/{job}",
              "/reports/exports/{job}/progress",
              "/reports/exports/{job}/file",
              "/reports/{id}",
              "/reports/{id}/export.{format}",
              "/api/v1/indicators",
              "/api/v1/indicators/{code}",
              "/api/v1/indicators/{code}/values",
              "/api/v1/indicators/{code}/signals",
              "/api/v1/indicators/{code}/interventions",
              "/api/v1/actions",
              "/api/v1/actions/{code}",
              "/api/v1/plans",
              "/api/v1/plans/{id}",
              "/api/v1/plans/{id}/items",
              "/api/v1/framework-items/{id}",
              "/api/v1/reports",
              "/api/v1/reports/published",
              "/api/v1/reports/published/{id}",
              "/api/v1/reports/published/{id}/export.{format}",
              "/api/v1/reports/{id}",
              "/api/v1/reports/{id}/export.{format}",
              "/risks",
              "/risks/heat-map",
              "/risks/heat-map/cell",
              "/risks/export.csv",
              "/risks/export.xlsx",
              "/risks/{id}",
              "/risk-registers/{id}",
              "/api/v1/risks",
              "/api/v1/risks/heat-map",
              "/api/v1/risks/export.csv",
              "/api/v1/risks/export.xlsx",
              "/api/v1/risks/{code}",
              "/api/v1/risk-registers",
              "/api/v1/risk-registers/{code}",
              "/api/v1/risk-categories"),
          rule(
              Audience.READERS, POST, "/reports/{id}/pdf-jobs", "/reports/published/{id}/pdf-jobs"),
          // Every other change is staff work, narrowed on the controller to who is responsible.
          rule(
              Audience.STAFF,
              POST,
              "/plans/new",
              "/plans/{id}/**",
              "/framework/items/new",
              "/framework/items/{id}/**",
              "/actions/new",
              "/actions/import",
              "/actions/{id}/edit",
              "/actions/{id}/milestones/**",
              "/decisions/new",
              "/decisions/{id}/edit",
              "/values/{id}/verify",
              "/values/{id}/return",
              // M11: verify or return a selection from the queue.
              "/verification",
              "/indicators/{id}/targets",
              "/indicators/{id}/targets/**",
              "/reports/new",
              "/reports/{id}/edit",
              "/reports/{id}/schedules",
              "/reports/{id}/schedules/**",
              "/reports/{id}/cover",
              "/reports/{id}/publish",
              "/api/v1/actions/import",
              "/api/v1/decisions",
              "/api/v1/decisions/{id}/actions",
              "/risks/new",
              "/risks/{id}/edit",
              "/risks/{id}/review",
              "/risks/{id}/escalate",
              "/risks/{id}/close",
              "/risks/{id}/reopen",
              "/risks/{id}/controls/new",
              "/risks/{id}/controls/{controlId}/edit",
              "/risks/{id}/controls/{controlId}/remove",
              "/api/v1/risks/{code}/reviews",
              "/returns/chase",
              "/calendar/entries/{id}/done",
              "/distributions/{id}/publish",
              "/interventions/{id}/**",
              "/clinics/new",
              "/clinics/{id}/**"));

  private RouteAccess() {}

  private static Rule rule(Audience audience, HttpMethod method, String... patterns) {
    return new Rule(audience, method, Arrays.stream(patterns).map(PARSER::parse).toList());
  }

  /** The rule that decides a request, or empty when none does (it is then refused). */
  static Optional<Rule> ruleFor(HttpMethod method, String path) {
    return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
  }
}
