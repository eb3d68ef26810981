package vn.chiso.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": {@code tuphap} corrects and sends again the 6025/KH-UBND report Sở Nội vụ returned;
 * {@code noivu} finds it in the work queue with the count in the menu and a notice, follows the notice to the review,
 * and the outbox holds the mail. The demo report is put back as it was afterwards, for the other tests.
 */
class QueueBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private long report;
    private Map<String, Object> demoReport;
    private List<Map<String, Object>> demoEntries;
    private long lastVersion;

    @BeforeEach
    void keepTheDemoReport() {
        report = jdbc.queryForObject("""
                select r.id from progress_report r join unit u on u.id = r.unit_id join plan p on p.id = r.plan_id
                where p.number = '6025/KH-UBND' and u.code = 'STP'
                """, Long.class);
        demoReport = jdbc.queryForMap("select * from progress_report where id = ?", report);
        demoEntries = jdbc.queryForList("select * from report_entry where report_id = ?", report);
        lastVersion = jdbc.queryForObject("select max(id) from report_version where report_id = ?", Long.class,
                report);
        assertThat(demoReport.get("status")).isEqualTo("RETURNED");
    }

    @AfterEach
    void restoreTheDemoReport() {
        jdbc.update("delete from report_version where report_id = ? and id > ?", report, lastVersion);
        jdbc.update("delete from report_entry where report_id = ?", report);
        demoEntries.forEach(entry -> insert("report_entry", entry));
        List<String> columns = demoReport.keySet().stream().filter(column -> !column.equals("id")).toList();
        List<Object> values = new ArrayList<>(columns.stream().map(demoReport::get).toList());
        values.add(report);
        jdbc.update("update progress_report set " + columns.stream().map(column -> column + " = ?")
                .collect(Collectors.joining(", ")) + " where id = ?", values.toArray());
    }

    @Test
    void aReportTuphapSendsAgainReachesNoivusQueueWithTheCountANoticeAndAMail() {
        signIn("tuphap", "chiso-demo");
        page.navigate(url("/reports"));
        page.locator("a[href$='/reports/" + report + "/edit']").first().click();
        page.locator("[name='entries[0].done']").fill("Đã quán triệt Văn bản số 81/UBND-KSTT và số 4573/UBND-KSTT"
                + " tại cuộc họp giao ban tháng 7/2023; biên bản cuộc họp kèm theo.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi báo cáo đến Sở Nội vụ.");

        context.clearCookies();
        signIn("noivu", "chiso-demo");
        Locator notice = page.locator("#notices .notice-item").filter(new Locator.FilterOptions()
                .setHasText("Sở Tư pháp đã gửi báo cáo"));
        assertThat(notice.first()).containsText("6025/KH-UBND");
        assertThat(notice.first()).containsText("Gửi lại");
        screenshots("dashboard-notices", false);

        page.locator("#nav-queue").click();
        Locator item = page.locator("[data-report='" + report + "']");
        assertThat(item).containsText("Sở Tư pháp");
        assertThat(item).containsText("Kế hoạch 6025/KH-UBND");
        assertThat(item).containsText("Đúng hạn");
        assertThat(item).containsText("Gửi lại sau khi bị trả lại");
        assertThat(page.locator("#queue-count")).hasText(String.valueOf(page.locator(".queue-item").count()));
        screenshots("queue", true);

        page.locator("#notices .notice-item a").filter(new Locator.FilterOptions()
                .setHasText("Sở Tư pháp đã gửi báo cáo")).first().click();
        assertThat(page).hasURL(url("/reports/" + report));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấp nhận"))).isVisible();
        page.navigate(url("/queue"));
        assertThat(page.locator("#notices .notice-item").filter(new Locator.FilterOptions()
                .setHasText("Sở Tư pháp đã gửi báo cáo"))).hasCount(0);

        page.navigate(url("/outbox"));
        assertThat(page.locator("main")).containsText("[Chỉ Số] Sở Tư pháp đã gửi báo cáo");
        assertThat(page.locator("main")).containsText("/reports/" + report);
    }

    /**
     * The page at a phone's and a desktop's width, for a person to look at; the queue may not scroll sideways (the
     * dashboard around the notices is another part's).
     */
    private void screenshots(String name, boolean fits) {
        for (int width : new int[] {375, 1366}) {
            page.setViewportSize(width, 900);
            Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            if (fits) {
                assertThat(((Number) overflow).intValue()).as(name + " scrolls sideways at " + width + " px")
                        .isLessThanOrEqualTo(0);
            }
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + name + "-" + width + ".png")));
        }
    }

    private void insert(String table, Map<String, Object> row) {
        jdbc.update("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                + row.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")",
                row.values().toArray());
    }
}
