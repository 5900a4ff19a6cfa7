package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import org.familyties.FamilyTiesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class InstrumentsModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(FamilyTiesApplication.class);

    /** Pure domain logic: the module must stay usable by every other module without pulling any in. */
    @Test
    void instrumentsDependsOnNoOtherModule() {
        ApplicationModule instruments = modules.getModuleByName("instruments").orElseThrow();
        assertThat(instruments.getDirectDependencies(modules).stream()).isEmpty();
    }
}
