package vn.chiso.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A coordinator imports a results table in the browser, and anyone reads the trend chart. */
class ImportBrowserTests extends BrowserTestSupport {

    @Test
    void aCoordinatorUploadsAFileSeesItsProblemsThenSavesTheCorrectedOne() {
        signIn("noivu", "chiso-demo");
        page.navigate(url("/indices/PAPI"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập bảng kết quả")).click();

        upload("2009", "province;PAPI;PAPI.D1\nKhánh Hòa;43,44;4,5\nAtlantis;40;5\nPhú Yên;40,74;11\n");
        assertThat(page.locator("#problems .alert-danger")).hasText("Tệp có 2 lỗi; chưa có gì được lưu. Hãy sửa tệp rồi tải lên lại.");
        assertThat(page.locator("tr.problem").first().locator(".what"))
                .hasText("Không tìm thấy tỉnh \"Atlantis\" trong danh sách tỉnh của năm này.");
        assertThat(page.locator("tr.problem").nth(1).locator(".line")).hasText("4");
        assertThat(page.locator("tr.problem").nth(1).locator(".what")).hasText("11 nằm ngoài thang điểm 1 – 10.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải lên tệp đã sửa")).click();
        upload("2009", "province;PAPI;PAPI.D1\nKhanh Hoa;43,44;4,5\nPhú Yên;40,74;5\nTT Huế;45,38;6\n");
        assertThat(page.locator("#ready .alert-success")).containsText("3 tỉnh, trong đó 3 tỉnh được xếp hạng");
        assertThat(page.locator("#preview-rows")).containsText("Thừa Thiên Huế");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả")).click();

        assertThat(page).hasURL(url("/indices/PAPI?year=2009"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu kết quả năm 2009.");
        assertThat(page.locator("#indicator-tree tr[data-code='PAPI'] .score")).hasText("43,44");
        assertThat(page.locator("#indicator-tree tr[data-code='PAPI'] .rank")).containsText("2/3");
    }

    @Test
    void theTrendChartDrawsUnderTheContentSecurityPolicy() {
        signIn("lanhdao", "chiso-demo");
        page.navigate(url("/indices/PAPI/indicators/PAPI?year=2022"));
        assertThat(page.locator("canvas[data-trend]")).isVisible();
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-trend]'))");
        assertThat(page.locator("#provinces tr[data-ours='true'] .province")).containsText("Khánh Hòa");
    }

    /**
     * A file over what one form may send (100 MB) never reaches the application: the page comes back with a
     * Vietnamese message instead of Tomcat's English 413, and the year the coordinator typed is still there.
     */
    @Test
    void aFormOverTheUploadLimitComesBackWithAVietnameseMessageAndWhatWasTyped() throws IOException {
        Path large = Files.createTempFile("ket-qua", ".csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(101L * 1024 * 1024);
        }
        signIn("noivu", "chiso-demo");
        page.navigate(url("/indices/PAPI/import"));
        page.getByLabel("Năm").first().fill("2031");
        page.locator("#file").setInputFiles(large);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và xem trước")).click();

        assertThat(page.locator(".alert-danger")).hasText(
                "Tệp gửi lên quá lớn: mỗi lần gửi tối đa 100 MB. Hãy chọn tệp nhỏ hơn rồi gửi lại.");
        assertThat(page.getByLabel("Năm").first()).hasValue("2031");
        Files.delete(large);
    }

    private void upload(String year, String csv) {
        page.getByLabel("Năm").first().fill(year);
        page.locator("#file").setInputFiles(new FilePayload("ket-qua.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và xem trước")).click();
    }
}
