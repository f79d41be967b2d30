package io.foyer.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * SMTP and IMAP servers (GreenMail) in the test JVM, started once on free loopback ports before the
 * shared Spring context: every mail Foyer sends in tests goes to its SMTP server, and the support
 * mailbox replies by email are read from is its IMAP account {@link #SUPPORT}. Plus addresses
 * ({@code support+token@foyer.test}) are delivered to that mailbox, as a real mail server would.
 */
public final class MailServers {

    public static final String SUPPORT = "support@foyer.test";
    public static final String PASSWORD = "support-mailbox-secret";
    /** Larger mails are held unread (see foyer.support.mail-in.max-size). */
    public static final int MAX_SIZE = 200 * 1024;

    private static GreenMail greenMail;

    private MailServers() {}

    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            GreenMail servers = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()
            });
            servers.withConfiguration(GreenMailConfiguration.aConfig()
                    .withUser(SUPPORT, SUPPORT, PASSWORD)
                    .withSieveIgnoreDetail());
            servers.start();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "greenmail-stop"));
            greenMail = servers;
        }
        return greenMail;
    }

    /** Puts a mail, given as it would arrive (RFC 822 text), into the support mailbox. */
    public static void deliverToSupport(String raw) {
        try {
            MimeMessage message = new MimeMessage(
                    jakarta.mail.Session.getInstance(new Properties()),
                    new ByteArrayInputStream(
                            raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
            greenMail().getUserManager().getUserByEmail(SUPPORT).deliver(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Answers a mail Foyer sent as a mail program does (to its Reply-To, "Re:" subject, the original
     * quoted below), sent through the SMTP server, which delivers plus addresses of the support
     * mailbox into it.
     */
    public static void answer(MimeMessage original, String from, String text) {
        try {
            Properties properties = new Properties();
            properties.setProperty("mail.smtp.host", "127.0.0.1");
            properties.setProperty(
                    "mail.smtp.port", String.valueOf(greenMail().getSmtp().getPort()));
            MimeMessage reply = new MimeMessage(jakarta.mail.Session.getInstance(properties));
            reply.setFrom(new jakarta.mail.internet.InternetAddress(from));
            reply.setRecipients(jakarta.mail.Message.RecipientType.TO, original.getReplyTo());
            reply.setSubject("Re: " + original.getSubject(), "UTF-8");
            reply.setHeader("In-Reply-To", original.getMessageID());
            String quoted = String.valueOf(original.getContent())
                    .lines()
                    .map(line -> "> " + line)
                    .collect(java.util.stream.Collectors.joining("\n"));
            reply.setText(text + "\n\nOn " + original.getSentDate() + ", Foyer wrote:\n" + quoted + "\n", "UTF-8");
            jakarta.mail.Transport.send(reply);
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest mail the SMTP server received for an address, waiting up to ten seconds for it. */
    public static MimeMessage awaitMailTo(String address) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<MimeMessage> received = receivedBy(address);
            if (!received.isEmpty()) {
                return received.get(received.size() - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    /** Subjects of the mails in a folder of the support mailbox that are not flagged deleted. */
    public static List<String> subjectsIn(String folderName) {
        try (jakarta.mail.Store store =
                jakarta.mail.Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", greenMail().getImap().getPort(), SUPPORT, PASSWORD);
            jakarta.mail.Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(jakarta.mail.Folder.READ_ONLY);
            try {
                List<String> subjects = new java.util.ArrayList<>();
                for (jakarta.mail.Message m : folder.getMessages()) {
                    if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                        subjects.add(m.getSubject());
                    }
                }
                return subjects;
            } finally {
                folder.close(false);
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mails the SMTP server received for an address (in the order received). */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Points Foyer's SMTP settings and its support mailbox at the servers. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            GreenMail servers = greenMail();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "test-mail-servers",
                            Map.ofEntries(
                                    Map.entry("spring.mail.host", "127.0.0.1"),
                                    Map.entry(
                                            "spring.mail.port",
                                            servers.getSmtp().getPort()),
                                    Map.entry("spring.mail.username", ""),
                                    Map.entry("spring.mail.password", ""),
                                    Map.entry("spring.mail.properties.mail.smtp.auth", "false"),
                                    Map.entry("spring.mail.properties.mail.smtp.starttls.enable", "false"),
                                    Map.entry("foyer.support.mail-in.host", "127.0.0.1"),
                                    Map.entry(
                                            "foyer.support.mail-in.port",
                                            servers.getImap().getPort()),
                                    Map.entry("foyer.support.mail-in.ssl", "false"),
                                    Map.entry("foyer.support.mail-in.starttls", "false"),
                                    Map.entry("foyer.support.mail-in.username", SUPPORT),
                                    Map.entry("foyer.support.mail-in.password", PASSWORD),
                                    Map.entry("foyer.support.mail-in.reply-address", SUPPORT),
                                    Map.entry("foyer.support.mail-in.max-size", MAX_SIZE + "B"),
                                    // Tests read the mailbox themselves (SupportMailIn.poll); the schedule
                                    // reads it once at start only.
                                    Map.entry("foyer.support.mail-in.poll-interval", "PT24H"))));
        }
    }
}
