package org.kremlinwatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.kremlinwatch.events.v1.AlertRaised;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one alert e-mail, or one digest, as multipart/alternative (plain text, then HTML)
 * through the SMTP server of {@code spring.mail.*}. Failures come back as a result, never
 * as an exception, so the outbox retries them like a webhook that did not answer.
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
			return new WebhookSender.Result(null, "SMTP: " + shorten(ex), null);
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
