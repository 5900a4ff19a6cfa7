package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Local suppression (indexed with bit sets) against a plain reference of the documented greedy rule that
 * compares every record with every other: the same values are blanked in random data sets with blanks.
 */
class LocalSuppressionReferenceTest {

    private static final List<String> QUASI_IDENTIFIERS = List.of("age", "region", "eth", "kids");

    @Test
    void blanksTheSameValuesAsThePairwiseReference() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            int n = 20 + random.nextInt(400);
            int k = 2 + random.nextInt(4);
            LabelledDataset data = randomData(random, n);

            LabelledDataset released = new DisclosureControl(QUASI_IDENTIFIERS, k).anonymise(data, List.of()).data();

            List<Object[]> expected = reference(keys(data), k);
            List<Object[]> actual = keys(released);
            for (int row = 0; row < n; row++) {
                assertThat(actual.get(row)).as("seed %d, row %d", seed, row).containsExactly(expected.get(row));
            }
        }
    }

    private static LabelledDataset randomData(Random random, int n) {
        var b = LabelledDataset.builder("t").add(Variable.numeric("id")).add(Variable.numeric("age"))
                .add(Variable.string("region", 10)).add(Variable.numeric("eth")).add(Variable.numeric("kids"));
        for (int i = 0; i < n; i++) {
            b.row((double) i, random.nextInt(10) == 0 ? null : (double) (18 + random.nextInt(20)),
                    random.nextInt(12) == 0 ? "" : "R" + random.nextInt(5), (double) random.nextInt(4),
                    (double) random.nextInt(3));
        }
        return b.build();
    }

    private static List<Object[]> keys(LabelledDataset data) {
        List<Object[]> keys = new ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            Object[] key = new Object[QUASI_IDENTIFIERS.size()];
            for (int c = 0; c < key.length; c++) {
                Object value = data.value(r, data.indexOf(QUASI_IDENTIFIERS.get(c)));
                key[c] = value == null || "".equals(value) ? null : value;
            }
            keys.add(key);
        }
        return keys;
    }

    /** The greedy rule as documented on {@link DisclosureControl}, recomputing every class size each step. */
    private static List<Object[]> reference(List<Object[]> keys, int k) {
        while (true) {
            int worst = -1;
            int worstSize = Integer.MAX_VALUE;
            for (int r = 0; r < keys.size(); r++) {
                int size = classSize(keys.get(r), keys);
                if (size < k && size < worstSize) {
                    worst = r;
                    worstSize = size;
                }
            }
            if (worst < 0) {
                return keys;
            }
            Object[] key = keys.get(worst);
            int best = -1;
            int bestSize = -1;
            for (int c = 0; c < key.length; c++) {
                if (key[c] == null) {
                    continue;
                }
                Object saved = key[c];
                key[c] = null;
                int size = classSize(key, keys);
                key[c] = saved;
                if (size >= bestSize) {
                    best = c;
                    bestSize = size;
                }
            }
            key[best] = null;
        }
    }

    private static int classSize(Object[] pattern, List<Object[]> keys) {
        int size = 0;
        for (Object[] other : keys) {
            boolean match = true;
            for (int c = 0; c < pattern.length && match; c++) {
                match = pattern[c] == null || other[c] == null || pattern[c].equals(other[c]);
            }
            size += match ? 1 : 0;
        }
        return size;
    }
}
