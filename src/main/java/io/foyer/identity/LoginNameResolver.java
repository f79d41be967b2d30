package io.foyer.identity;

import java.util.Optional;

/**
 * Turns a login name that is not an email address (a customer number) into the email of the
 * user it stands for. Implemented by the module that owns customer numbers.
 */
public interface LoginNameResolver {
    Optional<String> emailFor(String loginName);
}
