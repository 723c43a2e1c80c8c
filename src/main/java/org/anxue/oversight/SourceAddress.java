package org.anxue.oversight;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client address wrong codes are counted against: the connection's peer, or, when Quarkus is
 * told to trust a proxy ({@code quarkus.http.proxy.proxy-address-forwarding=true}), the address the
 * proxy reports.
 */
final class SourceAddress {

    private SourceAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
