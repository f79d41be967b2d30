package io.foyer.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CsrfCookieTests {

    private static String setCookie(boolean httpsOnly, boolean secureRequest) {
        var tokens = new SecurityConfiguration(httpsOnly).csrfTokens();
        var request = new MockHttpServletRequest();
        request.setSecure(secureRequest);
        var response = new MockHttpServletResponse();
        tokens.saveToken(tokens.generateToken(request), request, response);
        var cookie = response.getCookies()[0];
        // The mock response leaves SameSite out of its Set-Cookie header; Tomcat writes it.
        return response.getHeader("Set-Cookie") + "; SameSite=" + cookie.getAttribute("SameSite");
    }

    @Test
    void behindHttpsOnlyTheCookieIsHostPrefixedAndSecure() {
        assertThat(setCookie(true, false))
                .startsWith("__Host-FOYER-CSRF=")
                .contains("Path=/")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Domain");
    }

    @Test
    void otherwiseItWorksOverPlainHttpAndIsSecureOnHttpsRequests() {
        assertThat(setCookie(false, false))
                .startsWith("FOYER-CSRF=")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(setCookie(false, true)).contains("Secure");
    }
}
