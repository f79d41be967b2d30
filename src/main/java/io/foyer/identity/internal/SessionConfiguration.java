package io.foyer.identity.internal;

import java.time.Clock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Browser sessions live in PostgreSQL (Spring Session JDBC, tables from Flyway), so every node
 * sees every session and a session ends everywhere at once when its row is deleted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionPolicy.class)
class SessionConfiguration {

    private static final Log log = LogFactory.getLog(SessionConfiguration.class);

    /** How stale the stored last-access time may get before a request writes it again. */
    static final long LAST_ACCESS_WRITE_INTERVAL_MILLIS = 60_000;

    /**
     * Spring Session's update statement, made conditional: Spring Session marks every request's
     * session as changed (it sets the last-access time), so it would write the row on every request.
     * This writes only when something else changed (the id at sign-in, the timeout, the user) or the
     * stored last access is a minute old; otherwise the statement matches no row and writes nothing.
     * The idle timeout is therefore exact to within a minute. Parameters keep Spring Session's order.
     */
    static final String UPDATE_SESSION_QUERY =
            """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                   OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= """
                    + LAST_ACCESS_WRITE_INTERVAL_MILLIS + ")";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> foyerSessionRepository(SessionPolicy policy) {
        return repository -> {
            repository.setDefaultMaxInactiveInterval(policy.idleTimeout());
            repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
            repository.setIndexResolver(new SessionIndex());
            repository.setConversionService(tolerantSerialization());
        };
    }

    /**
     * Attributes are Java-serialized. An attribute that no longer deserializes (a class changed in
     * an update) reads as absent, so its user is signed out instead of every request failing.
     */
    static GenericConversionService tolerantSerialization() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(SessionConfiguration.class.getClassLoader());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.warn("A session attribute could not be read and is ignored: " + unreadable.getMessage());
                return null;
            }
        });
        return conversions;
    }

    /**
     * Cookie names with the {@code __Host-} prefix are only accepted by browsers when Secure, with
     * path {@code /} and without a domain; {@code __Secure-} needs Secure. Such a name means the
     * site is served over HTTPS only, so the flags follow from the name.
     */
    @Bean
    DefaultCookieSerializerCustomizer prefixedSessionCookie(
            @Value("${server.servlet.session.cookie.name:SESSION}") String configuredName,
            @Value("${server.servlet.session.cookie.domain:}") String domain,
            @Value("${foyer.https-only:false}") boolean httpsOnly) {
        // FOYER_HTTPS_ONLY gives the session cookie the __Host- prefix, as it does the CSRF cookie.
        String name = httpsOnly && !configuredName.startsWith("__") ? "__Host-" + configuredName : configuredName;
        return serializer -> {
            serializer.setCookieName(name);
            if (name.startsWith("__Host-")) {
                if (!domain.isBlank()) {
                    throw new IllegalStateException("A __Host- session cookie must not have a domain: "
                            + "remove server.servlet.session.cookie.domain or rename the cookie");
                }
                serializer.setUseSecureCookie(true);
                serializer.setCookiePath("/");
            } else if (name.startsWith("__Secure-")) {
                serializer.setUseSecureCookie(true);
            }
        };
    }

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(SessionPolicy policy, Clock clock) {
        var registration = new FilterRegistrationBean<>(new AbsoluteSessionTimeout(clock, policy.absoluteTimeout()));
        // Right after Spring Session has resolved the session, before Spring Security reads it.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
