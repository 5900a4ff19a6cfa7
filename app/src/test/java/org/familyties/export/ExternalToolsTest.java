package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ExternalToolsTest {

    @Test
    void aMissingProgramSkipsLocallyButFailsUnderCi() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThatThrownBy(() -> ExternalTools.require("no-such-program-for-export-tests"))
                .isInstanceOf(ci ? AssertionError.class : TestAbortedException.class);
    }
}
