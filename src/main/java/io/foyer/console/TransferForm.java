package io.foyer.console;

/**
 * The ownership-transfer form: the new owner is either one of the account's members or another
 * existing user named by email, never both; the reason (usually the ticket reference) is audited.
 */
record TransferForm(String memberUserId, String email, String reason) {

    static TransferForm empty() {
        return new TransferForm("", "", "");
    }

    // A string, not a Long: a tampered value then gets this form's own message, not a conversion error.
    boolean hasMember() {
        return memberUserId != null && !memberUserId.isBlank();
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    String trimmedReason() {
        return reason == null ? "" : reason.strip();
    }
}
