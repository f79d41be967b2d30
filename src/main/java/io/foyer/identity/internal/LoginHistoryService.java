package io.foyer.identity.internal;

import io.foyer.identity.LoginHistory;
import io.foyer.identity.LoginRecord;
import io.foyer.identity.UserProfile;
import io.foyer.identity.UserSecurityEvent;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LoginHistoryService implements LoginHistory {

    private final LoginRecords logins;
    private final UserRecords users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;

    LoginHistoryService(
            LoginRecords logins,
            UserRecords users,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${foyer.login-history.retention:90d}") Duration retention) {
        this.logins = logins;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    @Transactional
    public void succeeded(long userId, String factor, HttpServletRequest request) {
        Instant now = clock.instant();
        String ip = ClientIp.of(request);
        String userAgent = userAgent(request);
        logins.insert(userId, now, true, null, factor, ip, userAgent);
        HttpSession session = request.getSession();
        session.setAttribute(AbsoluteSessionTimeout.STARTED, now);
        session.setAttribute(SessionOrigin.ATTRIBUTE, new SessionOrigin(userId, now, ip, userAgent, factor));
        events.publishEvent(UserSecurityEvent.byUser(userId, email(userId), "user.login", factor, ip));
    }

    @Override
    @Transactional
    public void failed(long userId, String factor, String reason, HttpServletRequest request) {
        String ip = ClientIp.of(request);
        logins.insert(userId, clock.instant(), false, reason, factor, ip, userAgent(request));
        events.publishEvent(
                UserSecurityEvent.byUser(userId, email(userId), "user.login-failed", factor + ": " + reason, ip));
    }

    @Override
    public List<LoginRecord> latest(long userId, int limit) {
        return logins.latest(userId, limit);
    }

    /** Addresses are personal data: they are kept only as long as they help to spot misuse. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void forgetOldLogins() {
        // Idempotent, so it may run on every node at once.
        logins.deleteOlderThan(clock.instant().minus(retention));
    }

    private String email(long userId) {
        return users.find(userId).map(UserProfile::email).orElse(null);
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null || agent.isBlank() ? null : agent.strip();
    }
}
