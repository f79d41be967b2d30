package io.foyer.identity.internal;

import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.GuardedSecret;
import io.foyer.identity.LoginHistory;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What the two-factor pages of the identity module do, for customers and staff alike; not for
 * other modules. Who is meant is always taken from the current request's authentication.
 */
@Service
public class TwoFactorWeb {

    /** The person on the page: signed in, or half signed in and required to set up a factor. */
    public record Person(FactorOwner owner, String email, String name, boolean enrolling) {}

    public record SecondStep(FactorOwner owner, String email, boolean totp, boolean passkeys) {}

    public record Reauthentication(boolean confirmed, long blockedMinutes) {}

    private final SecondFactors factors;
    private final SignInFlow flow;
    private final Passkeys passkeys;
    private final UserRecords users;
    private final StaffUserManagement staff;
    private final PasswordEncoder passwords;
    private final BruteForceGuard guard;
    private final TotpRecords totps;

    /** The factor recorded for a failed second login step. */
    static final String SECOND_FACTOR = "second-factor";

    private final LoginHistory history;

    TwoFactorWeb(
            SecondFactors factors,
            SignInFlow flow,
            Passkeys passkeys,
            UserRecords users,
            StaffUserManagement staff,
            PasswordEncoder passwords,
            BruteForceGuard guard,
            TotpRecords totps,
            LoginHistory history) {
        this.factors = factors;
        this.flow = flow;
        this.passkeys = passkeys;
        this.users = users;
        this.staff = staff;
        this.passwords = passwords;
        this.guard = guard;
        this.totps = totps;
        this.history = history;
    }

