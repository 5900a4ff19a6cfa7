package org.familyties.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.study.Participant;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.familyties.study.Withdrawal;
import org.familyties.shared.UkTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's tracing record: contact channels, location history, contact attempts, interview
 * appointments and statuses per wave. Identity-level: only for users with identity access to the study;
 * every view is audited, every change is audited in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantTracing {

    public static final String RECORD_TYPE = "ParticipantTracing";
    static final String CHANNEL = "ContactChannel";
    static final String LOCATION = "ParticipantLocation";
    static final String ATTEMPT = "ContactAttempt";
    static final String APPOINTMENT = "InterviewAppointment";
    static final String WAVE_STATUS = "ParticipantWaveStatus";

    private final StudyFamilies families;
    private final StudyConsents consents;
    private final RetentionFacts facts;
    private final TracingStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    ParticipantTracing(StudyFamilies families, StudyConsents consents, RetentionFacts facts, TracingStore store,
                       AuditLog auditLog, Clock clock) {
        this.families = families;
        this.consents = consents;
        this.facts = facts;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The whole record, audited as one view of the participant's contact details. */
    public TracingRecord record(long studyId, String pseudonym, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        StudyFacts all = facts.load(studyId, user);
        StudyDesign design = all.design;
        Map<Wave, WaveOutcome> outcomes = new LinkedHashMap<>();
        design.waves().forEach(w -> outcomes.put(w, all.outcome(p, w)));
        Withdrawal withdrawal = all.withdrawal(p).orElse(null);
        auditLog.read(RECORD_TYPE, p.pseudonym(), null);
        return new TracingRecord(design, all.family(p), p, all.role(p), store.channels(p.id()), store.locations(p.id()),
                store.attempts(p.id()), store.appointments(p.id()), outcomes, all.currentWave(p), withdrawal,
                StudyFacts.stopsContact(withdrawal) ? contactStopped(withdrawal) : null,
                families.identities(studyId, List.of(p.pseudonym()), user).get(p.pseudonym()));
    }

    public List<ContactChannel> channels(long studyId, String pseudonym, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        auditLog.read(CHANNEL, p.pseudonym(), null);
        return store.channels(p.id());
    }

    public List<Location> locations(long studyId, String pseudonym, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        auditLog.read(LOCATION, p.pseudonym(), null);
        return store.locations(p.id());
    }

    public List<ContactAttempt> attempts(long studyId, String pseudonym, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        auditLog.read(ATTEMPT, p.pseudonym(), null);
        return store.attempts(p.id());
    }

    public List<Appointment> appointments(long studyId, String pseudonym, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        auditLog.read(APPOINTMENT, p.pseudonym(), null);
        return store.appointments(p.id());
    }

    @Transactional
    public ContactChannel addChannel(long studyId, String pseudonym, NewChannel channel, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        refuseIfContactStopped(studyId, p, user);
        List<FieldProblem> problems = new ArrayList<>();
        NewChannel clean = checkChannel(channel, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return saveChannel(studyId, p, clean, user);
    }

    /** Ends a channel's validity on {@code lastDay} (today when null). */
    @Transactional
    public ContactChannel endChannel(long studyId, String pseudonym, long channelId, LocalDate lastDay, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        ContactChannel channel = store.channels(p.id()).stream().filter(c -> c.id() == channelId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(CHANNEL, channelId));
        LocalDate last = lastDay == null ? today() : lastDay;
        if (last.isBefore(channel.validFrom())) {
            throw InvalidInputException.of("validTo", "The last day the channel was valid cannot be before "
                    + channel.validFrom() + ", when it became valid");
        }
        store.endChannel(channelId, last);
        auditLog.changed(AuditAction.UPDATE, CHANNEL, channelId, null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"validTo\":{\"old\":" + quote(channel.validTo()) + ",\"new\":" + quote(last) + "}}");
        return store.channels(p.id()).stream().filter(c -> c.id() == channelId).findFirst().orElseThrow();
    }

    @Transactional
    public Location addLocation(long studyId, String pseudonym, NewLocation location, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        List<FieldProblem> problems = new ArrayList<>();
        NewLocation clean = checkLocation(location, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return saveLocation(studyId, p, clean, user);
    }

    /**
     * Records a contact attempt. With the outcome MOVED_NEW_DETAILS the new channel and/or place are saved
     * with it (the new channel replaces open channels of its kind, the new place ends the open one), all in
     * one transaction; a wrong or dead number ends the channel tried. Nothing is saved when anything is wrong.
     */
    @Transactional
    public ContactAttempt recordAttempt(long studyId, String pseudonym, NewAttempt attempt, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        StudyDesign design = refuseIfContactStopped(studyId, p, user);
        List<ContactChannel> channels = store.channels(p.id());
        List<FieldProblem> problems = new ArrayList<>();
        if (attempt.waveId() == null || design.wave(attempt.waveId()).isEmpty()) {
            problems.add(new FieldProblem("waveId", "Select the wave the attempt is for"));
        }
        ContactChannel channel = null;
        if (attempt.channelId() == null) {
            problems.add(new FieldProblem("channelId", "Select the channel used"));
        } else {
            channel = channels.stream().filter(c -> c.id() == attempt.channelId()).findFirst().orElse(null);
            if (channel == null) {
                problems.add(new FieldProblem("channelId", "Channel " + attempt.channelId() + " is not one of "
                        + p.pseudonym() + "'s contact channels; select one of theirs"));
            }
        }
        LocalDateTime now = UkTime.now(clock);
        if (attempt.attemptedAt() == null) {
            problems.add(new FieldProblem("attemptedOn", "Enter the date and time of the attempt"));
        } else if (attempt.attemptedAt().isAfter(now.plusMinutes(1))) {
            problems.add(new FieldProblem("attemptedOn", "The attempt cannot be in the future; enter when it was made"));
        } else if (channel != null && attempt.attemptedAt().toLocalDate().isBefore(channel.validFrom())) {
            problems.add(new FieldProblem("attemptedOn", "The channel was not valid before " + channel.validFrom()
                    + "; check the date of the attempt"));
        }
        if (attempt.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Select the outcome of the attempt"));
        }
        String notes = blankToNull(attempt.notes());
        if (notes != null && notes.length() > 2000) {
            problems.add(new FieldProblem("notes", "Notes must be 2000 characters or fewer"));
        }
        NewChannel newChannel = attempt.newChannel() == null ? null : checkChannel(attempt.newChannel(), "new", problems);
        NewLocation newLocation = attempt.newLocation() == null ? null
                : checkLocation(attempt.newLocation(), "new", problems);
        if (attempt.outcome() == AttemptOutcome.MOVED_NEW_DETAILS && newChannel == null && newLocation == null) {
            problems.add(new FieldProblem("newChannelKind",
                    "Enter the new contact details or the new place they moved to"));
        }
        if (attempt.outcome() != null && attempt.outcome() != AttemptOutcome.MOVED_NEW_DETAILS
                && (newChannel != null || newLocation != null)) {
            problems.add(new FieldProblem("outcome", "New details can only be recorded with the outcome "
                    + "\"moved – new details\""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insertAttempt(studyId, p.id(), attempt.waveId(), channel, attempt.attemptedAt(),
                attempt.outcome(), notes, nowUtc(), user.username());
        auditLog.changed(AuditAction.CREATE, ATTEMPT, id, null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"wave\":" + attempt.waveId() + ",\"channel\":" + channel.id() + ",\"outcome\":\""
                + attempt.outcome() + "\"}");
        LocalDate day = attempt.attemptedAt().toLocalDate();
        if (attempt.outcome().endsChannel() && channel.validOn(day)) {
            endChannelQuietly(p, channel, day);
        }
        if (newChannel != null) {
            for (ContactChannel old : channels) {
                if (old.kind() == newChannel.kind() && old.validOn(newChannel.validFrom())) {
                    endChannelQuietly(p, old, newChannel.validFrom().minusDays(1).isBefore(old.validFrom())
                            ? old.validFrom() : newChannel.validFrom().minusDays(1));
                }
            }
            saveChannel(studyId, p, newChannel, user);
        }
        if (newLocation != null) {
            for (Location old : store.locations(p.id())) {
                if (old.movedOut() == null && !old.movedIn().isAfter(newLocation.movedIn())) {
                    store.endLocation(old.id(), newLocation.movedIn());
                    auditLog.changed(AuditAction.UPDATE, LOCATION, old.id(), null, null, "{\"participant\":\""
                            + p.pseudonym() + "\",\"movedOut\":" + quote(newLocation.movedIn()) + "}");
                }
            }
            saveLocation(studyId, p, newLocation, user);
        }
        return store.attempts(p.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Appointment book(long studyId, String pseudonym, NewAppointment appointment, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        StudyDesign design = refuseIfContactStopped(studyId, p, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (appointment.waveId() == null || design.wave(appointment.waveId()).isEmpty()) {
            problems.add(new FieldProblem("appointmentWaveId", "Select the wave the interview is for"));
        }
        if (appointment.startsAt() == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date and time of the appointment"));
        }
        if (appointment.mode() == null) {
            problems.add(new FieldProblem("mode", "Select whether the interview is in person, by phone or by video"));
        }
        String place = blankToNull(appointment.place());
        if (place != null && place.length() > 200) {
            problems.add(new FieldProblem("place", "Place must be 200 characters or fewer"));
        }
        if (appointment.remindOn() != null && appointment.startsAt() != null
                && appointment.remindOn().isAfter(appointment.startsAt().toLocalDate())) {
            problems.add(new FieldProblem("remindOn", "The reminder must be sent on or before the day of the appointment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewAppointment clean = new NewAppointment(appointment.waveId(), appointment.startsAt(), appointment.mode(), place,
                appointment.remindOn());
        long id = store.insertAppointment(studyId, p.id(), clean, nowUtc(), user.username());
        auditLog.changed(AuditAction.CREATE, APPOINTMENT, id, null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"wave\":" + clean.waveId() + ",\"startsAt\":\"" + clean.startsAt() + "\"}");
        return store.appointments(p.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Appointment changeAppointment(long studyId, String pseudonym, long appointmentId, AppointmentStatus status,
                                         CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        Appointment before = store.appointments(p.id()).stream().filter(a -> a.id() == appointmentId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(APPOINTMENT, appointmentId));
        if (status == null) {
            throw InvalidInputException.of("status", "Select what happened to the appointment");
        }
        store.updateAppointmentStatus(appointmentId, status);
        auditLog.changed(AuditAction.UPDATE, APPOINTMENT, appointmentId, null, null, "{\"participant\":\""
                + p.pseudonym() + "\",\"status\":{\"old\":\"" + before.status() + "\",\"new\":\"" + status + "\"}}");
        return store.appointments(p.id()).stream().filter(a -> a.id() == appointmentId).findFirst().orElseThrow();
    }

    /** Sets (or, with a null status, clears) a participant's status at a wave: refused, untraceable, deceased, ineligible. */
    @Transactional
    public Optional<WaveStatus> setWaveStatus(long studyId, String pseudonym, Long waveId, WaveOutcome status,
                                              String note, CurrentUser user) {
        Participant p = participant(studyId, pseudonym, user);
        StudyDesign design = facts.load(studyId, user).design;
        List<FieldProblem> problems = new ArrayList<>();
        if (waveId == null || design.wave(waveId).isEmpty()) {
            problems.add(new FieldProblem("statusWaveId", "Select the wave"));
        }
        if (status != null && !SETTABLE.contains(status)) {
            problems.add(new FieldProblem("status", "Select refused, untraceable, deceased or ineligible; completed, "
                    + "partial, withdrawn and pending follow from the records and consents"));
        }
        String cleanNote = blankToNull(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            problems.add(new FieldProblem("statusNote", "The note must be 500 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<WaveStatus> before = store.status(p.id(), waveId);
        store.saveStatus(studyId, p.id(), waveId, status, cleanNote, nowUtc(), user.username());
        auditLog.changed(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, WAVE_STATUS,
                p.pseudonym() + ":" + waveId, null, null, "{\"status\":{\"old\":"
                        + quote(before.map(WaveStatus::status).orElse(null)) + ",\"new\":" + quote(status) + "}}");
        return store.status(p.id(), waveId);
    }

    static final java.util.Set<WaveOutcome> SETTABLE = java.util.EnumSet.of(WaveOutcome.REFUSED,
            WaveOutcome.UNTRACEABLE, WaveOutcome.DECEASED, WaveOutcome.INELIGIBLE);

    /**
     * Booked appointments from today on and reminders due (reminder day reached, appointment still booked
     * and not past), for the data manager's list; each participant listed is audited.
     */
    public List<Appointment> upcomingAppointments(long studyId, CurrentUser user) {
        requireIdentityAccess(user);
        facts.load(studyId, user);
        LocalDate today = today();
        List<Appointment> upcoming = store.appointmentsOfStudy(studyId).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED && !a.startsAt().toLocalDate().isBefore(today))
                .toList();
        upcoming.stream().map(Appointment::pseudonym).distinct().forEach(ps -> auditLog.read(APPOINTMENT, ps, null));
        return upcoming;
    }

    public static boolean reminderDue(Appointment appointment, LocalDate today) {
        return appointment.status() == AppointmentStatus.BOOKED && appointment.remindOn() != null
                && !appointment.remindOn().isAfter(today) && !appointment.startsAt().toLocalDate().isBefore(today);
    }

    private ContactChannel saveChannel(long studyId, Participant p, NewChannel clean, CurrentUser user) {
        long id = store.insertChannel(studyId, p.id(), clean, nowUtc(), user.username());
        auditLog.changed(AuditAction.CREATE, CHANNEL, id, null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"kind\":\"" + clean.kind() + "\",\"validFrom\":" + quote(clean.validFrom()) + "}");
        return store.channels(p.id()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private Location saveLocation(long studyId, Participant p, NewLocation clean, CurrentUser user) {
        long id = store.insertLocation(studyId, p.id(), clean, nowUtc(), user.username());
        auditLog.changed(AuditAction.CREATE, LOCATION, id, null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"kind\":\"" + clean.kind() + "\",\"area\":" + quote(clean.area()) + ",\"movedIn\":"
                + quote(clean.movedIn()) + "}");
        return store.locations(p.id()).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private void endChannelQuietly(Participant p, ContactChannel channel, LocalDate lastDay) {
        store.endChannel(channel.id(), lastDay);
        auditLog.changed(AuditAction.UPDATE, CHANNEL, channel.id(), null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"validTo\":{\"old\":" + quote(channel.validTo()) + ",\"new\":" + quote(lastDay) + "}}");
    }

    private NewChannel checkChannel(NewChannel c, String prefix, List<FieldProblem> problems) {
        String detail = blankToNull(c.detail());
        if (c.kind() == null) {
            problems.add(new FieldProblem(field(prefix, "channelKind"), "Select the kind of contact channel"));
        }
        if (detail == null) {
            problems.add(new FieldProblem(field(prefix, "detail"), "Enter the number, address or handle"));
        } else if (detail.length() > 300) {
            problems.add(new FieldProblem(field(prefix, "detail"), "Contact details must be 300 characters or fewer"));
        }
        String name = blankToNull(c.contactName());
        String relationship = blankToNull(c.relationship());
        String organisation = blankToNull(c.organisation());
        String mayBeTold = blankToNull(c.mayBeTold());
        if (c.kind() == ChannelKind.ALTERNATIVE_CONTACT) {
            if (name == null) {
                problems.add(new FieldProblem(field(prefix, "contactName"), "Enter the alternative contact's name"));
            }
            if (relationship == null) {
                problems.add(new FieldProblem(field(prefix, "relationship"),
                        "Enter how the alternative contact is related to the participant"));
            }
            if (mayBeTold == null) {
                problems.add(new FieldProblem(field(prefix, "mayBeTold"),
                        "Enter what the participant agreed the alternative contact may be told"));
            }
        }
        if (name != null && name.length() > 200 || relationship != null && relationship.length() > 100
                || organisation != null && organisation.length() > 200 || mayBeTold != null && mayBeTold.length() > 500) {
            problems.add(new FieldProblem(field(prefix, "contactName"), "The alternative contact's details are too long"));
        }
        LocalDate from = c.validFrom() == null ? today() : c.validFrom();
        if (from.isAfter(today())) {
            problems.add(new FieldProblem(field(prefix, "validFrom"), "The channel cannot become valid in the future"));
        }
        if (c.validTo() != null && c.validTo().isBefore(from)) {
            problems.add(new FieldProblem(field(prefix, "validTo"),
                    "The last day the channel is valid cannot be before the day it became valid"));
        }
        return new NewChannel(c.kind(), detail, name, relationship, organisation, mayBeTold, from, c.validTo());
    }

    private NewLocation checkLocation(NewLocation l, String prefix, List<FieldProblem> problems) {
        String address = blankToNull(l.address());
        String area = blankToNull(l.area());
        String establishment = blankToNull(l.establishment());
        if (l.kind() == null) {
            problems.add(new FieldProblem(field(prefix, "placeKind"), "Select the kind of place"));
        }
        if (area == null) {
            problems.add(new FieldProblem(field(prefix, "area"), "Enter the area: postcode district or local authority"));
        } else if (area.length() > 100) {
            problems.add(new FieldProblem(field(prefix, "area"), "The area must be 100 characters or fewer"));
        }
        if (l.kind() == PlaceKind.HOME && address == null) {
            problems.add(new FieldProblem(field(prefix, "address"), "Enter the home address in full"));
        }
        if (l.kind() != null && l.kind() != PlaceKind.HOME && l.kind() != PlaceKind.OTHER && establishment == null) {
            problems.add(new FieldProblem(field(prefix, "establishment"),
                    "Enter the name of the prison, approved premises, hostel or hospital"));
        }
        if (address != null && address.length() > 300 || establishment != null && establishment.length() > 200) {
            problems.add(new FieldProblem(field(prefix, "address"), "The address or name is too long"));
        }
        if (l.movedIn() == null) {
            problems.add(new FieldProblem(field(prefix, "movedIn"), "Enter the date they moved in"));
        } else if (l.movedIn().isAfter(today())) {
            problems.add(new FieldProblem(field(prefix, "movedIn"), "The date they moved in cannot be in the future"));
        }
        if (l.movedIn() != null && l.movedOut() != null && l.movedOut().isBefore(l.movedIn())) {
            problems.add(new FieldProblem(field(prefix, "movedOut"), "The date they moved out cannot be before they moved in"));
        }
        if (l.learnedFrom() == null) {
            problems.add(new FieldProblem(field(prefix, "learnedFrom"), "Select how the move was learned"));
        }
        return new NewLocation(l.kind(), address, area, establishment, l.movedIn(), l.movedOut(), l.learnedFrom());
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private StudyDesign refuseIfContactStopped(long studyId, Participant p, CurrentUser user) {
        Optional<Withdrawal> withdrawal = consents.withdrawal(studyId, p.pseudonym(), user);
        if (withdrawal.isPresent() && StudyFacts.stopsContact(withdrawal.get())) {
            throw InvalidInputException.of("outcome", contactStopped(withdrawal.get()));
        }
        return facts.load(studyId, user).design;
    }

    private static String contactStopped(Withdrawal w) {
        return w.pseudonym() + " withdrew from the study on " + w.withdrawnOn()
                + " and asked not to be contacted again; no contact can be recorded or planned";
    }

    private Participant participant(long studyId, String pseudonym, CurrentUser user) {
        requireIdentityAccess(user);
        return families.participant(studyId, pseudonym, user);
    }

    static void requireIdentityAccess(CurrentUser user) {
        if (!user.hasIdentityAccess()) {
            throw new AccessDeniedException("Contact details are for data managers only");
        }
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }

    private OffsetDateTime nowUtc() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
