package io.foyer;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module borders of DESIGN.md hold: no cycles, no access to another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FoyerApplication.class);

    @Test
    void modulesRespectTheirBorders() {
        modules.verify();
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
