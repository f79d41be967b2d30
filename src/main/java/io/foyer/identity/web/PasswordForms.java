package io.foyer.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

final class PasswordForms {
    private PasswordForms() {}

    record Forgot(
            @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}")
                    String login) {}

    record Reset(String token, @NotBlank(message = "{validation.required}") String password, String confirmation) {}

    record Change(
            @NotBlank(message = "{validation.required}") String currentPassword,
            @NotBlank(message = "{validation.required}") String password,
            String confirmation) {}
}
