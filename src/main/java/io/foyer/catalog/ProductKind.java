package io.foyer.catalog;

/** What kind of thing a product is; decides how it is provisioned later. */
public enum ProductKind {
    WEB_HOSTING,
    VIRTUAL_SERVER,
    DEDICATED_SERVER,
    ADD_ON
}
