package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A task as a coordinator types it from the plan. The lead is a unit ({@code u:<id>}) or, when the document
 * addresses a whole kind of body ("UBND các huyện"), every active unit of that kind ({@code k:DISTRICT}, or
 * {@code k:ALL} for "các cơ quan, đơn vị, địa phương"): one task per unit, each reporting on its own.
 */
public record TaskForm(
        @NotBlank(message = "{task.section.required}")
        @Size(max = 30, message = "{task.section.size}")
        @Pattern(regexp = "^[\\p{L}\\p{N}.\\-]*$", message = "{task.section.pattern}")
        String section,
        @NotBlank(message = "{task.text.required}")
        @Size(max = 5000, message = "{task.text.size}")
        String text,
        @Size(max = 1000, message = "{task.expectedOutput.size}")
        String expectedOutput,
        LocalDate deadline,
        Boolean reported,
        String lead,
        List<Long> coordinatingUnitIds,
        List<Long> indicatorIds,
        Integer version) {

    /** A checkbox left unticked sends nothing: no answer means no. */
    public boolean isReported() {
        return Boolean.TRUE.equals(reported);
    }

    public static TaskForm empty() {
        return new TaskForm("", "", "", null, true, "", List.of(), List.of(), null);
    }

    public static TaskForm of(TaskView task) {
        return new TaskForm(task.section(), task.text(), task.expectedOutput(), task.deadline(), task.reported(),
                "u:" + task.lead().id(), task.coordinating().stream().map(unit -> unit.id()).toList(),
                task.indicatorIds(), task.version());
    }
}
