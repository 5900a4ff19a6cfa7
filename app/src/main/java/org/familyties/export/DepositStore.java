package org.familyties.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Deposits made, with their zip and their anonymisation log, visible only to the user who made them. */
@Repository
class DepositStore {

    private final JdbcClient jdbc;

    DepositStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long studyId, String username, OffsetDateTime at, String options, String summary, String sha256,
                long zipSize, byte[] anonymisationLog) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into export_deposit (study_id, created_by, created_at, options, summary, zip_sha256, zip_size, "
                        + "anonymisation_log) values (:s, :u, :at, :o, :summary, :sha, :size, :log)")
                .param("s", studyId).param("u", username).param("at", at).param("o", options).param("summary", summary)
                .param("sha", sha256).param("size", zipSize).param("log", anonymisationLog)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void fileWritten(long id, String zipFile) {
        jdbc.sql("update export_deposit set zip_file = :f where id = :id").param("f", zipFile).param("id", id).update();
    }

    /** The name of the deposit's zip file; empty for packages made before files, or not the user's. */
    Optional<String> zipFile(long studyId, long id, String username) {
        return jdbc.sql("select zip_file from export_deposit where id = :id and study_id = :s and created_by = :u "
                        + "and zip_file is not null")
                .param("id", id).param("s", studyId).param("u", username).query(String.class).optional();
    }

    Optional<Deposit> find(long studyId, long id, String username) {
        return jdbc.sql("select id, study_id, created_by, created_at, options, summary, zip_sha256, zip_size "
                        + "from export_deposit where id = :id and study_id = :s and created_by = :u")
                .param("id", id).param("s", studyId).param("u", username).query(DepositStore::deposit).optional();
    }

    List<Deposit> madeBy(long studyId, String username) {
        return jdbc.sql("select id, study_id, created_by, created_at, options, summary, zip_sha256, zip_size "
                        + "from export_deposit where study_id = :s and created_by = :u order by id desc")
                .param("s", studyId).param("u", username).query(DepositStore::deposit).list();
    }

    /** The zip of a package made before packages were written to files. */
    Optional<byte[]> storedZip(long studyId, long id, String username) {
        return bytes("zip", studyId, id, username);
    }

    Optional<byte[]> anonymisationLog(long studyId, long id, String username) {
        return bytes("anonymisation_log", studyId, id, username);
    }

    private Optional<byte[]> bytes(String column, long studyId, long id, String username) {
        return jdbc.sql("select " + column + " from export_deposit where id = :id and study_id = :s and created_by = :u")
                .param("id", id).param("s", studyId).param("u", username).query((rs, n) -> rs.getBytes(1)).optional().filter(java.util.Objects::nonNull);
    }

    private static Deposit deposit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Deposit(rs.getLong("id"), rs.getLong("study_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("options"), rs.getString("summary"),
                rs.getString("zip_sha256"), rs.getLong("zip_size"));
    }
}
