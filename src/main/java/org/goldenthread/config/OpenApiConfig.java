package org.goldenthread.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI goldenThreadApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Golden Thread API")
                .version("v1")
                .description(
                    "Sign in with a session, or send a personal API token (created on your"
                        + " account page) as 'Authorization: Bearer <token>'."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "apiToken",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal API token")));
  }
}
