/**
 * VAT: which tax treatment a sale gets (domestic VAT, EU reverse charge, destination-country VAT
 * under OSS, no VAT outside the EU), the standard rates per country with validity dates, and the
 * shape of VAT identification numbers. Pure functions over a rate table; no database, no clock —
 * callers pass the document date. A VIES lookup sits behind {@link VatIdRegistry}, off unless
 * configured.
 */
package io.foyer.tax;
