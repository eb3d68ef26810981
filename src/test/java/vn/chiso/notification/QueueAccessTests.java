package vn.chiso.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.assessment.AppraisalReturned;
import vn.chiso.index.ResultsPublished;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * Only coordinators have a work queue; coordinators, leaders and officers have their own notices; {@code /reports}
 * leads each role to the reports it works on.
 */
@ChisoTest
class QueueAccessTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestData data;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void onlyCoordinatorsOpenTheQueue() {
        assertThat(mvc.get().uri("/queue").with(as(data.account(Role.COORDINATOR)))).hasStatusOk();
        for (Role role : List.of(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
            assertThat(mvc.get().uri("/queue").with(as(data.account(role)))).as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/queue")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
    }

    @Test
    void coordinatorsAndOfficersMarkTheirNoticesReadAndReturnWhereTheyWereListed() {
        assertThat(mvc.post().uri("/notices/read").with(as(data.account(Role.COORDINATOR))).with(csrf()))
                .hasRedirectedUrl("/queue");
        MockHttpServletResponse officer = mvc.post().uri("/notices/read").with(as(data.account(Role.OFFICER)))
                .with(csrf()).exchange().getResponse();
        assertThat(officer.getStatus()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(officer.getHeader("Location")).isEqualTo("/");
        for (Role role : List.of(Role.LEADER, Role.ADMIN)) {
            assertThat(mvc.post().uri("/notices/read").with(as(data.account(role))).with(csrf())).as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/notices/read").with(as(data.account(Role.COORDINATOR))))
                .as("without its CSRF token").hasStatus(HttpStatus.FORBIDDEN);
    }

    /**
     * A returned appraisal reaches the unit's officer on their home page; opening the notice leads to the
     * assessment, and an officer of another unit who guesses its address finds nothing.
     */
    @Test
    void anOfficerOpensTheNoticeOfTheirReturnedAppraisalAndNoOtherOfficerCan() throws Exception {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        UserRow stranger = data.account(Role.OFFICER, data.unit(UnitKind.DEPARTMENT).id());
        transactions.executeWithoutResult(status -> events.publishEvent(new AppraisalReturned(71, 2091, unit.id(),
                unit.name(), "Đề nghị bổ sung kế hoạch CCHC", "Trần Thị Hạnh", Instant.now())));

        Document home = Jsoup.parse(mvc.get().uri("/").with(as(officer)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Element notice = home.selectFirst("#notices .notice-item a");
        assertThat(notice).isNotNull();
        assertThat(notice.text()).contains("2091").contains(unit.name());
        String address = notice.attr("href");

        assertThat(mvc.get().uri(address).with(as(stranger))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(address).with(as(officer)))
                .hasRedirectedUrl("/assessments/2091/units/" + unit.id());
        assertThat(Jsoup.parse(mvc.get().uri("/").with(as(officer)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("#notices")).as("read, no longer shown").isEmpty();
    }

    /** New results reach a leader on the dashboard they land on, and the notice leads to that year of the index. */
    @Test
    void aLeaderFindsTheNoticeOfNewResultsOnTheDashboard() throws Exception {
        UserRow leader = data.account(Role.LEADER);
        transactions.executeWithoutResult(status -> events.publishEvent(new ResultsPublished(1, "PAPI", 2092, 1, 1,
                true, "Trần Thị Hạnh", Instant.now())));

        Document dashboard = Jsoup.parse(mvc.get().uri("/dashboard").with(as(leader)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Element notice = dashboard.select("#notices .notice-item a").stream()
                .filter(link -> link.text().contains("2092")).findFirst().orElseThrow();
        assertThat(notice.text()).contains("PAPI");
        assertThat(dashboard.select("#notices form")).as("a leader changes nothing: no button to mark all read")
                .isEmpty();
        assertThat(mvc.get().uri(notice.attr("href")).with(as(leader))).hasRedirectedUrl("/indices/PAPI?year=2092");
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
