package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.familyties.export.SampleData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlCodebookWriterTest {

    static String html() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlCodebookWriter().write(SampleData.survey(), DdiCodebookWriterTest.STUDY, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isDeterministicAndEscapesText() throws IOException {
        String html = html();
        assertThat(html).isEqualTo(html()).startsWith("<!DOCTYPE html>")
                .contains("Families of people in prison &amp; their wellbeing &lt;test&gt;.");
    }

    @Test
    void describesEachVariableWithLabelsFrequenciesAndStatistics() throws IOException {
        Document doc = Jsoup.parse(html());
        assertThat(doc.select("section")).hasSize(7);
        assertThat(doc.select("ol a").eachAttr("href")).contains("#var-relation", "#var-wellbeing");

        Element relation = doc.getElementById("var-relation");
        assertThat(relation.select("dd").eachText()).contains("Relationship to person in prison", "nominal", "4",
                "2 user-missing, 0 system-missing", "-9 Not applicable, -8 Don't know, -7 Refused");
        Elements rows = relation.select("table tr");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("-9", "Not applicable", "0", "0", "yes");
        assertThat(rows.get(3).select("td").eachText()).containsExactly("-7", "Refused", "1", "16.7", "yes");
        assertThat(rows.get(4).select("td").eachText()).containsExactly("1", "Partner", "2", "33.3", "no");

        Element wellbeing = doc.getElementById("var-wellbeing");
        assertThat(wellbeing.select("table td").eachText()).containsExactly("0.125", "61", "40.325", "23.7427");

        Element region = doc.getElementById("var-region");
        assertThat(region.text()).doesNotContain("Scotland");
    }
}
