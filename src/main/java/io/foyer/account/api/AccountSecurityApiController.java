package io.foyer.account.api;

import io.foyer.account.CodeWords;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.IpRangeSettings;
import io.foyer.shared.web.ClientIp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The account's security settings: its allowed IP ranges, and whether it has a code word. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/settings")
@Tag(name = "Accounts", description = "Account contact, billing address and settings")
class AccountSecurityApiController {

    record IpRangesView(
            @Schema(description = "Normalised CIDR ranges; empty allows every address") List<String> ranges,
            @Schema(description = "The address this request came from, as Foyer sees it") String clientIp,
            @Schema(description = "Whether that address is allowed by the ranges") boolean clientAllowed) {}

    record IpRangesChange(
            @NotNull(message = "{validation.required}")
                    @Schema(
                            description = "IPv4 and IPv6 addresses or CIDR ranges, at most 100; an empty list allows"
                                    + " every address")
                    List<String> ranges,
            @Schema(
                            description = "Must be true to save a list that excludes the address of this request:"
                                    + " the token then no longer works from there")
                    Boolean confirmLockout) {}

    record CodeWordView(
            @Schema(description = "Whether the account has a code word") boolean set,
            @Schema(description = "When it was last set; null without one") Instant changedAt) {}

    private final IpRangeSettings ipRanges;
    private final CodeWords codeWords;
    private final ApiActors actors;

    AccountSecurityApiController(IpRangeSettings ipRanges, CodeWords codeWords, ApiActors actors) {
        this.ipRanges = ipRanges;
        this.codeWords = codeWords;
        this.actors = actors;
    }

    @GetMapping("/code-word")
    @RequiresPermission(Permission.SETTINGS)
    @Operation(
            summary = "Whether the account has a code word",
            description = "The code word itself is never returned; it is set in the panel's security settings.")
    CodeWordView codeWord(CurrentAccount current) {
        Optional<Instant> changedAt = codeWords.changedAt(current.accountId());
        return new CodeWordView(changedAt.isPresent(), changedAt.orElse(null));
    }

    @GetMapping("/ip-ranges")
    @RequiresPermission(Permission.SETTINGS)
    @Operation(
            summary = "The allowed IP ranges",
            description = "Members (and their tokens) can use the account only from these ranges; empty allows every"
                    + " address.")
    IpRangesView ipRanges(CurrentAccount current, HttpServletRequest request) {
        return view(ipRanges.of(current.accountId()), request);
    }

    @PutMapping("/ip-ranges")
    @RequiresPermission(Permission.SETTINGS)
    @Operation(
            summary = "Replace the allowed IP ranges",
            description = "Entries are normalised (a single address becomes /32 or /128, duplicates are dropped);"
                    + " invalid entries are reported as errors of ranges[i]. A list that excludes this request's"
                    + " address is refused on confirmLockout unless that is true.")
    IpRangesView changeIpRanges(
            CurrentAccount current, @Valid @RequestBody IpRangesChange change, HttpServletRequest request) {
        AllowedIpRanges ranges = AllowedIpRanges.fromEntries(change.ranges());
        ipRanges.change(
                current.accountId(),
                ranges,
                ClientIp.address(request),
                Boolean.TRUE.equals(change.confirmLockout()),
                actors.of(current, request));
        return view(ranges, request);
    }

    private static IpRangesView view(AllowedIpRanges ranges, HttpServletRequest request) {
        return new IpRangesView(ranges.entries(), ClientIp.display(request), ranges.allow(ClientIp.address(request)));
    }
}
