package io.foyer.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real embedded PostgreSQL and a random port. Every test class using
 * exactly this annotation shares one Spring context (and so one database) per test JVM, so tests
 * create their own users and accounts with unique addresses and never assume an empty database.
 * Mails go to the SMTP server of {@link MailServers}, whose IMAP account is the support mailbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
@ContextConfiguration(initializers = MailServers.Initializer.class)
public @interface IntegrationTest {}
