// Passkey ceremonies for Foyer's pages, after the format of Spring Security's own WebAuthn script:
// base64url for the binary fields, JSON to /webauthn/authenticate/options and /login/webauthn for
// signing in, and to the security page's endpoints for adding a passkey. Served from 'self'; the
// pages carry no inline script (CSP), so everything is bound here through data attributes.
"use strict";
(() => {
  const base64url = {
    encode(buffer) {
      const base64 = window.btoa(String.fromCharCode(...new Uint8Array(buffer)));
      return base64.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };

  function csrfHeaders(element) {
    return { [element.dataset.csrfHeader]: element.dataset.csrfToken };
  }

  function post(url, headers, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function show(id, text) {
    const element = document.getElementById(id);
    if (!element) {
      return;
    }
    if (text) {
      element.textContent = text;
    }
    element.hidden = false;
  }

  async function signIn(button) {
    const headers = csrfHeaders(button);
    const optionsResponse = await post("/webauthn/authenticate/options", headers);
    if (!optionsResponse.ok) {
      throw new Error("options: HTTP " + optionsResponse.status);
    }
    const options = await optionsResponse.json();
    const publicKey = {
      ...options,
      challenge: base64url.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
    };
    const credential = await navigator.credentials.get({ publicKey });
    const response = credential.response;
    const body = {
      id: credential.id,
      rawId: base64url.encode(credential.rawId),
      response: {
        authenticatorData: base64url.encode(response.authenticatorData),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        signature: base64url.encode(response.signature),
        userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    };
    const result = await post("/login/webauthn", headers, body);
    if (!result.ok) {
      throw new Error("sign-in: HTTP " + result.status);
    }
    const answer = await result.json();
    window.location.href = button.dataset.next || answer.redirectUrl;
  }

  async function register(form) {
    const input = form.querySelector("input[name=label]");
    const label = input.value.trim();
    input.classList.remove("is-invalid");
    input.removeAttribute("aria-invalid");
    document.getElementById("passkey-error").hidden = true;
    if (!label) {
      fieldError(input, form.dataset.required);
      return;
    }
    const headers = csrfHeaders(form);
    const optionsResponse = await post(form.dataset.optionsUrl, headers);
    const options = await optionsResponse.json();
    if (options.redirect) {
      // The password has to be confirmed first; the page comes back afterwards.
      window.location.href = options.redirect;
      return;
    }
    const publicKey = {
      ...options,
      user: { ...options.user, id: base64url.decode(options.user.id) },
      challenge: base64url.decode(options.challenge),
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
    };
    const credential = await navigator.credentials.create({ publicKey });
    const response = credential.response;
    const result = await post(form.dataset.registerUrl, headers, {
      label,
      credential: {
        id: credential.id,
        rawId: base64url.encode(credential.rawId),
        response: {
          attestationObject: base64url.encode(response.attestationObject),
          clientDataJSON: base64url.encode(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      }
    });
    const answer = await result.json();
    if (answer.redirect) {
      window.location.href = answer.redirect;
    } else if (answer.field === "label") {
      fieldError(input, answer.message);
    } else {
      show("passkey-error", answer.message);
    }
  }

  function fieldError(input, message) {
    const error = document.getElementById(input.id + "-error");
    error.textContent = message;
    input.classList.add("is-invalid");
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", input.id + "-error");
    input.focus();
  }

  function setUp() {
    const supported = !!window.PublicKeyCredential;
    document.querySelectorAll("[data-passkey-login]").forEach((button) => {
      button.addEventListener("click", async () => {
        try {
          await signIn(button);
        } catch (error) {
          console.error(error);
          show(button.dataset.error);
        }
      });
    });
    document.querySelectorAll("form[data-passkey-register]").forEach((form) => {
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        try {
          await register(form);
        } catch (error) {
          console.error(error);
          show("passkey-error");
        }
      });
    });
    if (!supported) {
      document.querySelectorAll("[data-passkey-login], form[data-passkey-register] button").forEach((b) => {
        b.disabled = true;
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
