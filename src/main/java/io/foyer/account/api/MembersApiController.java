package io.foyer.account.api;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The users of an account and what each may do. The owner always has every permission. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/members")
@RequiresPermission(Permission.USERS)
@Tag(name = "Members", description = "Users with access to the account and their permissions")
class MembersApiController {

    record MemberView(
            long userId,
            String email,
            String name,
            boolean owner,
            List<Permission> permissions,
            boolean supportEligible,
            Instant since) {

        static MemberView of(Member m) {
            return new MemberView(
                    m.userId(),
                    m.email(),
                    m.name(),
                    m.owner(),
                    ApiActors.sorted(m.permissions()),
                    m.supportEligible(),
                    m.since());
        }
    }

    record MemberUpdate(
            @NotNull(message = "{validation.required}")
                    Set<@NotNull(message = "{validation.required}") Permission> permissions,
            boolean supportEligible) {}

    private final AccountManagement accounts;
    private final MemberManagement members;
    private final ApiActors actors;

    MembersApiController(AccountManagement accounts, MemberManagement members, ApiActors actors) {
        this.accounts = accounts;
        this.members = members;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "Members of the account, the owner first")
    Items<MemberView> list(CurrentAccount current) {
        return Items.of(accounts.members(current.accountId()).stream()
                .map(MemberView::of)
                .toList());
    }

    @GetMapping("/{userId}")
    @Operation(summary = "One member")
    MemberView show(CurrentAccount current, @PathVariable long userId) {
        return MemberView.of(member(current, userId));
    }

    @PutMapping("/{userId}")
    @Operation(
            summary = "Replace a member's permissions and support flag",
            description = "The owner's permissions cannot be changed (422).")
    MemberView update(
            CurrentAccount current,
            @PathVariable long userId,
            @Valid @RequestBody MemberUpdate update,
            HttpServletRequest request) {
        members.update(
                current.accountId(),
                userId,
                new MemberData(update.permissions(), update.supportEligible()),
                actors.of(current, request));
        return MemberView.of(member(current, userId));
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a member from the account",
            description = "Their tokens for this account are revoked. The owner cannot be removed (422).")
    void remove(CurrentAccount current, @PathVariable long userId, HttpServletRequest request) {
        members.remove(current.accountId(), userId, actors.of(current, request));
    }

    private Member member(CurrentAccount current, long userId) {
        return accounts.member(current.accountId(), userId).orElseThrow(NotFoundException::new);
    }
}
