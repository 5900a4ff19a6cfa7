package org.familyties.export.web;

import java.net.URI;
import java.util.List;

import org.familyties.export.Deposit;
import org.familyties.export.DepositOptions;
import org.familyties.export.Deposits;
import org.familyties.export.deposit.DepositBuilder;
import org.familyties.export.deposit.DepositResult;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.study.StudyAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deposit packages through the API. Researchers may make them too: the package is pseudonymous and
 * identifiers are always dropped. Each deposit is served only to the user who made it.
 */
@RestController
class DepositApiController {

    private final Deposits deposits;

    DepositApiController(Deposits deposits) {
        this.deposits = deposits;
    }

    record DepositView(long id, long studyId, String createdAt, String zipSha256, long zipSize, String options,
                       String download) {
        static DepositView of(Deposit d) {
            return new DepositView(d.id(), d.studyId(), d.createdAt().toString(), d.zipSha256(), d.zipSize(),
                    d.options(), link(d.studyId(), d.id()) + "/download");
        }
    }

    record Created(long id, String download, String zipSha256, long zipSize, List<DepositBuilder.DatasetSummary> datasets,
                   int excludedParticipants, List<String> droppedIdentifiers, List<String> droppedFreeText,
                   List<String> freeTextForReview, List<DepositResult.RoleRisk> disclosure) {
    }

    @PostMapping("/api/v1/studies/{studyId}/exports")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<Created> create(@PathVariable long studyId, @RequestBody(required = false) DepositOptions options) {
        Deposits.Made made = deposits.create(studyId, options, CurrentUsers.require());
        Deposit d = made.deposit();
        DepositResult r = made.result();
        return ResponseEntity.created(URI.create(link(studyId, d.id())))
                .body(new Created(d.id(), link(studyId, d.id()) + "/download", d.zipSha256(), d.zipSize(), r.datasets(),
                        r.excludedParticipants(), r.droppedIdentifiers(), r.droppedFreeText(), r.freeTextForReview(),
                        r.risks()));
    }

    @GetMapping("/api/v1/studies/{studyId}/exports")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    List<DepositView> list(@PathVariable long studyId) {
        return deposits.madeBy(studyId, CurrentUsers.require()).stream().map(DepositView::of).toList();
    }

    @GetMapping("/api/v1/studies/{studyId}/exports/{depositId}")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    DepositView get(@PathVariable long studyId, @PathVariable long depositId) {
        return DepositView.of(deposits.deposit(studyId, depositId, CurrentUsers.require()));
    }

    @GetMapping("/api/v1/studies/{studyId}/exports/{depositId}/download")
    @PreAuthorize(AccessPolicy.RESEARCH_STAFF)
    ResponseEntity<Resource> download(@PathVariable long studyId, @PathVariable long depositId) {
        Deposit d = deposits.deposit(studyId, depositId, CurrentUsers.require());
        return zip(d, deposits.download(studyId, depositId, CurrentUsers.require()));
    }

    @GetMapping("/api/v1/studies/{studyId}/exports/{depositId}/anonymisation-log")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    ResponseEntity<byte[]> anonymisationLog(@PathVariable long studyId, @PathVariable long depositId) {
        byte[] log = deposits.anonymisationLog(studyId, depositId, CurrentUsers.require())
                .orElseThrow(() -> new RecordNotFoundException("StudyDeposit", depositId));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("deposit-" + depositId + "-anonymisation-log.csv").build().toString())
                .body(log);
    }

    static ResponseEntity<Resource> zip(Deposit d, Resource zip) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(d)).build().toString())
                .body(zip);
    }

    static String fileName(Deposit d) {
        return "study-" + d.studyId() + "-deposit-" + d.id() + ".zip";
    }

    private static String link(long studyId, long depositId) {
        return "/api/v1/studies/" + studyId + "/exports/" + depositId;
    }
}
