package vn.chiso.user;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.shared.VietnameseText;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/** Accounts: the administrator's operations, a user's own password, and the counts home pages show. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserAccountRepository accounts;
    private final UnitService units;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final UserSessions sessions;
    private final Clock clock;

    UserService(UserAccountRepository accounts, UnitService units, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, UserSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** One page of accounts with their unit names and lock state: four queries whatever the page size. */
    public Page<UserRow> search(UserSearch search, Pageable pageable) {
        String needle = StringUtils.hasText(search.q()) ? "%" + VietnameseText.fold(search.q()) + "%" : null;
        Page<UserAccount> page = accounts.search(search.role(), search.unitId(), search.inactive(), needle, pageable);
        Map<Long, UnitView> unitsById = unitsById();
        Set<String> locked = throttle.lockedAmong(page.map(UserAccount::getUsername).getContent());
        return page.map(account -> row(account, unitsById, locked));
    }

    public UserRow get(long id) {
        UserAccount account = account(id);
        return row(account, unitsById(), throttle.lockedAmong(List.of(account.getUsername())));
    }

    @Transactional
    public long create(NewUserForm form) {
        String username = LoginThrottle.normalize(form.username());
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("username", "user.username.taken", username);
        }
        PasswordRules.check(username, form.password(), form.passwordConfirm(), "password", "passwordConfirm");
        checkUnit(form.details());
        UserAccount account = new UserAccount(username, passwordEncoder.encode(form.password()), clock.instant());
        describe(account, form.details());
        try {
            return accounts.saveAndFlush(account).getId();
        } catch (DataIntegrityViolationException raced) {
            throw new RuleViolationException("username", "user.username.taken", username);
        }
    }

    /** Changing the role or unit ends the user's sessions: they sign in again with their new rights. */
    @Transactional
    public void update(long id, UserForm form, CurrentUser actor) {
        UserAccount account = account(id);
        checkUnit(form);
        if (account.getRole() == Role.ADMIN && form.role() != Role.ADMIN) {
            keepAnAdministrator(account, actor, "role");
        }
        boolean rightsChange = account.getRole() != form.role() || !Objects.equals(account.getUnitId(), form.unitId());
        describe(account, form);
        if (rightsChange) {
            sessions.endAll(account.getUsername());
        }
    }

    @Transactional
    public void resetPassword(long id, PasswordResetForm form) {
        UserAccount account = account(id);
        PasswordRules.check(account.getUsername(), form.newPassword(), form.confirmPassword(), "newPassword",
                "confirmPassword");
        account.changePasswordHash(passwordEncoder.encode(form.newPassword()));
        throttle.reset(account.getUsername());
        sessions.endAll(account.getUsername());
    }

    /** The user's other sessions end; the one they are using stays signed in. */
    @Transactional
    public void changeOwnPassword(CurrentUser user, PasswordChangeForm form, String currentSessionId) {
        UserAccount account = account(user.id());
        if (!passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "password.current.wrong");
        }
        PasswordRules.check(account.getUsername(), form.newPassword(), form.confirmPassword(), "newPassword",
                "confirmPassword");
        account.changePasswordHash(passwordEncoder.encode(form.newPassword()));
        sessions.endAllExcept(account.getUsername(), currentSessionId);
    }

    @Transactional
    public void deactivate(long id, CurrentUser actor) {
        UserAccount account = account(id);
        if (account.getId() == actor.id()) {
            throw new RuleViolationException(null, "user.deactivate.self");
        }
        if (account.getRole() == Role.ADMIN) {
            keepAnAdministrator(account, actor, null);
        }
        account.setActive(false);
        sessions.endAll(account.getUsername());
    }

    @Transactional
    public void activate(long id) {
        UserAccount account = account(id);
        if (account.getUnitId() != null && units.find(account.getUnitId()).filter(UnitView::active).isEmpty()) {
            throw new RuleViolationException(null, "user.activate.unitInactive");
        }
        account.setActive(true);
    }

    @Transactional
    public void unlock(long id) {
        throttle.reset(account(id).getUsername());
    }

    @Transactional
    public void recordSignIn(long id) {
        accounts.findById(id).ifPresent(account -> account.signedIn(clock.instant()));
    }

    public boolean hasActiveAdministrator() {
        return accounts.countByRoleAndActiveTrue(Role.ADMIN) > 0;
    }

    /** Active accounts per role, every role present (zero when none). */
    public Map<Role, Long> activeCountByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        accounts.countActiveByRole().forEach(count -> counts.put(count.getRole(), count.getCount()));
        return counts;
    }

    /** Active officer accounts per unit id; a unit without any is missing from the map. */
    public Map<Long, Long> activeOfficersByUnit() {
        return accounts.countActiveOfficersByUnit().stream()
                .collect(Collectors.toMap(UserAccountRepository.UnitCount::getUnitId,
                        UserAccountRepository.UnitCount::getCount));
    }

    /** The active accounts of one unit, for the people of that unit to see who else reports for it. */
    public List<UserRow> activeMembersOf(long unitId) {
        Map<Long, UnitView> unitsById = unitsById();
        return accounts.findByUnitIdAndActiveTrueOrderByFullName(unitId).stream()
                .map(account -> row(account, unitsById, Set.of()))
                .toList();
    }

    /** The e-mail addresses of the active officers of each unit, for reminders; units without any are left out. */
    public Map<Long, List<String>> officerEmails(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findByRoleAndActiveTrueAndUnitIdIn(Role.OFFICER, unitIds).stream()
                .filter(account -> StringUtils.hasText(account.getEmail()))
                .collect(Collectors.groupingBy(UserAccount::getUnitId,
                        Collectors.mapping(UserAccount::getEmail, Collectors.toList())));
    }

    /** The active coordinators, who are told when a report or an assessment waits for them. */
    public List<Recipient> activeCoordinators() {
        return accounts.findByRoleAndActiveTrueOrderById(Role.COORDINATOR).stream()
                .map(account -> new Recipient(account.getId(), account.getFullName(),
                        StringUtils.hasText(account.getEmail()) ? account.getEmail() : null))
                .toList();
    }

    private void keepAnAdministrator(UserAccount account, CurrentUser actor, String field) {
        if (account.getId() == actor.id()) {
            throw new RuleViolationException(field, "user.admin.self");
        }
        if (account.isActive() && accounts.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
            throw new RuleViolationException(field, "user.admin.last");
        }
    }

    private void checkUnit(UserForm form) {
        if (form.role() == Role.OFFICER && form.unitId() == null) {
            throw new RuleViolationException("unitId", "user.unit.requiredForOfficer");
        }
        if (form.unitId() != null && units.find(form.unitId()).filter(UnitView::active).isEmpty()) {
            throw new RuleViolationException("unitId", "user.unit.inactive");
        }
    }

    private static void describe(UserAccount account, UserForm form) {
        String email = StringUtils.hasText(form.email()) ? form.email().strip() : null;
        account.describe(form.fullName().strip(), email, form.role(), form.unitId());
    }

    private UserAccount account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private Map<Long, UnitView> unitsById() {
        return units.tree().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
    }

    private static UserRow row(UserAccount account, Map<Long, UnitView> unitsById, Set<String> locked) {
        UnitView unit = account.getUnitId() == null ? null : unitsById.get(account.getUnitId());
        return new UserRow(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                account.getRole(), account.getUnitId(), unit == null ? null : unit.name(), account.isActive(),
                locked.contains(account.getUsername()), account.getLastLoginAt());
    }
}
