package org.familyties.casework;

import java.time.Instant;

public record NoteView(long id, NoteKind kind, String body, String writtenBy, Instant writtenAt) {
}
