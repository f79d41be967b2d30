package io.foyer.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class IncomingMailTests {

    static IncomingMail mail(String text) {
        return IncomingMail.parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static final MailInSettings SETTINGS = new MailInSettings(
            "imap.example.com",
            993,
            "support",
            "secret",
            true,
            true,
            "INBOX",
            "",
            Duration.ofMinutes(1),
            DataSize.ofMegabytes(10),
            "Support@Example.com");

    @Test
    void theTicketNumberSenderAndTokenAreRead() {
        IncomingMail mail = mail(
                """
                Message-ID: <abc@customer.test>
                From: =?UTF-8?Q?J=C3=BCrgen?= <Juergen@Customer.test>
                To: "Support" <support+0123abcd@example.com>
                Cc: other@example.org
                Subject: AW: Re: [Ticket 2026-000042] Website down

                Hello
                """);
        assertThat(mail.key()).isEqualTo("<abc@customer.test>");
        assertThat(mail.sender()).contains("juergen@customer.test");
        assertThat(mail.senderName()).contains("Jürgen");
        assertThat(mail.ticketNumber()).contains("2026-000042");
        assertThat(mail.recipients().stream().map(SETTINGS::tokenOf).flatMap(java.util.Optional::stream))
                .containsExactly("0123abcd");
        assertThat(mail.automatic()).isEmpty();
        assertThat(mail.content().text()).isEqualTo("Hello\r\n");
    }

    @Test
    void aMailWithoutMessageIdIsKnownByAHashOfItsSendersHeadersAndBody() {
        String text = "From: a@b.test\nSubject: x\n\nbody\n";
        assertThat(mail(text).key()).startsWith("sha256:").isEqualTo(mail(text).key());
        assertThat(mail("Received: from mx2\nDelivered-To: s@foyer.test\n" + text)
                        .key())
                .isEqualTo(mail(text).key());
        assertThat(mail(text + "more").key()).isNotEqualTo(mail(text).key());
        assertThat(mail(text.replace("Subject: x", "Subject: y")).key())
                .isNotEqualTo(mail(text).key());
    }

    @Test
    void automaticMailsAreRecognised() {
        assertThat(mail("Auto-Submitted: auto-replied\nFrom: a@b.test\n\nx").automatic())
                .isPresent();
        assertThat(mail("Auto-Submitted: no\nFrom: a@b.test\n\nx").automatic()).isEmpty();
        assertThat(mail("Precedence: list\nFrom: a@b.test\n\nx").automatic()).isPresent();
        assertThat(mail("X-Autorespond: 1\nFrom: a@b.test\n\nx").automatic()).isPresent();
        assertThat(mail("X-Foyer-Ticket: 2026-000001\nFrom: a@b.test\n\nx").automatic())
                .isPresent();
        assertThat(mail("Content-Type: multipart/report; report-type=delivery-status; boundary=x\nFrom: a@b.test\n\nx")
                        .automatic())
                .isPresent();
    }

    @Test
    void theReplyAddressCarriesTheTokenInItsPlusForm() {
        assertThat(SETTINGS.replyAddressFor("0123abcd")).contains("Support+0123abcd@Example.com");
        assertThat(SETTINGS.tokenOf("support+0123abcd@EXAMPLE.com")).contains("0123abcd");
        assertThat(SETTINGS.tokenOf("support@example.com")).isEmpty();
        assertThat(SETTINGS.tokenOf("other+0123abcd@example.com")).isEmpty();
        assertThat(SETTINGS.isReplyAddress("support@example.com")).isTrue();
        assertThat(SETTINGS.isReplyAddress("support+x@example.com")).isTrue();
        assertThat(SETTINGS.isReplyAddress("customer@example.com")).isFalse();
    }

    @Test
    void htmlOnlyMailsAreTurnedIntoTextWithoutTheirQuotedBlocks() {
        assertThat(HtmlText.of(
                        "<html><head><style>p{}</style></head><body><p>Hi &amp; thanks</p><div>Line&nbsp;2<br>Line 3 &#8364;</div>"
                                + "<blockquote type=cite>old</blockquote></body></html>"))
                .isEqualTo("Hi & thanks\nLine 2\nLine 3 €");
    }
}
