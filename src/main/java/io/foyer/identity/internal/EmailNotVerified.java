package io.foyer.identity.internal;

import org.springframework.security.authentication.AccountStatusException;

/** Raised only after the password was right: the address still needs confirming. */
class EmailNotVerified extends AccountStatusException {
    EmailNotVerified() {
        super("email not verified");
    }
}
