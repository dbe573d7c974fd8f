package nl.langerthuis.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rooms keep to their jobs. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.langerthuis.graph");

  @Test
  void onlyTheStoreSpeaksToNeo4j() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.neo4j..")
        .because("Cypher and the driver stay in one room, so the data path can change in one place")
        .check(CLASSES);
  }

  @Test
  void onlyTheServerSpeaksHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.undertow..")
        .because("HTTP concerns belong to the server package")
        .check(CLASSES);
  }

  @Test
  void theSeedFormatDoesNotDependOnTheStoreOrTheApi() {
    noClasses()
        .that()
        .resideInAPackage("..seed..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..store..", "..api..", "..server..")
        .because("the seed is read and validated without a database")
        .check(CLASSES);
  }
}
