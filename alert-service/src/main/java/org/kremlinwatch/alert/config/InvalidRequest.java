package org.kremlinwatch.alert.config;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request body that breaks the API's rules: 400 as a JSON problem whose {@code errors}
 * name each offending field, so that a client can show the message beside it.
 */
public class InvalidRequest extends ErrorResponseException {

	public InvalidRequest(List<FieldProblem> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
	}

	private static ProblemDetail problem(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"invalid " + String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList()));
		problem.setTitle("Bad Request");
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	/**
	 * One broken rule.
	 *
	 * @param field the JSON field, e.g. {@code webhookUrl} or {@code eventTypes[1]}
	 * @param message what is wrong with it
	 */
	public record FieldProblem(String field, String message) {
	}

}
