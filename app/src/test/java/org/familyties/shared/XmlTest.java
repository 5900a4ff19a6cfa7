package org.familyties.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void escapesMarkupCharactersAndQuotes() {
        assertThat(Xml.escape("<b>Tom & \"Jo\"'s</b>")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jo&quot;&#39;s&lt;/b&gt;");
    }

    @Test
    void dropsControlCharactersXmlForbidsButKeepsLineBreaksAndTabs() {
        assertThat(Xml.escape("a\u0001b\tc\nd\re\u001f")).isEqualTo("ab\tc\nd\re");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Xml.escape(null)).isEmpty();
    }
}
