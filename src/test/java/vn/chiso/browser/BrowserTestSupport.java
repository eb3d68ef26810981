package vn.chiso.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chiso.ChisoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the real pages in Debian's headless Chromium with Playwright (which never downloads a browser). Without
 * Chromium the tests are reported as skipped; with {@code CHISO_REQUIRE_BROWSER=1} (set by {@code .ci/run}) a
 * missing Chromium fails them instead. Every page a test opens must log no error to the console: a script or style
 * blocked by the Content-Security-Policy shows up there.
 */
@ChisoTest
abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("1".equals(System.getenv("CHISO_REQUIRE_BROWSER"))) {
                fail("CHISO_REQUIRE_BROWSER=1 but " + CHROMIUM + " is missing (apt-get install chromium)");
            }
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    /** Each test, not the class, is skipped without Chromium, so that the report counts every one as skipped. */
    @BeforeEach
    void openPage() {
        assumeTrue(browser != null, "Chromium is not installed at " + CHROMIUM + ": browser test skipped");
        context = browser.newContext(contextOptions());
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        // 403/404 responses are logged by Chromium as failed resources; those are expected where tests ask for them.
        assertThat(consoleErrors).filteredOn(error -> !error.contains("status of 40")).isEmpty();
    }

    Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setLocale("vi-VN");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        // the menu's scripts run at the end of the page: wait for them before anything is clicked
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }
}
