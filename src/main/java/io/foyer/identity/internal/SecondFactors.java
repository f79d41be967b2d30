package io.foyer.identity.internal;

import io.foyer.identity.BruteForceGuard;
import io.foyer.identity.GuardedSecret;
import io.foyer.identity.UserSecurityEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator-app enrolment and codes, recovery codes, and the check of a second factor at
 * login. Customers and staff alike; security events are published for customers only (staff are
 * not users of an account, so there is no audit log of theirs to write to).
 */
@Service
public class SecondFactors {

    public static final int RECOVERY_CODE_COUNT = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int MAX_CODE_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A secret shown for enrolment: as text, as an {@code otpauth://} URI and as that URI's QR code. */
    public record PendingTotp(String secret, String uri, String qrCode) {}

    public enum Outcome {
        TOTP,
        RECOVERY_CODE,
        WRONG,
        BLOCKED
    }

    public record Verification(Outcome outcome, long blockedMinutes) {
        public boolean accepted() {
            return outcome == Outcome.TOTP || outcome == Outcome.RECOVERY_CODE;
        }
    }

    public record Status(boolean totpEnabled, int recoveryCodesLeft, boolean required) {}

    private final TotpRecords totps;
    private final RecoveryCodeRecords recoveryCodes;
    private final TwoFactorPolicyRecords policy;
    private final Passkeys passkeys;
    private final UserRecords users;
    private final BruteForceGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String issuer;

    SecondFactors(
            TotpRecords totps,
            RecoveryCodeRecords recoveryCodes,
            TwoFactorPolicyRecords policy,
            Passkeys passkeys,
            UserRecords users,
            BruteForceGuard guard,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${foyer.two-factor.issuer:Foyer}") String issuer) {
        this.totps = totps;
        this.recoveryCodes = recoveryCodes;
        this.policy = policy;
        this.passkeys = passkeys;
        this.users = users;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.issuer = issuer;
    }

    Status status(FactorOwner owner) {
        return new Status(totps.enabled(owner), recoveryCodes.remaining(owner), policy.requiredFor(owner));
    }

    /** Whether the owner has a second factor the login can ask for (an app, or a passkey). */
    boolean any(FactorOwner owner, String email) {
        return totps.enabled(owner) || (owner.isCustomer() && passkeys.any(email));
    }

    boolean required(FactorOwner owner) {
        return policy.requiredFor(owner);
    }

    /** Starts (or starts again) an enrolment; empty when the app is already switched on. */
    @Transactional
    Optional<PendingTotp> startTotp(FactorOwner owner, String accountName) {
        String secret = Base32.encode(Totp.newSecret());
        if (!totps.savePending(owner, secret, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(pendingTotp(secret, accountName));
    }

    /** The enrolment started and not yet confirmed, if any. */
    Optional<PendingTotp> pendingTotp(FactorOwner owner, String accountName) {
        return totps.find(owner).filter(row -> !row.confirmed()).map(row -> pendingTotp(row.secret(), accountName));
    }

    private PendingTotp pendingTotp(String secret, String accountName) {
        String label = encode(issuer) + ":" + encode(accountName);
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new PendingTotp(secret, uri, QrCodes.svgDataUri(uri));
    }

    /**
     * Switches the pending enrolment on when the code fits its secret, and answers the new
     * recovery codes (shown once); empty when the code is wrong or nothing is pending.
     */
    @Transactional
    Optional<List<String>> confirmTotp(FactorOwner owner, String code, String clientIp) {
        var pending = totps.find(owner).filter(row -> !row.confirmed());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        String secret = pending.get().secret();
        List<Long> steps = Totp.matchingSteps(Base32.decode(secret), clean(code), clock.instant());
        if (steps.isEmpty() || !totps.confirm(owner, secret, steps.get(0), clock.instant())) {
            return Optional.empty();
        }
        List<String> codes = newRecoveryCodes(owner);
        publish(owner, "user.2fa-enabled", "authenticator app", clientIp);
        return Optional.of(codes);
    }

    /** New recovery codes replacing all earlier ones; empty unless the app is switched on. */
    @Transactional
    Optional<List<String>> regenerateRecoveryCodes(FactorOwner owner, String clientIp) {
        if (!totps.enabled(owner)) {
            return Optional.empty();
        }
        List<String> codes = newRecoveryCodes(owner);
        publish(owner, "user.recovery-codes-regenerated", null, clientIp);
        return Optional.of(codes);
    }

    /**
     * Switches the app off and deletes the recovery codes. Refused (false) while two-factor
     * authentication is required and no passkey would be left.
     */
    @Transactional
    boolean disableTotp(FactorOwner owner, String email, String clientIp) {
        if (!totps.enabled(owner)) {
            return true;
        }
        if (policy.requiredFor(owner) && !(owner.isCustomer() && passkeys.any(email))) {
            return false;
        }
        totps.delete(owner);
        recoveryCodes.deleteAll(owner);
        publish(owner, "user.2fa-disabled", "authenticator app", clientIp);
        return true;
    }

    /**
     * Checks a code typed at the second login step: a code of the app, or else a recovery code,
     * behind the brute-force guard. A right code is used up (an app code by its time step).
     */
    Verification verify(FactorOwner owner, String typed, String clientIp) {
        var blocked = guard.blockedFor(GuardedSecret.SECOND_FACTOR, owner.guardKey(), clientIp);
        if (blocked.isPresent()) {
            return new Verification(Outcome.BLOCKED, minutes(blocked.get()));
        }
        String code = clean(typed);
        Outcome outcome = Outcome.WRONG;
        if (code.matches("\\d{" + Totp.DIGITS + "}")) {
            outcome = acceptTotp(owner, code) ? Outcome.TOTP : Outcome.WRONG;
        } else if (!code.isEmpty() && code.length() <= MAX_CODE_LENGTH && totps.enabled(owner)) {
            outcome = recoveryCodes.use(owner, hash(code), clock.instant()) ? Outcome.RECOVERY_CODE : Outcome.WRONG;
        }
        if (outcome == Outcome.WRONG) {
            guard.failed(
                    GuardedSecret.SECOND_FACTOR, owner.guardKey(), clientIp, owner.isCustomer() ? owner.id() : null);
            publish(owner, "user.second-factor-failed", null, clientIp);
            return new Verification(Outcome.WRONG, 0);
        }
        guard.succeeded(GuardedSecret.SECOND_FACTOR, owner.guardKey());
        if (outcome == Outcome.RECOVERY_CODE) {
            publish(owner, "user.recovery-code-used", recoveryCodes.remaining(owner) + " left", clientIp);
        }
        return new Verification(outcome, 0);
    }

    private boolean acceptTotp(FactorOwner owner, String code) {
        var row = totps.find(owner).filter(TotpRecords.Row::confirmed);
        if (row.isEmpty()) {
            return false;
        }
        for (long step : Totp.matchingSteps(Base32.decode(row.get().secret()), code, clock.instant())) {
            if (totps.acceptStep(owner, step)) {
                return true;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(FactorOwner owner) {
        List<String> codes = new ArrayList<>(RECOVERY_CODE_COUNT);
        List<String> hashes = new ArrayList<>(RECOVERY_CODE_COUNT);
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
            hashes.add(hash(clean(code.toString())));
        }
        recoveryCodes.replace(owner, hashes, clock.instant());
        return codes;
    }

    void publish(FactorOwner owner, String action, String detail, String clientIp) {
        if (!owner.isCustomer()) {
            return;
        }
        users.find(owner.id())
                .ifPresent(user -> events.publishEvent(
                        UserSecurityEvent.byUser(user.id(), user.email(), action, detail, clientIp)));
    }

    /** What people type: spaces and dashes anywhere, any case. */
    private static String clean(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
