package org.familyties.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.familyties.analysis.internal.PathDiagram;
import org.familyties.stats.data.DataTable;
import org.familyties.stats.sem.Sem;
import org.familyties.stats.sem.SemOptions;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class PathDiagramTest {

    private static DataTable politicalDemocracy() throws Exception {
        try (var in = PathDiagramTest.class.getResourceAsStream("/analysis/PoliticalDemocracy.csv")) {
            return DataTable.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void drawsLatentsAsEllipsesObservedAsBoxesAndLabelsPathsWithStandardisedEstimates() throws Exception {
        String model = """
                ind60 =~ x1 + x2 + x3
                dem60 =~ y1 + y2 + y3 + y4
                dem65 =~ y5 + y6 + y7 + y8
                dem60 ~ ind60
                dem65 ~ ind60 + dem60
                y1 ~~ y5
                """;
        var result = Sem.fit(model, politicalDemocracy(), SemOptions.defaults());
        var doc = Jsoup.parse(PathDiagram.svg(result, "Political democracy"), "", Parser.xmlParser());

        assertThat(doc.select("svg").attr("role")).isEqualTo("img");
        assertThat(doc.select("title").text()).isEqualTo("Political democracy");
        assertThat(doc.select("ellipse")).hasSize(3);
        assertThat(doc.select("rect")).hasSize(11);
        assertThat(doc.select("text").eachText()).contains("ind60", "dem60", "dem65", "x1", "y8");
        // 11 loadings + 2 regressions between neighbouring columns as lines; ind60 -> dem65 skips dem60 and
        // bows over it; 1 residual covariance as a dashed arc
        assertThat(doc.select("line")).hasSize(13);
        assertThat(doc.select("path[marker-end]:not([stroke-dasharray])")).hasSize(1);
        assertThat(doc.select("path[stroke-dasharray]")).hasSize(1);
        String dem65OnDem60 = String.format(java.util.Locale.ROOT, "%.2f",
                result.parameter("dem65", "~", "dem60").stdAll());
        assertThat(doc.select("text.ft-path-diagram__estimate").eachText()).contains(dem65OnDem60);
        assertThat(doc.select("desc").text()).contains("dem65 on dem60 " + dem65OnDem60);
    }

    @Test
    void predictorsStandLeftOfWhatTheyPredict() throws Exception {
        var result = Sem.fit("y1 ~ x1\ny5 ~ y1", politicalDemocracy(), SemOptions.defaults());
        var doc = Jsoup.parse(PathDiagram.svg(result, "chain"), "", Parser.xmlParser());
        double x1 = xOf(doc, "x1");
        double y1 = xOf(doc, "y1");
        double y5 = xOf(doc, "y5");
        assertThat(x1).isLessThan(y1);
        assertThat(y1).isLessThan(y5);
    }

    private static double xOf(org.jsoup.nodes.Document doc, String name) {
        return doc.select("text").stream().filter(t -> t.text().equals(name)).findFirst()
                .map(t -> Double.parseDouble(t.attr("x"))).orElseThrow();
    }
}
