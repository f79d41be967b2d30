package io.foyer.console;

import io.foyer.account.AccessRestrictions;
import io.foyer.account.AccountDetails;
import io.foyer.account.CodeWords;
import io.foyer.account.Member;
import io.foyer.identity.PhonePins;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the account view shows about the account's protections and the "Verify caller" form. */
@Component
class CallerVerification {

    private final CodeWords codeWords;
    private final PhonePins pins;
    private final AccessRestrictions restrictions;

    CallerVerification(CodeWords codeWords, PhonePins pins, AccessRestrictions restrictions) {
        this.codeWords = codeWords;
        this.pins = pins;
        this.restrictions = restrictions;
    }

    static boolean mayVerify(StaffUser staff) {
        return staff.role() == StaffRole.ADMIN || staff.role() == StaffRole.SUPPORT;
    }

    void addTo(Model model, AccountDetails account, List<Member> members, StaffUser staff) {
        model.addAttribute(
                "codeWordChangedAt", codeWords.changedAt(account.id()).orElse(null));
        model.addAttribute("allowedIpRanges", restrictions.allowedIpRanges(account.id()));
        if (mayVerify(staff)) {
            model.addAttribute(
                    "pinHolders",
                    pins.withPin(members.stream().map(Member::userId).toList()));
            if (!model.containsAttribute("verifyForm")) {
                model.addAttribute("verifyForm", VerifyCallerForm.empty());
            }
        }
    }
}
