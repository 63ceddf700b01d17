package org.kremlinwatch.alert.match;

import org.kremlinwatch.alert.config.AlertProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchConfig {

	@Bean
	MatchIndex matchIndex(AlertProperties properties) {
		return switch (properties.matching().engine()) {
			case MONITOR -> new MonitorMatchIndex();
			case LUCENE_MONITOR -> new LuceneMonitorMatchIndex();
			case LOOP -> new LoopMatchIndex();
		};
	}

}
