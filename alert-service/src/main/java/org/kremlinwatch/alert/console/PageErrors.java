package org.kremlinwatch.alert.console;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An unknown release or meeting on a console page answers a page a person can read; the
 * REST API keeps its problem+json answers.
 */
@ControllerAdvice(assignableTypes = { ConsolePages.class, MeetingPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView notFound(ResponseStatusException ex) {
		HttpStatusCode status = ex.getStatusCode();
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("error", (ex.getReason() != null) ? ex.getReason() : status.toString());
		return page;
	}

}
