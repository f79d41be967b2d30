package io.foyer.billing.web;

import io.foyer.billing.internal.BillingProblem;
import io.foyer.billing.internal.BillingSettings;
import io.foyer.billing.internal.Iban;
import io.foyer.billing.internal.NumberFormat;
import io.foyer.identity.StaffUser;
import io.foyer.tax.Vat;
import io.foyer.tax.VatIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider's seller data and billing settings (admins only). */
@Controller
class SellerSettingsController {

    record Country(String code, String name) {}

    private final BillingSettings settings;
    private final Problems problems;

    SellerSettingsController(BillingSettings settings, Problems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @GetMapping("/console/billing/settings")
    String show(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.current()));
        return page(model);
    }

    @PostMapping("/console/billing/settings")
    String save(
            @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        check(form, errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        settings.save(form.toSettings(), Actors.staff(staff, request));
        flash.addFlashAttribute("saved", true);
        return "redirect:/console/billing/settings";
    }

    @PostMapping("/console/billing/settings/logo")
    String logo(
            @RequestParam(name = "logo", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean remove,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash)
            throws IOException {
        try {
            if (remove) {
                settings.changeLogo(null, Actors.staff(staff, request));
            } else if (file == null || file.isEmpty()) {
                flash.addFlashAttribute("logoError", problems.text("billing.settings.logo.notPng"));
                return "redirect:/console/billing/settings";
            } else if (file.getSize() > BillingSettings.MAX_LOGO_BYTES) {
                throw new BillingProblem(
                        "logo", "billing.settings.logo.tooLarge", BillingSettings.MAX_LOGO_BYTES / 1024);
            } else {
                settings.changeLogo(file.getBytes(), Actors.staff(staff, request));
            }
            flash.addFlashAttribute("logoSaved", true);
        } catch (BillingProblem e) {
            flash.addFlashAttribute("logoError", problems.text(e));
        }
        return "redirect:/console/billing/settings";
    }

    private void check(SettingsForm form, BindingResult errors) {
        if (form.country() != null && form.country().matches("[A-Z]{2}") && !Vat.isCountry(form.country())) {
            errors.rejectValue("country", "validation.country", problems.text("validation.country"));
        }
        if (form.iban() != null && !form.iban().isBlank() && !Iban.isValid(form.iban())) {
            errors.rejectValue("iban", "billing.settings.ibanInvalid", problems.text("billing.settings.ibanInvalid"));
        }
        if (form.vatId() != null
                && !form.vatId().isBlank()
                && form.country() != null
                && !VatIds.isWellFormed(VatIds.normalize(form.vatId()), form.country())) {
            errors.rejectValue("vatId", "validation.vatId", problems.text("validation.vatId"));
        }
        for (String field : List.of("paymentRequestFormat", "invoiceFormat", "creditNoteFormat")) {
            String value =
                    switch (field) {
                        case "paymentRequestFormat" -> form.paymentRequestFormat();
                        case "invoiceFormat" -> form.invoiceFormat();
                        default -> form.creditNoteFormat();
                    };
            NumberFormat.problem(value == null ? null : value.strip())
                    .ifPresent(key -> errors.rejectValue(field, key, problems.text(key)));
        }
        if (!errors.hasFieldErrors("paymentRequestFormat")
                && !errors.hasFieldErrors("invoiceFormat")
                && !errors.hasFieldErrors("creditNoteFormat")
                && (prefix(form.paymentRequestFormat()).equals(prefix(form.invoiceFormat()))
                        || prefix(form.invoiceFormat()).equals(prefix(form.creditNoteFormat()))
                        || prefix(form.paymentRequestFormat()).equals(prefix(form.creditNoteFormat())))) {
            errors.rejectValue(
                    "invoiceFormat", "billing.settings.formatsAlike", problems.text("billing.settings.formatsAlike"));
        }
    }

    /** Series must be told apart by their numbers: compare the formats without their counters. */
    private static String prefix(String format) {
        return format.strip().replaceAll("\\{0+}", "#");
    }

    private String page(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "countries",
                Arrays.stream(Locale.getISOCountries())
                        .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                        .sorted(Comparator.comparing(Country::name))
                        .toList());
        model.addAttribute("hasLogo", settings.current().hasLogo());
        model.addAttribute("maxLogoKb", BillingSettings.MAX_LOGO_BYTES / 1024);
        return "billing/console-settings";
    }
}
