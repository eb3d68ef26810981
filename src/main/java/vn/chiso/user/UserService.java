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
        Set<String> locked = throttle.lockedAmong(page.map(UserAccount::username).getContent());
        return page.map(account -> row(account, unitsById, locked));
    }

    public UserRow get(long id) {
        UserAccount account = account(id);
        return row(account, unitsById(), throttle.lockedAmong(List.of(account.username())));
    }

    @Transactional
    public long create(NewUserForm form) {
        String username = LoginThrottle.normalize(form.username());
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("username", "user.username.taken", username);
        }
        PasswordRules.check(username, form.password(), form.passwordConfirm(), "password", "passwordConfirm");
        checkUnit(form.details());
        UserAccount account = describe(UserAccount.create(username, passwordEncoder.encode(form.password())),
                form.details());
        try {
            return accounts.insert(account, clock.instant());
        } catch (DataIntegrityViolationException raced) {
            throw new RuleViolationException("username", "user.username.taken", username);
        }
    }

    /** Changing the role or unit ends the user's sessions: they sign in again with their new rights. */
    @Transactional
    public void update(long id, UserForm form, CurrentUser actor) {
        UserAccount account = account(id);
        checkUnit(form);
        if (account.role() == Role.ADMIN && form.role() != Role.ADMIN) {
            keepAnAdministrator(account, actor, "role");
        }
        boolean rightsChange = account.role() != form.role() || !Objects.equals(account.unitId(), form.unitId());
        accounts.describe(describe(account, form));
        if (rightsChange) {
            sessions.endAll(account.username());
        }
    }

    @Transactional
    public void resetPassword(long id, PasswordResetForm form) {
        UserAccount account = account(id);
        PasswordRules.check(account.username(), form.newPassword(), form.confirmPassword(), "newPassword",
                "confirmPassword");
        accounts.changePasswordHash(id, passwordEncoder.encode(form.newPassword()));
        throttle.reset(account.username());
        sessions.endAll(account.username());
    }

    /**
     * The user's other sessions end; the one they are using stays signed in. A wrong current password counts as a
     * failed sign-in of the user from {@code address}, so that it cannot be guessed here without limit.
     */
    @Transactional
    public void changeOwnPassword(CurrentUser user, PasswordChangeForm form, String currentSessionId,
            String address) {
        UserAccount account = account(user.id());
        LoginThrottle.Attempt attempt = throttle.begin(account.username(), address);
        if (!attempt.checked()) {
            throw new RuleViolationException("currentPassword", "password.current.locked");
        }
        if (!PasswordRules.fitsTheHash(form.currentPassword())
                || !passwordEncoder.matches(form.currentPassword(), account.passwordHash())) {
            throw new RuleViolationException("currentPassword",
                    throttle.failed(attempt) ? "password.current.locked" : "password.current.wrong");
        }
        throttle.succeeded(attempt);
        PasswordRules.check(account.username(), form.newPassword(), form.confirmPassword(), "newPassword",
                "confirmPassword");
        accounts.changePasswordHash(user.id(), passwordEncoder.encode(form.newPassword()));
        sessions.endAllExcept(account.username(), currentSessionId);
    }

    @Transactional
    public void deactivate(long id, CurrentUser actor) {
        UserAccount account = account(id);
        if (account.id() == actor.id()) {
            throw new RuleViolationException(null, "user.deactivate.self");
        }
        if (account.role() == Role.ADMIN) {
            keepAnAdministrator(account, actor, null);
        }
        accounts.setActive(id, false);
        sessions.endAll(account.username());
    }

    @Transactional
    public void activate(long id) {
        UserAccount account = account(id);
        if (account.unitId() != null && units.find(account.unitId()).filter(UnitView::active).isEmpty()) {
            throw new RuleViolationException(null, "user.activate.unitInactive");
        }
        accounts.setActive(id, true);
    }

    @Transactional
    public void unlock(long id) {
        throttle.reset(account(id).username());
    }

    @Transactional
    public void recordSignIn(long id) {
        accounts.signedIn(id, clock.instant());
    }

    public boolean hasActiveAdministrator() {
        return accounts.countActive(Role.ADMIN) > 0;
    }

    /** Active accounts per role, every role present (zero when none). */
    public Map<Role, Long> activeCountByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        accounts.countActiveByRole().forEach(count -> counts.put(count.role(), count.count()));
        return counts;
    }

    /** Active officer accounts per unit id; a unit without any is missing from the map. */
    public Map<Long, Long> activeOfficersByUnit() {
        return accounts.countActiveOfficersByUnit().stream()
                .collect(Collectors.toMap(UserAccountRepository.UnitCount::unitId,
                        UserAccountRepository.UnitCount::count));
    }

    /** The active accounts of one unit, for the people of that unit to see who else reports for it. */
    public List<UserRow> activeMembersOf(long unitId) {
        Map<Long, UnitView> unitsById = unitsById();
        return accounts.findActiveOfUnit(unitId).stream()
                .map(account -> row(account, unitsById, Set.of()))
                .toList();
    }

    /** The e-mail addresses of the active officers of each unit, for reminders; units without any are left out. */
    public Map<Long, List<String>> officerEmails(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findActive(Role.OFFICER, unitIds).stream()
                .filter(account -> StringUtils.hasText(account.email()))
                .collect(Collectors.groupingBy(UserAccount::unitId,
                        Collectors.mapping(UserAccount::email, Collectors.toList())));
    }

    /** The active coordinators, who are told when a report or an assessment waits for them. */
    public List<Recipient> activeCoordinators() {
        return accounts.findActive(Role.COORDINATOR).stream()
                .map(account -> new Recipient(account.id(), account.fullName(),
                        StringUtils.hasText(account.email()) ? account.email() : null))
                .toList();
    }

    private void keepAnAdministrator(UserAccount account, CurrentUser actor, String field) {
        if (account.id() == actor.id()) {
            throw new RuleViolationException(field, "user.admin.self");
        }
        if (account.active() && accounts.countActive(Role.ADMIN) <= 1) {
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

    private static UserAccount describe(UserAccount account, UserForm form) {
        String email = StringUtils.hasText(form.email()) ? form.email().strip() : null;
        return account.describedAs(form.fullName().strip(), email, form.role(), form.unitId());
    }

    private UserAccount account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private Map<Long, UnitView> unitsById() {
        return units.tree().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
    }

    private static UserRow row(UserAccount account, Map<Long, UnitView> unitsById, Set<String> locked) {
        UnitView unit = account.unitId() == null ? null : unitsById.get(account.unitId());
        return new UserRow(account.id(), account.username(), account.fullName(), account.email(),
                account.role(), account.unitId(), unit == null ? null : unit.name(), account.active(),
                locked.contains(account.username()), account.lastLoginAt());
    }
}
