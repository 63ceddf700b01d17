package org.kremlinwatch.alert.match;

import org.kremlinwatch.alert.config.AlertProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchConfig {

	// Closed by the context: a Lucene Monitor holds an index and threads.
	@Bean
	MatchIndex matchIndex(AlertProperties properties) {
		return switch (properties.matching().engine()) {
			case MONITOR -> new MonitorMatchIndex();
			case LOOP -> new LoopMatchIndex();
		};
	}

}
