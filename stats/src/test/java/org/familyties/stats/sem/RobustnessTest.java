package org.familyties.stats.sem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Assorted models reach lavaan's optimum (r/11_robustness.R) from this engine's start values. */
class RobustnessTest {

    static Stream<Arguments> models() throws Exception {
        Map<String, Map<String, String>> refs = new java.util.HashMap<>();
        for (Map<String, String> row : LavaanReference.rows("ref_robustness.csv")) {
            refs.put(row.get("case"), row);
        }
        List<Arguments> out = new ArrayList<>();
        for (String line : LavaanReference.text("/sem/robustness_models.txt").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|");
            out.add(Arguments.of(p[0], p[1], p[2], p[3], refs.get(p[0])));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("models")
    void reachesLavaansOptimum(String name, String data, String function, String model, Map<String, String> ref) throws Exception {
        SemOptions options = SemOptions.defaults().withFunction(ModelFunction.valueOf(function.toUpperCase(Locale.ROOT)));
        SemResult r = Sem.fit(model, LavaanReference.data(data), options);
        assertThat(r.converged()).isTrue();
        assertThat(r.fit().get("npar")).isEqualTo(Double.parseDouble(ref.get("npar")));
        assertThat(r.fit().get("chisq")).isCloseTo(Double.parseDouble(ref.get("chisq")), within(1e-4));
        assertThat(r.fit().get("logl")).isCloseTo(Double.parseDouble(ref.get("logl")), within(1e-4));
    }
}
