package vn.chiso;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import vn.chiso.index.Measure;
import vn.chiso.notification.NoticeKind;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ReportEvent;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.unit.UnitKind;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese and English say the same things: the two bundles have the same keys, none empty, and every key that
 * templates, validation annotations, rule violations and flash messages use exists.
 */
class MessageBundlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    private final Properties vietnamese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(vietnamese.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() {
        Stream.of(vietnamese, english).forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    /** MessageFormat drops a lone apostrophe (and what it quotes) from a message that takes arguments. */
    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        Stream.of(vietnamese, english).forEach(bundle -> bundle.stringPropertyNames().stream()
                .filter(key -> argument.matcher(bundle.getProperty(key)).find())
                .forEach(key -> assertThat(lone.matcher(bundle.getProperty(key)).find()).as(key).isFalse()));
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        assertThat(vietnamese.stringPropertyNames()).containsAll(
                keys(TEMPLATES, ".html", Pattern.compile("#\\{([A-Za-z][\\w.]+)[}(]"),
                        Pattern.compile("#messages\\.msg\\('([\\w.]+)'")));
    }

    /** Message keys in Java are string literals of these families (validation messages are in braces). */
    @Test
    void everyKeyTheJavaCodeUsesExists() throws IOException {
        Set<String> used = keys(SOURCES, ".java",
                Pattern.compile("message = \"\\{([\\w.]+)}\""),
                Pattern.compile("\"((?:unit|user|password|index|indicator|import|manual|catalogue|template|file|plan|target|task|period|edit|report|home|mail|dashboard|api|assessment|criteria|queue|notice)"
                        + "\\.[A-Za-z][\\w.]*[A-Za-z])\""));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(vietnamese.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyRoleAndKindOfUnitHasAName() {
        Stream.of(Role.values()).forEach(role -> assertThat(vietnamese).containsKey(role.messageKey()));
        Stream.of(UnitKind.values()).forEach(kind -> assertThat(vietnamese).containsKey(kind.messageKey()));
        Stream.of(Measure.values()).forEach(measure -> assertThat(vietnamese).containsKey(measure.messageKey()));
        Stream.of(ReportStatus.values()).forEach(status -> assertThat(vietnamese).containsKey(status.messageKey()));
        Stream.of(EntryStatus.values()).forEach(status -> assertThat(vietnamese).containsKey(status.messageKey()));
        Stream.of(ReportEvent.values()).forEach(event -> assertThat(vietnamese).containsKey(event.messageKey()));
        Stream.of(UnitState.values()).forEach(state -> assertThat(vietnamese).containsKey(state.messageKey()));
        Stream.of(NoticeKind.values()).forEach(kind -> assertThat(vietnamese).containsKey(kind.messageKey()));
        Stream.of(ReportStatus.values()).filter(status -> !status.editable())
                .forEach(status -> assertThat(vietnamese).containsKey("report.locked." + status.name()));
    }

    private static Set<String> keys(Path root, String suffix, Pattern... patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : patterns) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