    public Optional<Person> person() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        Optional<PartialAuthentication> partial = flow.partial();
        if (partial.isPresent() && partial.get().stage() == PartialAuthentication.Stage.ENROLMENT) {
            return Optional.of(person(partial.get().completed(), true));
        }
        return auth.getPrincipal() instanceof FoyerUser || auth.getPrincipal() instanceof StaffUser
                ? Optional.of(person(auth, false))
                : Optional.empty();
    }

    private static Person person(Authentication auth, boolean enrolling) {
        if (auth.getPrincipal() instanceof FoyerUser user) {
            return new Person(FactorOwner.customer(user.id()), user.email(), user.name(), enrolling);
        }
        StaffUser member = (StaffUser) auth.getPrincipal();
        return new Person(FactorOwner.staff(member.id()), member.email(), member.name(), enrolling);
    }

    public SecondFactors.Status status(Person person) {
        return factors.status(person.owner());
    }

    public List<Passkeys.Passkey> passkeys(Person person) {
        return person.owner().isCustomer() ? passkeys.of(person.email()) : List.of();
    }

    public boolean recentlyAuthenticated(SignInFlow.Realm realm, HttpServletRequest request) {
        return flow.recentlyAuthenticated(realm, request);
    }

    /** Checks the password again before a sensitive change, behind the brute-force guard. */
    public Reauthentication reauthenticate(
            SignInFlow.Realm realm, Person person, String password, HttpServletRequest request) {
        String ip = ClientIp.of(request);
        String key = person.owner().guardKey();
        var blocked = guard.blockedFor(GuardedSecret.REAUTHENTICATION, key, ip);
        if (blocked.isPresent()) {
            return new Reauthentication(false, Math.max(1, (blocked.get().toSeconds() + 59) / 60));
        }
        Optional<String> hash = person.owner().isCustomer()
                ? users.passwordHash(person.owner().id())
                : staff.passwordHash(person.owner().id());
        if (password == null || password.length() > 200 || hash.isEmpty() || !passwords.matches(password, hash.get())) {
            guard.failed(
                    GuardedSecret.REAUTHENTICATION,
                    key,
                    ip,
                    person.owner().isCustomer() ? person.owner().id() : null);
            return new Reauthentication(false, 0);
        }
        guard.succeeded(GuardedSecret.REAUTHENTICATION, key);
        flow.markReauthenticated(realm, request);
        return new Reauthentication(true, 0);
    }

    public Optional<SecondFactors.PendingTotp> startTotp(Person person) {
        return factors.startTotp(person.owner(), person.email());
    }

    public Optional<SecondFactors.PendingTotp> pendingTotp(Person person) {
        return factors.pendingTotp(person.owner(), person.email());
    }

    /** Confirms the enrolment; a user who had to enrol is signed in fully from now on. */
    public Optional<List<String>> confirmTotp(
            SignInFlow.Realm realm,
            Person person,
            String code,
            HttpServletRequest request,
            HttpServletResponse response) {
        var codes = factors.confirmTotp(person.owner(), code, ClientIp.of(request));
        if (codes.isPresent()) {
            flow.completeEnrolment(realm, request, response);
        }
        return codes;
    }

    public Optional<List<String>> regenerateRecoveryCodes(Person person, HttpServletRequest request) {
        return factors.regenerateRecoveryCodes(person.owner(), ClientIp.of(request));
    }

    public boolean disableTotp(Person person, HttpServletRequest request) {
        return factors.disableTotp(person.owner(), person.email(), ClientIp.of(request));
    }

    /** Whether removing this passkey would leave no second factor while one is required. */
    public boolean isLastRequiredFactor(Person person) {
        return factors.required(person.owner())
                && !totps.enabled(person.owner())
                && passkeys.of(person.email()).size() <= 1;
    }

    public Optional<String> removePasskey(Person person, String id, HttpServletRequest request) {
        Optional<String> removed = passkeys.remove(person.email(), id);
        removed.ifPresent(
                label -> factors.publish(person.owner(), "user.passkey-removed", label, ClientIp.of(request)));
        return removed;
    }

    /** The half sign-in waiting for its second factor in this realm, if any. */
    public Optional<SecondStep> secondStep(SignInFlow.Realm realm) {
        return flow.partial()
                .filter(p -> p.stage() == PartialAuthentication.Stage.SECOND_FACTOR)
                .filter(p -> p.owner().isCustomer() == (realm == SignInFlow.Realm.CUSTOMER))
                .map(p -> new SecondStep(
                        p.owner(),
                        p.getName(),
                        totps.enabled(p.owner()),
                        p.owner().isCustomer() && passkeys.any(p.getName())));
    }

    /**
     * Checks a code of the second step; when right, completes the sign-in and answers where to
     * go next.
     */
    public SecondFactors.Verification verifySecondStep(
            SignInFlow.Realm realm, String code, HttpServletRequest request, HttpServletResponse response) {
        PartialAuthentication partial = flow.partial().orElseThrow();
        var verification = factors.verify(partial.owner(), code, ClientIp.of(request));
        if (partial.owner().isCustomer() && !verification.accepted()) {
            history.failed(
                    partial.owner().id(),
                    SECOND_FACTOR,
                    verification.blockedMinutes() > 0 ? "locked" : "bad-code",
                    request);
        }
        return verification;
    }

    /** Puts the finished sign-in in place and answers where to go. */
    public String completeSecondStep(
            SignInFlow.Realm realm,
            SecondFactors.Verification verification,
            HttpServletRequest request,
            HttpServletResponse response) {
        String factor = verification.outcome() == SecondFactors.Outcome.RECOVERY_CODE ? "recovery-code" : "totp";
        return flow.complete(realm, flow.partial().orElseThrow(), factor, request, response);
    }

    /** Forgets an expired or cancelled half sign-in. */
    public void abandon(SignInFlow.Realm realm, HttpServletRequest request, HttpServletResponse response) {
        flow.abandon(realm, request, response);
    }

    public void completeEnrolment(SignInFlow.Realm realm, HttpServletRequest request, HttpServletResponse response) {
        flow.completeEnrolment(realm, request, response);
    }

    void passkeyAdded(Person person, String label, HttpServletRequest request) {
        factors.publish(person.owner(), "user.passkey-added", label, ClientIp.of(request));
    }
}
