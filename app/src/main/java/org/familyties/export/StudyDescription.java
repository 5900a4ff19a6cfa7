package org.familyties.export;

import java.util.List;
import java.util.Objects;

/**
 * Study-level metadata for a codebook.
 *
 * @param title      study title
 * @param identifier the archive's or the study's identifier (e.g. "FT-2026-01")
 * @param authors    principal investigators or authoring organisations
 * @param abstractText short description of the study; may be empty
 * @param dataKind   kind of data, e.g. "survey data"; may be empty
 */
public record StudyDescription(String title, String identifier, List<String> authors, String abstractText,
        String dataKind) {

    public StudyDescription {
        Objects.requireNonNull(title, "title");
        identifier = identifier == null ? "" : identifier;
        authors = List.copyOf(authors == null ? List.of() : authors);
        abstractText = abstractText == null ? "" : abstractText;
        dataKind = dataKind == null ? "" : dataKind;
    }
}
