package org.kremlinwatch.alert.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses webhook URLs that would make this service call into its own network: loopback,
 * private, link-local (which holds the cloud metadata address 169.254.169.254),
 * carrier-grade NAT, unique-local IPv6, multicast and unspecified addresses, unless the
 * operator allow-listed the host. Every address a name resolves to is checked, since a
 * resolver may hand out any of them. Checked when a subscription is saved and again
 * before each call, because DNS can change in between.
 */
public final class SsrfGuard {

	private final Set<String> allowedHosts;

	private final Resolver resolver;

	public SsrfGuard(List<String> allowedHosts) {
		this(allowedHosts, InetAddress::getAllByName);
	}

	SsrfGuard(List<String> allowedHosts, Resolver resolver) {
		this.allowedHosts = allowedHosts.stream().map(SsrfGuard::normalizeHost).collect(Collectors.toUnmodifiableSet());
		this.resolver = resolver;
	}

	/** Why {@code url} must not be called, or empty when it may be. */
	public Optional<String> refusal(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("must be an http or https URL");
		}
		if (url.getHost() == null || url.getHost().isEmpty()) {
			return Optional.of("must name a host");
		}
		if (url.getRawUserInfo() != null) {
			return Optional.of("must not carry credentials");
		}
		String host = normalizeHost(url.getHost());
		if (this.allowedHosts.contains(host)) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("host " + host + " does not resolve");
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				return Optional.of("host " + host + " resolves to the internal address " + address.getHostAddress()
						+ "; an operator may allow-list it in kremlinwatch.alert.webhook.allowed-hosts");
			}
		}
		return Optional.empty();
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7 unique-local (holds e.g. AWS's fd00:ec2::254 metadata address)
			return (bytes[0] & 0xfe) == 0xfc;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		// 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT
		return first == 0 || (first == 100 && second >= 64 && second <= 127);
	}

	private static String normalizeHost(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		// URI keeps the brackets of an IPv6 literal
		return (lower.startsWith("[") && lower.endsWith("]")) ? lower.substring(1, lower.length() - 1) : lower;
	}

	/** Name resolution, replaceable in tests. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
