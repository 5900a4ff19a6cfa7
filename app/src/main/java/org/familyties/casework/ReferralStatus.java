package org.familyties.casework;

public enum ReferralStatus {
    WAITING,
    ACCEPTED,
    SIGNPOSTED,
    DECLINED
}
