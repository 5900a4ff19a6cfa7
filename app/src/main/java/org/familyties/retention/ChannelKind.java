package org.familyties.retention;

/**
 * A way of reaching a participant. {@link #ALTERNATIVE_CONTACT} is a consented relative, support worker, prison
 * or probation officer (a "gatekeeper"); {@link #PRISON} is arranging a visit or letter through the prison when
 * the participant is in custody.
 */
public enum ChannelKind { PHONE, EMAIL, POST, SOCIAL_MEDIA, ALTERNATIVE_CONTACT, HOME_VISIT, PRISON }
