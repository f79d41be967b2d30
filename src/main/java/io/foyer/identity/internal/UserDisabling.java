package io.foyer.identity.internal;

import io.foyer.identity.UserAdministration;
import io.foyer.identity.UserSecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserDisabling implements UserAdministration {

    private final UserRecords users;
    private final SessionManagement sessions;
    private final ApplicationEventPublisher events;

    UserDisabling(UserRecords users, SessionManagement sessions, ApplicationEventPublisher events) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    @Transactional
    public boolean disable(long userId, String reason, long staffId, String staffIp) {
        if (!users.setDisabled(userId, true)) {
            return false;
        }
        // The sign-in check and the token check read the flag; sessions signed in before it was set
        // are ended here, on every node at once.
        sessions.endAll(userId, null);
        publish(userId, "user.disabled", reason, staffId, staffIp);
        return true;
    }

    @Override
    @Transactional
    public boolean enable(long userId, String reason, long staffId, String staffIp) {
        if (!users.setDisabled(userId, false)) {
            return false;
        }
        publish(userId, "user.enabled", reason, staffId, staffIp);
        return true;
    }

    private void publish(long userId, String action, String reason, long staffId, String staffIp) {
        String email = users.find(userId).orElseThrow().email();
        events.publishEvent(new UserSecurityEvent(userId, email, action, reason, staffIp, staffId));
    }
}
