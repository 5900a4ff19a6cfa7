package org.familyties.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code familyties verify-audit}: checks the chain and prints the result; the exit status is 0 when the
 * chain is intact and 1 at the first broken link.
 */
@Component
@ConditionalOnProperty(name = "familyties.command", havingValue = "verify-audit")
class AuditVerificationCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditLog auditLog;
    private int exitCode;

    AuditVerificationCommand(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = auditLog.verify();
        if (result.intact()) {
            System.out.println("Audit chain intact: " + result.entriesChecked() + " entries checked");
            exitCode = 0;
        } else {
            System.out.println("Audit chain BROKEN at entry " + result.firstBrokenSeq() + ": " + result.problem()
                    + " (" + result.entriesChecked() + " entries before it are intact)");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
