package vn.chiso;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules depend only on the modules, and the named interfaces, their {@code package-info} allows, and
 * never in a cycle. The module canvases and the C4 diagram of the modules are written to {@code docs/modules}, which
 * is committed: a change of the modules' arrangement shows there.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ChisoApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleButTheOpenOneDeclaresWhatItMayDependOn() throws ClassNotFoundException {
        for (var module : modules) {
            String basePackage = module.getBasePackage().getName();
            ApplicationModule declared = Class.forName(basePackage + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declared).as(basePackage).isNotNull();
            if (declared.type() != ApplicationModule.Type.OPEN) {
                assertThat(Arrays.asList(declared.allowedDependencies())).as(basePackage)
                        .doesNotContain(ApplicationModule.OPEN_TOKEN);
            }
        }
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "system", "unit", "user", "document", "home");
    }

    @Test
    void theModulesAreDocumented() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
