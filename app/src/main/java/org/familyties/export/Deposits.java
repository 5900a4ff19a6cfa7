package org.familyties.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.export.deposit.DepositBuilder;
import org.familyties.export.deposit.DepositInput;
import org.familyties.export.deposit.DepositResult;
import org.familyties.instruments.ScaleDefinitions;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.study.Consent;
import org.familyties.study.InformantRole;
import org.familyties.study.Participant;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDataExtract;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyDictionaries;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamily;
import org.familyties.study.WithdrawalChoice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive deposit packages of a study: made from the study's pseudonymous data with the chosen
 * de-identification and disclosure control, stored, audited, and served only to the user who made them.
 */
@Service
public class Deposits {

    static final String RECORD_TYPE = "StudyDeposit";

    private final StudyDesigns designs;
    private final StudyDictionaries dictionaries;
    private final StudyDataExtract extract;
    private final StudyFamilies families;
    private final StudyConsents consents;
    private final ObjectProvider<TranscriptSource> transcripts;
    private final StudySecrets secrets;
    private final DepositStore store;
    private final DepositFiles files;
    private final AuditLog auditLog;
    private final Clock clock;

    Deposits(StudyDesigns designs, StudyDictionaries dictionaries, StudyDataExtract extract, StudyFamilies families,
             StudyConsents consents, ObjectProvider<TranscriptSource> transcripts, StudySecrets secrets,
             DepositStore store, DepositFiles files, AuditLog auditLog, Clock clock) {
        this.designs = designs;
        this.dictionaries = dictionaries;
        this.extract = extract;
        this.families = families;
        this.consents = consents;
        this.transcripts = transcripts;
        this.secrets = secrets;
        this.store = store;
        this.files = files;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A deposit made, with what to tell the user who made it. */
    public record Made(Deposit deposit, DepositResult result) {
    }

    @Transactional
    public Made create(long studyId, DepositOptions options, CurrentUser user) {
        DepositInput input = input(studyId, options == null ? DepositOptions.defaults() : options, user);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        Path file = files.newTemporary();
        DepositResult result;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                result = DepositBuilder.build(input, LocalDateTime.ofInstant(now.toInstant(), ZoneOffset.UTC), out);
            }
        } catch (IOException | RuntimeException e) {
            files.delete(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        String sha = result.zipSha256();
        String summary = summary(result);
        long id = store.insert(studyId, user.username(), now, input.options().describe(), summary, sha,
                result.zipSize(), result.anonymisationLog().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        store.fileWritten(id, files.keep(file, id, sha));
        auditLog.changed(AuditAction.EXPORT, RECORD_TYPE, id, null, null, "{\"study\":" + studyId
                + ",\"options\":" + input.options().describe() + ",\"zipSha256\":\"" + sha + "\",\"excluded\":"
                + result.excludedParticipants() + "}");
        return new Made(store.find(studyId, id, user.username()).orElseThrow(), result);
    }

    @Transactional(readOnly = true)
    public List<Deposit> madeBy(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.madeBy(studyId, user.username());
    }

    @Transactional(readOnly = true)
    public Deposit deposit(long studyId, long depositId, CurrentUser user) {
        designs.design(studyId, user);
        return store.find(studyId, depositId, user.username())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, depositId));
    }

