package vn.chiso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

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

    private static final Path DOCS = Path.of("docs/modules");

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
    void theModulesAreDocumented() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        }
        assertThat(DOCS.resolve("components.puml")).content(StandardCharsets.UTF_8)
                .contains("Rel(ChisoApplication.ChisoApplication.Progressreports, "
                        + "ChisoApplication.ChisoApplication.Evidencefiles");
    }

    /**
     * The Documenter lists relations and the entries of a canvas in the order the classes were scanned, which differs
     * between a fresh and an incremental build: each run of such lines is sorted, so the committed files change only
     * when the modules do.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> stable = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = listKind(lines.get(i));
            if (kind == null) {
                stable.add(lines.get(i++));
                continue;
            }
            boolean opensCell = lines.get(i).startsWith("|");
            List<String> run = new ArrayList<>();
            run.add(opensCell ? lines.get(i).substring(1) : lines.get(i));
            i++;
            while (i < lines.size() && kind.equals(listKind(lines.get(i))) && !lines.get(i).startsWith("|")) {
                run.add(lines.get(i++));
            }
            Collections.sort(run);
            if (opensCell) {
                run.set(0, "|" + run.get(0));
            }
            stable.addAll(run);
        }
        return stable;
    }

    private static String listKind(String line) {
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        return line.startsWith("* ") || line.startsWith("|* ") ? "entry" : null;
    }
}
