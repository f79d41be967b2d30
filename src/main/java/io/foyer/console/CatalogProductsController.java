package io.foyer.console;

import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.InvalidCatalogInput;
import io.foyer.catalog.Product;
import io.foyer.catalog.ProductKind;
import io.foyer.console.CatalogForms.ProductForm;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.validation.Valid;
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
 * The catalog in the console: the list of products and plans, and creating, editing, retiring and
 * reactivating products. Administrators and billing staff change it; support staff read it.
 */
@Controller
@AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING, StaffRole.SUPPORT})
class CatalogProductsController {

    static final String BASE = "/console/catalog";
    private final CatalogAdministration catalog;

    CatalogProductsController(CatalogAdministration catalog) {
        this.catalog = catalog;
    }

    /** Whether the signed-in staff member may change the catalog; pages show forms read-only otherwise. */
    static boolean canEdit(StaffUser staff) {
        return staff != null && (staff.role() == StaffRole.ADMIN || staff.role() == StaffRole.BILLING);
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal StaffUser staff, Model model) {
        model.addAttribute("canEdit", canEdit(staff));
        model.addAttribute("kinds", ProductKind.values());
        model.addAttribute("currencies", io.foyer.catalog.Catalog.CURRENCIES);
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("products", catalog.products());
        return "console/catalog";
    }

    @GetMapping(BASE + "/products/new")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String newProduct(Model model) {
        model.addAttribute("form", ProductForm.empty());
        return "console/catalog-product";
    }

    @PostMapping(BASE + "/products")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String create(
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = catalog.createProduct(form.kind(), form.name(), form.description());
                flash.addFlashAttribute("saved", true);
                return "redirect:" + BASE + "/products/" + id;
            } catch (InvalidCatalogInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        model.addAttribute("currentPath", BASE + "/products/new");
        return "console/catalog-product";
    }

    @GetMapping(BASE + "/products/{productId}")
    String show(@PathVariable String productId, Model model) {
        Product product = product(productId);
        model.addAttribute("form", ProductForm.of(product));
        model.addAttribute("product", product);
        return "console/catalog-product";
    }

    @PostMapping(BASE + "/products/{productId}")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String update(
            @PathVariable String productId,
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Product product = product(productId);
        int sortOrder = CatalogForms.sortOrderOf(form.sortOrder(), errors);
        if (!errors.hasErrors()) {
            try {
                catalog.updateProduct(product.id(), form.kind(), form.name(), form.description(), sortOrder);
                flash.addFlashAttribute("saved", true);
                return "redirect:" + BASE + "/products/" + product.id();
            } catch (InvalidCatalogInput invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        model.addAttribute("product", product);
        model.addAttribute("currentPath", BASE + "/products/" + product.id());
        return "console/catalog-product";
    }

    /** Retires or reactivates the product: {@code .../retire} or {@code .../activate}. */
    @PostMapping(BASE + "/products/{productId}/{change:retire|activate}")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
    String changeState(@PathVariable String productId, @PathVariable String change, RedirectAttributes flash) {
        long id = product(productId).id();
        if (change.equals("retire")) {
            catalog.retireProduct(id);
        } else {
            catalog.activateProduct(id);
        }
        flash.addFlashAttribute(change.equals("retire") ? "retired" : "activated", true);
        return "redirect:" + BASE + "/products/" + id;
    }

    private Product product(String productId) {
        return catalog.product(PathNumbers.parse(productId)).orElseThrow(NotFoundException::new);
    }
}
