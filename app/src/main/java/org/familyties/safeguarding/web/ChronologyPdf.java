package org.familyties.safeguarding.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.familyties.safeguarding.Chronology.ChildChronology;
import org.familyties.safeguarding.Restrictions;
import org.familyties.shared.UkTime;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A child's chronology as a printable PDF: the same entries as the page, rendered from an XHTML template. */
@Component
class ChronologyPdf {

    static final String TEMPLATE = "safeguarding/chronology-pdf";

    private final ITemplateEngine templates;
    private final Clock clock;
    private final String css;

    ChronologyPdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
        try (InputStream in = new ClassPathResource("pdf/chronology.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(ChildChronology chronology, String printedBy) {
        Context context = new Context(Locale.UK);
        context.setVariable("chronology", chronology);
        context.setVariable("css", css);
        context.setVariable("printedOn", UkTime.today(clock));
        context.setVariable("printedBy", printedBy);
        String xhtml = templates.process(TEMPLATE, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
