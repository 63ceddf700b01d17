package org.kremlinwatch.alert.subscriber;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Resolves a {@link Caller} parameter from the request's API key. */
@Configuration(proxyBeanMethods = false)
class CallerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final SubscriberRepository subscribers;

	CallerArgumentResolver(SubscriberRepository subscribers) {
		this.subscribers = subscribers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		String key = BearerTokens.from(webRequest.getHeader(HttpHeaders.AUTHORIZATION));
		return this.subscribers.findIdByKeyHash(ApiKeys.hash(key))
			.map(Caller::new)
			.orElseThrow(() -> new Unauthorized("unknown API key"));
	}

}
