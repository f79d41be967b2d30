package io.foyer.account.api;

import io.foyer.account.Contact;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.ContactData;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Extra people stored on the account; one may be the invoice recipient (see the settings). */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/contacts")
@RequiresPermission(Permission.SETTINGS)
@Tag(name = "Contacts", description = "Extra contacts of the account")
class ContactsApiController {

    record ContactView(
            long id,
            String name,
            String company,
            String street,
            String postalCode,
            String city,
            String country,
            String email,
            String phone,
            boolean invoiceRecipient) {

        static ContactView of(Contact c, Long invoiceContactId) {
            return new ContactView(
                    c.id(),
                    c.name(),
                    c.company(),
                    c.street(),
                    c.postalCode(),
                    c.city(),
                    c.country(),
                    c.email(),
                    c.phone(),
                    Objects.equals(invoiceContactId, c.id()));
        }
    }

    private final AccountManagement accounts;
    private final ApiActors actors;

    ContactsApiController(AccountManagement accounts, ApiActors actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "Contacts of the account")
    Items<ContactView> list(CurrentAccount current) {
        Long recipient = invoiceRecipient(current);
        return Items.of(accounts.contacts(current.accountId()).stream()
                .map(c -> ContactView.of(c, recipient))
                .toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact")
    ResponseEntity<ContactView> create(
            CurrentAccount current, @Valid @RequestBody ContactData data, HttpServletRequest request) {
        long id = accounts.addContact(current.accountId(), data, actors.of(current, request));
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).body(view(current, id));
    }

    @GetMapping("/{contactId}")
    @Operation(summary = "One contact")
    ContactView show(CurrentAccount current, @PathVariable long contactId) {
        return view(current, contactId);
    }

    @PutMapping("/{contactId}")
    @Operation(summary = "Replace a contact")
    ContactView update(
            CurrentAccount current,
            @PathVariable long contactId,
            @Valid @RequestBody ContactData data,
            HttpServletRequest request) {
        accounts.updateContact(current.accountId(), contactId, data, actors.of(current, request));
        return view(current, contactId);
    }

    @DeleteMapping("/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a contact",
            description = "If it was the invoice recipient, invoices go to the account contact again.")
    void delete(CurrentAccount current, @PathVariable long contactId, HttpServletRequest request) {
        accounts.deleteContact(current.accountId(), contactId, actors.of(current, request));
    }

    private ContactView view(CurrentAccount current, long contactId) {
        Contact contact = accounts.contact(current.accountId(), contactId).orElseThrow(NotFoundException::new);
        return ContactView.of(contact, invoiceRecipient(current));
    }

    private Long invoiceRecipient(CurrentAccount current) {
        return accounts.details(current.accountId()).orElseThrow().invoiceContactId();
    }
}
