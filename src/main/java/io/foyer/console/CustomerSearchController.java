package io.foyer.console;

import io.foyer.account.AccountSummary;
import io.foyer.account.Accounts;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's start page: finding a customer by number, name or email. */
@Controller
class CustomerSearchController {

    static final int MAX_RESULTS = 50;
    static final int MAX_QUERY_LENGTH = 200;
    private final Accounts accounts;

    CustomerSearchController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/console")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (query.isEmpty()) {
            return "console/customers";
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            model.addAttribute("queryError", "console.search.tooLong");
            return "console/customers";
        }
        // One more than shown, to tell the user when the list is cut off.
        List<AccountSummary> found = accounts.search(query, MAX_RESULTS + 1);
        model.addAttribute("results", found.stream().limit(MAX_RESULTS).toList());
        model.addAttribute("truncated", found.size() > MAX_RESULTS);
        return "console/customers";
    }
}
