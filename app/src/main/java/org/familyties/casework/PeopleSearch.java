package org.familyties.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.DatabaseProduct;
import org.familyties.shared.ScopeIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people in prison and family members by name, prison number or date of birth, among those the user
 * may see: people held in their prisons and the family members of cases in their prisons. The candidate
 * set is scoped in SQL; ranking happens here, so it works the same on every database.
 */
@Service
@Transactional(readOnly = true)
public class PeopleSearch {

    static final int LIMIT = 25;
    private static final double THRESHOLD = 0.6;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    /*
     * The clients of the cases in scope. PostgreSQL plans the join as a scan of every case client (56 ms for one
     * prison at national scale) but looks the case ids up by key when they come as an array (1.5 ms); H2 runs
     * the join by key (8 ms) and would compare every case client with the array.
     */
    private static final String CLIENTS_IN_SCOPE_BY_JOIN = "select cc.person_id, cc.case_id, cc.role from case_client cc "
            + "join family_case c on c.id = cc.case_id where c.prison_id in (:p)";
    private static final String CLIENTS_IN_SCOPE_BY_KEY = "select cc.person_id, cc.case_id, cc.role from case_client cc "
            + "where cc.case_id = any(array(select c.id from family_case c where c.prison_id in (:p)))";

    private final People people;
    private final JdbcClient jdbc;
    private final DatabaseProduct database;

    PeopleSearch(People people, JdbcClient jdbc, DatabaseProduct database) {
        this.people = people;
        this.jdbc = jdbc;
        this.database = database;
    }

    public List<SearchHit> search(String query, CurrentUser user) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        LocalDate dob = null;
        for (String part : query.trim().split("\\s+")) {
            Optional<LocalDate> date = date(part);
            if (date.isPresent()) {
                dob = date.get();
            } else {
                words.add(part);
            }
        }
        List<String> tokens = NameMatching.tokens(String.join(" ", words));
        String number = query.trim().toUpperCase().replace(" ", "");

        Map<Long, List<Long>> casesByPerson = new HashMap<>();
        Map<Long, ClientRole> roles = new HashMap<>();
        jdbc.sql(database.isPostgres() ? CLIENTS_IN_SCOPE_BY_KEY : CLIENTS_IN_SCOPE_BY_JOIN)
                .param("p", ScopeIds.of(user.prisonIds()))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()
                .forEach(r -> {
                    casesByPerson.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
                    roles.putIfAbsent((Long) r[0], ClientRole.valueOf((String) r[2]));
                });
        Map<Long, PersonRecord> candidates = new LinkedHashMap<>();
        people.allInPrison(user).forEach(p -> candidates.put(p.id(), p));
        people.identities(casesByPerson.keySet()).forEach(candidates::putIfAbsent);

        List<SearchHit> hits = new ArrayList<>();
        for (PersonRecord p : candidates.values()) {
            double score = score(p, tokens, number, dob);
            if (score >= THRESHOLD) {
                List<Long> caseIds = casesByPerson.getOrDefault(p.id(), List.of()).stream().sorted().toList();
                ClientRole role = p.prisonNumber() != null ? ClientRole.PRISONER
                        : roles.getOrDefault(p.id(), ClientRole.FAMILY_MEMBER);
                hits.add(new SearchHit(p.id(), p.fullName(), p.prisonNumber(), p.dateOfBirth(), role, caseIds, score));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::name));
        return hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits;
    }

    private static double score(PersonRecord p, List<String> tokens, String number, LocalDate dob) {
        if (p.prisonNumber() != null && p.prisonNumber().equalsIgnoreCase(number)) {
            return 2;
        }
        boolean dobMatches = dob != null && dob.equals(p.dateOfBirth());
        if (dob != null && !dobMatches) {
            return 0;
        }
        if (tokens.isEmpty()) {
            return dobMatches ? 1 : 0;
        }
        double name = NameMatching.score(tokens, NameMatching.tokens(p.givenName() + " " + p.familyName()));
        return dobMatches ? name + 0.5 : name;
    }

    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
