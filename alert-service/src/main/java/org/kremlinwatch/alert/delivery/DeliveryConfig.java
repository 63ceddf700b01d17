package org.kremlinwatch.alert.delivery;

import org.kremlinwatch.alert.config.AlertProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfig {

	@Bean
	SsrfGuard ssrfGuard(AlertProperties properties) {
		return new SsrfGuard(properties.webhook().allowedHosts());
	}

}
