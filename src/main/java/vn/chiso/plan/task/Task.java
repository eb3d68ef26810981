package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A numbered item of a plan, assigned to one lead unit and any coordinating units. */
@Entity
@Table(name = "task")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private String section;

    private String text;

    @Column(name = "expected_output")
    private String expectedOutput;

    private LocalDate deadline;

    private boolean reported = true;

    private int position;

    @ElementCollection
    @CollectionTable(name = "task_unit", joinColumns = @JoinColumn(name = "task_id"))
    private Set<Assignment> assignments = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_indicator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "indicator_id")
    private Set<Long> indicatorIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected Task() {
    }

    Task(long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    void describe(String section, String text, String expectedOutput, LocalDate deadline, boolean reported) {
        this.section = section;
        this.text = text;
        this.expectedOutput = expectedOutput;
        this.deadline = deadline;
        this.reported = reported;
    }

    void assign(long leadUnitId, List<Long> coordinatingUnitIds, List<Long> indicatorIds) {
        assignments.clear();
        assignments.add(new Assignment(leadUnitId, AssignmentRole.LEAD));
        coordinatingUnitIds.stream().filter(id -> id != leadUnitId).distinct()
                .forEach(id -> assignments.add(new Assignment(id, AssignmentRole.COORDINATING)));
        this.indicatorIds.clear();
        this.indicatorIds.addAll(indicatorIds);
    }

    Long getId() {
        return id;
    }

    Long getPlanId() {
        return planId;
    }

    int getVersion() {
        return version;
    }

    @Embeddable
    static class Assignment {

        @Column(name = "unit_id")
        private Long unitId;

        @Enumerated(EnumType.STRING)
        private AssignmentRole role;

        protected Assignment() {
        }

        Assignment(long unitId, AssignmentRole role) {
            this.unitId = unitId;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Assignment that && unitId.equals(that.unitId);
        }

        @Override
        public int hashCode() {
            return unitId.hashCode();
        }
    }
}
