package org.familyties.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.familyties.export.SampleData;
import org.familyties.export.StudyDescription;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class DdiCodebookWriterTest {

    static final StudyDescription STUDY = new StudyDescription("Family Ties longitudinal study", "FT-2026-01",
            List.of("Family Ties research team"), "Families of people in prison & their wellbeing <test>.",
            "survey data");

    static String ddi() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DdiCodebookWriter().write(SampleData.survey(), STUDY, "wave1.csv", "text/csv", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void validate(String xml) throws Exception {
        Validator validator = DdiSchema.get().newValidator();
        // The instance's xsi:schemaLocation must not make the validator fetch anything.
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void codebookValidatesAgainstTheDdi25Schema() throws Exception {
        validate(ddi());
    }

    @Test
    void schemaValidationCatchesInvalidCodebooks() {
        assertThatThrownBy(() -> validate(ddi().replace("<titl>", "<title>").replace("</titl>", "</title>")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(ddi().replaceFirst("<sumStat type=\"vald\">", "<sumStat type=\"often\">")))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void eachDataFileGetsAFileDescriptionAndVariablesReferToAll() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DdiCodebookWriter().write(SampleData.survey(), STUDY, List.of(
                new DdiCodebookWriter.DataFile("wave1.csv", "text/csv"),
                new DdiCodebookWriter.DataFile("wave1.sav", "SPSS system file")), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        validate(xml);
        assertThat(xml).contains("<fileDscr ID=\"F1\" URI=\"wave1.csv\">", "<fileDscr ID=\"F2\" URI=\"wave1.sav\">",
                "<fileType>SPSS system file</fileType>", "name=\"relation\" files=\"F1 F2\"");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertThat(ddi()).isEqualTo(ddi());
    }

    @Test
    void describesFileVariablesCategoriesAndStatistics() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(ddi().getBytes(StandardCharsets.UTF_8)));
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) { return "ddi:codebook:2_5"; }
            public String getPrefix(String uri) { return "d"; }
            public java.util.Iterator<String> getPrefixes(String uri) { return List.of("d").iterator(); }
        });
        assertThat(xp.evaluate("//d:titl", doc)).isEqualTo("Family Ties longitudinal study");
        assertThat(xp.evaluate("//d:abstract", doc)).isEqualTo("Families of people in prison & their wellbeing <test>.");
        assertThat(xp.evaluate("//d:fileDscr/d:fileTxt/d:dimensns/d:caseQnty", doc)).isEqualTo("6");
        assertThat(xp.evaluate("//d:fileDscr/d:fileTxt/d:dimensns/d:varQnty", doc)).isEqualTo("7");
        assertThat(xp.evaluate("count(//d:var)", doc)).isEqualTo("7");
        assertThat(xp.evaluate("//d:var[@name='relation']/@files", doc)).isEqualTo("F1");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:labl", doc)).isEqualTo("Relationship to person in prison");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:catgry[d:catValu='-7']/@missing", doc)).isEqualTo("Y");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:catgry[d:catValu='-7']/d:labl", doc)).isEqualTo("Refused");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:catgry[d:catValu='1']/@missing", doc)).isEmpty();
        assertThat(xp.evaluate("//d:var[@name='relation']/d:catgry[d:catValu='1']/d:catStat[@type='freq']", doc))
                .isEqualTo("2");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:sumStat[@type='vald']", doc)).isEqualTo("4");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:sumStat[@type='invd']", doc)).isEqualTo("2");
        assertThat(xp.evaluate("//d:var[@name='relation']/d:sumStat[@type='mean']", doc)).isEmpty();
        assertThat(xp.evaluate("//d:var[@name='wellbeing']/@intrvl", doc)).isEqualTo("contin");
        assertThat(xp.evaluate("//d:var[@name='wellbeing']/d:sumStat[@type='mean']", doc)).isEqualTo("40.325");
        assertThat(xp.evaluate("//d:var[@name='wellbeing']/d:sumStat[@type='min']", doc)).isEqualTo("0.125");
        assertThat(xp.evaluate("//d:var[@name='wellbeing']/d:sumStat[@type='max']", doc)).isEqualTo("61");
        assertThat(xp.evaluate("//d:var[@name='wellbeing']/d:sumStat[@type='stdev']", doc)).isEqualTo("23.7427");
        assertThat(xp.evaluate("//d:var[@name='wellbeing']/d:sumStat[@type='invd']", doc)).isEqualTo("1");
        // Visits: user-missing -9 and a system-missing value are both invalid and excluded from the mean.
        assertThat(xp.evaluate("//d:var[@name='visits']/d:sumStat[@type='mean']", doc)).isEqualTo("4.5");
        assertThat(xp.evaluate("//d:var[@name='visits']/d:sumStat[@type='invd']", doc)).isEqualTo("2");
        assertThat(xp.evaluate("//d:var[@name='region']/d:varFormat/@type", doc)).isEqualTo("character");
    }
}
