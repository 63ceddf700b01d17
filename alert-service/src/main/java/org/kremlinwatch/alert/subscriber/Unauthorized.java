package org.kremlinwatch.alert.subscriber;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A missing or wrong bearer token: 401 as a JSON problem. */
final class Unauthorized extends ErrorResponseException {

	Unauthorized(String detail) {
		super(HttpStatus.UNAUTHORIZED, problem(detail), null);
		getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Unauthorized");
		return problem;
	}

}
