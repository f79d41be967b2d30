package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.support.Fixtures;
import io.foyer.support.WebClient;

/** Signed-in console sessions for page tests. */
final class ConsoleSessions {

    private ConsoleSessions() {}

    static WebClient.Response consoleLogin(WebClient web, String email, String password) {
        return web.postForm("/console/login", "email", email, "password", password);
    }

    /** A new browser-like session signed in to the console as this staff member. */
    static WebClient staff(int port, String email) {
        WebClient web = new WebClient(port);
        assertThat(consoleLogin(web, email, Fixtures.PASSWORD).redirect()).endsWith("/console");
        return web;
    }

    /** A new browser-like session signed in as this customer user. */
    static WebClient customer(int port, String email) {
        WebClient web = new WebClient(port);
        assertThat(web.login(email, Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        return web;
    }
}
