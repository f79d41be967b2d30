package io.foyer.console;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.InvalidCatalogInput;
import io.foyer.catalog.PlanEntry;
import io.foyer.catalog.PlanPrice;
import io.foyer.catalog.Product;
import io.foyer.console.CatalogForms.PlanForm;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plans in the console: creating and editing them with their configuration values, the price
 * matrix, retiring and reactivating. Administrators and billing staff change them; support reads.
 */
@Controller
@AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING, StaffRole.SUPPORT})
class CatalogPlansController {

    private static final String BASE = CatalogProductsController.BASE;
    private final CatalogAdministration catalog;

    CatalogPlansController(CatalogAdministration catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal StaffUser staff, Model model) {
        model.addAttribute("canEdit", CatalogProductsController.canEdit(staff));
        model.addAttribute("currencies", Catalog.CURRENCIES);
        model.addAttribute("periods", BillingPeriod.values());
        model.addAttribute("rowErrors", Map.of());
        model.addAttribute("priceErrors", Map.of());
    }

    @GetMapping(BASE + "/products/{productId}/plans/new")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String newPlan(@PathVariable String productId, Model model) {
        model.addAttribute("product", product(productId));
        model.addAttribute("form", PlanForm.empty());
        return "console/catalog-plan";
    }

    @PostMapping(BASE + "/products/{productId}/plans")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String create(
            @PathVariable String productId,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Product product = product(productId);
        Map<Integer, String> rowErrors = new LinkedHashMap<>();
        Map<String, String> configuration = form.configuration(rowErrors);
        if (!errors.hasErrors() && rowErrors.isEmpty()) {
            try {
                long id = catalog.createPlan(product.id(), form.name(), form.description(), configuration);
                flash.addFlashAttribute("created", true);
                return "redirect:" + BASE + "/plans/" + id + "/prices";
            } catch (InvalidCatalogInput invalid) {
                reject(errors, invalid);
            }
        }
        model.addAttribute("product", product);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("currentPath", BASE + "/products/" + product.id() + "/plans/new");
        return "console/catalog-plan";
    }

    @GetMapping(BASE + "/plans/{planId}")
    String show(@PathVariable String planId, Model model) {
        PlanEntry entry = plan(planId);
        model.addAttribute("entry", entry);
        model.addAttribute("form", PlanForm.of(entry));
        return "console/catalog-plan";
    }

    @PostMapping(BASE + "/plans/{planId}")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String update(
            @PathVariable String planId,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        PlanEntry entry = plan(planId);
        long id = entry.plan().id();
        Map<Integer, String> rowErrors = new LinkedHashMap<>();
        Map<String, String> configuration = form.configuration(rowErrors);
        int sortOrder = CatalogForms.sortOrderOf(form.sortOrder(), errors);
        if (!errors.hasErrors() && rowErrors.isEmpty()) {
            try {
                catalog.updatePlan(id, form.name(), form.description(), configuration, sortOrder);
                flash.addFlashAttribute("saved", true);
                return "redirect:" + BASE + "/plans/" + id;
            } catch (InvalidCatalogInput invalid) {
                reject(errors, invalid);
            }
        }
        model.addAttribute("entry", entry);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("currentPath", BASE + "/plans/" + id);
        return "console/catalog-plan";
    }

    /** Retires or reactivates the plan: {@code .../retire} or {@code .../activate}. */
    @PostMapping(BASE + "/plans/{planId}/{change:retire|activate}")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String changeState(@PathVariable String planId, @PathVariable String change, RedirectAttributes flash) {
        long id = plan(planId).plan().id();
        if (change.equals("retire")) {
            catalog.retirePlan(id);
        } else {
            catalog.activatePlan(id);
        }
        flash.addFlashAttribute(change.equals("retire") ? "retired" : "activated", true);
        return "redirect:" + BASE + "/plans/" + id;
    }

    @GetMapping(BASE + "/plans/{planId}/prices")
    String prices(@PathVariable String planId, Model model) {
        PlanEntry entry = plan(planId);
        model.addAttribute("entry", entry);
        model.addAttribute("form", PriceMatrixForm.of(entry.plan()));
        return "console/catalog-prices";
    }

    @PostMapping(BASE + "/plans/{planId}/prices")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String savePrices(
            @PathVariable String planId,
            @ModelAttribute("form") PriceMatrixForm form,
            Model model,
            RedirectAttributes flash) {
        PlanEntry entry = plan(planId);
        long id = entry.plan().id();
        Map<String, String> priceErrors = new LinkedHashMap<>();
        List<PlanPrice> prices = form.prices(id, priceErrors);
        if (priceErrors.isEmpty()) {
            try {
                catalog.replacePrices(id, prices);
                flash.addFlashAttribute("saved", true);
                return "redirect:" + BASE + "/plans/" + id + "/prices";
            } catch (InvalidCatalogInput invalid) {
                priceErrors.put(invalid.field(), invalid.messageKey());
            }
        }
        model.addAttribute("entry", entry);
        model.addAttribute("priceErrors", priceErrors);
        model.addAttribute("currentPath", BASE + "/plans/" + id + "/prices");
        return "console/catalog-prices";
    }

    /** A field the form has gets the message next to it; "configuration" goes above the value rows. */
    private static void reject(BindingResult errors, InvalidCatalogInput invalid) {
        if (List.of("name", "description", "sortOrder").contains(invalid.field())) {
            errors.rejectValue(invalid.field(), invalid.messageKey());
        } else {
            errors.reject(invalid.messageKey());
        }
    }

    private Product product(String productId) {
        return catalog.product(PathNumbers.parse(productId)).orElseThrow(NotFoundException::new);
    }

    private PlanEntry plan(String planId) {
        return catalog.planEntry(PathNumbers.parse(planId)).orElseThrow(NotFoundException::new);
    }
}
