package org.familyties.export.deposit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.export.DepositOptions;
import org.familyties.export.Transcript;
import org.familyties.instruments.Field;
import org.familyties.instruments.MissingCode;
import org.familyties.study.StudyDataExtract.Observation;

/**
 * Everything a deposit is built from, already read from the study: nothing here is fetched later.
 *
 * @param scoreInstruments scale-score variable names (as in observations) to the instrument scored
 * @param excluded         pseudonyms left out, with the reason (withdrawal or no archiving consent)
 */
public record DepositInput(String studyCode, String studyTitle, List<WaveInfo> waves, List<RoleInfo> roles,
                           List<Field> fields, List<MissingCode> missingCodes, Map<String, String> scoreInstruments,
                           ObservationSource observations, List<Member> members, List<FamilyInfo> families,
                           Map<String, String> excluded, List<Transcript> transcripts, byte[] studySecret,
                           DepositOptions options) {

    /** The study's observations, handed over one at a time. */
    @FunctionalInterface
    public interface ObservationSource {
        void forEach(java.util.function.Consumer<Observation> each);
    }

    public record WaveInfo(int position, String name) {
    }

    public record RoleInfo(String code, String name) {
    }

    public record Member(String pseudonym, String familyCode, String roleCode) {
    }

    public record FamilyInfo(String code, LocalDate fatherSentenceStart, LocalDate fatherRelease) {
    }

    public Set<String> excludedPseudonyms() {
        return excluded.keySet();
    }
}
