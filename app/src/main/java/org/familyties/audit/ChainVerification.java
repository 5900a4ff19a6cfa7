package org.familyties.audit;

/**
 * The result of checking the audit chain.
 *
 * @param firstBrokenSeq the first entry whose hash or link does not match, or null when the chain is intact
 */
public record ChainVerification(long entriesChecked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
