package io.foyer.account.api;

import io.foyer.account.AccountDetails;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountContactData;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.AccountSettingsData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The account contact (to whom invoices are issued) and the account settings. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}")
@Tag(name = "Accounts", description = "Account contact, billing address and settings")
class AccountApiController {

    record AccountContactView(
            long id,
            long customerNumber,
            String displayName,
            String profileType,
            String contactName,
            String company,
            String street,
            String postalCode,
            String city,
            String country,
            String vatId,
            String email,
            String phone,
            Long invoiceContactId,
            Instant createdAt) {

        static AccountContactView of(AccountDetails d) {
            return new AccountContactView(
                    d.id(),
                    d.customerNumber(),
                    d.displayName(),
                    d.profileType(),
                    d.contactName(),
                    d.company(),
                    d.street(),
                    d.postalCode(),
                    d.city(),
                    d.country(),
                    d.vatId(),
                    d.email(),
                    d.phone(),
                    d.invoiceContactId(),
                    d.createdAt());
        }
    }

    private final AccountManagement accounts;
    private final ApiActors actors;

    AccountApiController(AccountManagement accounts, ApiActors actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    @GetMapping
    @RequiresPermission
    @Operation(summary = "The account contact and billing address")
    AccountContactView show(CurrentAccount current) {
        return AccountContactView.of(details(current));
    }

    @PutMapping
    @RequiresPermission(Permission.SETTINGS)
    @Operation(summary = "Replace the account contact and billing address")
    AccountContactView update(
            CurrentAccount current, @Valid @RequestBody AccountContactData data, HttpServletRequest request) {
        accounts.updateContact(current.accountId(), data, actors.of(current, request));
        return AccountContactView.of(details(current));
    }

    @GetMapping("/settings")
    @RequiresPermission(Permission.SETTINGS)
    @Operation(summary = "The account settings")
    AccountSettingsData settings(CurrentAccount current) {
        return AccountSettingsData.of(details(current));
    }

    @PutMapping("/settings")
    @RequiresPermission(Permission.SETTINGS)
    @Operation(
            summary = "Replace the account settings",
            description = "invoiceContactId must be one of this account's contacts, or null for the account contact.")
    AccountSettingsData updateSettings(
            CurrentAccount current, @Valid @RequestBody AccountSettingsData data, HttpServletRequest request) {
        accounts.updateSettings(current.accountId(), data, actors.of(current, request));
        return AccountSettingsData.of(details(current));
    }

    private AccountDetails details(CurrentAccount current) {
        return accounts.details(current.accountId()).orElseThrow();
    }
}
