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

    /**
     * Refuses to start when an account-scoped handler does not say which permission it needs, or
     * has a path variable whose account the access check cannot verify.
     */
    @Bean
    static SmartInitializingSingleton accountScopedHandlersDeclareTheirChecks(ApplicationContext context) {
        return () -> {
            AccountAccessInterceptor interceptor = context.getBean(AccountAccessInterceptor.class);
            List<String> missing = new ArrayList<>();
            java.util.regex.Pattern variable = java.util.regex.Pattern.compile("\\{(\\w+)");
            context.getBeansOfType(RequestMappingHandlerMapping.class)
                    .values()
                    .forEach(mapping -> mapping.getHandlerMethods().forEach((info, method) -> {
                        for (String pattern : info.getPatternValues()) {
                            if (!pattern.contains("{accountId}")) {
                                continue;
                            }
                            try {
                                AccountAccessInterceptor.requirement(method);
                            } catch (IllegalStateException e) {
                                missing.add(method + ": no @RequiresPermission");
                            }
                            var names = variable.matcher(pattern);
                            while (names.find()) {
                                if (!names.group(1).equals("accountId") && !interceptor.knowsVariable(names.group(1))) {
                                    missing.add(pattern + ": no AccountScopedId for {" + names.group(1) + "}");
                                }
                            }
                        }
                    }));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Account-scoped handlers without their access checks: " + missing);
            }
        };
    }
}
