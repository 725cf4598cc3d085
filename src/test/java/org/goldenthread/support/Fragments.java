package org.goldenthread.support;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a piece of template text that may call the application's fragments and beans, as a page
 * would: for tests that compare rows written in Java with the fragments they stand for.
 */
public final class Fragments {

  private Fragments() {}

  public static String render(
      ApplicationContext application, String template, Map<String, Object> variables) {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setTemplateMode(TemplateMode.HTML);
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver text = new StringTemplateResolver();
    text.setOrder(2);
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(text);
    JakartaServletWebApplication web =
        JakartaServletWebApplication.buildApplication(new MockServletContext());
    WebContext context =
        new WebContext(
            web.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()),
            Locale.UK);
    context.setVariables(variables);
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(application, null));
    return engine.process(template, context);
  }

  /** The markup with whitespace between tags set aside. */
  public static String normalised(String html) {
    return html.replaceAll("\\s+<", "<").replaceAll(">\\s+", ">").replaceAll("\\s+", " ").trim();
  }
}
