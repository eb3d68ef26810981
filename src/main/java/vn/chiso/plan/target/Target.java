package vn.chiso.plan.target;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a plan promises for an indicator in a year, or in each year of a range. */
@Entity
@Table(name = "plan_target")
class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "indicator_id")
    private Long indicatorId;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    private BigDecimal value;

    @Column(name = "child_count")
    private Integer childCount;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "last_year")
    private int lastYear;

    private String wording;

    private int position;

    @Version
    private int version;

    protected Target() {
    }

    Target(long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    void describe(TargetForm form, BigDecimal value) {
        this.indicatorId = form.indicatorId();
        this.kind = form.kind();
        this.value = value;
        this.childCount = form.kind().countsChildren() ? form.childCount() : null;
        this.firstYear = form.firstYear();
        this.lastYear = form.lastYear() == null ? form.firstYear() : form.lastYear();
        this.wording = form.wording() == null || form.wording().isBlank() ? null : form.wording().strip();
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

    TargetSpec spec() {
        return new TargetSpec(id, planId, indicatorId, kind, value, childCount, firstYear, lastYear, wording, position,
                version);
    }
}
