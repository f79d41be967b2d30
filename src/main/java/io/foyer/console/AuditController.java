package io.foyer.console;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.AuditEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newest audit entries across all accounts, each linked to its account. */
@Controller
class AuditController {

    static final int MAX_ROWS = 200;
    private final Accounts accounts;

    AuditController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/console/audit")
    String latest(Model model) {
        List<AuditEntry> entries = accounts.latestAudit(MAX_ROWS);
        model.addAttribute("entries", entries);
        model.addAttribute("customerNumbers", customerNumbers(entries));
        return "console/audit";
    }

    /**
     * Account id to customer number, for the links. One lookup per distinct account on the page
     * (at most 200, by primary key) keeps the account module's API unchanged.
     */
    private Map<Long, Long> customerNumbers(List<AuditEntry> entries) {
        Map<Long, Long> numbers = new HashMap<>();
        entries.stream()
                .map(AuditEntry::accountId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id ->
                        accounts.details(id).map(AccountDetails::customerNumber).ifPresent(n -> numbers.put(id, n)));
        return numbers;
    }
}
