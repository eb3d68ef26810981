package vn.chiso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature modules depend on each other only through their public API, and never in a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ChisoApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "system", "unit", "user");
    }
}
