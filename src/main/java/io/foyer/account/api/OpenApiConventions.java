package io.foyer.account.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to the generated document what the handlers do not declare themselves: the
 * {@code {accountId}} path parameter (resolved by the access check), the problem responses every
 * call can give, and drops the cross-field check methods of request records from their schemas.
 */
final class OpenApiConventions implements OpenApiCustomizer {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> {
                if (schema.getProperties() != null) {
                    ApiProblems.CROSS_FIELD_CHECKS.keySet().forEach(schema.getProperties()::remove);
                }
            });
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            declarePathVariables(path, operation);
            ApiResponses responses = operation.getResponses();
            problem(responses, "401", "No valid personal access token");
            if (path.contains("{accountId}")) {
                problem(
                        responses,
                        "403",
                        "The token or its user lacks a required permission, or the request comes from outside the"
                                + " account's allowed IP ranges");
                problem(responses, "404", "No such account or object for this token");
            } else {
                problem(
                        responses,
                        "403",
                        "The request comes from outside the allowed IP ranges of the token's account");
            }
            if (operation.getRequestBody() != null) {
                problem(responses, "400", "The body is missing or not JSON");
                problem(responses, "422", "Invalid fields, listed in errors[] with translated messages");
            }
        }));
    }

    private static void declarePathVariables(String path, Operation operation) {
        List<Parameter> parameters =
                operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        Matcher matcher = PATH_VARIABLE.matcher(path);
        int position = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean declared = parameters.stream().anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
            if (!declared) {
                parameters.add(
                        position,
                        new PathParameter().name(name).required(true).schema(new IntegerSchema().format("int64")));
            }
            position++;
        }
        operation.setParameters(parameters);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.get(status) == null) {
            responses.addApiResponse(
                    status,
                    new ApiResponse()
                            .description(description)
                            .content(new Content()
                                    .addMediaType(
                                            org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                            new MediaType()
                                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("The JSON field, e.g. email or permissions[0]"));
        fieldError.addProperty("message", new StringSchema().description("What to correct, in the request's language"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem document");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("Field errors (422 only)"));
        return problem;
    }
}
