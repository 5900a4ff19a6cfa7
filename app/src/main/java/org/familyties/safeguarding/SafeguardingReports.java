package org.familyties.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.Role;
import org.familyties.shared.ScopeIds;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for managers across the user's prisons: open concerns by prison and category, restrictions due for
 * review, contacts (logged, planned, or through a course enrolment) refused by enforcement and overrides. Personal detail (the restrictions due for review) only
 * for users with safeguarding access, i.e. safeguarding leads.
 */
@Service
@Transactional(readOnly = true)
public class SafeguardingReports {

    /** Restrictions whose review falls within this many days count as due. */
    public static final int REVIEW_WINDOW_DAYS = 28;

    private final JdbcClient jdbc;
    private final Prisons prisons;
    private final Restrictions restrictions;
    private final Clock clock;

    SafeguardingReports(JdbcClient jdbc, Prisons prisons, Restrictions restrictions, Clock clock) {
        this.jdbc = jdbc;
        this.prisons = prisons;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    public record CountRow(String prison, String group, long count) {
    }

    public record Report(List<CountRow> openConcerns, List<CountRow> reviewsDue, List<CountRow> enforcement,
                         List<Restriction> reviewDetail, boolean detailShown) {
    }

    public Report report(CurrentUser user) {
        List<Long> scope = ScopeIds.of(user.prisonIds());
        LocalDate today = UkTime.today(clock);
        LocalDate horizon = today.plusDays(REVIEW_WINDOW_DAYS);
        List<Object[]> concerns = jdbc.sql("select c.prison_id, s.category, count(*) from sg_concern s join family_case c "
                        + "on c.id = s.case_id where c.prison_id in (:p) and s.status <> 'CLOSED' group by c.prison_id, "
                        + "s.category order by c.prison_id, s.category").param("p", scope)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
        List<Object[]> reviews = jdbc.sql("select prison_id, due, count(*) from (select c.prison_id, case when "
                        + "r.review_on < :today then 'OVERDUE' else 'DUE' end as due from sg_restriction r join family_case c "
                        + "on c.id = r.case_id where c.prison_id in (:p) and r.review_on <= :horizon and (r.ends_on is null "
                        + "or r.ends_on > :today)) x group by prison_id, due order by prison_id, due")
                .param("p", scope).param("today", today).param("horizon", horizon)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
        // grouped by decision and by what was done: logging, planning a contact or enrolling on a course
        List<Object[]> enforced = jdbc.sql("select prison_id, decision, action, count(*) from sg_enforcement where "
                        + "prison_id in (:p) group by prison_id, decision, action order by prison_id, decision, action")
                .param("p", scope).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2) + "_"
                        + rs.getString(3), rs.getLong(4)}).list();
        Map<Long, PrisonView> names = prisons.byIds(ids(concerns, reviews, enforced));
        boolean detail = user.has(Role.SAFEGUARDING_LEAD);
        List<Restriction> reviewDetail = detail ? restrictions.dueForReview(user, horizon) : List.of();
        return new Report(rows(concerns, names), rows(reviews, names), rows(enforced, names), reviewDetail, detail);
    }

    @SafeVarargs
    private static Set<Long> ids(Collection<Object[]>... lists) {
        return java.util.Arrays.stream(lists).flatMap(Collection::stream).map(r -> (Long) r[0]).collect(Collectors.toSet());
    }

    private static List<CountRow> rows(List<Object[]> raw, Map<Long, PrisonView> names) {
        return raw.stream().map(r -> new CountRow(names.containsKey((Long) r[0]) ? names.get((Long) r[0]).name()
                : String.valueOf(r[0]), (String) r[1], (Long) r[2])).toList();
    }
}
