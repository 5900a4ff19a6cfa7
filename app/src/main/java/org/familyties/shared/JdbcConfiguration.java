package org.familyties.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, and its H2 dialect upper-cases quoted column names;
 * the migrations use plain lower-case names, so quoting is switched off and both databases fold the
 * unquoted names the same way (H2 runs with DATABASE_TO_LOWER).
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
