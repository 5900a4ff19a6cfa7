package org.familyties.casework;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.familyties.access.Users;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.ScopeIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures for managers: referrals, waiting lists, open cases, facilitated contacts and outcome
 * change with 95% confidence intervals, grouped by caseworker, prison, region or estate. Only counts and
 * means leave this class, never a person.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDashboard {

    private final JdbcClient jdbc;
    private final Prisons prisons;
    private final Users users;

    ServiceDashboard(JdbcClient jdbc, Prisons prisons, Users users) {
        this.jdbc = jdbc;
        this.prisons = prisons;
        this.users = users;
    }

    private record Row(long prisonId, Long userId) {
    }

    private static final class Group {
        long received;
        long waiting;
        long open;
        long contacts;
        final List<Integer> desistance = new ArrayList<>();
        final List<Integer> wellbeing = new ArrayList<>();
    }

    public List<DashboardRow> rows(CurrentUser user, DashboardGrouping by, LocalDate from, LocalDate to) {
        List<Long> scope = scope(user);
        var fromAt = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        var toAt = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<Object[]> referrals = jdbc.sql("select r.prison_id, c.allocated_user_id, r.status, r.received_on "
                        + "from referral r left join family_case c on c.id = r.case_id where r.prison_id in (:p)")
                .param("p", scope).query((rs, n) -> new Object[] {new Row(rs.getLong(1), nullableLong(rs, 2)),
                    rs.getString(3), rs.getObject(4, LocalDate.class)}).list();
        List<Row> open = jdbc.sql("select prison_id, allocated_user_id from family_case where prison_id in (:p) "
                        + "and status <> 'CLOSED'")
                .param("p", scope).query((rs, n) -> new Row(rs.getLong(1), nullableLong(rs, 2))).list();
        List<Row> contacts = jdbc.sql("select c.prison_id, c.allocated_user_id from contact_event e "
                        + "join family_case c on c.id = e.case_id where c.prison_id in (:p) and e.facilitated = true "
                        + "and e.outcome = 'HAPPENED' and e.occurred_at >= :from and e.occurred_at < :to")
                .param("p", scope).param("from", fromAt).param("to", toAt)
                .query((rs, n) -> new Row(rs.getLong(1), nullableLong(rs, 2))).list();
        List<Object[]> changes = jdbc.sql("select c.prison_id, c.allocated_user_id, "
                        + "o2.desistance_score - o1.desistance_score, o2.wellbeing_score - o1.wellbeing_score "
                        + "from family_case c "
                        + "join outcome_measure o1 on o1.case_id = c.id and o1.person_id = c.prisoner_person_id and o1.stage = 'INTAKE' "
                        + "join outcome_measure o2 on o2.case_id = c.id and o2.person_id = c.prisoner_person_id and o2.stage = 'CLOSURE' "
                        + "where c.prison_id in (:p) and c.status = 'CLOSED' and c.closed_on >= :fromDay and c.closed_on <= :toDay")
                .param("p", scope).param("fromDay", from).param("toDay", to)
                .query((rs, n) -> new Object[] {new Row(rs.getLong(1), nullableLong(rs, 2)), nullableInt(rs, 3),
                    nullableInt(rs, 4)}).list();

        Set<Long> prisonIds = new HashSet<>(scope);
        Map<Long, PrisonView> prisonViews = prisons.byIds(prisonIds);
        Set<Long> userIds = new HashSet<>();
        open.forEach(r -> addUser(userIds, r));
        contacts.forEach(r -> addUser(userIds, r));
        referrals.forEach(r -> addUser(userIds, (Row) r[0]));
        changes.forEach(r -> addUser(userIds, (Row) r[0]));
        Map<Long, String> names = users.displayNames(userIds);
        Function<Row, String> key = r -> switch (by) {
            case CASEWORKER -> r.userId() == null ? "Not allocated" : names.getOrDefault(r.userId(), "Unknown");
            case PRISON -> label(prisonViews, r.prisonId(), PrisonView::name);
            case REGION -> label(prisonViews, r.prisonId(), PrisonView::regionName);
            case ESTATE -> label(prisonViews, r.prisonId(), p -> p.estate() == org.familyties.estate.Estate.WOMENS
                    ? "Women's estate" : "Men's estate");
        };
        Map<String, Group> groups = new TreeMap<>();
        for (Object[] r : referrals) {
            Group g = groups.computeIfAbsent(key.apply((Row) r[0]), k -> new Group());
            LocalDate received = (LocalDate) r[2];
            if (!received.isBefore(from) && !received.isAfter(to)) {
                g.received++;
            }
            if ("WAITING".equals(r[1])) {
                g.waiting++;
            }
        }
        open.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new Group()).open++);
        contacts.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new Group()).contacts++);
        for (Object[] r : changes) {
            Group g = groups.computeIfAbsent(key.apply((Row) r[0]), k -> new Group());
            if (r[1] != null) {
                g.desistance.add((Integer) r[1]);
            }
            if (r[2] != null) {
                g.wellbeing.add((Integer) r[2]);
            }
        }
        List<DashboardRow> rows = new ArrayList<>();
        groups.forEach((label, g) -> rows.add(new DashboardRow(label, g.received, g.waiting, g.open, g.contacts,
                MeanInterval.of(g.desistance), MeanInterval.of(g.wellbeing))));
        return rows;
    }

    /** The whole of the user's scope as one row. */
    public DashboardRow total(CurrentUser user, LocalDate from, LocalDate to) {
        List<DashboardRow> all = rows(user, DashboardGrouping.ESTATE, from, to);
        long received = all.stream().mapToLong(DashboardRow::referralsReceived).sum();
        long waiting = all.stream().mapToLong(DashboardRow::referralsWaiting).sum();
        long open = all.stream().mapToLong(DashboardRow::openCases).sum();
        long contacts = all.stream().mapToLong(DashboardRow::contactsFacilitated).sum();
        return new DashboardRow("All", received, waiting, open, contacts, pooled(user, from, to, true),
                pooled(user, from, to, false));
    }

    private MeanInterval pooled(CurrentUser user, LocalDate from, LocalDate to, boolean desistance) {
        String column = desistance ? "desistance_score" : "wellbeing_score";
        List<Integer> values = jdbc.sql("select o2." + column + " - o1." + column + " from family_case c "
                        + "join outcome_measure o1 on o1.case_id = c.id and o1.person_id = c.prisoner_person_id and o1.stage = 'INTAKE' "
                        + "join outcome_measure o2 on o2.case_id = c.id and o2.person_id = c.prisoner_person_id and o2.stage = 'CLOSURE' "
                        + "where c.prison_id in (:p) and c.status = 'CLOSED' and c.closed_on >= :f and c.closed_on <= :t "
                        + "and o1." + column + " is not null and o2." + column + " is not null")
                .param("p", scope(user)).param("f", from).param("t", to).query(Integer.class).list();
        return MeanInterval.of(values);
    }

    private static List<Long> scope(CurrentUser user) {
        return ScopeIds.of(user.prisonIds());
    }

    private static void addUser(Collection<Long> ids, Row r) {
        if (r.userId() != null) {
            ids.add(r.userId());
        }
    }

    private static String label(Map<Long, PrisonView> prisons, long id, Function<PrisonView, String> f) {
        PrisonView p = prisons.get(id);
        return p == null ? String.valueOf(id) : f.apply(p);
    }

    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
