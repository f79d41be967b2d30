package io.foyer.support.api;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.shared.web.NotFoundException;
import io.foyer.support.Importance;
import io.foyer.support.NewAttachment;
import io.foyer.support.NewTicket;
import io.foyer.support.SupportTickets;
import io.foyer.support.Ticket;
import io.foyer.support.TicketMessage;
import io.foyer.support.TicketRefused;
import io.foyer.support.web.AttachmentDownloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The account's support tickets: list, open, read, reply, close. Internal staff notes never appear. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/tickets")
@RequiresPermission(Permission.SUPPORT)
@Tag(name = "Support tickets", description = "Tickets of the account and their messages")
class TicketsApiController {

    record TicketView(
            long id,
            String number,
            long departmentId,
            String department,
            String subject,
            String importance,
            Long serviceId,
            Long orderId,
            String status,
            boolean unread,
            Instant createdAt,
            Instant updatedAt) {

        static TicketView of(Ticket t) {
            return new TicketView(
                    t.id(),
                    t.number(),
                    t.departmentId(),
                    t.departmentName(),
                    t.subject(),
                    t.importance().name(),
                    t.serviceId(),
                    t.orderId(),
                    t.status().name(),
                    t.unread(),
                    t.createdAt(),
                    t.updatedAt());
        }
    }

    record AttachmentView(long id, String fileName, String contentType, int size) {}

    record MessageView(
            long id,
            String author,
            boolean fromStaff,
            String body,
            Instant createdAt,
            List<AttachmentView> attachments,
            boolean byEmail) {
        static MessageView of(TicketMessage m) {
            return new MessageView(
                    m.id(),
                    m.authorName(),
                    m.authorKind().name().equals("STAFF"),
                    m.body(),
                    m.createdAt(),
                    m.attachments().stream()
                            .map(a -> new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size()))
                            .toList(),
                    m.byMail());
        }
    }

    record TicketList(List<TicketView> items) {}

    record TicketWithMessages(TicketView ticket, List<MessageView> messages) {}

    record OpenTicket(
            Long departmentId, String subject, Importance importance, Long serviceId, Long orderId, String message) {}

    record Reply(String message) {}

    private final SupportTickets tickets;
    private final MessageSource messages;

    TicketsApiController(SupportTickets tickets, MessageSource messages) {
        this.tickets = tickets;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Tickets of the account, newest activity first; status=OPEN or CLOSED filters")
    TicketList list(
            CurrentAccount current,
            @Parameter(description = "Only tickets with this status: OPEN or CLOSED", example = "OPEN")
                    @RequestParam(required = false)
                    String status) {
        return new TicketList(tickets.ofAccount(current.accountId(), current.userId()).stream()
                .filter(t -> status == null || t.status().name().equalsIgnoreCase(status))
                .map(TicketView::of)
                .toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Open a ticket",
            description = "serviceId and orderId, when given, must be a service and an order of the account.")
    ResponseEntity<TicketWithMessages> open(CurrentAccount current, @RequestBody OpenTicket body) {
        return open(current, body, List.of());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Open a ticket with attachments",
            description = "The fields of the JSON variant as form fields, and up to the allowed number of files as "
                    + "attachments parts (size and file types as in the panel; a refused file refuses the whole "
                    + "ticket with a 422 error of the field attachments).")
    ResponseEntity<TicketWithMessages> openWithFiles(
            CurrentAccount current,
            // Form fields as parts, so the OpenAPI document lists them in the multipart body.
            @RequestPart(required = false) String departmentId,
            @RequestPart(required = false) String subject,
            @Parameter(description = "REGULAR or HIGH") @RequestPart(required = false) String importance,
            @RequestPart(required = false) String serviceId,
            @RequestPart(required = false) String orderId,
            @RequestPart(required = false) String message,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
        Importance parsed = Arrays.stream(Importance.values())
                .filter(i -> i.name().equalsIgnoreCase(importance == null ? "" : importance.strip()))
                .findFirst()
                .orElse(null);
        return open(
                current,
                new OpenTicket(
                        id(departmentId, "departmentId", "support.error.department"),
                        subject,
                        parsed,
                        id(serviceId, "serviceId", "support.error.service"),
                        id(orderId, "orderId", "support.error.order"),
                        message),
                AttachmentDownloads.uploads(attachments));
    }

    /** An optional id of a form field; anything but a number is refused for that field. */
    private static Long id(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new TicketRefused(field, messageKey);
        }
    }

    private ResponseEntity<TicketWithMessages> open(
            CurrentAccount current, OpenTicket body, List<NewAttachment> attachments) {
        if (body.departmentId() == null) {
            throw new TicketRefused("departmentId", "support.error.department");
        }
        Ticket ticket = tickets.open(
                current.accountId(),
                new NewTicket(
                        body.departmentId(),
                        body.subject(),
                        body.importance(),
                        body.serviceId(),
                        body.orderId(),
                        body.message()),
                current.userId(),
                attachments);
        return ResponseEntity.status(HttpStatus.CREATED).body(show(current, ticket.id()));
    }

    @GetMapping("/{ticketId}")
    @Operation(summary = "One ticket with its messages, oldest first; marks staff replies read")
    TicketWithMessages show(CurrentAccount current, @PathVariable long ticketId) {
        List<MessageView> thread = tickets.thread(current.accountId(), ticketId, current.userId()).stream()
                .map(MessageView::of)
                .toList();
        Ticket ticket =
                tickets.find(current.accountId(), ticketId, current.userId()).orElseThrow(NotFoundException::new);
        return new TicketWithMessages(TicketView.of(ticket), thread);
    }

    @PostMapping(path = "/{ticketId}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reply; a closed ticket reopens")
    TicketWithMessages reply(CurrentAccount current, @PathVariable long ticketId, @RequestBody Reply body) {
        tickets.reply(current.accountId(), ticketId, body.message(), current.userId());
        return show(current, ticketId);
    }

    @PostMapping(path = "/{ticketId}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Reply with attachments; a closed ticket reopens",
            description = "message as a form field and the files as attachments parts; a refused file refuses "
                    + "the whole reply with a 422 error of the field attachments.")
    TicketWithMessages replyWithFiles(
            CurrentAccount current,
            @PathVariable long ticketId,
            @RequestPart(required = false) String message,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
        tickets.reply(
                current.accountId(), ticketId, message, current.userId(), AttachmentDownloads.uploads(attachments));
        return show(current, ticketId);
    }

    @PostMapping("/{ticketId}/close")
    @Operation(summary = "Close the ticket")
    TicketWithMessages close(CurrentAccount current, @PathVariable long ticketId) {
        tickets.close(current.accountId(), ticketId, current.userId());
        return show(current, ticketId);
    }

    @GetMapping("/{ticketId}/attachments/{attachmentId}")
    @Operation(
            summary = "Download an attachment",
            description = "Always served as a download, with the type Foyer assigned from the file name.")
    ResponseEntity<byte[]> attachment(
            CurrentAccount current, @PathVariable long ticketId, @PathVariable long attachmentId) {
        return AttachmentDownloads.download(
                tickets.attachment(current.accountId(), ticketId, attachmentId).orElseThrow(NotFoundException::new));
    }

    @ExceptionHandler(TicketRefused.class)
    ResponseEntity<ProblemDetail> refused(TicketRefused e, Locale locale) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
        problem.setType(URI.create("urn:foyer:problem:validation"));
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                List.of(Map.of("field", e.field(), "message", messages.getMessage(e.messageKey(), null, locale))));
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
