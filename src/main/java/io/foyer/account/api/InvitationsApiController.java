package io.foyer.account.api;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.account.internal.MemberManagement.Invitation;
import io.foyer.shared.web.Languages;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Invitations to join the account. The link secret goes only to the invitee's mailbox. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/invitations")
@RequiresPermission(Permission.USERS)
@Tag(name = "Invitations", description = "Inviting users to the account")
class InvitationsApiController {

    /** state: pending, accepted, revoked or expired. */
    record InvitationView(
            long id,
            String email,
            List<Permission> permissions,
            boolean supportEligible,
            String state,
            Instant expiresAt,
            Instant acceptedAt,
            Instant revokedAt,
            Instant createdAt) {

        static InvitationView of(Invitation i, Instant now) {
            return new InvitationView(
                    i.id(),
                    i.email(),
                    ApiActors.sorted(i.permissions()),
                    i.supportEligible(),
                    i.state(now),
                    i.expiresAt(),
                    i.acceptedAt(),
                    i.revokedAt(),
                    i.createdAt());
        }
    }

    record InvitationRequest(
            @NotBlank(message = "{validation.required}")
                    @Email(message = "{validation.email}")
                    @Size(max = 254, message = "{validation.tooLong}")
                    String email,
            Set<@NotNull(message = "{validation.required}") Permission> permissions,
            Boolean supportEligible) {}

    private final MemberManagement members;
    private final AccountManagement accounts;
    private final ApiActors actors;
    private final Clock clock;

    InvitationsApiController(MemberManagement members, AccountManagement accounts, ApiActors actors, Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Invitations of the account, newest first")
    Items<InvitationView> list(CurrentAccount current) {
        Instant now = clock.instant();
        return Items.of(members.invitations(current.accountId()).stream()
                .map(i -> InvitationView.of(i, now))
                .toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite an email address",
            description = "Sends the invitee a single-use link valid for seven days, in the account's language. "
                    + "Members and addresses with a pending invitation are refused (422).")
    ResponseEntity<InvitationView> invite(
            CurrentAccount current, @Valid @RequestBody InvitationRequest invitation, HttpServletRequest request) {
        String language = accounts.details(current.accountId()).orElseThrow().language();
        long id = members.invite(
                current.accountId(),
                invitation.email(),
                new MemberData(invitation.permissions(), Boolean.TRUE.equals(invitation.supportEligible())),
                actors.of(current, request),
                Languages.locale(language));
        Invitation created = members.invitation(current.accountId(), id).orElseThrow();
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.created(location).body(InvitationView.of(created, clock.instant()));
    }

    @GetMapping("/{invitationId}")
    @Operation(summary = "One invitation")
    InvitationView show(CurrentAccount current, @PathVariable long invitationId) {
        return members.invitation(current.accountId(), invitationId)
                .map(i -> InvitationView.of(i, clock.instant()))
                .orElseThrow(NotFoundException::new);
    }

    @DeleteMapping("/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an invitation", description = "The link stops working at once.")
    void revoke(CurrentAccount current, @PathVariable long invitationId, HttpServletRequest request) {
        members.revokeInvitation(current.accountId(), invitationId, actors.of(current, request));
    }
}
