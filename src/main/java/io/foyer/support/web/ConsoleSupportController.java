package io.foyer.support.web;

import io.foyer.account.Accounts;
import io.foyer.identity.StaffMember;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.identity.StaffUsers;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.Services;
import io.foyer.support.Author;
import io.foyer.support.Importance;
import io.foyer.support.StaffSupport;
import io.foyer.support.SupportMailIn;
import io.foyer.support.Ticket;
import io.foyer.support.TicketRefused;
import io.foyer.support.TicketStatus;
import io.foyer.support.internal.CannedResponses;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: the support inbox by department and status, one ticket with replies, notes, assignment and changes. */
@Controller
class ConsoleSupportController {

    private final StaffSupport support;
    private final Accounts accounts;
    private final StaffUsers staffUsers;
    private final Services services;
    private final CannedResponses canned;
    private final SupportMailIn mailIn;

    ConsoleSupportController(
            StaffSupport support,
            Accounts accounts,
            StaffUsers staffUsers,
            Services services,
            CannedResponses canned,
            SupportMailIn mailIn) {
        this.support = support;
        this.accounts = accounts;
        this.staffUsers = staffUsers;
        this.services = services;
        this.canned = canned;
        this.mailIn = mailIn;
    }

    @GetMapping("/console/support")
    String inbox(
            @RequestParam(required = false) Long department,
            @RequestParam(defaultValue = "OPEN") String status,
            Model model) {
        TicketStatus shown = Arrays.stream(TicketStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        model.addAttribute("departments", support.departments());
        model.addAttribute("department", department);
        model.addAttribute("status", shown == null ? "ALL" : shown.name());
        model.addAttribute("tickets", support.inbox(department, shown));
        model.addAttribute("cannedResponses", canned.all());
        model.addAttribute("heldMails", mailIn.held());
        return "support/console-inbox";
    }

    @PostMapping("/console/support/held/{heldId}/assign")
    String assignHeld(
            @PathVariable long heldId,
            @RequestParam(defaultValue = "") String ticketNumber,
            @AuthenticationPrincipal StaffUser staff,
            RedirectAttributes flash) {
        try {
            mailIn.assign(heldId, ticketNumber, Author.staff(staff.id(), staff.name()));
            flash.addFlashAttribute("done", "support.mailin.assigned");
        } catch (TicketRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/console/support#held-heading";
    }

    @PostMapping("/console/support/held/{heldId}/discard")
    String discardHeld(@PathVariable long heldId, @AuthenticationPrincipal StaffUser staff, RedirectAttributes flash) {
        try {
            mailIn.discard(heldId, Author.staff(staff.id(), staff.name()));
            flash.addFlashAttribute("done", "support.mailin.discarded");
        } catch (TicketRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/console/support#held-heading";
    }

    /** The held mail as it arrived, always as a download (never shown inline). */
    @GetMapping("/console/support/held/{heldId}/original")
    ResponseEntity<byte[]> heldOriginal(@PathVariable long heldId) {
        byte[] original = mailIn.original(heldId).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mail-" + heldId + ".eml", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(original);
    }

    @PostMapping("/console/support/canned")
    String addCanned(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes flash) {
        try {
            canned.add(title, body);
            flash.addFlashAttribute("done", "support.canned.added");
        } catch (TicketRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/console/support";
    }

    @PostMapping("/console/support/canned/{cannedId}/delete")
    String removeCanned(@PathVariable long cannedId, RedirectAttributes flash) {
        canned.remove(cannedId);
        flash.addFlashAttribute("done", "support.canned.removed");
        return "redirect:/console/support";
    }

    @PostMapping("/console/support/departments")
    String addDepartment(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        try {
            support.addDepartment(name);
            flash.addFlashAttribute("done", "support.console.departmentAdded");
        } catch (TicketRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/console/support";
    }

    @GetMapping("/console/support/{ticketId}")
    String show(
            @PathVariable long ticketId, @RequestParam(name = "canned", required = false) Long cannedId, Model model) {
        Ticket ticket = support.find(ticketId).orElseThrow(NotFoundException::new);
        model.addAttribute("cannedResponses", canned.all());
        model.addAttribute("cannedId", cannedId);
        // Inserting a canned response is a plain GET: the reply field comes back filled, to adapt.
        model.addAttribute(
                "draft",
                cannedId == null
                        ? ""
                        : canned.find(cannedId)
                                .map(CannedResponses.CannedResponse::body)
                                .orElse(""));
        model.addAttribute("ticket", ticket);
        model.addAttribute("messages", support.thread(ticketId));
        model.addAttribute("departments", support.departments());
        model.addAttribute("importances", Importance.values());
        accounts.details(ticket.accountId()).ifPresent(a -> model.addAttribute("account", a));
        if (ticket.serviceId() != null) {
            services.find(ticket.accountId(), ticket.serviceId()).ifPresent(s -> model.addAttribute("service", s));
        }
        List<StaffMember> agents = agents();
        model.addAttribute("agents", agents);
        if (ticket.assignedStaffId() != null) {
            model.addAttribute(
                    "assignee",
                    agents.stream()
                            .filter(a -> a.id() == ticket.assignedStaffId())
                            .map(a -> a.name() + " (" + a.email() + ")")
                            .findFirst()
                            .orElseGet(() ->
                                    staffUsers.emailOf(ticket.assignedStaffId()).orElse("")));
        }
        return "support/console-ticket";
    }

    @GetMapping("/console/support/{ticketId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long ticketId, @PathVariable long attachmentId) {
        return AttachmentDownloads.download(
                support.attachment(ticketId, attachmentId).orElseThrow(NotFoundException::new));
    }

    @PostMapping("/console/support/{ticketId}/reply")
    String reply(
            @PathVariable long ticketId,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "false") boolean internal,
            @AuthenticationPrincipal StaffUser staff,
            RedirectAttributes flash) {
        return act(ticketId, flash, () -> {
            Author author = Author.staff(staff.id(), staff.name());
            if (internal) {
                support.note(ticketId, message, author);
            } else {
                support.reply(ticketId, message, author);
            }
            flash.addFlashAttribute("done", internal ? "support.console.noted" : "support.console.replied");
        });
    }

    @PostMapping("/console/support/{ticketId}/assign")
    String assign(@PathVariable long ticketId, @RequestParam(required = false) Long staffId, RedirectAttributes flash) {
        return act(ticketId, flash, () -> {
            if (staffId != null && agents().stream().noneMatch(a -> a.id() == staffId)) {
                throw new TicketRefused("staffId", "support.console.noSuchStaff");
            }
            support.assign(ticketId, staffId);
            flash.addFlashAttribute("done", "support.console.assigned");
        });
    }

    @PostMapping("/console/support/{ticketId}/change")
    String change(
            @PathVariable long ticketId,
            @RequestParam long departmentId,
            @RequestParam Importance importance,
            RedirectAttributes flash) {
        return act(ticketId, flash, () -> {
            support.change(ticketId, departmentId, importance);
            flash.addFlashAttribute("done", "support.console.changed");
        });
    }

    @PostMapping("/console/support/{ticketId}/close")
    String close(@PathVariable long ticketId, @AuthenticationPrincipal StaffUser staff, RedirectAttributes flash) {
        return act(ticketId, flash, () -> {
            support.close(ticketId, Author.staff(staff.id(), staff.name()));
            flash.addFlashAttribute("done", "support.console.closed");
        });
    }

    /** Who can handle tickets: active staff with a role the support screens admit. */
    private List<StaffMember> agents() {
        return staffUsers.active().stream()
                .filter(a -> a.role() != StaffRole.BILLING)
                .toList();
    }

    private static String act(long ticketId, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
        } catch (TicketRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/console/support/" + ticketId;
    }
}
