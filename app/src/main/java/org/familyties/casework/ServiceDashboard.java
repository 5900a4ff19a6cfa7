package org.familyties.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.familyties.access.Users;
import org.familyties.audit.AuditLog;
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
 * means leave this class, never a person. The database aggregates per prison and caseworker (counts, and the
 * count, sum and sum of squares of outcome changes), so a region's millions of contacts never leave it; the
 * groups and intervals are made from those few rows. Those rows are kept per scope and period until the next
 * audited change anywhere ({@link AuditLog#lastChange()}), so managers opening the same dashboard share one
 * computation and never see figures older than the latest change.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDashboard {

    private final JdbcClient jdbc;
    private final Prisons prisons;
    private final Users users;
    private final AuditLog auditLog;
    private final Cache<Figures, Map<Key, Group>> computed = Caffeine.newBuilder().maximumSize(200)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    ServiceDashboard(JdbcClient jdbc, Prisons prisons, Users users, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.prisons = prisons;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** The figures of one scope and period as they were after the audited change {@code lastChange}. */
    private record Figures(List<Long> scope, LocalDate from, LocalDate to, long lastChange) {
    }

    private record Key(long prisonId, Long userId) {
    }

    /** Count, sum and sum of squares of the values of one measure. */
    private static final class Moments {
        long n;
        double sum;
        double squares;

        void add(long count, double s, double sq) {
            n += count;
            sum += s;
            squares += sq;
        }

        MeanInterval interval() {
            return MeanInterval.of(n, sum, squares);
        }
    }

    private static final class Group {
        long received;
        long waiting;
        long open;
        long contacts;
        final Moments desistance = new Moments();
        final Moments wellbeing = new Moments();

        void add(Group other) {
            received += other.received;
            waiting += other.waiting;
            open += other.open;
            contacts += other.contacts;
            desistance.add(other.desistance.n, other.desistance.sum, other.desistance.squares);
            wellbeing.add(other.wellbeing.n, other.wellbeing.sum, other.wellbeing.squares);
        }

        DashboardRow row(String label) {
            return new DashboardRow(label, received, waiting, open, contacts, desistance.interval(), wellbeing.interval());
        }
    }

    /** The rows of one grouping and the whole scope as one row, from one set of queries. */
    public record Summary(List<DashboardRow> rows, DashboardRow total) {
    }

    public List<DashboardRow> rows(CurrentUser user, DashboardGrouping by, LocalDate from, LocalDate to) {
        return summary(user, by, from, to).rows();
    }

    /** The whole of the user's scope as one row. */
    public DashboardRow total(CurrentUser user, LocalDate from, LocalDate to) {
        return summary(user, DashboardGrouping.ESTATE, from, to).total();
    }

    public Summary summary(CurrentUser user, DashboardGrouping by, LocalDate from, LocalDate to) {
        List<Long> scope = ScopeIds.of(user.prisonIds()).stream().sorted().toList();
        Map<Key, Group> base = computed.get(new Figures(scope, from, to, auditLog.lastChange()),
                f -> aggregate(f.scope(), f.from(), f.to()));
        Map<Long, PrisonView> prisonViews = prisons.byIds(new HashSet<>(ScopeIds.of(user.prisonIds())));
        Set<Long> userIds = new HashSet<>();
        base.keySet().stream().map(Key::userId).filter(java.util.Objects::nonNull).forEach(userIds::add);
        Map<Long, String> names = by == DashboardGrouping.CASEWORKER ? users.displayNames(userIds) : Map.of();
        Function<Key, String> label = k -> switch (by) {
            case CASEWORKER -> k.userId() == null ? "Not allocated" : names.getOrDefault(k.userId(), "Unknown");
            case PRISON -> label(prisonViews, k.prisonId(), PrisonView::name);
            case REGION -> label(prisonViews, k.prisonId(), PrisonView::regionName);
            case ESTATE -> label(prisonViews, k.prisonId(), p -> p.estate() == org.familyties.estate.Estate.WOMENS
                    ? "Women's estate" : "Men's estate");
        };
        Map<String, Group> groups = new TreeMap<>();
        Group total = new Group();
        base.forEach((key, g) -> {
            groups.computeIfAbsent(label.apply(key), l -> new Group()).add(g);
            total.add(g);
        });
        List<DashboardRow> rows = new ArrayList<>();
        groups.forEach((l, g) -> rows.add(g.row(l)));
        return new Summary(rows, total.row("All"));
    }

    private Map<Key, Group> aggregate(List<Long> scope, LocalDate from, LocalDate to) {
        Map<Key, Group> base = new LinkedHashMap<>();
        jdbc.sql("select r.prison_id, c.allocated_user_id, "
                        + "sum(case when r.received_on >= :f and r.received_on <= :t then 1 else 0 end), "
                        + "sum(case when r.status = 'WAITING' then 1 else 0 end) "
                        + "from referral r left join family_case c on c.id = r.case_id where r.prison_id in (:p) "
                        + "group by r.prison_id, c.allocated_user_id")
                .param("p", scope).param("f", from).param("t", to)
                .query((ResultSet rs) -> {
                    Group g = group(base, rs);
                    g.received += rs.getLong(3);
                    g.waiting += rs.getLong(4);
                });
        jdbc.sql("select prison_id, allocated_user_id, count(*) from family_case where prison_id in (:p) "
                        + "and status <> 'CLOSED' group by prison_id, allocated_user_id")
                .param("p", scope).query((ResultSet rs) -> {
                    group(base, rs).open += rs.getLong(3);
                });
        jdbc.sql("select c.prison_id, c.allocated_user_id, count(*) from family_case c "
                        + "join contact_event e on e.case_id = c.id and e.facilitated = true and e.outcome = 'HAPPENED' "
                        + "and e.occurred_at >= :from and e.occurred_at < :to "
                        + "where c.prison_id in (:p) group by c.prison_id, c.allocated_user_id")
                .param("p", scope).param("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .query((ResultSet rs) -> {
                    group(base, rs).contacts += rs.getLong(3);
                });
        jdbc.sql("select prison_id, allocated_user_id, count(d), sum(d), sum(d * d), count(w), sum(w), sum(w * w) "
                        + "from (select c.prison_id, c.allocated_user_id, "
                        + "o2.desistance_score - o1.desistance_score d, o2.wellbeing_score - o1.wellbeing_score w "
                        + "from family_case c "
                        + "join outcome_measure o1 on o1.case_id = c.id and o1.person_id = c.prisoner_person_id and o1.stage = 'INTAKE' "
                        + "join outcome_measure o2 on o2.case_id = c.id and o2.person_id = c.prisoner_person_id and o2.stage = 'CLOSURE' "
                        + "where c.prison_id in (:p) and c.status = 'CLOSED' and c.closed_on >= :f and c.closed_on <= :t) changes "
                        + "group by prison_id, allocated_user_id")
                .param("p", scope).param("f", from).param("t", to)
                .query((ResultSet rs) -> {
                    Group g = group(base, rs);
                    g.desistance.add(rs.getLong(3), rs.getDouble(4), rs.getDouble(5));
                    g.wellbeing.add(rs.getLong(6), rs.getDouble(7), rs.getDouble(8));
                });
        return java.util.Collections.unmodifiableMap(base);
    }

    private static Group group(Map<Key, Group> base, ResultSet rs) throws SQLException {
        long prison = rs.getLong(1);
        long user = rs.getLong(2);
        return base.computeIfAbsent(new Key(prison, rs.wasNull() ? null : user), k -> new Group());
    }

    private static String label(Map<Long, PrisonView> prisons, long id, Function<PrisonView, String> f) {
        PrisonView p = prisons.get(id);
        return p == null ? String.valueOf(id) : f.apply(p);
    }
}
