package org.familyties.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as given. Spring Boot would otherwise pass every {@code @{...}} link of every page
 * through the static-resource chain (it is on because of the WebJars locator), which looks each page link up
 * as a file in the application's jar and caches nothing when none is found: a data-entry form spent over half
 * its rendering time there. Static files need no rewritten links: {@code /webjars/...} paths without a version
 * are resolved when the file is requested.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
