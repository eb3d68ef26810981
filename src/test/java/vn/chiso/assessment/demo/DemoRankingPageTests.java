package vn.chiso.assessment.demo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * The ranking of seed 003 (the round before the one under way) as a leader reads it on the ranking page, computed from
 * the demo units' scores.
 */
@ChisoTest
class DemoRankingPageTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestData data;
    @Autowired
    DemoCalendar calendar;

    @Test
    void theLeaderReadsTheCountsOfSeed003WithTheSharesComputedFromThem() {
        int previous = calendar.assessmentYear() - 1;
        Document page = Jsoup.parse(Pages.html(mvc.get().uri("/assessments/" + previous + "/ranking")
                .with(as(data.account(Role.LEADER))).exchange()));

        Element provincial = page.selectFirst("table.counts[data-group=PROVINCIAL]");
        assertThat(provincial.attr("data-total")).isEqualTo("43");
        assertFigures(provincial, "GOOD", "30", "69,77 %", "0");
        assertFigures(provincial, "FAIR", "13", "30,23 %", "0");
        assertFigures(provincial, "AVERAGE", "0", "0,00 %", "\u22121");

        Element communes = page.selectFirst("table.counts[data-group=COMMUNE]");
        assertThat(communes.attr("data-total")).isEqualTo("136");
        assertFigures(communes, "GOOD", "73", "53,68 %", "+3");
        assertFigures(communes, "FAIR", "63", "46,32 %", "+2");
        assertFigures(communes, "AVERAGE", "0", "0,00 %", "\u22125");
        assertFigures(communes, "WEAK", "0", "0,00 %", "0");
    }

    private static void assertFigures(Element table, String rating, String count, String percent, String change) {
        Element row = table.selectFirst("tr[data-rating=" + rating + "]");
        assertThat(row.selectFirst("[data-figure=count]").text()).as(rating).isEqualTo(count);
        assertThat(row.selectFirst("[data-figure=percent]").text()).as(rating).isEqualTo(percent);
        assertThat(row.selectFirst("[data-figure=change]").text()).as(rating).isEqualTo(change);
    }
}
