package vn.chiso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.HttpBrowser;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

/**
 * A double click on Send: the same form, with its file, posted twice at once over real HTTP on one session. The
 * second request waits for the first's row lock, then finds the report sent from that very version.
 */
@ChisoTest
class ReportDoubleSubmissionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TaskService tasks;
    @Autowired
    ReportEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDoubleClickedSubmissionCreatesOneSubmissionAndBothClicksAreAnsweredWithTheReport() throws Exception {
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        PlanView plan = plans.plan(deadline.getYear(), deadline.getYear(), "PCI");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo nhanh", deadline, null, null, false));
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        tasks.add(plan, new TaskForm("I.1", "Nhiệm vụ được gửi hai lần", null, null, true, "u:" + unit.id(),
                List.of(), List.of(), null));
        UserRow officer = data.account(Role.OFFICER, unit.id());
        long id = editing.open(periods.periods(plan.id()).get(0).id(), ReportFixtures.user(officer));
        ReportView view = reports.get(id);
        int version = view.header().version();

        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(officer.username(), TestData.PASSWORD);
        Matcher token = CSRF.matcher(browser.get("/reports/" + id + "/edit").body());
        assertThat(token.find()).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token.group(1));
        form.put("action", "submit");
        form.put("version", String.valueOf(version));
        form.put("documentNumber", "7/BC-SCT");
        form.put("documentDate", "1/10/2031");
        form.put("addressee", "Sở Nội vụ");
        form.put("entries[0].taskId", String.valueOf(view.entries().get(0).task().id()));
        form.put("entries[0].status", EntryStatus.IN_PROGRESS.name());
        form.put("entries[0].done", "Đã gửi một lần.");
        form.put("entries[0].percent", "40");
        form.put("entries[0].explanation", "Đang triển khai.");
        byte[] pdf = ("%PDF-1.4\n" + "x".repeat(200_000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest click = multipart(id, browser.cookie("SESSION"), form,
                "evidence-" + view.entries().get(0).task().id(), pdf);

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(click, HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> second = client.sendAsync(click, HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : List.of(first.get(), second.get())) {
            assertThat(answer.statusCode()).as("each click is answered with the sent report").isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValue("/reports/" + id);
        }
        assertThat(jdbc.queryForObject("select count(*) from report_version where report_id = ? and event = 'SUBMITTED'",
                Integer.class, id)).as("submissions").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from evidence where report_id = ?", Integer.class, id))
                .as("files stored").isEqualTo(1);
        assertThat(reports.get(id).header().version()).as("a save and a submission").isEqualTo(version + 2);
        assertThat(reports.get(id).header().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    /** The report's form as a browser posts it, with one file. */
    private HttpRequest multipart(long id, String session, Map<String, String> fields, String fileField, byte[] file) {
        String boundary = "----chiso" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"bien-ban.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reports/" + id))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "SESSION=" + session)
                .header("Referer", "http://localhost:" + port + "/reports/" + id + "/edit")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }
}
