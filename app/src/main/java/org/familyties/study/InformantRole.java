package org.familyties.study;

/**
 * Who gives information in a study: father, mother/partner, child, other carer, or a role the study defines.
 *
 * @param pseudonymSuffix the letter used in participants' pseudonyms, e.g. C in F012-C1
 * @param child           whether informants in this role assent, with a parent's or carer's consent
 */
public record InformantRole(long id, long studyId, String code, String name, String pseudonymSuffix, boolean child) {
}
