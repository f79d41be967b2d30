package io.foyer.account.web;

import io.foyer.account.CodeWords;
import io.foyer.account.CurrentAccount;
import io.foyer.account.internal.AllowedIpRanges;
import io.foyer.account.internal.CodeWordManagement;
import io.foyer.account.internal.IpRangeSettings;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the security page shows besides the form that was posted, shared by its IP-range and code-word handlers. */
@Component
class SecurityPageModel {

    private final IpRangeSettings ipRanges;
    private final CodeWords codeWords;

    SecurityPageModel(IpRangeSettings ipRanges, CodeWords codeWords) {
        this.ipRanges = ipRanges;
        this.codeWords = codeWords;
    }

    /** Keeps forms (with their errors) already in the model; fills in the others. */
    String prepare(CurrentAccount current, Model model, HttpServletRequest request) {
        AllowedIpRanges saved = ipRanges.of(current.accountId());
        if (!model.containsAttribute("ipForm")) {
            model.addAttribute("ipForm", new AccountSecurityController.IpRangesForm(saved.lines(), false));
        }
        if (!model.containsAttribute("codeWordForm")) {
            model.addAttribute("codeWordForm", new AccountSecurityController.CodeWordForm("", ""));
        }
        model.addAttribute(
                "codeWordChangedAt", codeWords.changedAt(current.accountId()).orElse(null));
        model.addAttribute("codeWordMin", CodeWordManagement.MIN_LENGTH);
        model.addAttribute("codeWordMax", CodeWordManagement.MAX_LENGTH);
        model.addAttribute("clientIp", ClientIp.display(request));
        model.addAttribute("clientAllowed", saved.allow(ClientIp.address(request)));
        model.addAttribute("restricted", saved.restricted());
        model.addAttribute("maxRanges", AllowedIpRanges.MAX_RANGES);
        return AccountSecurityController.PAGE;
    }
}
