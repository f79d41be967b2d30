package io.foyer.identity.internal;

import io.foyer.identity.LoginNameResolver;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What a login name (an email address or a customer number) stands for: the user's email. */
@Component
class LoginNames {

    private final List<LoginNameResolver> resolvers;

    LoginNames(List<LoginNameResolver> resolvers) {
        this.resolvers = resolvers;
    }

    Optional<String> emailFor(String loginName) {
        if (loginName.contains("@")) {
            return Optional.of(loginName);
        }
        return resolvers.stream()
                .map(r -> r.emailFor(loginName))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
