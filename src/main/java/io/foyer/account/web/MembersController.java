package io.foyer.account.web;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.InvalidField;
import io.foyer.account.internal.MemberData;
import io.foyer.account.internal.MemberManagement;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User management of an account: members, their permissions, invitations. */
@Controller
@RequiresPermission(Permission.USERS)
class MembersController {

    private final Accounts accounts;
    private final MemberManagement members;
    private final Clock clock;

    MembersController(Accounts accounts, MemberManagement members, Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.clock = clock;
    }

    record InviteForm(
            @NotBlank(message = "{validation.required}")
                    @Email(message = "{validation.email}")
                    @Size(max = 254, message = "{validation.tooLong}")
                    String email,
            Set<Permission> permissions,
            Boolean supportEligible) {
        /** Addresses pasted from a mail often carry spaces around them. */
        InviteForm {
            email = email == null ? null : email.strip();
        }
    }

    record MemberForm(Set<Permission> permissions, Boolean supportEligible) {}

    @GetMapping("/accounts/{accountId}/members")
    String list(CurrentAccount current, Model model) {
        model.addAttribute("inviteForm", new InviteForm("", EnumSet.noneOf(Permission.class), false));
        return prepare(current, model);
    }

    @PostMapping("/accounts/{accountId}/members/invite")
    String invite(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                members.invite(
                        current.accountId(),
                        form.email(),
                        new MemberData(form.permissions(), Boolean.TRUE.equals(form.supportEligible())),
                        WebActors.of(user, request),
                        locale);
                flash.addFlashAttribute("invited", form.email().trim());
                return "redirect:/accounts/" + current.accountId() + "/members";
            } catch (InvalidField invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        return prepare(current, model);
    }

    @PostMapping("/accounts/{accountId}/invitations/{invitationId}/revoke")
    String revoke(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long invitationId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        members.revokeInvitation(current.accountId(), invitationId, WebActors.of(user, request));
        flash.addFlashAttribute("revoked", true);
        return "redirect:/accounts/" + current.accountId() + "/members";
    }

    @GetMapping("/accounts/{accountId}/members/{userId}")
    String edit(CurrentAccount current, @PathVariable long userId, Model model) {
        Member member = member(current, userId);
        model.addAttribute("member", member);
        model.addAttribute("form", new MemberForm(member.permissions(), member.supportEligible()));
        model.addAttribute("allPermissions", Permission.values());
        return "account/member-edit";
    }

    @PostMapping("/accounts/{accountId}/members/{userId}")
    String update(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long userId,
            @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Member member = member(current, userId);
        try {
            members.update(
                    current.accountId(),
                    userId,
                    new MemberData(form.permissions(), Boolean.TRUE.equals(form.supportEligible())),
                    WebActors.of(user, request));
        } catch (InvalidField invalid) {
            errors.reject(invalid.messageKey());
            model.addAttribute("member", member);
            model.addAttribute("allPermissions", Permission.values());
            return "account/member-edit";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/accounts/" + current.accountId() + "/members";
    }

    @PostMapping("/accounts/{accountId}/members/{userId}/remove")
    String remove(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long userId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            members.remove(current.accountId(), userId, WebActors.of(user, request));
            flash.addFlashAttribute("removed", true);
        } catch (InvalidField invalid) {
            flash.addFlashAttribute("error", invalid.messageKey());
        }
        return "redirect:/accounts/" + current.accountId() + "/members";
    }

    private Member member(CurrentAccount current, long userId) {
        return accounts.members(current.accountId()).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private String prepare(CurrentAccount current, Model model) {
        List<Member> list = accounts.members(current.accountId());
        model.addAttribute("members", list);
        model.addAttribute(
                "invitations",
                members.invitations(current.accountId()).stream()
                        .filter(i -> "pending".equals(i.state(clock.instant())))
                        .toList());
        model.addAttribute("allPermissions", Permission.values());
        return "account/members";
    }
}
