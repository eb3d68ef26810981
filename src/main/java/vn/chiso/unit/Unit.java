package vn.chiso.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A body of the province. The parent is kept as an id: pages read units as one list and build the tree from it. */
@Entity
@Table(name = "unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    private boolean active = true;

    protected Unit() {
    }

    Unit(String code, String name, String shortName, UnitKind kind, Long parentId) {
        update(code, name, shortName, kind, parentId);
    }

    void update(String code, String name, String shortName, UnitKind kind, Long parentId) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parentId = parentId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getShortName() {
        return shortName;
    }

    UnitKind getKind() {
        return kind;
    }

    Long getParentId() {
        return parentId;
    }

    boolean isActive() {
        return active;
    }
}
