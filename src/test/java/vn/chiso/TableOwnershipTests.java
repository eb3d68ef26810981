package vn.chiso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module's SQL names only its own tables and the views other modules publish ({@code published_*}, created by
 * the migrations beside the tables they show). Every table the migrations create has an owner here, so that a new
 * table cannot be read across modules unnoticed.
 */
class TableOwnershipTests {

    private static final Path MAIN = Path.of("src/main/java/vn/chiso");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables by the module that owns them; the infrastructure's (sessions, locks, events) belong to no feature. */
    private static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("unit", Set.of("unit")),
            Map.entry("user", Set.of("user_account", "login_throttle")),
            Map.entry("index", Set.of("governance_index", "performance_group", "indicator", "province",
                    "province_predecessor", "province_alias", "result_set", "result_set_unranked",
                    "indicator_result", "result_import")),
            Map.entry("plan", Set.of("plan", "plan_index", "plan_target", "plan_section", "task", "task_unit",
                    "task_indicator", "reporting_rule", "reporting_period", "task_import")),
            Map.entry("report", Set.of("progress_report", "report_entry", "report_version", "reminder")),
            Map.entry("document", Set.of("evidence")),
            Map.entry("mail", Set.of("mail_outbox")),
            Map.entry("assessment", Set.of("criteria_set", "criterion", "criterion_waiver", "assessment_year",
                    "assessment", "assessment_score", "assessment_evidence", "assessment_line",
                    "scored_criterion")),
            Map.entry("notification", Set.of("notice")),
            Map.entry("system", Set.of("spring_session", "spring_session_attributes", "shedlock",
                    "event_publication", "event_publication_archive")));

    private static final Pattern CREATED = Pattern.compile(
            "create\\s+(?:table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_]+)\\b(?!\\s*\\()");

    @Test
    void noModulesSqlNamesAnotherModulesTables() throws IOException {
        Map<String, String> ownerOf = OWNERS.entrySet().stream()
                .flatMap(owner -> owner.getValue().stream().map(table -> Map.entry(table, owner.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(source).getName(0).toString();
                Matcher named = NAMED.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (named.find()) {
                    String owner = ownerOf.get(named.group(1));
                    if (owner != null && !owner.equals(module)) {
                        crossings.add(MAIN.relativize(source) + " names " + named.group(1) + " of " + owner);
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    @Test
    void everyTableAndViewTheMigrationsCreateHasAnOwner() throws IOException {
        Set<String> owned = OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> unowned = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
            for (Path migration : migrations.toList()) {
                Matcher created = CREATED.matcher(Files.readString(migration, StandardCharsets.UTF_8));
                while (created.find()) {
                    String name = created.group(1).toLowerCase();
                    if (!owned.contains(name) && !name.startsWith("published_")) {
                        unowned.add(migration.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertThat(unowned).isEmpty();
    }
}
