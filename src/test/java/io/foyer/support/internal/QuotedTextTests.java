package io.foyer.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTests {

    @Test
    void theQuotedMessageAndItsWroteLineAreTakenOff() {
        assertThat(
                        QuotedText.strip(
                                """
                        Works now, thanks!

                        On Sun, 22 Nov 2026 at 10:00, Foyer <no-reply@foyer.test> wrote:
                        > Please try again.
                        >> older
                        """))
                .isEqualTo("Works now, thanks!");
    }

    @Test
    void aWroteLineWrappedOntoTwoLinesAndGermanMailProgramsAreUnderstood() {
        assertThat(QuotedText.strip("Danke!\n\nAm 22.11.2026 um 10:00 schrieb Foyer <no-reply@foyer.test>:\n> Bitte\n"))
                .isEqualTo("Danke!");
        assertThat(QuotedText.strip(
                        "Thanks\n\nOn Sun, 22 Nov 2026 at 10:00, Sam Support\n<no-reply@foyer.test> wrote:\n> x"))
                .isEqualTo("Thanks");
    }

    @Test
    void answersWrittenBetweenQuotesStay() {
        assertThat(
                        QuotedText.strip(
                                """
                        On Sun, Sam wrote:
                        > Which PHP version?
                        8.3
                        > And the error?
                        A white page.
                        """))
                .isEqualTo("On Sun, Sam wrote:\n8.3\nA white page.");
    }

    @Test
    void everythingFromAnOriginalMessageSeparatorIsLeftOut() {
        assertThat(QuotedText.strip("Top answer\r\n\r\n-----Original Message-----\r\nFrom: Foyer\r\nOld text"))
                .isEqualTo("Top answer");
        assertThat(QuotedText.strip(
                        "Top answer\n\n________________________________\nFrom: Foyer <no-reply@foyer.test>\nOld"))
                .isEqualTo("Top answer");
        assertThat(QuotedText.strip(
                        "Danke!\n\nVon: Foyer <no-reply@foyer.test>\nGesendet: Sonntag, 22. November 2026 10:00\n"
                                + "An: kunde@example.test\nBetreff: [Ticket 2026-000001] Test\n\nAlter Text"))
                .isEqualTo("Danke!");
        // A "From:" line alone is the customer's text.
        assertThat(QuotedText.strip("From: our office\nThe server is down."))
                .isEqualTo("From: our office\nThe server is down.");
    }

    @Test
    void textWithoutQuotesIsKeptAsItIs() {
        assertThat(QuotedText.strip("Line one\n\nLine two -- with > inside\n"))
                .isEqualTo("Line one\n\nLine two -- with > inside");
        assertThat(QuotedText.strip(null)).isEmpty();
    }
}
