package vn.chiso.system;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chiso.ChisoApplication;
import vn.chiso.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat listens before the runners that load the demo and create the first administrator have finished. While they
 * run, a page answers 503 saying the application is starting, in Vietnamese, and reloads itself; then the same
 * address serves the sign-in page.
 */
class StartupTests {

    @Test
    void untilTheApplicationIsReadyEveryPageSaysItIsStartingThenServesAsUsual() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> port = new CompletableFuture<>();
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.startTemporary()) {
            CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                    new SpringApplicationBuilder(ChisoApplication.class)
                            .initializers(context -> {
                                context.getBeanFactory().registerSingleton("mainClassesOnly",
                                        new ExternalDatabaseTests.MainClassesOnly());
                                // the last runner waits, as the demo loaders take their time on a first start
                                context.getBeanFactory().registerSingleton("slowRunner",
                                        (ApplicationRunner) args -> release.await(60, TimeUnit.SECONDS));
                            })
                            .listeners(new PortListener(port))
                            .run("--spring.datasource.url=" + database.jdbcUrl(),
                                    "--spring.datasource.username=postgres", "--server.port=0",
                                    "--chiso.admin-password=mat-khau-dau-tien"));
            HttpBrowser browser = new HttpBrowser(port.get(60, TimeUnit.SECONDS));

            HttpResponse<String> starting = browser.get("/login");
            HttpResponse<String> home = browser.get("/");

            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(starting.body()).contains("<title>Chỉ Số đang khởi động</title>",
                    "Ứng dụng đang chuẩn bị dữ liệu và sẽ sẵn sàng trong giây lát.",
                    "<meta http-equiv=\"refresh\" content=\"5\">");
            assertThat(home.statusCode()).isEqualTo(503);
            assertThat(browser.get("/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);

            release.countDown();
            try (ConfigurableApplicationContext context = started.get(60, TimeUnit.SECONDS)) {
                HttpResponse<String> login = browser.get("/login");
                assertThat(login.statusCode()).isEqualTo(200);
                assertThat(login.body()).contains("Đăng nhập");
            }
        } finally {
            release.countDown();
        }
    }

    private static final class PortListener implements ApplicationListener<WebServerInitializedEvent> {

        private final CompletableFuture<Integer> port;

        PortListener(CompletableFuture<Integer> port) {
            this.port = port;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            port.complete(event.getWebServer().getPort());
        }
    }
}
