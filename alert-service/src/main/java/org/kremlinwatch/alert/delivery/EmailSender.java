package org.kremlinwatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.kremlinwatch.events.v1.AlertRaised;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one alert e-mail, or one digest, as multipart/alternative (plain text, then HTML)
 * through the SMTP server of {@code spring.mail.*}. Failures come back as a result, never
 * as an exception, with the SMTP reply code when the server gave one: a 5xx (mailbox
 * unknown, message refused) will never succeed and is not retried, anything else is.
 */
final class EmailSender {

	/** SMTP's "requested mail action okay": what a successful send was answered. */
	static final int SMTP_OK = 250;

	private final JavaMailSender mail;

	private final String from;

	/**
	 * @param mail the SMTP client, {@code null} when {@code spring.mail.host} is not set
	 * @param from the sender address
	 */
	EmailSender(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	WebhookSender.Result send(PendingDelivery delivery, List<AlertRaised> alerts) {
		if (this.mail == null) {
			return new WebhookSender.Result(null,
					"no SMTP server configured: set spring.mail.host (and spring.mail.port)", null);
		}
		if (alerts.isEmpty()) {
			// A digest whose alerts were all deleted with their subscription's history.
			return new WebhookSender.Result(SMTP_OK, null, null);
		}
		AlertMail content = AlertMail.of(delivery.subscriptionName(), alerts);
		try {
			MimeMessage message = this.mail.createMimeMessage();
			message.setFrom(new InternetAddress(this.from));
			message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(delivery.email()));
			message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
			message.setHeader("X-Kremlinwatch-Delivery", delivery.id().toString());
			MimeMultipart alternative = new MimeMultipart("alternative");
			// Least preferred first (RFC 2046): clients that can show HTML take the last.
			alternative.addBodyPart(part(content.text(), "plain"));
			alternative.addBodyPart(part(content.html(), "html"));
			message.setContent(alternative);
			this.mail.send(message);
			return new WebhookSender.Result(SMTP_OK, null, null);
		}
		catch (MessagingException | MailException ex) {
			return new WebhookSender.Result(replyCode(ex), "SMTP: " + shorten(ex), null);
		}
	}

	/** Whether an SMTP reply code says the message will never be accepted (5xx). */
	static boolean permanent(Integer replyCode) {
		return replyCode != null && replyCode >= 500 && replyCode < 600;
	}

	/**
	 * The SMTP reply code behind a failure (e.g. 550 for an unknown mailbox, 451 for "try
	 * again later"), or {@code null} when the server never answered (connection refused,
	 * timeout). Read with reflection because the SMTP provider (Angus Mail) is a runtime
	 * dependency, and its exceptions carry the code as {@code getReturnCode()}; Spring
	 * collects them per message, JavaMail chains them with {@code getNextException()}.
	 */
	static Integer replyCode(Exception ex) {
		Deque<Throwable> pending = new ArrayDeque<>(List.of(ex));
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Integer found = null;
		while (!pending.isEmpty()) {
			Throwable next = pending.pop();
			if (!seen.add(next)) {
				continue;
			}
			Integer code = returnCode(next);
			if (code != null && code >= 400 && (found == null || code < found)) {
				// A temporary failure among permanent ones: worth another try.
				found = code;
			}
			if (next instanceof MailSendException send) {
				pending.addAll(Arrays.asList(send.getMessageExceptions()));
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				pending.add(messaging.getNextException());
			}
			if (next.getCause() != null) {
				pending.add(next.getCause());
			}
		}
		return found;
	}

	private static Integer returnCode(Throwable ex) {
		try {
			Object code = ex.getClass().getMethod("getReturnCode").invoke(ex);
			return (code instanceof Integer value && value > 0) ? value : null;
		}
		catch (ReflectiveOperationException | RuntimeException notSmtp) {
			return null;
		}
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

	private static String shorten(Exception ex) {
		String message = String.valueOf(ex.getMessage()).replaceAll("\\s+", " ");
		return (message.length() > 500) ? message.substring(0, 500) + "…" : message;
	}

}
