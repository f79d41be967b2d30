package io.foyer.console;

/**
 * "Verify caller": whose secret to check ({@link #ACCOUNT} for the account's code word, a member's
 * user id for their phone PIN) and what the caller said.
 */
record VerifyCallerForm(String subject, String answer) {

    static final String ACCOUNT = "account";

    static VerifyCallerForm empty() {
        return new VerifyCallerForm(ACCOUNT, "");
    }

    String trimmedAnswer() {
        return answer == null ? "" : answer.strip();
    }
}