    /** The zip, streamed from its file, for the user who made it; each download is audited. */
    @Transactional
    public Resource download(long studyId, long depositId, CurrentUser user) {
        designs.design(studyId, user);
        Resource zip = store.zipFile(studyId, depositId, user.username())
                .map(name -> files.find(name).<Resource>map(FileSystemResource::new)
                        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, depositId)))
                .or(() -> store.storedZip(studyId, depositId, user.username()).map(ByteArrayResource::new))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, depositId));
        auditLog.changed(AuditAction.EXPORT, RECORD_TYPE, depositId, null, null, "{\"download\":\"zip\"}");
        return zip;
    }

    /**
     * The key from released ids back to study pseudonyms, kept outside the package: only for a data
     * manager who made the deposit, audited.
     */
    @Transactional
    public Optional<byte[]> anonymisationLog(long studyId, long depositId, CurrentUser user) {
        designs.design(studyId, user);
        if (!user.hasIdentityAccess()) {
            return Optional.empty();
        }
        Optional<byte[]> log = store.anonymisationLog(studyId, depositId, user.username());
        log.ifPresent(l -> auditLog.changed(AuditAction.EXPORT, RECORD_TYPE, depositId, null, null,
                "{\"download\":\"anonymisation log\"}"));
        return log;
    }

    private DepositInput input(long studyId, DepositOptions options, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        var dictionary = dictionaries.dictionary(studyId, user)
                .orElseThrow(() -> org.familyties.shared.InvalidInputException.of("study",
                        "The study has no data dictionary yet, so there is nothing to deposit"));
        Map<String, String> scoreInstruments = new HashMap<>();
        for (String instrument : dictionaries.instrumentNames(studyId, user)) {
            for (String scale : dictionaries.scalesOf(studyId, instrument, user)) {
                for (var subscale : ScaleDefinitions.builtIn(scale).subscales()) {
                    scoreInstruments.put(scale + StudyDataExtract.SCORE_SEPARATOR + subscale.id(), instrument);
                }
            }
        }
        Map<Long, StudyFamily> familyById = new HashMap<>();
        families.families(studyId, user).forEach(f -> familyById.put(f.id(), f));
        Map<Long, InformantRole> roleById = new HashMap<>();
        design.roles().forEach(r -> roleById.put(r.id(), r));
        List<Participant> participants = families.participants(studyId, user);
        List<DepositInput.Member> members = new ArrayList<>();
        for (Participant p : participants) {
            members.add(new DepositInput.Member(p.pseudonym(), familyById.get(p.familyId()).code(),
                    roleById.get(p.roleId()).code()));
        }
        List<DepositInput.FamilyInfo> familyInfo = familyById.values().stream()
                .map(f -> new DepositInput.FamilyInfo(f.code(), f.fatherSentenceStart(), f.fatherRelease())).toList();
        Map<String, String> excluded = excluded(studyId, design, participants, user);
        List<Transcript> texts = transcripts.stream().flatMap(s -> s.transcripts(studyId, user).stream()).toList();
        return new DepositInput(design.study().code(), design.study().title(),
                design.waves().stream().map(w -> new DepositInput.WaveInfo(w.position(), w.name())).toList(),
                design.roles().stream().map(r -> new DepositInput.RoleInfo(r.code(), r.name())).toList(),
                dictionary.fields(), dictionary.missingCodes(), scoreInstruments,
                each -> extract.forEachObservation(studyId, user, each), members, familyInfo,
                excluded, texts, secrets.secretOf(studyId), options);
    }

    /**
     * Who is left out: those who withdrew asking for their data to be removed, and those whose most
     * recent consent (every consent at their latest wave: a child's assent and a parent's consent) did
     * not agree to archiving, or who have no consent at all.
     */
    private Map<String, String> excluded(long studyId, StudyDesign design, List<Participant> participants,
                                         CurrentUser user) {
        Map<String, String> excluded = new TreeMap<>();
        consents.withdrawalsWithChoice(studyId, WithdrawalChoice.REMOVE_DATA, user)
                .keySet().forEach(p -> excluded.put(p, "withdrew and asked for their data to be removed"));
        Map<Long, Integer> wavePosition = new HashMap<>();
        design.waves().forEach(w -> wavePosition.put(w.id(), w.position()));
        Map<Long, List<Consent>> byParticipant = new HashMap<>();
        for (Consent c : consents.consentsOfStudy(studyId, user)) {
            byParticipant.computeIfAbsent(c.participantId(), p -> new ArrayList<>()).add(c);
        }
        for (Participant p : participants) {
            List<Consent> given = byParticipant.getOrDefault(p.id(), List.of());
            int latest = given.stream().mapToInt(c -> wavePosition.getOrDefault(c.waveId(), 0)).max().orElse(-1);
            boolean archiving = latest >= 0 && given.stream()
                    .filter(c -> wavePosition.getOrDefault(c.waveId(), 0) == latest).allMatch(Consent::archiving);
            if (!archiving) {
                excluded.putIfAbsent(p.pseudonym(), "did not consent to archiving");
            }
        }
        return excluded;
    }

    private static String summary(DepositResult r) {
        StringBuilder b = new StringBuilder();
        r.datasets().forEach(d -> b.append(d.name()).append(": ").append(d.rows()).append(" rows, ")
                .append(d.variables()).append(" variables\n"));
        b.append("participants left out: ").append(r.excludedParticipants()).append('\n');
        r.risks().forEach(k -> b.append(String.format(java.util.Locale.ROOT,
                "%s: k %d -> %d, at risk %d -> %d, %d values suppressed%n", k.role(), k.kBefore(), k.kAfter(),
                k.atRiskBefore(), k.atRiskAfter(), k.suppressedValues())));
        return b.toString();
    }

}
