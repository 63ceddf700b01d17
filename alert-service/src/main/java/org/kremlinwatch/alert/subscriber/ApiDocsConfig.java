package org.kremlinwatch.alert.subscriber;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui/index.html}): every operation takes the API key as a bearer token,
 * and the resolved {@link Caller} is not a request parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI alertServiceApi() {
		return new OpenAPI()
			.info(new Info().title("kremlinwatch alert-service")
				.version("v1")
				.description("Subscriptions to Kremlin releases, the alerts they raised and their webhook deliveries. "
						+ "Authenticate with the subscriber's API key as a bearer token; the admin API takes the "
						+ "admin token."))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

}
