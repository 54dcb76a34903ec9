package vn.lantoa.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.lantoa.LanToaApplication;

/** Keeps the module boundaries of DESIGN.md true, and draws the module diagram from the code. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(LanToaApplication.class);

    @Test
    void modulesOnlyUseWhatTheyAreAllowedTo() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
