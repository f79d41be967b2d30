package io.foyer.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final ImpersonationGuard impersonationGuard;

    IdentityWebConfiguration(ImpersonationGuard impersonationGuard) {
        this.impersonationGuard = impersonationGuard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(impersonationGuard).excludePathPatterns("/console/**", "/api/**");
    }
}
