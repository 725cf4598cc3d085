package org.goldenthread.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files are served from named paths only ({@code spring.web.resources.add-mappings=false}
 * turns off Spring Boot's catch-all {@code /**}). With the catch-all, every link a page builds,
 * such as {@code /indicators/NI-192}, was first looked for on the classpath as a file, which made a
 * report listing hundreds of indicators several times slower to draw.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  /** Periods in requests are read once, here, into {@code Period}s (see PeriodFormatter). */
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatter(new PeriodFormatter());
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    // Pages ask for WebJars without their version: /webjars/htmx.org/dist/htmx.min.js.
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
    // GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/.
    String version = new WebJarVersionLocator().version("govuk-frontend");
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(
            "classpath:/META-INF/resources/webjars/govuk-frontend/"
                + version
                + "/dist/govuk/assets/");
  }
}
