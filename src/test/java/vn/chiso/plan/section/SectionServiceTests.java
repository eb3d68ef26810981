package vn.chiso.plan.section;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A plan's headings and paragraphs, and its outline in document order. */
@ChisoTest
class SectionServiceTests {

    @Autowired
    SectionService sections;

    @Autowired
    TaskService tasks;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    TestData data;

    @Test
    void theOutlinePutsEachHeadingBeforeTheTasksOfItsNumber() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        String lead = "u:" + data.unit(UnitKind.DEPARTMENT).id();
        tasks.add(plan, new TaskForm("II.2", "Tổ chức tập huấn", null, null, true, lead, List.of(), List.of(), null));
        tasks.add(plan, new TaskForm("II.1.a", "Quán triệt", null, null, true, lead, List.of(), List.of(), null));
        for (String number : List.of("III.1", "II.2", "II", "II.1")) {
            sections.add(plan, new SectionForm(number, "Đề mục " + number, null, null));
        }
        assertThat(sections.outline(plan.id())).extracting(entry -> entry.isHeading()
                ? "heading " + entry.section().number() : "tasks " + entry.tasks().section())
                .containsExactly("heading II", "heading II.1", "tasks II.1.a", "heading II.2", "tasks II.2",
                        "heading III.1");
    }

    @Test
    void aNumberIsUsedOnceAndASectionSaysSomething() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        sections.add(plan, new SectionForm("III.2", null, "Giao Sở Nội vụ theo dõi, tổng hợp.", null));
        assertThatThrownBy(() -> sections.add(plan, new SectionForm(" iii.2 ", "Trùng", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("number");
                    assertThat(refused.messageKey()).isEqualTo("section.number.taken");
                });
        assertThatThrownBy(() -> sections.add(plan, new SectionForm("III.3", " ", "", null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("section.content.required"));
        assertThat(sections.of(plan.id())).extracting(SectionView::number, SectionView::heading, SectionView::body)
                .containsExactly(tuple("III.2", null, "Giao Sở Nội vụ theo dõi, tổng hợp."));
    }

    /** Two coordinators opened the same heading: the second save is refused, the first stays. */
    @Test
    void aConcurrentEditOfAHeadingIsRefused() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        long id = sections.add(plan, new SectionForm("II.1", "Quán triệt", null, null));
        int opened = sections.get(plan.id(), id).version();
        sections.update(plan, id, new SectionForm("II.1", "Quán triệt, chỉ đạo", null, opened));
        assertThatThrownBy(() -> sections.update(plan, id, new SectionForm("II.1", "Bản khác", null, opened)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.concurrent"));
        assertThat(sections.get(plan.id(), id).heading()).isEqualTo("Quán triệt, chỉ đạo");
    }
}
