package org.kremlinwatch.alert.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SsrfGuardTests {

	private final SsrfGuard guard = new SsrfGuard(List.of());

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://127.1.2.3:8080/hook", "http://10.0.0.7/hook",
			"http://172.16.5.4/hook", "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data/",
			"http://[::1]/hook", "http://[fe80::1]/hook", "http://[fd00:ec2::254]/hook", "http://0.0.0.0/hook",
			"http://100.64.0.1/hook", "http://localhost/hook" })
	void refusesInternalAddresses(String url) {
		assertThat(this.guard.refusal(URI.create(url)))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("internal address"));
	}

	@Test
	void refusesPublicNameThatResolvesToAnInternalAddress() throws Exception {
		InetAddress metadata = InetAddress.getByName("169.254.169.254");
		InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
		SsrfGuard rebinding = new SsrfGuard(List.of(), (host) -> new InetAddress[] { publicAddress, metadata });

		assertThat(rebinding.refusal(URI.create("https://hooks.example.org/x"))).isPresent();
	}

	@Test
	void acceptsPublicAddresses() {
		assertThat(this.guard.refusal(URI.create("https://93.184.216.34/hook"))).isEmpty();
		assertThat(this.guard.refusal(URI.create("https://[2606:2800:220:1:248:1893:25c8:1946]/hook"))).isEmpty();
	}

	@Test
	void acceptsAllowListedHost() {
		SsrfGuard allowing = new SsrfGuard(List.of("127.0.0.1", "Receiver.Local"));

		assertThat(allowing.refusal(URI.create("http://127.0.0.1:9999/hook"))).isEmpty();
		assertThat(allowing.refusal(URI.create("http://receiver.local/hook"))).isEmpty();
		assertThat(allowing.refusal(URI.create("http://10.0.0.7/hook"))).isPresent();
	}

	@Test
	void refusesOtherSchemesAndCredentials() {
		assertThat(this.guard.refusal(URI.create("file:///etc/passwd"))).isPresent();
		assertThat(this.guard.refusal(URI.create("ftp://93.184.216.34/x"))).isPresent();
		assertThat(this.guard.refusal(URI.create("https://user:pw@93.184.216.34/x"))).isPresent();
	}

}
