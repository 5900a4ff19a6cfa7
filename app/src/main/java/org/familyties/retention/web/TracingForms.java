package org.familyties.retention.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.familyties.retention.AttemptOutcome;
import org.familyties.retention.ChannelKind;
import org.familyties.retention.MoveSource;
import org.familyties.retention.NewAppointment;
import org.familyties.retention.NewAttempt;
import org.familyties.retention.NewChannel;
import org.familyties.retention.NewLocation;
import org.familyties.retention.PlaceKind;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.study.InterviewMode;

/** Turns the tracing page's forms into the facade's inputs, collecting problems with dates and times. */
final class TracingForms {

    private TracingForms() {
    }

    static NewChannel channel(Map<String, String> form, String prefix, List<FieldProblem> problems) {
        return new NewChannel(FormInput.choice(ChannelKind.class, form.get(name(prefix, "channelKind"))),
                form.get(name(prefix, "detail")), form.get(name(prefix, "contactName")),
                form.get(name(prefix, "relationship")), form.get(name(prefix, "organisation")),
                form.get(name(prefix, "mayBeTold")),
                FormInput.date(name(prefix, "validFrom"), form.get(name(prefix, "validFrom")), problems),
                FormInput.date(name(prefix, "validTo"), form.get(name(prefix, "validTo")), problems));
    }

    static NewLocation location(Map<String, String> form, String prefix, List<FieldProblem> problems) {
        return new NewLocation(FormInput.choice(PlaceKind.class, form.get(name(prefix, "placeKind"))),
                form.get(name(prefix, "address")), form.get(name(prefix, "area")),
                form.get(name(prefix, "establishment")),
                FormInput.date(name(prefix, "movedIn"), form.get(name(prefix, "movedIn")), problems),
                FormInput.date(name(prefix, "movedOut"), form.get(name(prefix, "movedOut")), problems),
                FormInput.choice(MoveSource.class, form.get(name(prefix, "learnedFrom"))));
    }

    /** An attempt; the new channel and place are read only when their first field is filled in. */
    static NewAttempt attempt(Map<String, String> form, List<FieldProblem> problems) {
        NewChannel newChannel = filled(form, "newChannelKind") || filled(form, "newDetail")
                ? channel(form, "new", problems) : null;
        NewLocation newLocation = filled(form, "newPlaceKind") || filled(form, "newArea")
                ? location(form, "new", problems) : null;
        return new NewAttempt(FormInput.id(form.get("waveId")), FormInput.id(form.get("channelId")),
                dateTime(form, "attemptedOn", "attemptedTime", problems),
                FormInput.choice(AttemptOutcome.class, form.get("outcome")), form.get("notes"), newChannel, newLocation);
    }

    static NewAppointment appointment(Map<String, String> form, List<FieldProblem> problems) {
        return new NewAppointment(FormInput.id(form.get("appointmentWaveId")), dateTime(form, "startsOn", "startsTime", problems),
                FormInput.choice(InterviewMode.class, form.get("mode")), form.get("place"),
                FormInput.date("remindOn", form.get("remindOn"), problems));
    }

    static LocalDateTime dateTime(Map<String, String> form, String dateField, String timeField,
                                  List<FieldProblem> problems) {
        var date = FormInput.date(dateField, form.get(dateField), problems);
        String time = form.get(timeField);
        if (date == null) {
            return null;
        }
        if (time == null || time.isBlank()) {
            problems.add(new FieldProblem(timeField, "Enter the time, for example 14:30"));
            return null;
        }
        LocalTime at = FormInput.time(timeField, time, problems);
        return at == null ? null : date.atTime(at);
    }

    private static boolean filled(Map<String, String> form, String field) {
        return form.get(field) != null && !form.get(field).isBlank();
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
