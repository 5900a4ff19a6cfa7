package org.familyties.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.familyties.estate.Prisons;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access module's facade: accounts, their assignments, and the scope they give. */
@Service
@Transactional(readOnly = true)
public class Users {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Prisons prisons;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Users(UserAccountRepository repository, PasswordEncoder passwordEncoder, Prisons prisons, Clock clock,
          org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.prisons = prisons;
        this.clock = clock;
    }

    @Transactional
    public long create(NewUser user) {
        return createAccount(user, false);
    }

    /** Creates an account flagged as demo data: it can sign in only under the demo profile. */
    @Transactional
    public long createDemoAccount(NewUser user) {
        return createAccount(user, true);
    }

    private long createAccount(NewUser user, boolean demo) {
        if (repository.findByUsername(user.username()).isPresent()) {
            throw InvalidInputException.of("username", "The username " + user.username() + " is already taken");
        }
        UserAccount account = new UserAccount(user.username(), user.displayName(),
                passwordEncoder.encode(user.password()), clock.instant());
        user.roles().forEach(account::grant);
        user.prisonIds().forEach(account::assignPrison);
        user.regionCodes().forEach(account::assignRegion);
        user.studyIds().forEach(account::assignStudy);
        if (demo) {
            account.markDemo();
        }
        return repository.save(account).getId();
    }

    @Transactional
    long createWithOneTimePassword(NewUser user) {
        UserAccount account = new UserAccount(user.username(), user.displayName(),
                passwordEncoder.encode(user.password()), clock.instant());
        user.roles().forEach(account::grant);
        account.requirePasswordChange();
        return repository.save(account).getId();
    }

    boolean hasAdministrator() {
        return repository.countAdministrators() > 0;
    }

    /** The scope an account gives: region assignments are expanded to their prisons. */
    public Optional<CurrentUser> currentUserFor(String username) {
        return repository.findByUsername(username).map(this::toCurrentUser);
    }

    CurrentUser toCurrentUser(UserAccount account) {
        Set<Long> prisonIds = new HashSet<>(account.prisonIds());
        prisonIds.addAll(prisons.idsInRegions(account.regionCodes()));
        Set<Role> roles = account.roleSet();
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), roles,
                prisonIds, account.studyIds(), roles.contains(Role.ADMIN));
    }

    Optional<UserAccount> findAccount(String username) {
        return repository.findByUsername(username);
    }

    public List<UserSummary> list() {
        return repository.findAllByUsername().stream()
                .map(a -> new UserSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.roleSet(), a.isEnabled(),
                        a.prisonIds().size(), a.regionCodes().size(), a.studyIds().size()))
                .toList();
    }

    public long count() {
        return repository.count();
    }

    public boolean mustChangePassword(long userId) {
        return repository.findById(userId).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** Changes a password after checking the current one; every problem is reported together. */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, String confirmation) {
        UserAccount account = repository.findById(userId).orElseThrow();
        var problems = new ArrayList<FieldProblem>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            problems.add(new FieldProblem("currentPassword", "Enter your current password correctly"));
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("newPassword", "Enter a new password of at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "Choose a new password that is different from your current one"));
        }
        if (newPassword != null && !newPassword.equals(confirmation)) {
            problems.add(new FieldProblem("confirmation", "Enter the same new password twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        repository.save(account);
    }

    /** Enabled caseworkers and safeguarding leads assigned directly to a prison, by name: who a case can go to. */
    public List<StaffMember> caseStaffIn(long prisonId) {
        return repository.findAllByUsername().stream()
                .filter(a -> a.isEnabled() && a.prisonIds().contains(prisonId)
                        && (a.roleSet().contains(Role.CASEWORKER) || a.roleSet().contains(Role.SAFEGUARDING_LEAD)))
                .map(a -> new StaffMember(a.getId(), a.getDisplayName()))
                .sorted(java.util.Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /** Display names by user id, for lists that show who did what. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        // a plain query: loading the accounts would also load each one's roles and assignments, query by query
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", java.util.List.copyOf(ids))
                .query((java.sql.ResultSet rs) -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }
}
