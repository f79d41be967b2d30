package io.foyer.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

class SessionCookieTests {

    private static String cookie(String name, String domain, boolean https) {
        return cookie(name, domain, https, false);
    }

    private static String cookie(String name, String domain, boolean https, boolean httpsOnly) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setSameSite("Lax");
        new SessionConfiguration()
                .prefixedSessionCookie(name, domain, httpsOnly)
                .customize(serializer);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContextPath("/app");
        request.setSecure(https);
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }

    @Test
    void aPlainNameIsSecureExactlyOverHttps() {
        assertThat(cookie("FOYER_SESSION", "", false)).doesNotContain("Secure").contains("HttpOnly", "SameSite=Lax");
        assertThat(cookie("FOYER_SESSION", "", true)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void aHostPrefixedNameIsAlwaysSecureForTheWholeHost() {
        String cookie = cookie("__Host-FOYER_SESSION", "", false);
        assertThat(cookie).startsWith("__Host-FOYER_SESSION=").contains("Secure", "Path=/;", "HttpOnly");
        assertThat(cookie).doesNotContain("Domain=");
        assertThat(cookie("__Secure-FOYER_SESSION", "", false)).contains("Secure");
    }

    @Test
    void httpsOnlyGivesThePlainNameTheHostPrefix() {
        assertThat(cookie("FOYER_SESSION", "", false, true))
                .startsWith("__Host-FOYER_SESSION=")
                .contains("Secure", "Path=/;", "HttpOnly");
        assertThat(cookie("__Secure-FOYER_SESSION", "", false, true)).startsWith("__Secure-FOYER_SESSION=");
    }

    @Test
    void aHostPrefixedNameWithADomainIsRefused() {
        assertThatThrownBy(() -> cookie("__Host-FOYER_SESSION", "example.com", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("domain");
    }
}
