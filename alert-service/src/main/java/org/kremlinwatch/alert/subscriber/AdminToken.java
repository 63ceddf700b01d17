package org.kremlinwatch.alert.subscriber;

import org.kremlinwatch.alert.config.AlertProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The admin API's bearer token: configured, or generated at start-up so that a fresh
 * install is never open to anyone.
 */
@Component
class AdminToken {

	private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

	private final String token;

	AdminToken(AlertProperties properties) {
		if (StringUtils.hasText(properties.adminToken())) {
			this.token = properties.adminToken();
		}
		else {
			this.token = ApiKeys.newKey().replaceFirst("^kw_", "kwadmin_");
			// Logged once, on purpose: without it nobody could create the first
			// subscriber.
			log.warn("kremlinwatch.alert.admin-token is not set; generated admin token for this run: {}", this.token);
		}
	}

	boolean matches(String given) {
		return given != null && ApiKeys.sameSecret(this.token, given);
	}

}
