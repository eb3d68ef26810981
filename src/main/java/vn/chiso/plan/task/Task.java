package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A numbered item of a plan as it is written, assigned to one lead unit and any coordinating units, linked to the
 * indicators it should move.
 */
record Task(String section, String text, String expectedOutput, LocalDate deadline, boolean reported, long leadUnitId,
        List<Long> coordinatingUnitIds, List<Long> indicatorIds) {

    /** The task a form describes, for one lead unit (a form for a kind of body makes one task per unit). */
    static Task of(TaskForm form, long leadUnitId) {
        List<Long> coordinating = form.coordinatingUnitIds() == null ? List.of() : form.coordinatingUnitIds();
        List<Long> indicators = form.indicatorIds() == null ? List.of() : form.indicatorIds();
        return new Task(form.section().strip(), form.text().strip(),
                form.expectedOutput() == null || form.expectedOutput().isBlank() ? null : form.expectedOutput().strip(),
                form.deadline(), form.isReported(), leadUnitId,
                coordinating.stream().filter(id -> id != leadUnitId).distinct().toList(),
                indicators.stream().distinct().toList());
    }
}
