package org.familyties.estate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The estate module's facade: prisons a user may see, and the regions they belong to. */
@Service
@Transactional(readOnly = true)
public class Prisons {

    private final PrisonRepository repository;
    private final JdbcClient jdbc;

    Prisons(PrisonRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    public List<PrisonView> visibleTo(CurrentUser user) {
        List<Prison> prisons = user.allPrisons()
                ? repository.findAllByName()
                : repository.findInScope(ScopeIds.of(user.prisonIds()));
        return toViews(prisons);
    }

    /** The prison if the user may see it; otherwise 404, whether or not it exists. */
    public PrisonView get(long id, CurrentUser user) {
        var prison = user.allPrisons()
                ? repository.findById(id)
                : repository.findInScope(id, ScopeIds.of(user.prisonIds()));
        return prison.map(p -> toViews(List.of(p)).get(0))
                .orElseThrow(() -> new RecordNotFoundException("Prison", id));
    }

    public List<RegionView> regions() {
        return jdbc.sql("select code, name from region order by name").query(RegionView.class).list();
    }

    /** Ids of the prisons in the given regions, for managers assigned to a region. */
    public Set<Long> idsInRegions(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(repository.idsInRegions(List.copyOf(regionCodes)));
    }

    public long count() {
        return repository.count();
    }

    public java.util.Optional<PrisonView> findByCode(String code) {
        return repository.findByCode(code).map(p -> toViews(List.of(p)).get(0));
    }

    @Transactional
    public PrisonView register(String code, String name, Estate estate, String regionCode) {
        Prison saved = repository.save(new Prison(code, name, estate, regionCode));
        return toViews(List.of(saved)).get(0);
    }

    private List<PrisonView> toViews(List<Prison> prisons) {
        Map<String, String> regionNames = regions().stream()
                .collect(Collectors.toMap(RegionView::code, RegionView::name));
        return prisons.stream()
                .map(p -> new PrisonView(p.getId(), p.getCode(), p.getName(), p.getEstate(), p.getRegionCode(),
                        regionNames.getOrDefault(p.getRegionCode(), p.getRegionCode())))
                .toList();
    }

    /** Looks up names for many prisons at once, e.g. for lists. */
    public Map<Long, PrisonView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return toViews(repository.findAllById(ids)).stream()
                .collect(Collectors.toMap(PrisonView::id, Function.identity()));
    }
}
