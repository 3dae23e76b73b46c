package org.vaka.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The record of every signal the server ACKed, one {@code account,sequence} line each, appended. It is what the
 * crash test holds the server to: an ACK is a promise that the signal is stored, so everything in here must show
 * up in the server's log afterwards. Flushed every second, so the file is current even while the server dies.
 */
final class AckedFile implements AutoCloseable {

    private final Path path;
    private final BufferedWriter out;
    private IOException failure;

    AckedFile(Path path) throws IOException {
        this.path = path;
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(path, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    synchronized void append(String account, String sequence) {
        if (failure != null) {
            return;
        }
        try {
            out.write(account);
            out.write(',');
            out.write(sequence);
            out.write('\n');
        } catch (IOException e) {
            failure = e;
        }
    }

    synchronized void flush() {
        if (failure != null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            // an incomplete record would make a later --verify look better than the truth
            throw new UncheckedIOException("could not write " + path + ": " + failure.getMessage(), failure);
        }
    }
}
