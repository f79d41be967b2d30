package io.foyer.renewal.web;

import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.renewal.internal.BillingRun;
import io.foyer.renewal.internal.RenewalSettings;
import io.foyer.renewal.internal.RunRecords;
import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff: the billing runs with their figures, a running one's live progress (polled by htmx,
 * reloaded by the page itself without JavaScript), "start now", and the renewal settings (admins).
 */
@Controller
class ConsoleRenewalController {

    private final BillingRun billingRun;
    private final RunRecords runs;
    private final RenewalSettings settings;

    ConsoleRenewalController(BillingRun billingRun, RunRecords runs, RenewalSettings settings) {
        this.billingRun = billingRun;
        this.runs = runs;
        this.settings = settings;
    }

    @GetMapping("/console/renewals")
    String list(Model model) {
        model.addAttribute("runs", runs.latest(50));
        model.addAttribute("currentPath", "/console/renewals");
        return "renewal/console-runs";
    }

    @PostMapping("/console/renewals/start")
    String start(@AuthenticationPrincipal StaffUser staff, RedirectAttributes flash) {
        long id = billingRun.startInBackground("STAFF " + staff.email());
        flash.addFlashAttribute("started", true);
        return "redirect:/console/renewals/" + id;
    }

    @GetMapping("/console/renewals/{runId}")
    String run(@PathVariable String runId, Model model) {
        RunRecords.Run run = find(runId);
        model.addAttribute("run", run);
        model.addAttribute("failures", runs.failures(run.id(), 200));
        model.addAttribute("currentPath", "/console/renewals/" + run.id());
        return "renewal/console-run";
    }

    /** The progress block alone, for htmx polling. */
    @GetMapping("/console/renewals/{runId}/progress")
    String progress(@PathVariable String runId, Model model) {
        model.addAttribute("run", find(runId));
        return "renewal/console-run :: progress";
    }

    /** The settings form; numbers as text so that a wrong entry comes back next to its field. */
    record SettingsForm(String leadDays, String reminderDays, String graceDays, String terminationDays) {

        static SettingsForm of(RenewalSettings.Values v) {
            return new SettingsForm(
                    String.valueOf(v.leadDays()),
                    v.reminderText(),
                    String.valueOf(v.graceDays()),
                    String.valueOf(v.terminationDays()));
        }
    }

    @GetMapping("/console/renewals/settings")
    String settings(@AuthenticationPrincipal StaffUser staff, Model model) {
        admin(staff);
        model.addAttribute("form", SettingsForm.of(settings.current()));
        model.addAttribute("currentPath", "/console/renewals/settings");
        return "renewal/console-settings";
    }

    @PostMapping("/console/renewals/settings")
    String save(
            @AuthenticationPrincipal StaffUser staff,
            @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        admin(staff);
        Integer lead = range(errors, "leadDays", form.leadDays(), 90);
        Integer grace = range(errors, "graceDays", form.graceDays(), 365);
        Integer termination = range(errors, "terminationDays", form.terminationDays(), 730);
        List<Integer> reminders = RenewalSettings.Values.parseReminders(form.reminderDays());
        if (reminders == null) {
            errors.rejectValue("reminderDays", "renewal.console.settings.invalidReminders");
        }
        if (grace != null && termination != null && termination < grace) {
            errors.rejectValue("terminationDays", "renewal.console.settings.terminationBeforeGrace");
        }
        if (errors.hasErrors()) {
            model.addAttribute("currentPath", "/console/renewals/settings");
            return "renewal/console-settings";
        }
        settings.save(new RenewalSettings.Values(lead, reminders, grace, termination));
        flash.addFlashAttribute("saved", true);
        return "redirect:/console/renewals/settings";
    }

    /** The whole number from 0 to max the field holds, or null after rejecting it. */
    private static Integer range(BindingResult errors, String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.matches("\\d{1,4}") && Integer.parseInt(value) <= max) {
            return Integer.parseInt(value);
        }
        errors.rejectValue(field, "renewal.console.settings.invalid");
        return null;
    }

    private static void admin(StaffUser staff) {
        if (staff.role() != StaffRole.ADMIN) {
            throw new ForbiddenException();
        }
    }

    private RunRecords.Run find(String runId) {
        if (runId == null || !runId.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return runs.find(Long.parseLong(runId)).orElseThrow(NotFoundException::new);
    }
}
