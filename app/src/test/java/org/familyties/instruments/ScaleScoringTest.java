package org.familyties.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Expected scores are worked out by hand in the comments beside each case. */
class ScaleScoringTest {

    /** Answers item n with values[n - 1]: a number, "" for blank, or a missing code such as "-7". */
    private static Responses items(String prefix, String... values) {
        Responses responses = Responses.empty();
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            Answer answer = MissingCode.DEFAULTS.stream().filter(m -> m.code().equals(value)).findFirst()
                    .<Answer>map(Answer::missing).orElse(Answer.of(value));
            responses = responses.with(prefix + (i + 1), answer);
        }
        return responses;
    }

    @Nested
    class StrengthsAndDifficulties {

        private final ScaleDefinition sdq = ScaleDefinitions.builtIn(ScaleDefinitions.SDQ_PARENT);

        // item:          1    2    3    4    5    6    7    8    9    10   11   12   13   14   15   16   17   18   19   20   21   22   23   24   25
        private final String[] pattern = {
                "2", "2", "1", "2", "0", "1", "2", "2", "2", "1", "2", "0", "1", "2", "2", "2", "1", "0", "0", "2", "0", "1", "1", "2", "1"};

        @Test
        void definitionHasTheFiveSubscalesAndComposites() {
            assertThat(sdq.itemCount()).isEqualTo(25);
            assertThat(sdq.itemLabels()).first().isEqualTo("Item 1");
            assertThat(sdq.reversedItems()).containsExactlyInAnyOrder(7, 11, 14, 21, 25);
            assertThat(sdq.subscale("emotional").items()).containsExactly(3, 8, 13, 16, 24);
            assertThat(sdq.subscale("conduct").items()).containsExactly(5, 7, 12, 18, 22);
            assertThat(sdq.subscale("hyperactivity").items()).containsExactly(2, 10, 15, 21, 25);
            assertThat(sdq.subscale("peer").items()).containsExactly(6, 11, 14, 19, 23);
            assertThat(sdq.subscale("prosocial").items()).containsExactly(1, 4, 9, 17, 20);
            assertThat(sdq.subscale("total_difficulties").components())
                    .containsExactly("emotional", "conduct", "hyperactivity", "peer");
        }

        @Test
        void allZeroesScoreOnlyTheReversedItems() {
            ScaleScores scores = sdq.score(items("sdq_", "0".repeat(25).split("")));
            // reversed 0s become 2s: conduct has item 7, hyperactivity 21 and 25, peer 11 and 14
            assertThat(scores.score("emotional").value()).isEqualTo(0.0);
            assertThat(scores.score("conduct").value()).isEqualTo(2.0);
            assertThat(scores.score("hyperactivity").value()).isEqualTo(4.0);
            assertThat(scores.score("peer").value()).isEqualTo(4.0);
            assertThat(scores.score("peer").band()).isEqualTo("High");
            assertThat(scores.score("prosocial").value()).isEqualTo(0.0);
            assertThat(scores.score("prosocial").band()).isEqualTo("Very low");
            assertThat(scores.score("total_difficulties").value()).isEqualTo(10.0);
            assertThat(scores.score("total_difficulties").band()).isEqualTo("Close to average");
            assertThat(scores.score("internalising").value()).isEqualTo(4.0);
            assertThat(scores.score("externalising").value()).isEqualTo(6.0);
        }

        @Test
        void aCompletePattern() {
            ScaleScores scores = sdq.score(items("sdq_", pattern));
            // emotional 3,8,13,16,24 = 1+2+1+2+2
            assertThat(scores.score("emotional").value()).isEqualTo(8.0);
            assertThat(scores.score("emotional").band()).isEqualTo("Very high");
            // conduct 5, 7r, 12, 18, 22 = 0 + (2-2) + 0 + 0 + 1
            assertThat(scores.score("conduct").value()).isEqualTo(1.0);
            // hyperactivity 2, 10, 15, 21r, 25r = 2 + 1 + 2 + (2-0) + (2-1)
            assertThat(scores.score("hyperactivity").value()).isEqualTo(8.0);
            assertThat(scores.score("hyperactivity").band()).isEqualTo("High");
            // peer 6, 11r, 14r, 19, 23 = 1 + 0 + 0 + 0 + 1
            assertThat(scores.score("peer").value()).isEqualTo(2.0);
            // prosocial 1, 4, 9, 17, 20 = 2+2+2+1+2
            assertThat(scores.score("prosocial").value()).isEqualTo(9.0);
            assertThat(scores.score("prosocial").band()).isEqualTo("Close to average");
            // 8 + 1 + 8 + 2
            Score total = scores.score("total_difficulties");
            assertThat(total.value()).isEqualTo(19.0);
            assertThat(total.band()).isEqualTo("High");
            assertThat(total.prorated()).isFalse();
            assertThat(scores.score("internalising").value()).isEqualTo(10.0);
            assertThat(scores.score("externalising").value()).isEqualTo(9.0);
        }

        @Test
        void missingItemsAndMissingCodesAreProratedWhenThreeOfFiveAreAnswered() {
            String[] answers = pattern.clone();
            answers[3 - 1] = "";     // emotional loses items 3 and 13
            answers[13 - 1] = "";
            answers[5 - 1] = "-7";   // conduct: refused item 5, don't know item 12
            answers[12 - 1] = "-8";
            answers[6 - 1] = "";     // peer keeps only 11 and 14
            answers[19 - 1] = "-9";
            answers[23 - 1] = "";

            ScaleScores scores = sdq.score(items("sdq_", answers));

            // emotional: 8, 16, 24 = 2, 2, 2; mean 2 × 5 = 10
            Score emotional = scores.score("emotional");
            assertThat(emotional.value()).isEqualTo(10.0);
            assertThat(emotional.prorated()).isTrue();
            assertThat(emotional.answered()).isEqualTo(3);
            assertThat(emotional.band()).isEqualTo("Very high");
            // conduct: 7r, 18, 22 = 0, 0, 1; mean 1/3 × 5 = 1.67, rounded to 2
            assertThat(scores.score("conduct").value()).isEqualTo(2.0);
            assertThat(scores.score("conduct").prorated()).isTrue();
            // peer: two of five answered, too few
            Score peer = scores.score("peer");
            assertThat(peer.isScored()).isFalse();
            assertThat(peer.raw()).isNull();
            assertThat(peer.reason()).isEqualTo("2 of 5 items answered; at least 3 are needed");
            // the total and internalising need peer; externalising = 8 + 2 and is marked prorated
            assertThat(scores.score("total_difficulties").isScored()).isFalse();
            assertThat(scores.score("total_difficulties").reason()).contains("peer");
            assertThat(scores.score("internalising").isScored()).isFalse();
            assertThat(scores.score("externalising").value()).isEqualTo(10.0);
            assertThat(scores.score("externalising").prorated()).isTrue();
        }

        @Test
        void aProratedHalfRoundsUp() {
            String[] answers = pattern.clone();
            // hyperactivity 2, 10, 15, 21r answered 1, 0, 0, 1 (reversed to 1); 25 blank: mean 0.5 × 5 = 2.5 → 3
            answers[2 - 1] = "1";
            answers[10 - 1] = "0";
            answers[15 - 1] = "0";
            answers[21 - 1] = "1";
            answers[25 - 1] = "";
            assertThat(sdq.score(items("sdq_", answers)).score("hyperactivity").value()).isEqualTo(3.0);
        }

        @Test
        void outOfRangeAnswersCountAsMissingAndAreListed() {
            String[] answers = pattern.clone();
            answers[1 - 1] = "3";
            answers[4 - 1] = "often";
            ScaleScores scores = sdq.score(items("sdq_", answers));
            assertThat(scores.invalidItems()).containsExactly("sdq_1", "sdq_4");
            // prosocial 9, 17, 20 = 2 + 1 + 2; mean 5/3 × 5 = 8.33 → 8
            assertThat(scores.score("prosocial").value()).isEqualTo(8.0);
            assertThat(scores.score("prosocial").prorated()).isTrue();
        }
    }

    @Nested
    class BriefResilience {

        private final ScaleDefinition brs = ScaleDefinitions.builtIn(ScaleDefinitions.BRS);

        @Test
        void meanOfSixWithItemsTwoFourAndSixReversed() {
            // 4, 2→4, 5, 1→5, 4, 2→4 = 26 / 6 = 4.33
            Score score = brs.score(items("brs_", "4", "2", "5", "1", "4", "2")).score("resilience");
            assertThat(score.value()).isEqualTo(4.33);
            assertThat(score.band()).isEqualTo("High resilience");
        }

        @Test
        void bandsAtTheEnds() {
            assertThat(brs.score(items("brs_", "3", "3", "3", "3", "3", "3")).score("resilience"))
                    .extracting(Score::value, Score::band).containsExactly(3.0, "Normal resilience");
            // 1, 5→1, 1, 5→1, 1, 5→1
            assertThat(brs.score(items("brs_", "1", "5", "1", "5", "1", "5")).score("resilience"))
                    .extracting(Score::value, Score::band).containsExactly(1.0, "Low resilience");
            // 5, 4→2, 5, 5→1, 5, 5→1 = 19/6 = 3.17
            assertThat(brs.score(items("brs_", "5", "4", "5", "5", "5", "5")).score("resilience").value())
                    .isEqualTo(3.17);
        }

        @Test
        void everyItemIsNeeded() {
            Score score = brs.score(items("brs_", "4", "2", "5", "-8", "4", "2")).score("resilience");
            assertThat(score.isScored()).isFalse();
            assertThat(score.answered()).isEqualTo(5);
        }
    }

    @Nested
    class ShortWarwickEdinburgh {

        private final ScaleDefinition swemwbs = ScaleDefinitions.builtIn(ScaleDefinitions.SWEMWBS);

        @Test
        void rawTotalsAreConvertedToMetricScores() {
            assertThat(swemwbs.score(items("swemwbs_", "1", "1", "1", "1", "1", "1", "1")).score("wellbeing"))
                    .extracting(Score::raw, Score::value).containsExactly(7.0, 7.00);
            // 3+4+3+4+3+4+3 = 24
            assertThat(swemwbs.score(items("swemwbs_", "3", "4", "3", "4", "3", "4", "3")).score("wellbeing"))
                    .extracting(Score::raw, Score::value).containsExactly(24.0, 21.54);
            assertThat(swemwbs.score(items("swemwbs_", "5", "5", "5", "5", "5", "5", "4")).score("wellbeing").value())
                    .isEqualTo(32.55);
            assertThat(swemwbs.score(items("swemwbs_", "5", "5", "5", "5", "5", "5", "5")).score("wellbeing").value())
                    .isEqualTo(35.00);
        }

        @Test
        void theTableHasEveryRawTotal() {
            assertThat(swemwbs.subscale("wellbeing").conversion()).hasSize(29).containsEntry(8, 9.51)
                    .containsEntry(20, 18.59).containsEntry(33, 30.70);
        }

        @Test
        void noProrating() {
            Score score = swemwbs.score(items("swemwbs_", "3", "4", "3", "", "3", "4", "3")).score("wellbeing");
            assertThat(score.isScored()).isFalse();
            assertThat(score.reason()).isEqualTo("6 of 7 items answered; at least 7 are needed");
        }
    }

    @Nested
    class CumulativeRisk {

        private final ScaleDefinition risk = ScaleDefinitions.builtIn(ScaleDefinitions.CUMULATIVE_RISK);

        @Test
        void countsYesAnswersIntoBands() {
            assertThat(risk.score(items("risk_", "1", "1", "0", "0", "1", "0", "0", "0", "0", "1")).score("risk_count"))
                    .extracting(Score::value, Score::band).containsExactly(4.0, "High");
            assertThat(risk.score(items("risk_", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0")).score("risk_count"))
                    .extracting(Score::value, Score::band).containsExactly(2.0, "Moderate");
            assertThat(risk.score(items("risk_", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")).score("risk_count"))
                    .extracting(Score::value, Score::band).containsExactly(0.0, "Low");
        }

        @Test
        void aRefusedIndicatorLeavesTheCountUnscored() {
            assertThat(risk.score(items("risk_", "1", "-7", "0", "0", "1", "0", "0", "0", "0", "1"))
                    .score("risk_count").isScored()).isFalse();
        }
    }

    @Test
    void scalesScoreRecordsOfTheExampleStudyDictionary() {
        DataDictionary study = ExampleStudyDictionary.build();
        for (ScaleDefinition scale : ScaleDefinitions.builtIns()) {
            for (int item = 1; item <= scale.itemCount(); item++) {
                assertThat(study.field(scale.itemField(item))).as(scale.itemField(item)).isPresent();
            }
        }
        Responses record = Responses.fromRaw(java.util.Map.of("brs_1", "4", "brs_2", "2", "brs_3", "5", "brs_4", "1",
                "brs_5", "4", "brs_6", "2"), study);
        assertThat(ScaleDefinitions.builtIn(ScaleDefinitions.BRS).score(record).score("resilience").value())
                .isEqualTo(4.33);
    }

    @Nested
    class UserDefinitions {

        private ScaleDefinition read(String json) {
            return ScaleDefinitions.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void aUserScaleWithSubscalesProratingAndBands() {
            ScaleDefinition scale = read("""
                    {"id": "coping", "name": "Coping", "itemCount": 4, "itemMin": 0, "itemMax": 3,
                     "itemLabels": ["Item 1", "Item 2", "Item 3", "Item 4"], "reversed": [4],
                     "subscales": [
                       {"id": "active", "items": [1, 2], "minAnswered": 1, "decimals": 1},
                       {"id": "avoidant", "method": "MEAN", "items": [3, 4]},
                       {"id": "all", "of": ["active"], "bands": [{"label": "Low", "min": 0, "max": 2}]}
                     ]}""");
            assertThat(scale.itemPrefix()).isEqualTo("coping_");
            // active: item 1 = 1 alone, prorated 1 × 2 = 2; avoidant: (2 + (3 - 1)) / 2 = 2
            ScaleScores scores = scale.score(items("coping_", "1", "", "2", "1"));
            assertThat(scores.score("active").value()).isEqualTo(2.0);
            assertThat(scores.score("avoidant").value()).isEqualTo(2.0);
            assertThat(scores.score("all").band()).isEqualTo("Low");
        }

        @Test
        void mistakesAreExplained() {
            assertThatThrownBy(() -> read("{\"id\": \"x\", \"itemCount\": 2, \"itemMin\": 0, \"itemMax\": 1, "
                    + "\"subscales\": [{\"id\": \"a\", \"itemz\": [1]}]}"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemz");
            assertThatThrownBy(() -> read("{\"id\": \"x\", \"itemCount\": 2, \"itemMin\": 0, \"itemMax\": 1, "
                    + "\"subscales\": [{\"id\": \"a\", \"items\": [1, 3]}]}"))
                    .hasMessageContaining("uses item 3 but the scale has items 1 to 2");
            assertThatThrownBy(() -> read("{\"id\": \"x\", \"itemCount\": 2, \"itemMin\": 0, \"itemMax\": 1, "
                    + "\"subscales\": [{\"id\": \"t\", \"of\": [\"a\"]}, {\"id\": \"a\", \"items\": [1]}]}"))
                    .hasMessageContaining("'a', which must be defined before it");
            assertThatThrownBy(() -> read("{\"id\": \"x\", \"itemCount\": 2, \"itemMin\": 1, \"itemMax\": 2, "
                    + "\"subscales\": [{\"id\": \"a\", \"items\": [1, 2], \"conversion\": {\"2\": 1.0, \"3\": 2.0}}]}"))
                    .hasMessageContaining("no conversion for raw score 4");
            assertThatThrownBy(() -> read("{\"id\": \"x\", \"itemCount\": 2, \"itemMin\": 0, \"itemMax\": 1, "
                    + "\"subscales\": [{\"id\": \"a\", \"items\": [1, 2], \"bands\": [{\"label\": \"Low\", \"min\": 0, "
                    + "\"max\": 1}, {\"label\": \"High\", \"min\": 1, \"max\": 2}]}]}"))
                    .hasMessageContaining("overlapping bands 'Low' and 'High'");
            assertThatThrownBy(() -> read("{\"id\": \"x\", \"itemMin\": 0, \"itemMax\": 1, \"subscales\": []}"))
                    .hasMessageContaining("itemCount");
        }
    }
}
