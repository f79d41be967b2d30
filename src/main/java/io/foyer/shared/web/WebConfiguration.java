package io.foyer.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language selection. Pages: a cookie, changed by {@code ?lang=de}; English unless chosen
 * otherwise. The REST API ({@code /api/**}) is stateless, so it follows the request's
 * {@code Accept-Language} header instead and never sets a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver cookie = new CookieLocaleResolver(Languages.COOKIE);
        cookie.setDefaultLocale(Locale.ENGLISH);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(
                Languages.SUPPORTED.stream().map(Locale::forLanguageTag).toList());
        header.setDefaultLocale(Locale.ENGLISH);
        return new ApiAwareLocaleResolver(cookie, header);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns(List.of("/api/**"));
    }

    private record ApiAwareLocaleResolver(LocaleResolver pages, LocaleResolver api) implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isApi(request) ? api.resolveLocale(request) : pages.resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (!isApi(request)) {
                pages.setLocale(request, response, locale);
            }
        }

        private static boolean isApi(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }
    }
}
