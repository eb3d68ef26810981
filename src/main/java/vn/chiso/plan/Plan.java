package vn.chiso.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A plan as issued: its number, date, issuer, title, period, indices, the plan it implements, its legal basis and its
 * purposes and requirements.
 */
@Entity
@Table(name = "plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    private String issuer;

    private String title;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "last_year")
    private int lastYear;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "legal_basis")
    private String legalBasis;

    /** Part I of the document: its purposes and requirements ("Mục đích, yêu cầu"). */
    private String purpose;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @ElementCollection
    @CollectionTable(name = "plan_index", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "index_code")
    private Set<String> indexCodes = new LinkedHashSet<>();

    @Version
    private int version;

    protected Plan() {
    }

    Plan(PlanForm form) {
        describe(form);
    }

    void describe(PlanForm form) {
        this.number = form.number().strip();
        this.issueDate = form.issueDate();
        this.issuer = form.issuer().strip();
        this.title = form.title().strip();
        this.firstYear = form.firstYear();
        this.lastYear = form.lastYear();
        this.parentId = form.parentId();
        this.legalBasis = blankToNull(form.legalBasis());
        this.purpose = blankToNull(form.purpose());
        this.status = form.status();
        this.indexCodes.clear();
        this.indexCodes.addAll(form.indexCodes());
    }

    Long getId() {
        return id;
    }

    int getVersion() {
        return version;
    }

    String getNumber() {
        return number;
    }

    Long getParentId() {
        return parentId;
    }

    int getFirstYear() {
        return firstYear;
    }

    int getLastYear() {
        return lastYear;
    }

    PlanView view(String parentNumber) {
        return new PlanView(id, number, issueDate, issuer, title, firstYear, lastYear, Set.copyOf(indexCodes),
                parentId, parentNumber, legalBasis, purpose, status, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
