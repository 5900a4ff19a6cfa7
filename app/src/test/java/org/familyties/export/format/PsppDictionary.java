package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familyties.export.ExternalTools;

/** Opens a system file with GNU PSPP and checks its dictionary and data against {@code SampleData.survey()}. */
final class PsppDictionary {

    private PsppDictionary() {
    }

    static String describe(Path dir, String savFile) throws IOException {
        Files.writeString(dir.resolve("describe.sps"), "GET FILE='" + savFile + "'.\n"
                + "DISPLAY DICTIONARY.\nLIST.\n");
        ExternalTools.runOk(dir, "pspp", "-b", "-o", "describe.csv", "describe.sps");
        return Files.readString(dir.resolve("describe.csv"));
    }

    static void assertMatchesSample(String out) {
        assertThat(out).doesNotContain("Warning").doesNotContain("Error");
        assertThat(out).contains("""
                pid,1,Participant number,Nominal,Input,8,Right,F6.0,F6.0,
                relation,2,Relationship to person in prison,Nominal,Input,8,Right,F2.0,F2.0,-9; -8; -7
                visits,3,Visits in last 3 months,Scale,Input,8,Right,F4.0,F4.0,-9
                """);
        assertThat(out).containsPattern(
                "wellbeing,4,\"Wellbeing score \\(WEMWBS\\), mean\",Scale,Input,8,Right,F\\d\\.2,F\\d\\.2,\n");
        assertThat(out).contains("region,5,Region of residence,Nominal,Input,20,Left,A20,A20,\n");
        assertThat(out).contains("interview,6,Date of interview,Scale,Input,8,Right,SDATE10,SDATE10,\n");
        assertThat(out).contains(
                "satisfied_with_visit_rules,7,Satisfied with visits,Ordinal,Input,8,Right,F2.0,F2.0,-8\n");
        assertThat(out).contains("""
                Relationship to person in prison,-9[a],Not applicable
                ,-8[a],Don't know
                ,-7[a],Refused
                ,1,Partner
                ,2,Parent
                ,3,Child
                Visits in last 3 months,-9[a],Not applicable
                Satisfied with visits,-8[a],Don't know
                ,1,Not at all
                ,2,Somewhat
                ,3,Very
                """);
        assertThat(out).containsPattern("""
                pid,relation,visits,wellbeing,region,interview,satisfied_with_visit_rules
                101,1,4,52.50,Wales,2025/03/01,3
                102,2,0,48.25,"North East, England",2025/03/15,1
                103,-7,-9,\\. *,"Ynys Môn ""Anglesey""\",\\.,-8
                104,3,12,61.00,,2024/12/31,2
                105,-8,\\.,39.75,Scotland,2025/01/02,\\.
                106,1,2,\\.13,Wales,2025/02/28,3
                """);
    }
}
