package org.vaka.sim;

import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;

/**
 * The frames one panel sends: SIA-DCS, receiver 0, line 0, its everyday events, timestamped. Plain frames come from
 * precomputed templates; encrypted ones are encoded afresh each time because every *SIA-DCS needs a new random pad
 * (identical plaintexts would otherwise give identical ciphertexts).
 */
final class PanelFrames {

    private final String account;
    private final int rotationStart;
    private final AesKey key;
    private final PlainFrameTemplate[] templates;

    PanelFrames(String account, int rotationStart, AesKey key) {
        this.account = account;
        this.rotationStart = rotationStart;
        this.key = key;
        if (key == null) {
            templates = new PlainFrameTemplate[EverydayEvents.ROTATION.size()];
            for (int i = 0; i < templates.length; i++) {
                templates[i] = new PlainFrameTemplate(account, EverydayEvents.data(account, rotationStart + i));
            }
        } else {
            templates = null;
        }
    }

    String account() {
        return account;
    }

    AesKey key() {
        return key;
    }

    /**
     * The frame of the panel's {@code messageNumber}-th event. For plain frames the returned array belongs to a
     * template and stays valid until the next call for the same event, which is all a one-frame-in-flight panel needs.
     */
    byte[] frame(long messageNumber, int sequence, long epochSecond, UtcTimestampText clockText,
                 RandomGenerator padSource) {
        int slot = (int) (messageNumber % EverydayEvents.ROTATION.size());
        if (templates != null) {
            return templates[slot].stamp(sequence, clockText.of(epochSecond));
        }
        Dc09Outgoing message = new Dc09Outgoing("SIA-DCS", sequence, "0", "0", account,
                EverydayEvents.data(account, rotationStart + slot), List.of(), Instant.ofEpochSecond(epochSecond));
        return Dc09Encoder.encode(message, key, padSource);
    }
}
