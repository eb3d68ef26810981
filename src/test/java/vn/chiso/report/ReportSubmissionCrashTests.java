package vn.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chiso.HttpBrowser;
import vn.chiso.user.DemoAccounts;

/**
 * The application runs in a child JVM on a data folder of its own and is killed with SIGKILL while an officer sends
 * a report with a 5 MB evidence file: while the body is still arriving, and the moment its last byte is sent. Started
 * again on the same folder, each report is either submitted with its whole file or the draft it was, and the partial
 * upload the first kill left on disk is gone. Three starts of the application in all.
 */
class ReportSubmissionCrashTests {

    private static final String OFFICER = "tuphap";
    private static final int FILE_BYTES = 5 * 1024 * 1024;

    @TempDir
    Path dir;

    private Process child;
    private int port;
    /** The embedded PostgreSQL's, kept across the child's restarts as an installation keeps its own. */
    private int databasePort;

    /** The last kill leaves PostgreSQL running, orphaned: stopped here, as the next start would. */
    @AfterEach
    void stopWhatIsLeft() throws Exception {
        if (child != null) {
            kill();
        }
        Path pid = dir.resolve("postgres/postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(postmaster -> {
                postmaster.destroy();
                postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    @Test
    void aSubmissionKilledHalfwayLeavesTheDraftAsItWasOrTheReportSentWithItsWholeFile() throws Exception {
        port = freePort();
        databasePort = freePort();
        start(1);
        HttpBrowser officer = signedIn();
        List<Long> drafts = drafts(officer);
        assertThat(drafts).as("drafts of %s to send", OFFICER).hasSizeGreaterThanOrEqualTo(3);
        long halfSent = drafts.get(0);
        long sent = drafts.get(1);
        long justSent = drafts.get(2);
        byte[] pdf = pdf(1);

        // 1. killed while the body is arriving: the container has written part of the file to disk
        Map<String, String> halfSentBefore = state(halfSent);
        try (Socket socket = new Socket("localhost", port)) {
            byte[] request = submission(officer, halfSent, pdf);
            OutputStream out = socket.getOutputStream();
            out.write(request, 0, request.length / 2);
            out.flush();
            Path partial = waitForPartialUpload();
            kill();
            assertThat(partial).as("the interrupted upload's file, left by the killed JVM").exists();
            assertThat(Files.size(partial)).isPositive().isLessThan(FILE_BYTES);

            start(2);
            assertThat(partial).as("deleted by the next start").doesNotExist();
            assertThat(uploadFiles()).as("no upload file at all after the start").isEmpty();
        }
        assertThat(state(halfSent)).as("the draft as it was").isEqualTo(halfSentBefore);

        // 2. a submission answered before the kill is there after it, with its whole file
        officer = signedIn();
        String answer = send(officer.cookie("SESSION"), submission(officer, sent, pdf(2)));
        assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: /reports/" + sent + "\r\n");

        // 3. killed the moment the last byte of the body is sent: either outcome, never half
        Map<String, String> justSentBefore = state(justSent);
        byte[] third = pdf(3);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(submission(officer, justSent, third));
            out.flush();
            kill();
        }
        start(3);
        assertSubmittedWithWholeFile(sent, pdf(2));
        Map<String, String> after = state(justSent);
        System.out.println("Killed as its body was sent, report " + justSent + " is " + after.get("status"));
        if (after.get("status").equals("DRAFT")) {
            assertThat(after).as("the draft as it was").isEqualTo(justSentBefore);
        } else {
            assertSubmittedWithWholeFile(justSent, third);
        }
        assertThat(uploadFiles()).isEmpty();
    }

    /** The report is submitted, its one new file stored whole: its bytes hash as the file sent did. */
    private void assertSubmittedWithWholeFile(long reportId, byte[] file) throws Exception {
        Map<String, String> state = state(reportId);
        assertThat(state.get("status")).isEqualTo("SUBMITTED");
        assertThat(state.get("files")).contains(FILE_BYTES + ":" + sha256(file));
    }

    /** What a report is as stored: its header, entries and current files (size and SHA-256 of the stored bytes). */
    private Map<String, String> state(long reportId) throws SQLException {
        Map<String, String> state = new LinkedHashMap<>();
        try (Connection db = database(); Statement statement = db.createStatement()) {
            try (ResultSet row = statement.executeQuery("select status, version, updated_at, document_number"
                    + " from progress_report where id = " + reportId)) {
                row.next();
                state.put("status", row.getString(1));
                state.put("header", row.getString(2) + "|" + row.getString(3) + "|" + row.getString(4));
            }
            state.put("entries", column(statement, "select coalesce(string_agg(task_id || ':' || status || ':'"
                    + " || coalesce(done, '') || ':' || coalesce(percent, -1), ';' order by task_id), '')"
                    + " from report_entry where report_id = " + reportId));
            state.put("files", column(statement, "select coalesce(string_agg(length(content) || ':'"
                    + " || encode(sha256(content), 'hex'), ';' order by id), '') from evidence"
                    + " where report_id = " + reportId + " and removed_at is null"));
            state.put("versions", column(statement,
                    "select count(*) from report_version where report_id = " + reportId));
        }
        return state;
    }

    private static String column(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The child's PostgreSQL, found on the port its {@code postmaster.pid} names (fourth line). */
    private Connection database() throws SQLException {
        try {
            String port = Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(3).strip();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The officer's unit's editable reports, opening a report for every period owed that has none yet. */
    private List<Long> drafts(HttpBrowser officer) {
        String home = officer.get("/").body();
        Element link = Jsoup.parse(home).selectFirst("a[href~=^/units/\\d+/reports$]");
        assertThat(link).as("the officer's link to the unit's reports").isNotNull();
        String page = link.attr("href");
        for (Element form : Jsoup.parse(officer.get(page).body()).select("form[action~=^/periods/\\d+/reports$]")) {
            assertThat(officer.submit(page, form.attr("action"), Map.of()).statusCode()).isEqualTo(302);
        }
        return Jsoup.parse(officer.get(page).body()).select("a[href~=^/reports/\\d+/edit$]").stream()
                .map(a -> Long.parseLong(a.attr("href").replaceAll("\\D", ""))).distinct().toList();
    }

    /**
     * The report's form as its page sends it with the Send button, every field as shown, a document number and date
     * and an explanation added, and a 5 MB PDF as the first task's evidence: a whole HTTP request.
     */
    private byte[] submission(HttpBrowser officer, long reportId, byte[] pdf) {
        Document page = Jsoup.parse(officer.get("/reports/" + reportId + "/edit").body());
        Element form = page.selectFirst("form[action=/reports/" + reportId + "]");
        assertThat(form).as("the form of report %d", reportId).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        String fileField = null;
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (type.equals("file")) {
                fileField = fileField == null && name.startsWith("evidence-") ? name : fileField;
            } else if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.put(name, chosen != null ? chosen.val() : input.select("option").get(0).val());
            } else if (input.tagName().equals("textarea")) {
                fields.put(name, input.text());
            } else if (!type.equals("checkbox") && !type.equals("radio") || input.hasAttr("checked")) {
                fields.putIfAbsent(name, input.val());
            }
        }
        fields.replaceAll((name, value) -> name.endsWith(".explanation") && value.isBlank()
                ? "Đang triển khai theo kế hoạch." : value);
        fields.put("documentNumber", reportId + "/BC-STP");
        fields.put("documentDate", "1/10/2031");
        fields.put("action", "submit");
        assertThat(fileField).as("an evidence input").isNotNull();

        String boundary = "----chiso" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"bang-chung.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] request = ("POST /reports/" + reportId + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nCookie: SESSION=" + officer.cookie("SESSION")
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nReferer: http://localhost:" + port + "/reports/" + reportId + "/edit"
                + "\r\nAccept: text/html\r\nConnection: close\r\nContent-Length: "
                + (start.length + pdf.length + end.length) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] whole = Arrays.copyOf(request, request.length + start.length + pdf.length + end.length);
        System.arraycopy(start, 0, whole, request.length, start.length);
        System.arraycopy(pdf, 0, whole, request.length + start.length, pdf.length);
        System.arraycopy(end, 0, whole, request.length + start.length + pdf.length, end.length);
        return whole;
    }

    /** Sends a whole request and returns the head of the answer. */
    private String send(String session, byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(2048);
            return new String(answer, StandardCharsets.ISO_8859_1);
        }
    }

