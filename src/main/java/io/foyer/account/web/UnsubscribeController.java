package io.foyer.account.web;

import io.foyer.account.internal.AccountManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Newsletter unsubscribe without login. GET shows a confirmation button (so link scanners do
 * not unsubscribe anyone); POST is the RFC 8058 one-click target mail clients call.
 */
@Controller
class UnsubscribeController {

    private final AccountManagement accounts;

    UnsubscribeController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "account/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("done", accounts.unsubscribe(token));
        model.addAttribute("token", token);
        return "account/unsubscribe";
    }

    @PostMapping(value = "/unsubscribe/{token}", params = "List-Unsubscribe")
    @ResponseBody
    ResponseEntity<Void> oneClick(@PathVariable String token) {
        return accounts.unsubscribe(token)
                ? ResponseEntity.ok().build()
                : ResponseEntity.notFound().build();
    }
}
