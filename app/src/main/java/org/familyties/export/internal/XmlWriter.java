package org.familyties.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import org.familyties.shared.Xml;

/** Minimal deterministic XML/HTML writer: two-space indentation, attributes in the order given. */
public final class XmlWriter {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    public XmlWriter raw(String text) throws IOException {
        out.write(text);
        return this;
    }

    /** Opens an element; {@code attributes} are name/value pairs, null values skipped. */
    public XmlWriter start(String name, String... attributes) throws IOException {
        indent();
        out.write("<" + name + attributes(attributes) + ">\n");
        open.push(name);
        return this;
    }

    public XmlWriter end() throws IOException {
        String name = open.pop();
        indent();
        out.write("</" + name + ">\n");
        return this;
    }

    /** An element holding only text. */
    public XmlWriter element(String name, String text, String... attributes) throws IOException {
        indent();
        out.write("<" + name + attributes(attributes) + ">" + Xml.escape(text) + "</" + name + ">\n");
        return this;
    }

    public XmlWriter empty(String name, String... attributes) throws IOException {
        indent();
        out.write("<" + name + attributes(attributes) + "/>\n");
        return this;
    }

    public void flush() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        out.flush();
    }

    private void indent() throws IOException {
        out.write("  ".repeat(open.size()));
    }

    private static String attributes(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                b.append(' ').append(pairs[i]).append("=\"").append(Xml.escape(pairs[i + 1])).append('"');
            }
        }
        return b.toString();
    }

}
