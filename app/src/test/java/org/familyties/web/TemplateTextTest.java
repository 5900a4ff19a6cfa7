package org.familyties.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Page text lives in messages.properties: templates hold no literal words, and every key they use exists. */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            var doc = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.tagName().equals("script")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (text.text().chars().anyMatch(Character::isLetter)) {
                        offenders.add(TEMPLATES.relativize(template) + ": \"" + text.text().trim() + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("literal text in templates; use th:text with a message key").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(templates()).hasSizeGreaterThan(10);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
