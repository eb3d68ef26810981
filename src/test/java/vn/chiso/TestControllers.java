package vn.chiso;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two handlers that exist only in tests: one whose URL the security configuration does not name (it must be refused
 * to everyone) and one that fails (the 500 page must not show what went wrong inside).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestControllers {

    static final String SECRET = "secret-detail-for-500-test";

    /** Registered as a member class of this configuration. */
    @RestController
    static class Probes {

        @GetMapping("/unstated-in-security")
        String unstated() {
            return "this must never be served";
        }

        @GetMapping("/admin/failing-for-test")
        String failing() {
            throw new IllegalStateException(SECRET);
        }
    }
}
