package org.familyties.study;

import java.util.List;

import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The study module's facade: studies scoped to the user's assignments. */
@Service
@Transactional(readOnly = true)
public class Studies {

    private final StudyRepository repository;

    Studies(StudyRepository repository) {
        this.repository = repository;
    }

    public List<StudySummary> visibleTo(CurrentUser user) {
        return repository.findInScope(ScopeIds.of(user.studyIds())).stream().map(Study::toSummary).toList();
    }

    public StudySummary get(long id, CurrentUser user) {
        return repository.findInScope(id, ScopeIds.of(user.studyIds())).map(Study::toSummary)
                .orElseThrow(() -> new RecordNotFoundException("Study", id));
    }

    /** A study by its code, unscoped: for set-up code such as the demo data, never for requests. */
    public java.util.Optional<StudySummary> findByCode(String code) {
        return repository.findByCode(code).map(Study::toSummary);
    }

    @Transactional
    public long register(String code, String title) {
        return repository.save(new Study(code, title)).toSummary().id();
    }
}
