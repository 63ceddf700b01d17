package org.kremlinwatch.alert.digest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real SMTP server on 127.0.0.1 (random port) that answers RCPT TO by the
 * recipient's local part, as mail servers do: {@code unknown@…} gets
 * {@code 550 5.1.1 no such mailbox}, {@code busy@…} {@code 451 4.3.0 try again later},
 * anyone else {@code 250}, and accepted messages are kept.
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread acceptor;

	private final List<String> accepted = new CopyOnWriteArrayList<>();

	ScriptedSmtpServer() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::acceptAll, "scripted-smtp");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	/** Recipients of the messages accepted so far. */
	List<String> accepted() {
		return List.copyOf(this.accepted);
	}

	private void acceptAll() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// Closed, or the client hung up: next one.
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
		reply(out, "220 scripted ESMTP");
		String recipient = null;
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 scripted");
			}
			else if (command.startsWith("RCPT TO")) {
				recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
				if (recipient.startsWith("unknown@")) {
					reply(out, "550 5.1.1 <" + recipient + ">: no such mailbox");
				}
				else if (recipient.startsWith("busy@")) {
					reply(out, "451 4.3.0 <" + recipient + ">: try again later");
				}
				else {
					reply(out, "250 2.1.5 ok");
				}
			}
			else if (command.startsWith("DATA")) {
				reply(out, "354 end with .");
				while ((line = in.readLine()) != null && !line.equals(".")) {
					// The message itself is not looked at.
				}
				this.accepted.add(recipient);
				reply(out, "250 2.0.0 queued");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				// MAIL FROM, RSET, NOOP
				reply(out, "250 ok");
			}
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
