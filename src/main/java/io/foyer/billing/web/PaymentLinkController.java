package io.foyer.billing.web;

import io.foyer.billing.internal.DocumentRendering;
import io.foyer.billing.internal.PaymentLinks;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page behind a payment link: one document and how to pay it, no login. Unknown,
 * expired and paid links get a page that says so (404/410), never the document.
 */
@Controller
class PaymentLinkController {

    private final PaymentLinks links;
    private final DocumentRendering rendering;

    PaymentLinkController(PaymentLinks links, DocumentRendering rendering) {
        this.links = links;
        this.rendering = rendering;
    }

    @GetMapping("/pay/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        PaymentLinks.Resolution resolution = links.resolve(token);
        // Search engines and caches must not keep a page that names a customer.
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("state", resolution.state().name());
        if (resolution.state() != PaymentLinks.State.VALID) {
            response.setStatus(
                    resolution.state() == PaymentLinks.State.UNKNOWN
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_GONE);
            return "billing/pay-link";
        }
        model.addAttribute("doc", resolution.document());
        model.addAttribute("token", token);
        return "billing/pay-link";
    }

    @GetMapping("/pay/{token}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        PaymentLinks.Resolution resolution = links.resolve(token);
        if (resolution.state() != PaymentLinks.State.VALID) {
            throw new NotFoundException();
        }
        return Downloads.pdf(resolution.document().number(), rendering.pdf(resolution.document()));
    }
}
