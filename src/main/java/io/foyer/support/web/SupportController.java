package io.foyer.support.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.identity.Impersonation;
import io.foyer.ordering.Orders;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.Services;
import io.foyer.support.AttachmentRules;
import io.foyer.support.Importance;
import io.foyer.support.NewTicket;
import io.foyer.support.SupportMailIn;
import io.foyer.support.SupportTickets;
import io.foyer.support.Ticket;
import io.foyer.support.TicketRefused;
import io.foyer.support.TicketStatus;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer's tickets: open, closed and unread tabs, a new ticket, the thread, reply and close. */
@Controller
@RequiresPermission(Permission.SUPPORT)
class SupportController {

    /** The new-ticket form. */
    record TicketForm(
            Long departmentId, String subject, Importance importance, Long serviceId, Long orderId, String message) {}

    private final SupportTickets tickets;
    private final Services services;
    private final Orders orders;
    private final MessageSource messages;
    private final SupportMailIn mailIn;

    SupportController(
            SupportTickets tickets, Services services, Orders orders, MessageSource messages, SupportMailIn mailIn) {
        this.tickets = tickets;
        this.services = services;
        this.orders = orders;
        this.messages = messages;
        this.mailIn = mailIn;
    }

    @ModelAttribute("attachmentRules")
    AttachmentRules attachmentRules() {
        return tickets.attachmentRules();
    }

    @GetMapping("/accounts/{accountId}/support")
    String list(CurrentAccount current, @RequestParam(defaultValue = "open") String tab, Model model) {
        List<Ticket> all = tickets.ofAccount(current.accountId(), current.userId());
        String shown = List.of("open", "closed", "unread").contains(tab) ? tab : "open";
        model.addAttribute("tab", shown);
        model.addAttribute(
                "tickets",
                all.stream()
                        .filter(t -> switch (shown) {
                            case "closed" -> t.status() == TicketStatus.CLOSED;
                            case "unread" -> t.unread();
                            default -> t.status() == TicketStatus.OPEN;
                        })
                        .toList());
        model.addAttribute("unreadCount", all.stream().filter(Ticket::unread).count());
        return "support/tickets";
    }

    @GetMapping("/accounts/{accountId}/support/new")
    String newTicket(
            CurrentAccount current,
            @RequestParam(required = false) Long serviceId,
            @RequestParam(required = false) Long orderId,
            Locale locale,
            Model model) {
        // "Ticket" on the orders list: about that order, with its number as the subject to start from.
        Long order = orderId != null && orders.belongsTo(current.accountId(), orderId) ? orderId : null;
        String subject = order == null
                ? ""
                : messages.getMessage("support.order.subject", new Object[] {String.valueOf(order)}, locale);
        return form(current, new TicketForm(null, subject, Importance.REGULAR, serviceId, order, ""), model);
    }

    @PostMapping("/accounts/{accountId}/support/new")
    String open(
            CurrentAccount current,
            @ModelAttribute("ticket") TicketForm form,
            BindingResult errors,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            Model model) {
        if (form.departmentId() == null) {
            errors.rejectValue("departmentId", "support.error.department");
        }
        if (form.importance() == null) {
            errors.rejectValue("importance", "support.error.importance");
        }
        if (errors.hasErrors()) {
            return form(current, form, model);
        }
        try {
            Ticket ticket = tickets.open(
                    current.accountId(),
                    new NewTicket(
                            form.departmentId(),
                            form.subject(),
                            form.importance(),
                            form.serviceId(),
                            form.orderId(),
                            form.message()),
                    current.userId(),
                    AttachmentDownloads.uploads(files));
            return "redirect:/accounts/" + current.accountId() + "/support/" + ticket.id();
        } catch (TicketRefused refused) {
            if (AttachmentDownloads.aboutFiles(refused)) {
                model.addAttribute("attachmentsError", refused.messageKey());
            } else {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
            return form(current, form, model);
        }
    }

    @GetMapping("/accounts/{accountId}/support/{ticketId}")
    String show(CurrentAccount current, @PathVariable long ticketId, Model model) {
        Ticket ticket =
                tickets.find(current.accountId(), ticketId, current.userId()).orElseThrow(NotFoundException::new);
        model.addAttribute("ticket", ticket);
        model.addAttribute("replyByMail", mailIn.active());
        // Staff viewing as the customer leave the customer's unread replies unread.
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean staffView = auth != null && auth.getDetails() instanceof Impersonation;
        model.addAttribute(
                "messages",
                staffView
                        ? tickets.peek(current.accountId(), ticketId)
                        : tickets.thread(current.accountId(), ticketId, current.userId()));
        if (ticket.serviceId() != null) {
            services.find(current.accountId(), ticket.serviceId()).ifPresent(s -> model.addAttribute("service", s));
        }
        return "support/ticket";
    }

    @PostMapping("/accounts/{accountId}/support/{ticketId}/reply")
    String reply(
            CurrentAccount current,
            @PathVariable long ticketId,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            RedirectAttributes flash) {
        try {
            tickets.reply(current.accountId(), ticketId, message, current.userId(), AttachmentDownloads.uploads(files));
        } catch (TicketRefused refused) {
            flash.addFlashAttribute(
                    AttachmentDownloads.aboutFiles(refused) ? "attachmentsError" : "replyError", refused.messageKey());
        }
        return "redirect:/accounts/" + current.accountId() + "/support/" + ticketId;
    }

    @GetMapping("/accounts/{accountId}/support/{ticketId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            CurrentAccount current, @PathVariable long ticketId, @PathVariable long attachmentId) {
        return AttachmentDownloads.download(
                tickets.attachment(current.accountId(), ticketId, attachmentId).orElseThrow(NotFoundException::new));
    }

    @PostMapping("/accounts/{accountId}/support/{ticketId}/close")
    String close(CurrentAccount current, @PathVariable long ticketId) {
        tickets.close(current.accountId(), ticketId, current.userId());
        return "redirect:/accounts/" + current.accountId() + "/support/" + ticketId;
    }

    private String form(CurrentAccount current, TicketForm form, Model model) {
        model.addAttribute("ticket", form);
        model.addAttribute("departments", tickets.departments());
        model.addAttribute("services", services.ofAccount(current.accountId()));
        model.addAttribute("importances", Importance.values());
        return "support/new";
    }
}
