package org.goldenthread;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GoldenThreadApplication {

  public static void main(String[] args) {
    SpringApplication.run(GoldenThreadApplication.class, args);
  }
}
