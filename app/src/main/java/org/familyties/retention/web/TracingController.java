package org.familyties.retention.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.familyties.retention.AppointmentStatus;
import org.familyties.retention.AttemptOutcome;
import org.familyties.retention.ChannelKind;
import org.familyties.retention.MoveSource;
import org.familyties.retention.ParticipantTracing;
import org.familyties.retention.PlaceKind;
import org.familyties.retention.WaveOutcome;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.InvalidInputException;
import org.familyties.study.InterviewMode;
import org.familyties.study.StudyAccess;
import org.familyties.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's tracing record: contact channels, places, attempts, appointments, statuses per wave. */
@Controller
class TracingController {

    static final String TRACING_VIEW = "retention/tracing";

    private final ParticipantTracing tracing;
    private final MessageSource messages;
    private final java.time.Clock clock;

    TracingController(ParticipantTracing tracing, MessageSource messages, java.time.Clock clock) {
        this.tracing = tracing;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/studies/{studyId}/participants/{pseudonym}/tracing")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String show(@PathVariable long studyId, @PathVariable String pseudonym, Model model) {
        return page(studyId, pseudonym, model, Map.of(), List.of(), null);
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/channels")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String addChannel(@PathVariable long studyId, @PathVariable String pseudonym,
                      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "channel", "retention.channel.added", problems -> {
            var channel = TracingForms.channel(form, "", problems);
            failIfAny(problems);
            tracing.addChannel(studyId, pseudonym, channel, CurrentUsers.require());
        });
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/channels/{channelId}/end")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String endChannel(@PathVariable long studyId, @PathVariable String pseudonym, @PathVariable long channelId,
                      @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "channel", "retention.channel.ended", problems -> {
            var lastDay = FormInput.date("validTo", form.get("validTo"), problems);
            failIfAny(problems);
            tracing.endChannel(studyId, pseudonym, channelId, lastDay, CurrentUsers.require());
        });
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/locations")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String addLocation(@PathVariable long studyId, @PathVariable String pseudonym,
                       @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "location", "retention.location.added", problems -> {
            var location = TracingForms.location(form, "", problems);
            failIfAny(problems);
            tracing.addLocation(studyId, pseudonym, location, CurrentUsers.require());
        });
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/attempts")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String recordAttempt(@PathVariable long studyId, @PathVariable String pseudonym,
                         @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "attempt", "retention.attempt.recorded", problems -> {
            var attempt = TracingForms.attempt(form, problems);
            failIfAny(problems);
            tracing.recordAttempt(studyId, pseudonym, attempt, CurrentUsers.require());
        });
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/appointments")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String book(@PathVariable long studyId, @PathVariable String pseudonym,
                @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "appointment", "retention.appointment.booked",
                problems -> {
                    var appointment = TracingForms.appointment(form, problems);
                    failIfAny(problems);
                    tracing.book(studyId, pseudonym, appointment, CurrentUsers.require());
                });
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/appointments/{appointmentId}")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String changeAppointment(@PathVariable long studyId, @PathVariable String pseudonym,
                             @PathVariable long appointmentId, @RequestParam Map<String, String> form, Model model,
                             RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "appointment", "retention.appointment.changed",
                problems -> tracing.changeAppointment(studyId, pseudonym, appointmentId,
                        FormInput.choice(AppointmentStatus.class, form.get("status")), CurrentUsers.require()));
    }

    @PostMapping("/studies/{studyId}/participants/{pseudonym}/tracing/wave-status")
    @PreAuthorize(StudyAccess.DATA_MANAGER)
    String setWaveStatus(@PathVariable long studyId, @PathVariable String pseudonym,
                         @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return submit(studyId, pseudonym, form, model, redirect, "status", "retention.status.saved", problems -> {
            String chosen = form.get("status");
            WaveOutcome status = FormInput.choice(WaveOutcome.class, chosen);
            if (chosen != null && !chosen.isBlank() && !"CLEAR".equals(chosen) && status == null) {
                problems.add(new FieldProblem("status", "Select a status"));
            }
            failIfAny(problems);
            tracing.setWaveStatus(studyId, pseudonym, FormInput.id(form.get("statusWaveId")), status,
                    form.get("statusNote"), CurrentUsers.require());
        });
    }

    private interface Change {
        void apply(List<FieldProblem> problems);
    }

    private String submit(long studyId, String pseudonym, Map<String, String> form, Model model,
                          RedirectAttributes redirect, String section, String notice, Change change) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            change.apply(problems);
        } catch (InvalidInputException e) {
            return page(studyId, pseudonym, model, form, e.problems(), section);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/studies/" + studyId + "/participants/" + pseudonym + "/tracing";
    }

    private static void failIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String page(long studyId, String pseudonym, Model model, Map<String, String> form,
                        List<FieldProblem> problems, String openSection) {
        var record = tracing.record(studyId, pseudonym, CurrentUsers.require());
        model.addAttribute("tracing", record);
        model.addAttribute("form", form);
        model.addAttribute("openSection", openSection);
        model.addAttribute("today", UkTime.today(clock));
        model.addAttribute("channelKinds", FormInput.options(messages, ChannelKind.class, "retention.channelKind."));
        model.addAttribute("placeKinds", FormInput.options(messages, PlaceKind.class, "retention.placeKind."));
        model.addAttribute("moveSources", FormInput.options(messages, MoveSource.class, "retention.moveSource."));
        model.addAttribute("outcomes", FormInput.options(messages, AttemptOutcome.class, "retention.outcome."));
        model.addAttribute("modes", FormInput.options(messages, InterviewMode.class, "interview.mode."));
        model.addAttribute("appointmentStatuses", FormInput.options(messages, AppointmentStatus.class,
                "retention.appointmentStatus."));
        model.addAttribute("settableStatuses", List.of(WaveOutcome.REFUSED, WaveOutcome.UNTRACEABLE,
                WaveOutcome.DECEASED, WaveOutcome.INELIGIBLE).stream().map(s -> new FormInput.Option(s.name(),
                messages.getMessage("retention.waveOutcome." + s.name(), null, s.name(), java.util.Locale.UK))).toList());
        model.addAttribute("waveOptions", record.design().waves().stream()
                .map(w -> new FormInput.Option(String.valueOf(w.id()), w.name())).toList());
        model.addAttribute("channelOptions", record.channels().stream()
                .map(c -> new FormInput.Option(String.valueOf(c.id()), messages.getMessage("retention.channelKind."
                        + c.kind().name(), null, c.kind().name(), java.util.Locale.UK) + ": " + c.detail()
                        + (c.validTo() != null ? " (" + messages.getMessage("retention.channel.endedOn",
                        new Object[] {c.validTo().toString()}, java.util.Locale.UK) + ")" : ""))).toList());
        FormInput.showProblems(model, problems);
        return TRACING_VIEW;
    }
}
