package org.vaka.server.notify.internal;

/**
 * What came of handing one message to a provider. {@code detail} is what the provider answered, or the error; it is
 * shown to staff, so it never carries credentials.
 */
record Delivery(Outcome outcome, String detail) {

    enum Outcome {
        /** The provider took the message. */
        SENT,
        /** It may work later: the provider was unreachable, slow, or said so (5xx, 429). */
        RETRY,
        /** It will never work as it is (an invalid recipient, a 4xx): trying again would only repeat the refusal. */
        REFUSED
    }

    static Delivery sent(String detail) {
        return new Delivery(Outcome.SENT, detail);
    }

    static Delivery retry(String detail) {
        return new Delivery(Outcome.RETRY, detail);
    }

    static Delivery refused(String detail) {
        return new Delivery(Outcome.REFUSED, detail);
    }
}
