package vn.chiso.plan.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A numbered heading or paragraph of a plan that is not a task: "II.1 Quán triệt, chỉ đạo…", "III.2 Giao Sở…". */
@Entity
@Table(name = "plan_section")
class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private String number;

    private String heading;

    private String body;

    @Version
    private int version;

    protected PlanSection() {
    }

    PlanSection(long planId) {
        this.planId = planId;
    }

    void describe(String number, String heading, String body) {
        this.number = number;
        this.heading = heading;
        this.body = body;
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

    SectionView view() {
        return new SectionView(id, planId, number, heading, body, version);
    }
}
