package io.foyer.support.internal;

import io.foyer.support.MailInPoll;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP. Every mail is first recorded in the database (see {@link
 * MailIntake}), and only after that transaction committed is it deleted from the folder (or moved to
 * the archive folder), so a crash in between leaves the mail in the mailbox, where the next reading
 * finds its Message-ID recorded and just removes it. Foyer never relies on the \Seen flag, which a
 * person reading the mailbox with a mail program would change. Mails too large to read stay in the
 * mailbox, flagged \Seen and recorded as held. One mail failing never stops the others.
 */
@Component
class MailInbox {

    private static final Logger log = LoggerFactory.getLogger(MailInbox.class);

    /** One reading at a time on this node; across nodes the schedule runs on one node at a time. */
    private final ReentrantLock lock = new ReentrantLock();

    MailInPoll poll(MailInSettings settings, MailIntake intake) {
        lock.lock();
        try {
            return read(settings, intake);
        } catch (MessagingException e) {
            log.warn(
                    "The support mailbox {}@{} could not be read: {}",
                    settings.username(),
                    settings.host(),
                    e.getMessage());
            return MailInPoll.NONE;
        } finally {
            lock.unlock();
        }
    }

    private MailInPoll read(MailInSettings settings, MailIntake intake) throws MessagingException {
        String protocol = settings.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "20000");
        properties.setProperty("mail." + protocol + ".timeout", "60000");
        properties.setProperty("mail." + protocol + ".writetimeout", "60000");
        properties.setProperty("mail." + protocol + ".partialfetch", "false");
        if (!settings.ssl() && settings.starttls()) {
            properties.setProperty("mail.imap.starttls.enable", "true");
            properties.setProperty("mail.imap.starttls.required", "true");
        }
        Session session = Session.getInstance(properties);
        int read = 0, added = 0, held = 0, ignored = 0, duplicates = 0, failed = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            Folder archive =
                    settings.archive().map(name -> archive(store, name)).orElse(null);
            try {
                Message[] messages = folder.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.FLAGS);
                profile.add(FetchProfile.Item.SIZE);
                profile.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(messages, profile);
                long max = settings.maxSize().toBytes();
                for (Message message : messages) {
                    if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    read++;
                    MailIntake.Outcome outcome;
                    byte[] raw = null;
                    boolean tooLarge = false;
                    int size = Math.max(message.getSize(), 0);
                    try {
                        tooLarge = size > max;
                        raw = tooLarge ? headers(message) : content(message, max);
                        if (raw == null) {
                            tooLarge = true;
                            raw = headers(message);
                        }
                        size = tooLarge ? size : raw.length;
                        outcome = intake.take(raw, size, tooLarge);
                    } catch (RuntimeException | MessagingException | IOException e) {
                        log.warn(
                                "Support mail {} could not be processed: {}", message.getMessageNumber(), e.toString());
                        // Held with the whole mail kept, so it may leave the mailbox; a mail of which only the
                        // headers were read stays there for the next reading.
                        outcome = raw == null || tooLarge ? null : holdFailed(intake, raw, size, e);
                        if (outcome == null) {
                            failed++;
                            continue;
                        }
                    }
                    switch (outcome) {
                        case ADDED -> added++;
                        case HELD, HELD_IN_MAILBOX -> held++;
                        case IGNORED -> ignored++;
                        case DUPLICATE, DUPLICATE_IN_MAILBOX -> duplicates++;
                    }
                    leave(folder, archive, message, outcome.leavesMailbox);
                }
            } finally {
                folder.close(true);
            }
        }
        MailInPoll poll = new MailInPoll(read, added, held, ignored, duplicates, failed);
        if (read > 0) {
            log.info("Support mailbox read: {}", poll);
        }
        return poll;
    }

    /**
     * Deletes a recorded mail from the folder (after copying it to the archive), or marks a mail that
     * stays as read. A failure here loses nothing: the mail is recorded, and the next reading removes it.
     */
    private static void leave(Folder folder, Folder archive, Message message, boolean leaves) {
        try {
            if (leaves) {
                if (archive != null) {
                    folder.copyMessages(new Message[] {message}, archive);
                }
                message.setFlag(Flags.Flag.DELETED, true);
            } else {
                message.setFlag(Flags.Flag.SEEN, true);
            }
        } catch (MessagingException e) {
            log.warn(
                    "Support mail {} stays in the mailbox until the next reading: {}",
                    message.getMessageNumber(),
                    e.toString());
        }
    }

    private static MailIntake.Outcome holdFailed(MailIntake intake, byte[] raw, int size, Exception e) {
        try {
            return intake.holdFailed(raw, size, e.toString());
        } catch (RuntimeException again) {
            log.warn("Support mail could not be held either; it stays in the mailbox: {}", again.toString());
            return null;
        }
    }

    private static Folder archive(Store store, String name) {
        try {
            Folder archive = store.getFolder(name);
            if (!archive.exists() && !archive.create(Folder.HOLDS_MESSAGES)) {
                throw new IllegalStateException("cannot create the folder " + name);
            }
            return archive;
        } catch (MessagingException e) {
            throw new IllegalStateException("the archive folder " + name + " cannot be used", e);
        }
    }

    /** The whole mail as it arrived, or null when it turns out larger than {@code max}. */
    private static byte[] content(Message message, long max) throws MessagingException, IOException {
        LimitedBuffer buffer = new LimitedBuffer(max);
        try {
            message.writeTo(buffer);
        } catch (LimitedBuffer.Full full) {
            return null;
        }
        return buffer.toByteArray();
    }

    /** Only the header block, for a mail too large to read. */
    private static byte[] headers(Message message) throws MessagingException {
        StringBuilder text = new StringBuilder();
        @SuppressWarnings("unchecked")
        Enumeration<String> lines =
                message instanceof MimeMessage mime ? mime.getAllHeaderLines() : Collections.emptyEnumeration();
        while (lines.hasMoreElements()) {
            text.append(lines.nextElement()).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Collects at most {@code max} bytes; one more ends the writing with {@link Full}. */
    private static final class LimitedBuffer extends OutputStream {

        static final class Full extends IOException {}

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        LimitedBuffer(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            bytes.write(b, off, len);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        private void check(int more) throws Full {
            if (bytes.size() + (long) more > max) {
                throw new Full();
            }
        }
    }
}
