package org.familyties.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Saved model runs in {@code analysis_run}; results are kept as the engine's JSON. */
@Component
class ModelRunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ModelRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long studyId, RunRequest request, String sha256, int rows, boolean converged, String resultJson,
                String svg, String user, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into analysis_run (study_id, unit_role, model_syntax, model_function, missing, bootstrap_draws,
                    bootstrap_seed, data_sha256, data_rows, converged, result_json, diagram_svg, created_by, created_at)
                values (:study, :role, :model, :fn, :missing, :boot, :seed, :sha, :rows, :conv, :json, :svg, :by, :at)""")
                .param("study", studyId).param("role", request.unitRole()).param("model", request.model())
                .param("fn", request.function()).param("missing", request.missing()).param("boot", request.bootstrap())
                .param("seed", request.seed()).param("sha", sha256).param("rows", rows).param("conv", converged)
                .param("json", resultJson).param("svg", svg).param("by", user).param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ModelRun> find(long studyId, long id) {
        return jdbc.sql("select * from analysis_run where study_id = :s and id = :id").param("s", studyId)
                .param("id", id).query(ModelRunStore::map).optional();
    }

    List<ModelRun> list(long studyId) {
        return jdbc.sql("select * from analysis_run where study_id = :s order by id desc").param("s", studyId)
                .query(ModelRunStore::map).list();
    }

    private static ModelRun map(ResultSet rs, int row) throws SQLException {
        String json = rs.getString("result_json");
        JsonNode root = JSON.readTree(json);
        Map<String, Double> fit = new LinkedHashMap<>();
        root.path("fit").properties().forEach(e -> fit.put(e.getKey(), number(e.getValue())));
        List<ParameterRow> parameters = new ArrayList<>();
        for (JsonNode p : root.path("parameters")) {
            parameters.add(new ParameterRow(p.path("lhs").asString(), p.path("op").asString(), p.path("rhs").asString(),
                    p.path("group").asInt(), p.path("label").asString(""), number(p.get("est")), number(p.get("se")),
                    number(p.get("z")), number(p.get("pvalue")), number(p.get("ci.lower")), number(p.get("ci.upper")),
                    number(p.get("std.lv")), number(p.get("std.all"))));
        }
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(w -> warnings.add(w.asString()));
        List<Integer> nobs = new ArrayList<>();
        root.path("nobs").forEach(n -> nobs.add(n.asInt()));
        return new ModelRun(rs.getLong("id"), rs.getLong("study_id"), rs.getString("unit_role"),
                rs.getString("model_syntax"), rs.getString("model_function"), rs.getString("missing"),
                rs.getInt("bootstrap_draws"), rs.getLong("bootstrap_seed"), rs.getString("data_sha256"),
                rs.getInt("data_rows"), rs.getBoolean("converged"), fit, parameters, warnings, nobs, json,
                rs.getString("diagram_svg"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asDouble();
    }
}
