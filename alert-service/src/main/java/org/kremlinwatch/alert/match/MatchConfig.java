package org.kremlinwatch.alert.match;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchConfig {

	@Bean
	MatchIndex matchIndex() {
		return new LoopMatchIndex();
	}

}
