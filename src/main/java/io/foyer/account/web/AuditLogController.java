package io.foyer.account.web;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The account's audit log for those who run the account: the owner and members who manage users
 * (who can change who has access, so they must be able to see who did).
 */
@Controller
class AuditLogController {

    static final int SHOWN = 200;

    private final Accounts accounts;

    AuditLogController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts/{accountId}/audit")
    @RequiresPermission(Permission.USERS)
    String auditLog(CurrentAccount current, Model model) {
        model.addAttribute("entries", accounts.auditLog(current.accountId(), SHOWN));
        model.addAttribute("shown", SHOWN);
        return "account/audit";
    }
}
