package org.familyties.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

class AuditVerificationCommandTest {

    private final AuditLog auditLog = mock(AuditLog.class);

    private String run(AuditVerificationCommand command) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out));
        try {
            command.run(null);
        } finally {
            System.setOut(original);
        }
        return out.toString();
    }

    @Test
    void intactChainExitsZero() {
        when(auditLog.verify()).thenReturn(new ChainVerification(42, null, null));
        var command = new AuditVerificationCommand(auditLog);
        assertThat(run(command)).contains("intact").contains("42 entries");
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void brokenChainNamesTheFirstBrokenLinkAndExitsOne() {
        when(auditLog.verify()).thenReturn(new ChainVerification(6, 7L, "Entry 7 was changed after it was written"));
        var command = new AuditVerificationCommand(auditLog);
        assertThat(run(command)).contains("BROKEN at entry 7").contains("changed after it was written");
        assertThat(command.getExitCode()).isEqualTo(1);
    }
}
