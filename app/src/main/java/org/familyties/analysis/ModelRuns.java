package org.familyties.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.familyties.analysis.internal.AnalysisDataset;
import org.familyties.analysis.internal.PathDiagram;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.stats.data.DataException;
import org.familyties.stats.sem.MissingData;
import org.familyties.stats.sem.ModelFunction;
import org.familyties.stats.sem.Sem;
import org.familyties.stats.sem.SemJson;
import org.familyties.stats.sem.SemOptions;
import org.familyties.stats.sem.SemResult;
import org.familyties.study.StudyDataExtract;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis module's facade: fits structural equation and path models to a study's pseudonymous data
 * with the statistics engine, in-process, and saves each run with its inputs so it can be reproduced.
 */
@Service
public class ModelRuns {

    public static final String RECORD_TYPE = "ModelRun";
    static final Set<String> FUNCTIONS = Set.of("sem", "cfa", "growth");
    static final Set<String> MISSING = Set.of("listwise", "fiml");
    static final int MAX_BOOTSTRAP = 5_000;

    private final StudyDataExtract extract;
    private final ModelRunStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    ModelRuns(StudyDataExtract extract, ModelRunStore store, AuditLog auditLog, Clock clock) {
        this.extract = extract;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The data set a model for this unit of analysis would see (columns and rows), without fitting. */
    @Transactional(readOnly = true)
    public AnalysisDataset dataset(long studyId, String unitRole, CurrentUser user) {
        return AnalysisDataset.build(extract.observations(studyId, user), unitRole);
    }

    @Transactional
    public ModelRun run(long studyId, RunRequest request, CurrentUser user) {
        validate(request);
        AnalysisDataset data = dataset(studyId, request.unitRole(), user);
        if (data.table().rowCount() == 0) {
            throw InvalidInputException.of("unitRole", "The study has no data for participants in the role '"
                    + request.unitRole() + "'; choose a role that has answered questionnaires");
        }
        SemResult result;
        try {
            result = Sem.fit(request.model(), data.table(), options(request));
        } catch (IllegalArgumentException | DataException e) { // syntax errors are IllegalArgumentExceptions too
            throw InvalidInputException.of("model", e.getMessage());
        }
        String svg = PathDiagram.svg(result, "Path diagram of model run on study " + studyId);
        long id = store.insert(studyId, request, data.sha256(), data.table().rowCount(), result.converged(),
                SemJson.write(result), svg, user.username(), clock.instant());
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, id, null, null,
                "study=" + studyId + " unit=" + request.unitRole() + " data=" + data.sha256());
        return get(studyId, id, user);
    }

    /** Fits a saved run's model again on the study's current data, as a new run. */
    @Transactional
    public ModelRun rerun(long studyId, long runId, CurrentUser user) {
        ModelRun old = get(studyId, runId, user);
        return run(studyId, new RunRequest(old.unitRole(), old.model(), old.function(), old.missing(), old.bootstrap(),
                old.seed()), user);
    }

    @Transactional(readOnly = true)
    public ModelRun get(long studyId, long runId, CurrentUser user) {
        requireStudy(studyId, user);
        return store.find(studyId, runId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, runId));
    }

    @Transactional(readOnly = true)
    public List<ModelRun> list(long studyId, CurrentUser user) {
        requireStudy(studyId, user);
        return store.list(studyId);
    }

    private static void requireStudy(long studyId, CurrentUser user) {
        if (!user.canSeeStudy(studyId)) {
            throw new RecordNotFoundException("Study", studyId);
        }
    }

    private static void validate(RunRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.unitRole() == null || r.unitRole().isBlank()) {
            problems.add(new FieldProblem("unitRole", "Choose whose answers make the rows of the data (e.g. child)"));
        }
        if (r.model() == null || r.model().isBlank()) {
            problems.add(new FieldProblem("model", "Enter a model in lavaan syntax, e.g. child_w3_y ~ father_w1_x"));
        }
        if (r.function() == null || !FUNCTIONS.contains(r.function())) {
            problems.add(new FieldProblem("function", "Choose sem, cfa or growth"));
        }
        if (r.missing() == null || !MISSING.contains(r.missing())) {
            problems.add(new FieldProblem("missing", "Choose listwise deletion or full-information maximum likelihood (fiml)"));
        }
        if (r.bootstrap() < 0 || r.bootstrap() > MAX_BOOTSTRAP) {
            problems.add(new FieldProblem("bootstrap", "Enter a number of bootstrap draws from 0 to " + MAX_BOOTSTRAP));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static SemOptions options(RunRequest r) {
        SemOptions options = SemOptions.defaults()
                .withFunction(ModelFunction.valueOf(r.function().toUpperCase(Locale.ROOT)))
                .withMissing(r.missing().equals("fiml") ? MissingData.FIML : MissingData.LISTWISE);
        return r.bootstrap() > 0 ? options.withBootstrap(r.bootstrap(), r.seed()) : options;
    }
}
