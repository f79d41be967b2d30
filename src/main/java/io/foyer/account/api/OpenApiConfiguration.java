package io.foyer.account.api;

import io.foyer.account.ApiPrincipal;
import io.foyer.account.CurrentAccount;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "personalAccessToken";

    static {
        // Resolved by the access check, not sent by clients.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentAccount.class, ApiPrincipal.class);
    }

    @Bean
    OpenAPI foyerOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Foyer API")
                                .version("v1")
                                .description(
                                        """
                                Everything a customer can do in the control panel, for scripts and tools.

                                Authenticate with a personal access token (`Authorization: Bearer foyer_pat_...`), \
                                created in the account's settings under *API tokens*. A token acts in one account \
                                with a subset of its user's permissions; taking a permission from the user takes it \
                                from the token at once.

                                An account id the token is not bound to, and an object of another account, answer \
                                404. A missing permission answers 403. Errors are RFC 9457 problem documents; \
                                invalid fields answer 422 with `errors: [{field, message}]`, translated by \
                                `Accept-Language` (English, German). Times are ISO-8601 in UTC.
                                """))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("foyer_pat_...")
                                        .description("A personal access token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer foyerApiConventions() {
        return new OpenApiConventions();
    }
}
