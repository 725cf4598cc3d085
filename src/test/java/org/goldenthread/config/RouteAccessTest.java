package org.goldenthread.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.SampleRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix (M6), generated from the application's own list of routes: every route has a
 * rule of its own in {@link RouteAccess}, and every GET route answers each role as its rule says. A
 * route added without a rule, or without a sample record to try it with, fails here.
 */
@GoldenThreadTest
class RouteAccessTest {

  /** The demo's sign-ins, one per role, and nobody signed in. */
  static final List<String> ROLES =
      List.of("anonymous", "admin", "director", "manager", "officer", "councillor", "partner");

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired UserDetailsService accounts;
  @Autowired SampleRecords samples;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Route(HttpMethod method, String pattern, HandlerMethod handler) {
    boolean hasFinerRule() {
      return handler.hasMethodAnnotation(PreAuthorize.class)
          || handler.getBeanType().isAnnotationPresent(PreAuthorize.class);
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      for (String pattern : e.getKey().getPatternValues()) {
        if (methods.isEmpty()) {
          routes.add(new Route(HttpMethod.GET, pattern, e.getValue()));
        }
        for (RequestMethod m : methods) {
          routes.add(new Route(HttpMethod.valueOf(m.name()), pattern, e.getValue()));
        }
      }
    }
    return routes;
  }

  @Test
  void everyRouteHasARule() {
    List<String> without = new ArrayList<>();
    for (Route route : routes()) {
      String path = route.pattern().replaceAll("\\{[^}]+}", "1");
      if (RouteAccess.ruleFor(route.method(), path).isEmpty()) {
        without.add(route.toString());
      }
    }
    assertThat(without).as("routes with no rule in RouteAccess").isEmpty();
  }

  @Test
  void anAddressNoRuleNamesIsRefused() throws Exception {
    assertThat(RouteAccess.ruleFor(HttpMethod.GET, "/indicators/1/something-new")).isEmpty();
    assertThat(RouteAccess.ruleFor(HttpMethod.DELETE, "/plans/1")).isEmpty();
    assertThat(
            mvc.perform(get("/no-such-page").with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void everyGetRouteAnswersEveryRoleAsItsRuleSays() throws Exception {
    Map<String, Authentication> who = new LinkedHashMap<>();
    for (String role : ROLES) {
      who.put(role, authentication(role));
    }
    List<String> wrong = new ArrayList<>();
    Set<String> tried = new TreeSet<>();
    for (Route route : routes()) {
      if (route.method() != HttpMethod.GET) {
        continue;
      }
      String path = samples.pathFor(route.pattern(), "partner-visible");
      RouteAccess.Rule rule =
          RouteAccess.ruleFor(HttpMethod.GET, path).orElseThrow(() -> new AssertionError(route));
      tried.add(route.pattern());
      for (String role : ROLES) {
        boolean admitted = rule.audience().admits(who.get(role));
        MockHttpServletResponse answer = perform(path, role);
        int status = answer.getStatus();
        boolean refused = refused(answer);
        if (!admitted && !refused) {
          wrong.add(
              route + " as " + role + ": " + status + ", but " + rule.audience() + " refuses");
        } else if (admitted
            && !route.hasFinerRule()
            && (refused || (status >= 500 && !route.pattern().equals("/error")))) {
          wrong.add(route + " as " + role + ": " + status + ", but " + rule.audience() + " admits");
        }
      }
    }
    assertThat(tried).hasSizeGreaterThan(80);
    assertThat(wrong).as("cells of the access matrix answered wrongly").isEmpty();
  }

  /** The rules as docs/access.md lists them. */
  static String rulesAsMarkdown() {
    StringBuilder table = new StringBuilder("| Method | Addresses | Who |\n|---|---|---|\n");
    for (RouteAccess.Rule rule : RouteAccess.RULES) {
      table
          .append("| ")
          .append(rule.method() == null ? "any" : rule.method().name())
          .append(" | ")
          .append(String.join(", ", rule.patternTexts().stream().map(p -> "`" + p + "`").toList()))
          .append(" | ")
          .append(rule.audience().description())
          .append(" |\n");
    }
    return table.toString();
  }

  @Test
  void theDocumentedRulesAreTheRules() throws Exception {
    Path docs = Path.of("docs/access.md");
    String text = Files.readString(docs);
    String marker = "## Every rule\n\n";
    String expected = text.substring(0, text.indexOf(marker) + marker.length()) + rulesAsMarkdown();
    if (Boolean.getBoolean("docs.write")) {
      Files.writeString(docs, expected);
      text = expected;
    }
    assertThat(text)
        .as("docs/access.md (run this test with -Ddocs.write=true to write it anew)")
        .isEqualTo(expected);
  }

  MockHttpServletResponse perform(String path, String role) throws Exception {
    MockHttpServletRequestBuilder request = get(path);
    if (!role.equals("anonymous")) {
      request.with(users.as(role));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** Refused: 401 or 403, or sent to sign in. */
  static boolean refused(MockHttpServletResponse answer) {
    int status = answer.getStatus();
    String location = Optional.ofNullable(answer.getRedirectedUrl()).orElse("");
    return status == 401 || status == 403 || (status == 302 && location.contains("/sign-in"));
  }

  Authentication authentication(String role) {
    if (role.equals("anonymous")) {
      return new AnonymousAuthenticationToken(
          "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
    UserDetails details = accounts.loadUserByUsername(role);
    return UsernamePasswordAuthenticationToken.authenticated(
        details, null, details.getAuthorities());
  }

  /** The variables a route pattern names, for messages. */
  static List<String> variables(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
