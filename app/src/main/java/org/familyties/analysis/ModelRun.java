package org.familyties.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A saved model run: its inputs, the checksum of the data it saw, and what the engine answered. */
public record ModelRun(long id, long studyId, String unitRole, String model, String function, String missing,
                       int bootstrap, long seed, String dataSha256, int dataRows, boolean converged,
                       Map<String, Double> fit, List<ParameterRow> parameters, List<String> warnings,
                       List<Integer> casesUsed, String resultJson, String diagramSvg, String createdBy,
                       Instant createdAt) {
}
