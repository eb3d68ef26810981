package vn.chiso.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.chiso.shared.VietnameseText;

/** An account. The unit is referenced by id: units belong to another module. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    private boolean active = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "search_key")
    private String searchKey;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    void describe(String fullName, String email, Role role, Long unitId) {
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.unitId = unitId;
        this.searchKey = VietnameseText.fold(String.join(" ", username, fullName, email == null ? "" : email));
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void signedIn(Instant at) {
        this.lastLoginAt = at;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getUnitId() {
        return unitId;
    }

    boolean isActive() {
        return active;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
