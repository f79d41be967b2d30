package io.foyer.catalog;

/** No product or plan with this id. */
public class CatalogEntryNotFound extends RuntimeException {

    public CatalogEntryNotFound(String what, long id) {
        super("No " + what + " " + id);
    }
}
