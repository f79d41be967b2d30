package io.foyer.console;

import io.foyer.shared.web.NotFoundException;

/**
 * Numbers taken from console paths. Anything that is not a plain number cannot name an existing
 * object, so it answers 404 like an unknown one instead of a 400 from type conversion.
 */
final class PathNumbers {

    private PathNumbers() {}

    static long parse(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(value);
    }
}
