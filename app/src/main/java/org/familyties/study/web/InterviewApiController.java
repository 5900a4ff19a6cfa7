package org.familyties.study.web;

import java.util.List;

import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.study.Code;
import org.familyties.study.Excerpt;
import org.familyties.study.Interview;
import org.familyties.study.NewInterview;
import org.familyties.study.StudyInterviews;
import org.familyties.study.Transcript;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InterviewApiController {

    private final StudyInterviews interviews;

    InterviewApiController(StudyInterviews interviews) {
        this.interviews = interviews;
    }

    record NewCode(String name, String description) {
    }

    record NewExcerpt(long codeId, String passage) {
    }

    @GetMapping("/api/v1/studies/{studyId}/interviews")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<Interview> list(@PathVariable long studyId) {
        return interviews.interviews(studyId, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/interviews")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    Interview record(@PathVariable long studyId, @RequestBody NewInterview interview) {
        return interviews.record(studyId, interview, CurrentUsers.require());
    }

    /** The transcript as the request body: text/plain in UTF-8, or a .docx when the content type says so. */
    @PutMapping("/api/v1/studies/{studyId}/interviews/{interviewId}/transcript")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    Transcript upload(@PathVariable long studyId, @PathVariable long interviewId,
                      @RequestHeader(name = "Content-Type", defaultValue = "text/plain") String contentType,
                      @RequestBody byte[] body) {
        String name = contentType.contains("wordprocessingml") ? "transcript.docx" : "transcript.txt";
        return interviews.uploadTranscript(studyId, interviewId, name, body, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/interviews/{interviewId}/transcript")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    Transcript transcript(@PathVariable long studyId, @PathVariable long interviewId) {
        return interviews.transcript(studyId, interviewId, CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/codes")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<Code> codebook(@PathVariable long studyId) {
        return interviews.codebook(studyId, CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/codes")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    Code addCode(@PathVariable long studyId, @RequestBody NewCode code) {
        return interviews.addCode(studyId, code.name(), code.description(), CurrentUsers.require());
    }

    @PostMapping("/api/v1/studies/{studyId}/interviews/{interviewId}/excerpts")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    Excerpt addExcerpt(@PathVariable long studyId, @PathVariable long interviewId, @RequestBody NewExcerpt excerpt) {
        return interviews.addExcerpt(studyId, interviewId, excerpt.codeId(), excerpt.passage(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/studies/{studyId}/codes/{codeId}/excerpts")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<Excerpt> excerpts(@PathVariable long studyId, @PathVariable long codeId) {
        return interviews.excerptsOfCode(studyId, codeId, CurrentUsers.require());
    }
}
