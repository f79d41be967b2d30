package io.foyer.identity.internal;

import io.foyer.identity.EmailAlreadyRegistered;
import io.foyer.identity.PasswordPolicy;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.web.Languages;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserManagement implements Users {

    private final UserRecords users;
    private final PasswordEncoder passwords;
    private final EmailVerification verification;
    private final Clock clock;

    UserManagement(UserRecords users, PasswordEncoder passwords, EmailVerification verification, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.verification = verification;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long register(String email, String password, String name, String language) {
        long id = create(email, password, name, language, false);
        verification.send(id);
        return id;
    }

    @Override
    @Transactional
    public long registerConfirmed(String email, String password, String name, String language) {
        return create(email, password, name, language, true);
    }

    private long create(String email, String password, String name, String language, boolean confirmed) {
        PasswordPolicy.check(password, email);
        if (users.emailTaken(email)) {
            throw new EmailAlreadyRegistered();
        }
        var now = clock.instant();
        try {
            return users.insert(
                    email.trim(),
                    passwords.encode(password),
                    name.trim(),
                    Languages.isSupported(language) ? language : "en",
                    confirmed ? now : null,
                    now);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new EmailAlreadyRegistered();
        }
    }

    @Override
    public Optional<UserProfile> find(long id) {
        return users.find(id);
    }

    @Override
    public Optional<UserProfile> findByEmail(String email) {
        return email == null ? Optional.empty() : users.findByEmail(email.trim());
    }

    @Override
    public List<UserProfile> findAll(Collection<Long> ids) {
        return users.findAll(ids);
    }

    @Override
    public List<UserProfile> search(String text, int limit) {
        return users.search(text, limit);
    }
}
