package org.kremlinwatch.alert;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * alert-service: matches tagged releases against subscriptions, records each alert once
 * and delivers it by signed webhook and on {@code kremlin.alerts.v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AlertApplication {

	public static void main(String[] args) {
		SpringApplication.run(AlertApplication.class, args);
	}

}
