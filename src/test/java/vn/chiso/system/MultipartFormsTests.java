package vn.chiso.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * Tomcat reads at most {@code server.tomcat.max-part-count} parts of a multipart form and refuses the whole request
 * beyond it. Every template with such a form is rendered here at its largest real size (a report of 40 tasks, the
 * largest criteria set of the current round with the unit's files to pick from) and its parts counted as a browser
 * sends them at most; each must stay within half the limit. A new multipart template fails this test until it is
 * listed here with its largest real size.
 */
@ChisoTest
class MultipartFormsTests {

    /** A file input that takes several files sends one part per file: counted as this many. */
    private static final int FILES_PER_INPUT = 3;
    /** Files an officer picks for one criterion among those the unit already has, at most as counted here. */
    private static final int PICKED_PER_LIST = 3;

    @Value("${server.tomcat.max-part-count}")
    int maxParts;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    PlanFixtures plans;

    @Autowired
    TaskService tasks;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportEditing editing;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMultipartFormAtItsLargestStaysWellWithinTheContainersPartLimit() throws IOException {
        UserRow coordinator = data.account(Role.COORDINATOR);
        PlanView plan = plans.plan(LocalDate.now().getYear(), LocalDate.now().getYear(), "PAPI");
        UserRow reporter = reportOfFortyTasks(plan);
        long report = editing.open(periods.periods(plan.id()).get(0).id(), ReportFixtures.user(reporter));
        int year = jdbc.queryForObject("select max(year) from assessment_year where published_at is null",
                Integer.class);
        UserRow assessor = officerOfTheLargestSet(year);

        Map<String, Integer> parts = new LinkedHashMap<>();
        count("/reports/" + report + "/edit", reporter, parts);
        count("/assessments/" + year + "/units/" + assessor.unitId() + "/edit", assessor, parts);
        count("/assessments/" + year + "/survey", coordinator, parts);
        count("/plans/" + plan.id() + "/tasks/import", coordinator, parts);
        count("/indices/PAPI/import", coordinator, parts);
        System.out.println("Parts of the largest multipart forms (limit " + maxParts + "): " + parts);

        assertThat(parts.keySet()).as("every template with a multipart form is measured")
                .containsExactlyInAnyOrderElementsOf(multipartTemplates());
        assertThat(parts.get("report/edit")).as("40 tasks").isGreaterThan(40 * 6);
        assertThat(parts).allSatisfy((template, count) -> assertThat(count).as(template)
                .isLessThanOrEqualTo(maxParts / 2));
    }

    /** An officer of a new unit that leads 40 reported tasks of the plan, which has one reporting period. */
    private UserRow reportOfFortyTasks(PlanView plan) {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện",
                LocalDate.of(plan.lastYear(), 12, 15), null, null, false));
        for (int i = 1; i <= 40; i++) {
            tasks.add(plan, new TaskForm("II." + i, "Nhiệm vụ thứ " + i, null, null, true, "u:" + unit.id(),
                    List.of(), List.of(), null));
        }
        return data.account(Role.OFFICER, unit.id());
    }

    /** An officer of a unit enrolled on the set with the most scored criteria of the year, with files to pick. */
    private UserRow officerOfTheLargestSet(int year) {
        long unitId = jdbc.queryForObject("""
                select a.unit_id from assessment a
                where a.year = ? and a.status = 'DRAFT'
                order by (select count(*) from criterion c where c.set_id = a.set_id and c.max_points is not null
                          and not exists (select 1 from criterion k where k.parent_id = c.id)) desc, a.unit_id
                limit 1
                """, Long.class, year);
        for (int i = 1; i <= 5; i++) {
            evidence.storeForUnit(unitId, new EvidenceFiles.Upload(0, "tai-lieu-" + i + ".pdf", EvidenceType.PDF,
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "tester", Instant.now());
        }
        return data.account(Role.OFFICER, unitId);
    }

    private void count(String url, UserRow account, Map<String, Integer> parts) {
        MvcTestResult result = mvc.get().uri(url).with(as(account)).exchange();
        assertThat(result).as(url).hasStatusOk();
        String template = result.getMvcResult().getModelAndView().getViewName();
        int largest = 0;
        for (Element form : Jsoup.parse(Pages.html(result)).select("form[enctype=multipart/form-data]")) {
            largest = Math.max(largest, partsOf(form));
        }
        parts.merge(template, largest, Math::max);
    }

    /** The parts a browser sends for this form at most: each field, every file chosen, the button pressed. */
    static int partsOf(Element form) {
        int parts = 1;
        Set<String> radioGroups = new HashSet<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            if (field.hasAttr("disabled")) {
                continue;
            }
            String type = field.attr("type");
            if (field.tagName().equals("select") && field.hasAttr("multiple")) {
                parts += Math.min(PICKED_PER_LIST, field.select("option").size());
            } else if (type.equals("file")) {
                parts += field.hasAttr("multiple") ? FILES_PER_INPUT : 1;
            } else if (type.equals("radio")) {
                parts += radioGroups.add(field.attr("name")) ? 1 : 0;
            } else if (!type.equals("submit") && !type.equals("button") && !type.equals("reset")) {
                parts++;
            }
        }
        return parts;
    }

    private static List<String> multipartTemplates() throws IOException {
        List<String> templates = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath:templates/**/*.html")) {
            String html = resource.getContentAsString(StandardCharsets.UTF_8);
            if (html.contains("multipart/form-data")) {
                String path = resource.getURL().getPath();
                templates.add(path.substring(path.indexOf("/templates/") + 11, path.length() - 5));
            }
        }
        return templates;
    }
}
