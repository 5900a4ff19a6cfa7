package org.familyties.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules on top of Spring Modulith's: what may be public and which way dependencies point. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.familyties");

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAnyPackage("..web..")
                .check(CLASSES);
    }

    @Test
    void domainCodeDoesNotUseWebCode() {
        noClasses().that().resideInAPackage("org.familyties..").and()
                .resideOutsideOfPackages("org.familyties..web..", "org.familyties.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.familyties..web..")
                .check(CLASSES);
    }

    @Test
    void statisticsEngineKnowsNothingOfTheApplication() {
        noClasses().that().resideInAPackage("org.familyties.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.familyties.shared..")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().importPackages("org.familyties.stats"));
    }
}