    /** A 5 MB file the upload check takes for a PDF: its header, then bytes of its own. */
    private static byte[] pdf(int seed) {
        byte[] content = new byte[FILE_BYTES];
        new Random(seed).nextBytes(content);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private Path waitForPartialUpload() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            List<Path> files = uploadFiles();
            if (!files.isEmpty() && Files.size(files.get(0)) > 0) {
                return files.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no upload file appeared in " + dir.resolve("uploads"));
    }

    private List<Path> uploadFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("uploads"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".lock"))
                    .toList();
        }
    }

    private HttpBrowser signedIn() {
        HttpBrowser officer = new HttpBrowser(port);
        assertThat(officer.signIn(OFFICER, DemoAccounts.PASSWORD).headers().firstValue("Location")).get()
                .asString().doesNotContain("error");
        return officer;
    }

    /**
     * Starts the application as {@code java -cp} with the main classes and libraries of this build (not the test
     * classes, which would be scanned as part of it) and waits until it serves the sign-in page.
     */
    private void start(int run) throws Exception {
        String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "vn.chiso.ChisoApplication",
                "--server.port=" + port, "--chiso.embedded-db.dir=" + dir.resolve("postgres"),
                "--chiso.embedded-db.port=" + databasePort,
                "--chiso.uploads.dir=" + dir.resolve("uploads")));
        child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("application-" + run + ".log").toFile()).start();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            assertThat(child.isAlive()).as("the application runs; see its log %s",
                    dir.resolve("application-" + run + ".log")).isTrue();
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                if (new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)
                        .equals("HTTP/1.1 200")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not start; see " + dir.resolve("application-" + run + ".log"));
    }

    /** SIGKILL, as {@link Process#destroyForcibly()} sends on Linux: no shutdown hook runs. */
    private void kill() throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
