package org.vaka.protocol.tool;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Exception;
import org.vaka.protocol.dc09.Dc09Frame;
import org.vaka.protocol.dc09.Dc09Message;
import org.vaka.protocol.dc09.Dc09MessageDecoder;
import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.protocol.dc09.TimeWindow;
import org.vaka.protocol.event.AlarmEvent;
import org.vaka.protocol.event.EventDecoder;

/**
 * {@code decode [--key K --key-format hex|text] [--now ISO-INSTANT] 'FRAME'}: prints a frame as JSON, the way
 * the receiver would read it (standard time window for encrypted frames, against --now or the clock).
 * Exit 0 for a valid frame, 1 for a rejected one, 2 for bad arguments. The key is never printed.
 */
public final class DecodeCommand {

    static final int VALID = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: decode [--key KEY [--key-format hex|text]] [--now ISO-INSTANT] 'FRAME'
              FRAME        a DC-09 frame as text, e.g. 'F4B5003B"SIA-DCS"0001R1L1#1234[#1234|Nri1/BA01]_12:00:00,01-15-2025';
                           the leading LF and trailing CR are optional, real or written as \\n and \\r
              --key        AES key of the account (needed for encrypted frames)
              --key-format hex (default: 32/48/64 hex digits) or text (16/24/32 characters, as Ajax panels take it)
              --now        receiver time for the +20/-40 s window, e.g. 2025-01-15T12:00:00Z (default: now)""";

    private DecodeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("decode: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        byte[] frameBytes = arguments.frame().getBytes(ISO_8859_1);
        try {
            Dc09Frame frame = Dc09MessageDecoder.readFrame(frameBytes);
            Dc09Message message = Dc09MessageDecoder.open(frame, arguments.key(), arguments.now(), TimeWindow.STANDARD, false);
            out.println(valid(message));
            return VALID;
        } catch (Dc09Exception e) {
            out.println(new Json().beginObject()
                    .field("valid", false)
                    .field("rejection", e.rejection().name())
                    .field("reply", e.rejection().reply().name())
                    .field("reason", e.getMessage())
                    .endObject());
            return REJECTED;
        }
    }

    private static String valid(Dc09Message message) {
        Dc09Frame frame = message.frame();
        Json json = new Json().beginObject()
                .field("valid", true)
                .field("crcFormat", frame.crcFormat().name())
                .field("token", frame.token())
                .field("encrypted", frame.encrypted())
                .field("sequence", frame.sequence())
                .field("receiver", frame.receiver())
                .field("line", frame.line())
                .field("account", frame.account())
                .field("header", frame.header())
                .field("data", message.data());
        json.beginArray("extended");
        for (String block : message.extended()) {
            json.element(block);
        }
        json.endArray()
                .field("timestamp", message.timestamp() == null ? null : message.timestamp().toString())
                .field("linkTest", message.isLinkTest());
        List<AlarmEvent> events = EventDecoder.decode(message);
        json.beginArray("events");
        for (AlarmEvent event : events) {
            json.beginObject()
                    .field("format", event.format().name())
                    .field("code", event.code())
                    .field("meaning", event.meaning())
                    .field("category", event.category().name())
                    .field("restore", event.restore())
                    .field("known", event.known())
                    .field("zone", event.zone())
                    .field("user", event.user())
                    .field("partition", event.partition())
                    .field("text", event.text())
                    .field("raw", event.raw())
                    .endObject();
        }
        return json.endArray().endObject().toString();
    }

    private record Arguments(String frame, AesKey key, Instant now) {

        static Arguments parse(String[] args) {
            String frame = null;
            String key = null;
            String keyFormat = null;
            Instant now = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--key" -> key = value(args, ++i, arg);
                    case "--key-format" -> keyFormat = value(args, ++i, arg);
                    case "--now" -> now = instant(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (frame != null) {
                            throw new IllegalArgumentException("only one frame, please (quote it)");
                        }
                        frame = arg;
                    }
                }
            }
            if (frame == null) {
                throw new IllegalArgumentException("no frame given");
            }
            if (keyFormat != null && key == null) {
                throw new IllegalArgumentException("--key-format needs --key");
            }
            return new Arguments(wrap(frame), key == null ? null : key(key, keyFormat), now == null ? Instant.now() : now);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static Instant instant(String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--now must be an ISO instant such as 2025-01-15T12:00:00Z, not '" + text + "'");
            }
        }

        private static AesKey key(String key, String format) {
            KeyFormat keyFormat;
            if (format == null || format.equalsIgnoreCase("hex")) {
                keyFormat = KeyFormat.HEX;
            } else if (format.equalsIgnoreCase("text")) {
                keyFormat = KeyFormat.TEXT;
            } else {
                throw new IllegalArgumentException("--key-format is hex or text, not '" + format + "'");
            }
            try {
                return AesKey.parse(key, keyFormat);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--key: " + e.getMessage());
            }
        }

        // Shells make a real LF/CR awkward to type, so the escapes count too, and both are optional.
        private static String wrap(String frame) {
            String s = frame;
            if (s.startsWith("\\n")) {
                s = s.substring(2);
            } else if (s.startsWith("\n")) {
                s = s.substring(1);
            }
            if (s.endsWith("\\r")) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("\r")) {
                s = s.substring(0, s.length() - 1);
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0xFF) {
                    throw new IllegalArgumentException("the frame holds a character beyond ISO-8859-1 at position " + (i + 1));
                }
            }
            return "\n" + s + "\r";
        }
    }
}
