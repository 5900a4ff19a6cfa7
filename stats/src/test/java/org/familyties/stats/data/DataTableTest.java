package org.familyties.stats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class DataTableTest {

    @Test
    void emptyCellsAndNaAreMissing() throws Exception {
        DataTable t = DataTable.readCsv(new StringReader("x,y,g\n1,,a\nNA,2.5,b\n3,4,a\n"));
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.column("x")[0]).isEqualTo(1.0);
        assertThat(t.column("x")[1]).isNaN();
        assertThat(t.column("y")[0]).isNaN();
        assertThat(t.column("y")[1]).isEqualTo(2.5);
        assertThat(t.textColumn("g")).containsExactly("a", "b", "a");
        assertThat(t.isNumeric("x")).isTrue();
        assertThat(t.isNumeric("g")).isFalse();
    }

    @Test
    void unknownVariableListsTheColumns() throws Exception {
        DataTable t = DataTable.readCsv(new StringReader("x1,x2\n1,2\n"));
        assertThatThrownBy(() -> t.column("x3"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("x3").hasMessageContaining("x1, x2");
    }

    @Test
    void raggedRowIsReportedWithItsLine() {
        assertThatThrownBy(() -> DataTable.readCsv(new StringReader("a,b\n1,2\n3\n")))
                .isInstanceOf(DataException.class).hasMessageContaining("Line");
    }
}
