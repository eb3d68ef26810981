package vn.chiso.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.section.SectionService;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskImports;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportReview;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every URL the application serves, tried by everyone: the handler methods of every
 * {@link RequestMappingInfoHandlerMapping} (the controllers, the API under {@code /api}, Boot's error page and the
 * actuator's endpoints) are listed from the running application, and each one must have an expectation in
 * {@value #EXPECTATIONS} saying which of {@link MatrixRole} may use it — a new endpoint without one fails here, and so
 * does an expectation left behind by a removed endpoint. Each expectation's URL is then requested, with real rows of
 * unit A in its path, by nobody signed in, an administrator, a coordinator, a leader, an officer of unit A and an
 * officer of unit B:
 * <ul>
 * <li>whoever may use it gets neither 401, 403, 404 nor the login page (a page, a file, a redirect, or for a write
 *     sent empty its validation answer);</li>
 * <li>a signed-in person who may not gets 403 or 404; nobody signed in is sent to the login page, or gets 401 from the
 *     API;</li>
 * <li>nobody gets a 5xx.</li>
 * </ul>
 * Reads share one set of rows; each write gets rows of its own and is sent by those who may not before those who may,
 * so no write sees what another changed. The real security chain answers: only the sign-in itself is skipped
 * ({@link TestData#as}).
 */
@ChisoTest
class AuthorizationMatrixTests {

    static final String EXPECTATIONS = "/security/expectations.csv";
    private static final Pattern TOKEN = Pattern.compile("\\{(\\w+)}");
    /** The test-only handler that fails on purpose to prove the 500 page hides the failure (TestControllers). */
    private static final String FAILING_PROBE = "/admin/failing-for-test";
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TaskService tasks;
    @Autowired
    SectionService sections;
    @Autowired
    TargetService targets;
    @Autowired
    TaskImports taskImports;
    @Autowired
    ReportEditing editing;
    @Autowired
    ReportReview review;
    @Autowired
    ProgressReports reports;
    @Autowired
    SelfAssessment self;
    @Autowired
    IndexCatalogue catalogue;
    @Autowired
    ResultImports resultImports;

    @Test
    void everyMappingHasAnExpectationAndEveryExpectationAMapping() throws IOException {
        Set<Endpoint> served = served();
        Set<Endpoint> expected = read().stream().map(Expectation::endpoint)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(minus(served, expected)).as("mappings without an expectation in " + EXPECTATIONS).isEmpty();
        assertThat(minus(expected, served)).as("expectations in " + EXPECTATIONS + " for no mapping").isEmpty();
        assertThat(served).hasSizeGreaterThan(150);
    }

    @Test
    void everyRoleGetsWhatItsExpectationSaysFromEveryMapping() throws Exception {
        long started = System.nanoTime();
        List<Expectation> expectations = read();
        MatrixWorld.Cast cast = cast();
        MatrixWorld.Services services = new MatrixWorld.Services(jdbc, data, plans, periods, tasks, sections, targets,
                taskImports, editing, review, reports, self, catalogue, resultImports);
        MatrixWorld reads = new MatrixWorld(cast, services);
        List<MatrixWorld> worlds = new ArrayList<>(List.of(reads));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int refused = 0;
        for (Expectation expectation : expectations) {
            MatrixWorld world = reads;
            if (!expectation.isRead()) {
                world = new MatrixWorld(cast, services);
                worlds.add(world);
            }
            String url = expectation.url(world);
            for (MatrixRole role : expectation.inOrder()) {
                requests++;
                refused += expectation.allowed().contains(role) ? 0 : 1;
                String problem;
                try {
                    MockHttpServletResponse response = mvc.perform(request(expectation, url, cast.account(role)))
                            .andReturn().getResponse();
                    problem = expectation.problem(role, url, response);
                } catch (Exception failed) {
                    // MockMvc has no container to turn an unhandled exception into the 500 page
                    problem = role == MatrixRole.ADMIN && url.equals(FAILING_PROBE) ? null
                            : "failed (a 500): " + rootCause(failed);
                }
                String answer = expectation.endpoint() + " " + url + " as " + role + ": " + problem;
                if (problem != null) {
                    failures.add(answer);
                }
            }
        }
        removeIndicators(worlds);
        assertThat(jdbc.queryForObject("select count(*) from indicator where code like 'SIPAS.A1.M%'", Integer.class))
                .as("indicators the matrix added to the shared catalogue").isZero();
        Set<Endpoint> mappings = expectations.stream().map(Expectation::endpoint)
                .collect(Collectors.toCollection(TreeSet::new));
        System.out.printf("Authorization matrix: %d mappings, %d URLs tried, %d roles, %d requests: %d refused,"
                        + " %d allowed; %d wrong answers; %.1f s%n", mappings.size(),
                expectations.size(), MatrixRole.values().length, requests, refused, requests - refused,
                failures.size(), (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("answers that break the expectations of " + EXPECTATIONS).isEmpty();
        assertThat(mappings).hasSameSizeAs(served());
        assertThat(requests).isEqualTo(expectations.size() * MatrixRole.values().length);
    }

    private MockHttpServletRequestBuilder request(Expectation expectation, String url, UserRow account) {
        String method = expectation.method().equals(Endpoint.ANY) ? "GET" : expectation.method();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
                java.net.URI.create(url));
        if (!expectation.isRead()) {
            request.with(csrf());
        }
        if (account != null) {
            request.with(TestData.as(account));
        }
        return request;
    }

    private static String rootCause(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private MatrixWorld.Cast cast() {
        var unitA = data.unit(UnitKind.DEPARTMENT);
        var unitB = data.unit(UnitKind.DISTRICT);
        return new MatrixWorld.Cast(unitA, unitB, data.account(Role.ADMIN), data.account(Role.COORDINATOR),
                data.account(Role.LEADER), data.account(Role.OFFICER, unitA.id()),
                data.account(Role.OFFICER, unitB.id()));
    }

    /** The catalogue is shared with other tests: what the matrix added to it goes (unless a write retired it). */
    private void removeIndicators(List<MatrixWorld> worlds) {
        for (MatrixWorld world : worlds) {
            for (long id : world.indicators()) {
                try {
                    catalogue.delete("SIPAS", id);
                } catch (RuleViolationException | vn.chiso.shared.NotFoundException gone) {
                    // deleted by the write that was tried on it
                }
            }
        }
    }

    /** Every (method, pattern) that a handler mapping of the running application serves. */
    private Set<Endpoint> served() {
        Set<Endpoint> served = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : patterns(info)) {
                    if (methods.isEmpty()) {
                        served.add(new Endpoint(Endpoint.ANY, pattern));
                    }
                    methods.forEach(method -> served.add(new Endpoint(method.name(), pattern)));
                }
            }
        }
        return served;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        PathPatternsRequestCondition parsed = info.getPathPatternsCondition();
        return parsed != null ? parsed.getPatternValues() : info.getPatternValues();
    }

    private static Set<Endpoint> minus(Set<Endpoint> these, Set<Endpoint> those) {
        Set<Endpoint> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    static List<Expectation> read() throws IOException {
        try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream(EXPECTATIONS)) {
            assertThat(in).as(EXPECTATIONS).isNotNull();
            List<Expectation> expectations = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                assertThat(cells.length).as(EXPECTATIONS + " line " + (i + 1) + ": method;pattern;url;roles[;why]")
                        .isBetween(4, 5);
                expectations.add(new Expectation(new Endpoint(cells[0].strip(), cells[1].strip()), cells[2].strip(),
                        roles(cells[3].strip(), i + 1), cells[3].strip().equals(Expectation.NOT_FOUND)));
            }
            return expectations;
        }
    }

    /**
     * Roles by name, comma-separated; ALL, SIGNED_IN and OFFICERS for the usual groups; "-" for nobody; "404" for
     * nobody either, everyone (anonymous included) told that the page does not exist.
     */
    private static Set<MatrixRole> roles(String cell, int line) {
        Set<MatrixRole> roles = EnumSet.noneOf(MatrixRole.class);
        if (cell.equals("-") || cell.equals(Expectation.NOT_FOUND)) {
            return roles;
        }
        for (String name : cell.split(",")) {
            switch (name.strip()) {
                case "ALL" -> roles.addAll(EnumSet.allOf(MatrixRole.class));
                case "SIGNED_IN" -> roles.addAll(EnumSet.complementOf(EnumSet.of(MatrixRole.ANONYMOUS)));
                case "OFFICERS" -> roles.addAll(EnumSet.of(MatrixRole.OFFICER_OWN, MatrixRole.OFFICER_OTHER));
                default -> {
                    try {
                        roles.add(MatrixRole.valueOf(name.strip()));
                    } catch (IllegalArgumentException unknown) {
                        throw new AssertionError(EXPECTATIONS + " line " + line + ": no role " + name, unknown);
                    }
                }
            }
        }
        return roles;
    }

    /** A method (or {@value #ANY} for a mapping of every method) and a pattern as the mapping spells it. */
    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        static final String ANY = "ANY";

        @Override
        public int compareTo(Endpoint other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** Who may use one URL of a mapping. */
    record Expectation(Endpoint endpoint, String template, Set<MatrixRole> allowed, boolean notFound) {

        static final String NOT_FOUND = "404";

        String method() {
            return endpoint.method();
        }

        boolean isRead() {
            return method().equals("GET") || method().equals(Endpoint.ANY);
        }

        /** Those refused first: for a write, whoever may use it changes the rows last. */
        List<MatrixRole> inOrder() {
            List<MatrixRole> order = new ArrayList<>();
            Arrays.stream(MatrixRole.values()).filter(role -> !allowed.contains(role)).forEach(order::add);
            Arrays.stream(MatrixRole.values()).filter(allowed::contains).forEach(order::add);
            return order;
        }

        String url(MatrixWorld world) {
            Matcher tokens = TOKEN.matcher(template);
            StringBuilder url = new StringBuilder();
            while (tokens.find()) {
                String token = tokens.group(1);
                assertThat(world.knows(token)).as(EXPECTATIONS + ": no row for {" + token + "} in " + template)
                        .isTrue();
                tokens.appendReplacement(url, Matcher.quoteReplacement(world.get(token)));
            }
            return tokens.appendTail(url).toString();
        }

        /** What is wrong with the answer, or null. */
        String problem(MatrixRole role, String url, MockHttpServletResponse response) {
            int status = response.getStatus();
            String location = response.getRedirectedUrl();
            boolean toLogin = status / 100 == 3 && location != null && location.replaceFirst("^https?://[^/]+", "")
                    .equals("/login");
            if (status >= 500) {
                if (role == MatrixRole.ADMIN && url.equals(FAILING_PROBE)) {
                    return null;
                }
                return "answered " + status;
            }
            if (notFound) {
                return status == 404 ? null : "answered " + status + " instead of 404";
            }
            if (allowed.contains(role)) {
                return status == 401 || status == 403 || status == 404 || toLogin
                        ? "refused (" + status + (location == null ? "" : " → " + location) + ") but it is allowed"
                        : null;
            }
            if (role == MatrixRole.ANONYMOUS) {
                boolean api = url.startsWith("/api/");
                return (api ? status == 401 : toLogin) ? null
                        : "answered " + status + (location == null ? "" : " → " + location) + " instead of "
                        + (api ? "401" : "the login page");
            }
            return status == 403 || status == 404 ? null
                    : "answered " + status + (location == null ? "" : " → " + location) + " but it is refused";
        }
    }
}
