package io.foyer.account.api;

import java.util.List;

/** A list response; an object rather than a bare array so paging fields can be added later. */
record Items<T>(List<T> items) {

    static <T> Items<T> of(List<T> items) {
        return new Items<>(List.copyOf(items));
    }
}
