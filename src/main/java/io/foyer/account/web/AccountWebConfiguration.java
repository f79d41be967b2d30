package io.foyer.account.web;

import io.foyer.account.CurrentAccount;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Registers the access check and lets handlers take a {@link CurrentAccount} parameter. */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

    private final AccountAccessInterceptor interceptor;

    AccountWebConfiguration(AccountAccessInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentAccount.class;
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer mav,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                Object current =
                        request.getAttribute(AccountAccessInterceptor.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (current == null) {
                    throw new IllegalStateException("CurrentAccount needs {accountId} in the handler's path");
                }
                return current;
            }
        });
    }

    /** Refuses to start when an account-scoped handler does not say which permission it needs. */
    @Bean
    static SmartInitializingSingleton accountScopedHandlersDeclarePermissions(ApplicationContext context) {
        return () -> {
            List<String> missing = new ArrayList<>();
            context.getBeansOfType(RequestMappingHandlerMapping.class)
                    .values()
                    .forEach(mapping -> mapping.getHandlerMethods().forEach((info, method) -> {
                        if (info.getPatternValues().stream().anyMatch(p -> p.contains("{accountId}"))) {
                            try {
                                AccountAccessInterceptor.requirement(method);
                            } catch (IllegalStateException e) {
                                missing.add(method.toString());
                            }
                        }
                    }));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Account-scoped handlers without @RequiresPermission: " + missing);
            }
        };
    }
}
