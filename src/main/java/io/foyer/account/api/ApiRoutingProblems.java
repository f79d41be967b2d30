package io.foyer.account.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors found before an API handler was chosen — an unknown path, a wrong method, body type or
 * Accept header — answer with a problem document as well, not the generic error page.
 */
@Component
class ApiRoutingProblems implements HandlerExceptionResolver, Ordered {

    private final JsonMapper json;

    ApiRoutingProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (handler instanceof HandlerMethod
                || !(ex instanceof ErrorResponse error)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        ProblemDetail problem = error.getBody();
        int status = error.getStatusCode().value();
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatus known = HttpStatus.resolve(status);
        body.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put(
                "title",
                problem.getTitle() != null ? problem.getTitle() : known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", status == HttpStatus.NOT_FOUND.value() ? "No such resource." : problem.getDetail());
        body.put("instance", request.getRequestURI());
        try {
            response.setStatus(status);
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), body);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
