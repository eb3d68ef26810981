package vn.chiso.notification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** Only coordinators have a work queue and notices; {@code /reports} leads each role to the reports it works on. */
@ChisoTest
class QueueAccessTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestData data;

    @Test
    void onlyCoordinatorsOpenTheQueueAndTheirNotices() {
        assertThat(mvc.get().uri("/queue").with(as(data.account(Role.COORDINATOR)))).hasStatusOk();
        for (Role role : List.of(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
            UserRow user = data.account(role);
            assertThat(mvc.get().uri("/queue").with(as(user))).as(role.name()).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/notices/read").with(as(user)).with(csrf())).as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/queue")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        assertThat(mvc.post().uri("/notices/read").with(as(data.account(Role.COORDINATOR))))
                .as("without its CSRF token").hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void reportsLeadsEachRoleToTheReportsItWorksOn() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(mvc.get().uri("/reports").with(as(data.account(Role.COORDINATOR)))).hasRedirectedUrl("/queue");
        assertThat(mvc.get().uri("/reports").with(as(officer)))
                .hasRedirectedUrl("/units/" + officer.unitId() + "/reports");
        assertThat(mvc.get().uri("/reports").with(as(data.account(Role.LEADER))))
                .hasRedirectedUrl("/dashboard/timeliness");
        assertThat(mvc.get().uri("/reports").with(as(data.account(Role.ADMIN)))).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/reports")).hasRedirectedUrl("/login");
    }
}
