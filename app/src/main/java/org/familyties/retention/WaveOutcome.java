package org.familyties.retention;

/** A participant's status at one wave; {@link #PENDING} is not yet resolved (window open or not yet opened). */
public enum WaveOutcome { COMPLETED, PARTIAL, REFUSED, UNTRACEABLE, NOT_INTERVIEWED, WITHDRAWN, DECEASED, INELIGIBLE, PENDING }
