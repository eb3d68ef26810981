package vn.chiso.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chiso.ChisoApplication;
import vn.chiso.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real embedded PostgreSQL is stopped, then started again, under the requests of a few clients (some signed in,
 * whose session lives in PostgreSQL, some not); then its postmaster is killed with SIGKILL. The application runs in a
 * context of its own, as in production (no demo data, no test support), with its own temporary database: nothing here
 * touches the context the other test classes share. The times measured are printed.
 */
class DatabaseOutageTests {

    private static final String UNAVAILABLE = "Tạm thời không phục vụ được";
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(2);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);
    private static final List<String> PAGES = List.of("/login", "/", "/admin/users");

    private static ConfigurableApplicationContext application;
    private static EmbeddedPostgresServer database;
    private static int port;
    private static String session;
    private static final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheApplication() {
        application = new SpringApplicationBuilder(ChisoApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("mainClassesOnly",
                        new ExternalDatabaseTests.MainClassesOnly()))
                .run("--chiso.embedded-db.temporary=true", "--server.port=0", "--chiso.demo-data.enabled=false",
                        "--chiso.admin-password=mat-khau-dau-tien");
        database = application.getBean(EmbeddedPostgresServer.class);
        port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.signIn("admin", "mat-khau-dau-tien").statusCode()).isEqualTo(302);
        session = browser.cookie("SESSION");
    }

    @AfterAll
    static void stopTheApplication() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void whileTheDatabaseIsStoppedEveryPageAnswers503WithinTwoSecondsAndServesAgainWithinTenSecondsOfItsReturn()
            throws Exception {
        awaitServing();
        try (Load load = new Load(4)) {
            Thread.sleep(500);
            database.stop();
            long stopped = System.nanoTime();
            Thread.sleep(3000);

            Answer readiness = get("/actuator/health/readiness", false);
            Answer liveness = get("/actuator/health/liveness", false);
            Answer stylesheet = get("/css/chiso.css", true);
            Answer bootstrap = get("/webjars/bootstrap/css/bootstrap.min.css", true);
            long restarting = System.nanoTime();
            database.restart();
            long back = System.nanoTime();
            Answer served = load.awaitEveryPageServedAfter(back, RECOVERY_LIMIT.plusSeconds(5));

            List<Answer> duringOutage = load.answers().stream()
                    .filter(a -> a.sent() > stopped && a.received() < restarting).toList();
            System.out.printf("Database outage: %d answers while stopped (slowest %d ms, statuses %s); PostgreSQL"
                            + " started again in %d ms; every page served %d ms after it was back; %d answers in all,"
                            + " slowest %d ms%n", duringOutage.size(), slowest(duringOutage).toMillis(),
                    statuses(duringOutage), Duration.ofNanos(back - restarting).toMillis(),
                    Duration.ofNanos(served.received() - back).toMillis(), load.answers().size(),
                    slowest(load.answers()).toMillis());

            assertThat(duringOutage).hasSizeGreaterThan(20).allSatisfy(answer -> {
                assertThat(answer.status()).as(answer.path()).isEqualTo(503);
                assertThat(answer.retryAfter()).isEqualTo("5");
                assertThat(answer.body()).contains(UNAVAILABLE, "Chỉ Số tạm thời không kết nối được cơ sở dữ liệu");
            });
            assertThat(load.answers()).allSatisfy(answer -> {
                assertThat(answer.took()).as(answer.path()).isLessThan(ANSWER_LIMIT);
                assertThat(answer.status()).as(answer.path()).isIn(200, 503);
            });
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(liveness.status()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");
            assertThat(stylesheet.status()).as("the page's stylesheets need no database").isEqualTo(200);
            assertThat(bootstrap.status()).isEqualTo(200);
            assertThat(Duration.ofNanos(served.received() - back)).isLessThan(RECOVERY_LIMIT);
            assertThat(get("/", true).status()).as("the session, kept in PostgreSQL, survived").isEqualTo(200);
            assertThat(get("/actuator/health/readiness", false).status()).isEqualTo(200);
        }
    }

    @Test
    void aPostmasterKilledWithSigkillIsStartedAgainOnTheSamePortAndPagesServeAgain() throws Exception {
        awaitServing();
        int portBefore = database.port();
        String urlBefore = database.jdbcUrl();
        ProcessHandle postmaster = database.postmaster().orElseThrow();
        try (Load load = new Load(4)) {
            Thread.sleep(500);
            long killed = System.nanoTime();
            assertThat(postmaster.destroyForcibly()).isTrue();
            Answer served = load.awaitEveryPageServedAfter(killed + Duration.ofSeconds(1).toNanos(),
                    Duration.ofSeconds(30));
            System.out.printf("Postmaster %d killed: a new one (pid %d) serves on port %d; every page served %d ms"
                            + " after the kill; %d answers, slowest %d ms, statuses %s%n", postmaster.pid(),
                    database.postmaster().map(ProcessHandle::pid).orElse(-1L), database.port(),
                    Duration.ofNanos(served.received() - killed).toMillis(), load.answers().size(),
                    slowest(load.answers()).toMillis(), statuses(load.answers()));

            assertThat(database.port()).isEqualTo(portBefore);
            assertThat(database.jdbcUrl()).isEqualTo(urlBefore);
            assertThat(database.postmaster().orElseThrow().pid()).isNotEqualTo(postmaster.pid());
            assertThat(load.answers()).allSatisfy(answer -> {
                assertThat(answer.took()).as(answer.path()).isLessThan(ANSWER_LIMIT);
                assertThat(answer.status()).as(answer.path()).isIn(200, 503);
            });
            assertThat(Duration.ofNanos(served.received() - killed)).isLessThan(RECOVERY_LIMIT);
            assertThat(get("/", true).status()).as("the session survived the crash").isEqualTo(200);
        }
    }

    private static void awaitServing() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (PAGES.stream().allMatch(page -> get(page, true).status() == 200)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The application does not serve its pages");
    }

    private static Answer get(String path, boolean signedIn) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html").timeout(Duration.ofSeconds(10)).GET();
        if (signedIn && !path.equals("/login")) {
            request.header("Cookie", "SESSION=" + session);
        }
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(path, sent, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (java.io.IOException e) {
            return new Answer(path, sent, System.nanoTime(), -1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(path, sent, System.nanoTime(), -1, null, e.toString());
        }
    }

    private static Duration slowest(List<Answer> answers) {
        return answers.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private static Map<Integer, Long> statuses(List<Answer> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(Answer::status,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    record Answer(String path, long sent, long received, int status, String retryAfter, String body) {

        Duration took() {
            return Duration.ofNanos(received - sent);
        }
    }

    /** Clients that ask for the pages one after the other, each page in turn, until closed. */
    private static final class Load implements AutoCloseable {

        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients;

        Load(int count) {
            clients = Executors.newFixedThreadPool(count);
            for (int i = 0; i < count; i++) {
                int first = i;
                clients.submit(() -> {
                    for (int n = first; running.get(); n++) {
                        answers.add(get(PAGES.get(n % PAGES.size()), true));
                        sleep(50);
                    }
                });
            }
        }

        List<Answer> answers() {
            return new ArrayList<>(answers);
        }

        /** The first answer after which every page has answered 200 to a request sent after {@code after}. */
        Answer awaitEveryPageServedAfter(long after, Duration limit) {
            long until = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < until) {
                List<Answer> served = answers().stream().filter(a -> a.sent() > after && a.status() == 200).toList();
                List<Answer> firsts = PAGES.stream().map(page -> served.stream()
                        .filter(a -> a.path().equals(page)).findFirst().orElse(null)).toList();
                if (!firsts.contains(null)) {
                    return firsts.stream().max((a, b) -> Long.compare(a.received(), b.received())).orElseThrow();
                }
                sleep(100);
            }
            throw new AssertionError("Not every page served within " + limit + ": " + statuses(answers()));
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(15, TimeUnit.SECONDS);
        }
    }
}
