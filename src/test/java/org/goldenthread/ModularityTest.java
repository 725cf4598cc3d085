package org.goldenthread;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability uses only the others' public types, and no two depend on each other. */
class ModularityTest {

  @Test
  void capabilitiesKeepToTheirBoundaries() {
    ApplicationModules.of(GoldenThreadApplication.class).verify();
  }

  /** The rules that matter most are plain Java, tested directly: no Spring, no database. */
  @Test
  void theCalculatingCoreIsPlainJava() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.goldenthread");
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.goldenthread.indicator.calc..",
            "org.goldenthread.indicator.formula..",
            "org.goldenthread.period..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
        .because("status, trend, formulas and periods are worked out without Spring or a database")
        .check(classes);
  }
}
