package org.familyties.study;

import java.util.List;
import java.util.Map;

/**
 * A family's situation at one wave.
 *
 * @param household      pseudonyms of the study members living in the children's household
 * @param fatherContact  the father's contact with each child, by the child's pseudonym
 */
public record FamilyStatus(long familyId, long waveId, List<String> household, int otherAdults, int otherChildren,
                           ParentsRelationship parentsRelationship, CustodyStatus fatherCustody,
                           Map<String, FatherContact> fatherContact) {

    public FamilyStatus {
        household = List.copyOf(household);
        fatherContact = Map.copyOf(fatherContact);
    }
}
