package org.familyties.export;

import java.util.List;

import org.familyties.shared.CurrentUser;

/**
 * Where deposits find a study's interview transcripts. The study module has no transcripts yet, so
 * until a bean implements this, deposits hold none.
 */
public interface TranscriptSource {

    List<Transcript> transcripts(long studyId, CurrentUser user);
}
