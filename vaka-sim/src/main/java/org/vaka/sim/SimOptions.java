package org.vaka.sim;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.KeyFormat;

/**
 * Everything the command line decided. {@code aesKey} is null for plain SIA-DCS; {@code ackedFile} and
 * {@code verifyFile} are null when not asked for.
 */
record SimOptions(
        boolean help,
        int accounts,
        double rate,
        Duration duration,
        boolean udp,
        String aesKeyText,
        KeyFormat keyFormat,
        AesKey aesKey,
        String host,
        int port,
        Path ackedFile,
        URI api,
        String user,
        String password,
        boolean register,
        String accountPrefix,
        Path verifyFile,
        Duration replyTimeout,
        int threads) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 7100;
    static final int DEFAULT_ACCOUNTS = 100;
    static final double DEFAULT_RATE = 1000;
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);
    static final String DEFAULT_API = "http://127.0.0.1:8080";
    static final String DEFAULT_USER = "admin@demo.vaka";
    static final String DEFAULT_PASSWORD = "demo-admin";

    /** Panels wait longer on TCP because a lost segment costs a retransmission round; UDP loses the datagram outright. */
    static final Duration TCP_REPLY_TIMEOUT = Duration.ofSeconds(2);
    static final Duration UDP_REPLY_TIMEOUT = Duration.ofSeconds(1);

    boolean verify() {
        return verifyFile != null;
    }

    boolean encrypted() {
        return aesKey != null;
    }

    String transport() {
        return udp ? "UDP" : "TCP";
    }
}
