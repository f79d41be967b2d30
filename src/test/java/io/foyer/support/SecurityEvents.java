package io.foyer.support;

import io.foyer.identity.UserSecurityEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** Collects every {@link UserSecurityEvent} the application publishes, on whichever thread. */
public class SecurityEvents {

    private final List<UserSecurityEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(UserSecurityEvent event) {
        events.add(event);
    }

    /** The events about this user so far, oldest first. */
    public List<UserSecurityEvent> of(long userId) {
        return events.stream().filter(e -> e.userId() == userId).toList();
    }

    /** The actions of the events about this user so far, oldest first. */
    public List<String> actionsOf(long userId) {
        return of(userId).stream().map(UserSecurityEvent::action).toList();
    }
}
