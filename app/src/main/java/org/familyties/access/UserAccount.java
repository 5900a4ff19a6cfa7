package org.familyties.access;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyties.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A staff or researcher account with its roles and assignments (one aggregate). */
@Table("app_user")
class UserAccount {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private boolean demoAccount;
    private boolean mustChangePassword;
    private Instant createdAt;
    @Version
    private Integer version;

    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles = new HashSet<>();
    @MappedCollection(idColumn = "user_id")
    private Set<PrisonAssignment> prisons = new HashSet<>();
    @MappedCollection(idColumn = "user_id")
    private Set<RegionAssignment> regions = new HashSet<>();
    @MappedCollection(idColumn = "user_id")
    private Set<StudyAssignment> studies = new HashSet<>();

    UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isDemoAccount() {
        return demoAccount;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<Role> roleSet() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toSet());
    }

    Set<Long> prisonIds() {
        return prisons.stream().map(PrisonAssignment::prisonId).collect(Collectors.toSet());
    }

    Set<String> regionCodes() {
        return regions.stream().map(RegionAssignment::regionCode).collect(Collectors.toSet());
    }

    Set<Long> studyIds() {
        return studies.stream().map(StudyAssignment::studyId).collect(Collectors.toSet());
    }

    void grant(Role role) {
        roles.add(new RoleGrant(role));
    }

    void assignPrison(long prisonId) {
        prisons.add(new PrisonAssignment(prisonId));
    }

    void assignRegion(String regionCode) {
        regions.add(new RegionAssignment(regionCode));
    }

    void assignStudy(long studyId) {
        studies.add(new StudyAssignment(studyId));
    }

    void markDemo() {
        demoAccount = true;
    }

    void requirePasswordChange() {
        mustChangePassword = true;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    @Table("user_role")
    record RoleGrant(Role role) {
    }

    @Table("user_prison")
    record PrisonAssignment(long prisonId) {
    }

    @Table("user_region")
    record RegionAssignment(String regionCode) {
    }

    @Table("user_study")
    record StudyAssignment(long studyId) {
    }
}
