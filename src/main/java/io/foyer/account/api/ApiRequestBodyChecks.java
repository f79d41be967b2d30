package io.foyer.account.api;

import io.foyer.account.internal.InvalidField;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses text PostgreSQL cannot store: a NUL character in any string of a request body is a
 * field error (422) instead of a database failure (500) later on.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiRequestBodyChecks extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "");
        return body;
    }

    private static void check(Object value, String path) {
        if (value instanceof CharSequence text) {
            if (text.toString().indexOf('\0') >= 0) {
                throw new InvalidField(path, "api.invalidCharacters");
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(item, path + "[" + index++ + "]");
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName());
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
