package vn.chiso.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferersTests {

    @Test
    void onlyThePathOfAPageOfTheApplicationIsKept() {
        assertThat(Referers.localPath("http://localhost:8080/reports/5/edit", "")).isEqualTo("/reports/5/edit");
        assertThat(Referers.localPath("https://evil.example/steal?x=1", "")).isEqualTo("/steal");
        assertThat(Referers.localPath("http://host/app/reports/5/edit", "/app")).isEqualTo("/reports/5/edit");
        assertThat(Referers.localPath("http://host/other/page", "/app")).isEqualTo("/");
        assertThat(Referers.localPath("http://host//evil.example/x", "")).isEqualTo("/");
        assertThat(Referers.localPath("not a uri at all", "")).isEqualTo("/");
        assertThat(Referers.localPath(null, "")).isEqualTo("/");
    }
}
