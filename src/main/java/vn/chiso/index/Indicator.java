package vn.chiso.index;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of an index's tree. Its code never changes once created: files and history refer to it. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "index_id")
    private Long indexId;

    @Column(name = "parent_id")
    private Long parentId;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "scale_min")
    private BigDecimal scaleMin;

    @Column(name = "scale_max")
    private BigDecimal scaleMax;

    private BigDecimal weight;

    @Column(name = "lead_unit_id")
    private Long leadUnitId;

    private int position;

    private boolean retired;

    protected Indicator() {
    }

    Indicator(long indexId, long parentId, String code) {
        this.indexId = indexId;
        this.parentId = parentId;
        this.code = code;
    }

    void describe(IndicatorForm form) {
        this.nameVi = form.nameVi().strip();
        this.nameEn = form.nameEn().strip();
        this.scaleMin = form.scaleMin();
        this.scaleMax = form.scaleMax();
        this.weight = form.weight();
        this.leadUnitId = form.leadUnitId();
        this.position = form.position() == null ? 0 : form.position();
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    Long getId() {
        return id;
    }

    Long getIndexId() {
        return indexId;
    }

    Long getParentId() {
        return parentId;
    }

    String getCode() {
        return code;
    }

    int getPosition() {
        return position;
    }

    boolean isRetired() {
        return retired;
    }

    IndicatorView view(int depth) {
        return new IndicatorView(id, indexId, parentId, code, nameVi, nameEn, scaleMin, scaleMax, weight, leadUnitId,
                position, retired, depth);
    }
}
