package org.familyties.study;

/** Access rules of study routes beyond the shared ones. */
public final class StudyAccess {

    /** Changing a study's design or seeing participants' identity: data managers only. */
    public static final String DATA_MANAGER = "hasRole('DATA_MANAGER')";

    private StudyAccess() {
    }
}
