package vn.chiso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module reaches the database one way, Spring's {@code JdbcClient} (no ORM is on the class path), and its SQL
 * lives in its repositories: a service, a controller or a listener composes what repositories read and write, it
 * sends no statement itself. The module's {@code package-info} says why it reads and writes that way.
 */
class PersistenceStyleTests {

    private static final String[] JDBC = {"org.springframework.jdbc.core..", "org.springframework.jdbc.support.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.chiso");

    static Stream<String> modules() {
        return ApplicationModules.of(ChisoApplication.class).stream()
                .map(module -> module.getBasePackage().getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void onlyRepositoriesSendSql(String module) {
        noClasses().that().resideInAPackage(module + "..")
                .and().areMetaAnnotatedWith(Component.class)
                .and().areNotMetaAnnotatedWith(Repository.class)
                .and().areNotMetaAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                .because("SQL lives in a module's repositories")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void aModuleThatReachesTheDatabaseSaysHowInItsPackageInfo(String module) throws IOException {
        if (!uses(module, JDBC)) {
            return;
        }
        Path packageInfo = Path.of("src/main/java", module.replace('.', '/'), "package-info.java");
        assertThat(Files.readString(packageInfo, StandardCharsets.UTF_8)).as(module)
                .containsPattern("(?m)^ \\* Persistence: \\S");
    }

    private static boolean uses(String module, String... packages) {
        return CLASSES.stream().filter(type -> type.getPackageName().startsWith(module))
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .anyMatch(dependency -> Stream.of(packages).anyMatch(p -> dependency.getTargetClass().getPackageName()
                        .startsWith(p.substring(0, p.length() - 2))));
    }
}
