package vn.chiso.system;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chiso.ChisoTest;
import vn.chiso.HttpBrowser;
import vn.chiso.TestData;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Large uploads over real HTTP, where the servlet container enforces its limits (MockMvc does not). */
@ChisoTest
class UploadLimitTests {

    private static final String IMPORT = "/indices/PAPI/import";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aFileOverTheFormsOwnLimitIsRefusedBesideTheFieldWithTheTypedValuesKept() {
        HttpBrowser browser = signedInCoordinator();

        HttpResponse<String> response = browser.upload(IMPORT, IMPORT, Map.of("year", "2031"), "file", "ket-qua.csv",
                filled(25 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#file-error").text()).contains("10 MB");
        assertThat(page.selectFirst("input[name=year]").val()).isEqualTo("2031");
    }

    @Test
    void aFormOverTheUploadLimitGoesBackToItsPageWithAVietnameseMessage() {
        HttpBrowser browser = signedInCoordinator();

        HttpResponse<String> response = browser.upload(IMPORT, IMPORT, Map.of("year", "2031"), "file", "ket-qua.csv",
                filled(101 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains(IMPORT);
        Document page = Jsoup.parse(browser.get(IMPORT).body());
        assertThat(page.select(".alert-danger").text())
                .isEqualTo("Tệp gửi lên quá lớn: mỗi lần gửi tối đa 100 MB. Hãy chọn tệp nhỏ hơn rồi gửi lại.");
    }

    @Test
    void aFormWithMorePartsThanTomcatReadsGoesBackToItsPageWithAVietnameseMessage() {
        HttpBrowser browser = signedInCoordinator();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("year", "2031");
        for (int i = 0; i < 1200; i++) {
            fields.put("extra" + i, "x");
        }

        HttpResponse<String> response = browser.upload(IMPORT, IMPORT, fields, "file", "ket-qua.csv",
                "Tỉnh,Điểm\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains(IMPORT);
        Document page = Jsoup.parse(browser.get(IMPORT).body());
        assertThat(page.select(".alert-danger").text()).startsWith(
                "Biểu mẫu gửi lên có quá nhiều ô nhập và tệp cùng lúc (tối đa 1000).");
        assertThat(page.select(".alert-danger[data-restore-sent]")).hasSize(1);
    }

    @Test
    void aFormOfFiveHundredPartsReachesItsPage() {
        HttpBrowser browser = signedInCoordinator();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("year", "2031");
        for (int i = 0; i < 500; i++) {
            fields.put("extra" + i, "x");
        }

        HttpResponse<String> response = browser.upload(IMPORT, IMPORT, fields, "file", "ket-qua.csv",
                new byte[0]);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).selectFirst("input[name=year]").val()).isEqualTo("2031");
    }

    private HttpBrowser signedInCoordinator() {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(data.account(Role.COORDINATOR).username(), TestData.PASSWORD);
        return browser;
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
