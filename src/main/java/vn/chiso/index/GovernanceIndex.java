package vn.chiso.index;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One of the indices the province is ranked on. Its groups are kept in order, best first. */
@Entity
@Table(name = "governance_index")
class GovernanceIndex {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private String publisher;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    @Column(name = "higher_is_better")
    private boolean higherIsBetter;

    private int position;

    @ElementCollection
    @CollectionTable(name = "performance_group", joinColumns = @JoinColumn(name = "index_id"))
    @OrderBy("position")
    private List<Group> groups = new ArrayList<>();

    protected GovernanceIndex() {
    }

    void describe(String nameVi, String nameEn, String publisher, Measure measure, boolean higherIsBetter,
            List<GroupLabel> labels) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.publisher = publisher;
        this.measure = measure;
        this.higherIsBetter = higherIsBetter;
        this.groups.clear();
        labels.forEach(label -> groups.add(new Group(label.position(), label.nameVi(), label.nameEn())));
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    IndexView view(IndicatorView aggregate) {
        return new IndexView(id, code, nameVi, nameEn, publisher, measure, higherIsBetter,
                groups.stream().map(group -> new GroupLabel(group.position, group.nameVi, group.nameEn)).toList(),
                aggregate);
    }

    @Embeddable
    static class Group {

        private int position;

        @Column(name = "name_vi")
        private String nameVi;

        @Column(name = "name_en")
        private String nameEn;

        protected Group() {
        }

        Group(int position, String nameVi, String nameEn) {
            this.position = position;
            this.nameVi = nameVi;
            this.nameEn = nameEn;
        }
    }
}
