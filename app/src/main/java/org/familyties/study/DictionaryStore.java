package org.familyties.study;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.DataDictionaryCsv;
import org.familyties.instruments.Instrument;
import org.familyties.instruments.MissingCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores each study's data dictionary as normalised REDCap CSV. Parsed copies are cached by study and
 * version, so data entry and imports do not re-read the CSV while another node may replace it.
 */
@Repository
class DictionaryStore {

    private record Cached(int version, DataDictionary dictionary) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    DictionaryStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<DataDictionary> find(long studyId) {
        Optional<Integer> version = jdbc.sql("select version from study_dictionary where study_id = :s")
                .param("s", studyId).query(Integer.class).optional();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Cached cached = cache.get(studyId);
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(cached.dictionary());
        }
        var row = jdbc.sql("select csv, version from study_dictionary where study_id = :s").param("s", studyId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).single();
        DataDictionary dictionary = DataDictionaryCsv.read((String) row[0], MissingCode.DEFAULTS).orElseThrow();
        cache.put(studyId, new Cached((Integer) row[1], dictionary));
        return Optional.of(dictionary);
    }

    Set<String> instrumentNames(long studyId) {
        Set<String> names = new LinkedHashSet<>();
        find(studyId).ifPresent(d -> d.instruments().stream().map(Instrument::name).forEach(names::add));
        return names;
    }

    void replace(long studyId, DataDictionary dictionary, String username) {
        String csv = DataDictionaryCsv.write(dictionary);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("update study_dictionary set csv = :csv, field_count = :n, version = version + 1, "
                        + "uploaded_at = :at, uploaded_by = :by where study_id = :s")
                .param("csv", csv).param("n", dictionary.fields().size()).param("at", now).param("by", username)
                .param("s", studyId).update();
        if (updated == 0) {
            jdbc.sql("insert into study_dictionary (study_id, csv, field_count, version, uploaded_at, uploaded_by) "
                            + "values (:s, :csv, :n, 1, :at, :by)")
                    .param("s", studyId).param("csv", csv).param("n", dictionary.fields().size()).param("at", now)
                    .param("by", username).update();
        }
    }
}
