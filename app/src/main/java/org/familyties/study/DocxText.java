package org.familyties.study;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the text of a Word document (word/document.xml inside the .docx zip), a paragraph a line. */
final class DocxText {

    private static final int MAX_XML = 20_000_000;

    private DocxText() {
    }

    static String read(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    byte[] xml = zip.readNBytes(MAX_XML);
                    return text(new String(xml, StandardCharsets.UTF_8));
                }
            }
        }
        throw new IOException("The file is not a Word document: it has no word/document.xml");
    }

    static String text(String xml) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < xml.length()) {
            if (xml.startsWith("<w:t", i) && (xml.charAt(i + 4) == '>' || xml.charAt(i + 4) == ' ')) {
                int open = xml.indexOf('>', i);
                if (xml.charAt(open - 1) == '/') {
                    i = open + 1;
                    continue;
                }
                int close = xml.indexOf("</w:t>", open);
                out.append(unescape(xml.substring(open + 1, close)));
                i = close + 6;
            } else if (xml.startsWith("</w:p>", i)) {
                out.append('\n');
                i += 6;
            } else if (xml.startsWith("<w:tab/>", i)) {
                out.append('\t');
                i += 8;
            } else {
                i++;
            }
        }
        return out.toString().strip();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
