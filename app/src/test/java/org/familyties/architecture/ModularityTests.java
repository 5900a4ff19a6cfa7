package org.familyties.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.familyties.FamilyTiesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** The statistics engine is a library beside the application, not one of its modules. */
    private final ApplicationModules modules = ApplicationModules.of(FamilyTiesApplication.class,
            JavaClass.Predicates.resideInAPackage("org.familyties.stats.."));

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
