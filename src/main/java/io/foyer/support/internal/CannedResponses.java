package io.foyer.support.internal;

import io.foyer.support.TicketRefused;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepared answers for the console: staff pick one, it is put into the reply field, and they
 * adapt it before sending — nothing is sent from a canned response directly.
 */
@Component
public class CannedResponses {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 10_000;

    public record CannedResponse(long id, String title, String body) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    CannedResponses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CannedResponse> all() {
        return jdbc.sql("select id, title, body from support_canned_response order by lower(title)")
                .query(CannedResponse.class)
                .list();
    }

    public Optional<CannedResponse> find(long id) {
        return jdbc.sql("select id, title, body from support_canned_response where id = ?")
                .param(id)
                .query(CannedResponse.class)
                .optional();
    }

    /** @throws TicketRefused for an empty or too long title or text, or a title in use */
    @Transactional
    public long add(String title, String body) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty()) {
            throw new TicketRefused("title", "support.canned.error.title");
        }
        if (t.length() > MAX_TITLE) {
            throw new TicketRefused("title", "support.canned.error.titleLength");
        }
        if (b.isEmpty()) {
            throw new TicketRefused("body", "support.canned.error.body");
        }
        if (b.length() > MAX_BODY) {
            throw new TicketRefused("body", "support.canned.error.bodyLength");
        }
        boolean taken = jdbc.sql("select count(*) from support_canned_response where lower(title) = lower(?)")
                        .param(t)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new TicketRefused("title", "support.canned.error.taken");
        }
        return jdbc.sql("insert into support_canned_response (title, body, created_at) values (?, ?, ?) returning id")
                .params(t, b, java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
    }

    public void remove(long id) {
        jdbc.sql("delete from support_canned_response where id = ?").param(id).update();
    }
}
