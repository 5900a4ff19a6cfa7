package org.familyties.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class RetentionChartsTest {

    @Test
    void retentionByWaveHasATitleADescriptionAndOneBarPerRow() throws Exception {
        List<WaveParticipation> cohort = new ArrayList<>(RetentionMetricsTest.cohort());
        cohort.add(new WaveParticipation("X-1", "X", "<script>&co", 1, "Baseline", WaveOutcome.COMPLETED, true, true,
                1, RetentionMetricsTest.OPENS, RetentionMetricsTest.OPENS));
        List<RetentionRow> rows = RetentionMetrics.byWaveAndRole(cohort);

        Document svg = parse(RetentionCharts.retentionByWave(rows));

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(text(svg, "title")).isEqualTo("Retention by wave and role");
        assertThat(text(svg, "desc")).contains("95%");
        assertThat(elements(svg, "rect", "bar")).hasSize(rows.size());
        assertThat(elements(svg, "line", "whisker")).hasSize(rows.size());
        List<String> labels = texts(svg);
        assertThat(labels).contains("Baseline – <script>&co", "75% (3 of 4; 95% CI 30–95%)");
    }

    @Test
    void lovePlotHasOneDotPerCharacteristicAndLevelAndReferenceLines() throws Exception {
        List<BaselineProfile> profiles = new ArrayList<>(AttritionAnalysisTest.ages());
        profiles.add(new BaselineProfile("R9", "mother", true, java.util.Map.of(), java.util.Map.of("housing", "own")));
        profiles.add(new BaselineProfile("L9", "mother", false, java.util.Map.of(), java.util.Map.of("housing", "rent")));
        AttritionReport report = AttritionAnalysis.compare(profiles);

        Document svg = parse(RetentionCharts.standardisedDifferences(report));

        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(text(svg, "title")).contains("Standardised differences");
        assertThat(text(svg, "desc")).contains("±0.1");
        assertThat(elements(svg, "circle", "smd")).hasSize(3);
        assertThat(elements(svg, "line", "reference")).hasSize(2);
        assertThat(texts(svg)).contains("age", "+1.64", "housing: own", "housing: rent");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String text(Document svg, String tag) {
        return svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag).item(0).getTextContent();
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> elements(Document svg, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }
}
