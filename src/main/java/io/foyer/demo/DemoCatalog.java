package io.foyer.demo;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.CatalogAdministration;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A small catalog for the demo: a plan of each kind priced in EUR and USD for several periods,
 * setup fees on the servers, and one add-on priced in EUR only, so an account in another currency
 * sees why it cannot order it.
 */
@Component
@Profile("demo")
class DemoCatalog {

    static final String WEB_PLAN = "Web Start";
    static final String VIRTUAL_PLAN = "VS 4";
    static final String DEDICATED_PLAN = "DS Ryzen";
    static final String ADD_ON_PLAN = "Extra IPv4 address";
    static final String EUR_ONLY_PLAN = "Daily backup";

    private final CatalogAdministration catalog;

    DemoCatalog(CatalogAdministration catalog) {
        this.catalog = catalog;
    }

    /** Only into an empty catalog: a catalog staff already built is left alone, and restarts add nothing. */
    void seedIfEmpty() {
        if (catalog.products().isEmpty()) {
            seed();
        }
    }

    void seed() {
        long web = catalog.createProduct(
                ProductKind.WEB_HOSTING, "Web hosting", "Websites and mail on managed servers in Germany.");
        long webStart = catalog.createPlan(
                web,
                WEB_PLAN,
                "For a personal site or a small business.",
                values("Webspace", "25 GB SSD", "Domains included", "1", "Mailboxes", "25", "Databases", "10"));
        prices(webStart, BillingPeriod.ONE_MONTH, "4.99", "5.49", "0", "0");
        prices(webStart, BillingPeriod.TWELVE_MONTHS, "53.88", "59.28", "0", "0");
        prices(webStart, BillingPeriod.TWENTY_FOUR_MONTHS, "95.76", "105.36", "0", "0");

        long virtual = catalog.createProduct(
                ProductKind.VIRTUAL_SERVER, "Virtual servers", "KVM servers with root access and NVMe storage.");
        long vs4 = catalog.createPlan(
                virtual,
                VIRTUAL_PLAN,
                "Four cores for applications and databases.",
                values("CPU", "4 vCPU", "RAM", "8 GB", "Disk", "160 GB NVMe", "Traffic", "20 TB"));
        prices(vs4, BillingPeriod.ONE_MONTH, "12.90", "13.90", "9.00", "10.00");
        prices(vs4, BillingPeriod.THREE_MONTHS, "37.50", "40.50", "9.00", "10.00");
        prices(vs4, BillingPeriod.SIX_MONTHS, "72.00", "78.00", "0", "0");
        prices(vs4, BillingPeriod.TWELVE_MONTHS, "138.00", "150.00", "0", "0");

        long dedicated = catalog.createProduct(
                ProductKind.DEDICATED_SERVER, "Dedicated servers", "Hardware of your own in our data centre.");
        long ds = catalog.createPlan(
                dedicated,
                DEDICATED_PLAN,
                "Eight cores, plenty of memory, mirrored NVMe.",
                values(
                        "CPU",
                        "AMD Ryzen 7 7700, 8 cores",
                        "RAM",
                        "64 GB DDR5 ECC",
                        "Disk",
                        "2 × 1 TB NVMe",
                        "Traffic",
                        "Unlimited at 1 Gbit/s"));
        prices(ds, BillingPeriod.ONE_MONTH, "69.00", "75.00", "79.00", "89.00");
        prices(ds, BillingPeriod.TWELVE_MONTHS, "759.00", "825.00", "0", "0");

        long addOns = catalog.createProduct(ProductKind.ADD_ON, "Add-ons", "Extras for servers and hosting.");
        long ip = catalog.createPlan(addOns, ADD_ON_PLAN, "One more IPv4 address for a server.", values());
        prices(ip, BillingPeriod.ONE_MONTH, "1.50", "1.70", "0", "0");
        prices(ip, BillingPeriod.TWELVE_MONTHS, "18.00", "20.40", "0", "0");
        long backup = catalog.createPlan(
                addOns,
                EUR_ONLY_PLAN,
                "Nightly backups kept for 14 days. Offered in EUR only.",
                values("Retention", "14 days"));
        catalog.setPrice(backup, BillingPeriod.ONE_MONTH, Money.of("3.00", "EUR"), Money.zero("EUR"));
        catalog.setPrice(backup, BillingPeriod.TWELVE_MONTHS, Money.of("33.00", "EUR"), Money.zero("EUR"));
    }

    private void prices(long plan, BillingPeriod period, String eur, String usd, String eurSetup, String usdSetup) {
        catalog.setPrice(plan, period, Money.of(eur, "EUR"), Money.of(eurSetup, "EUR"));
        catalog.setPrice(plan, period, Money.of(usd, "USD"), Money.of(usdSetup, "USD"));
    }

    private static Map<String, String> values(String... labelsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            values.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return values;
    }
}
