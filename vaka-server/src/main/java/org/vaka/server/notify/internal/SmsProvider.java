package org.vaka.server.notify.internal;

/** Sends one SMS. Answers with the outcome rather than throwing: every attempt ends up in the delivery log. */
interface SmsProvider {

    Delivery send(String phone, String text);

    /** Where the messages go, for the startup log; never a credential. */
    String describe();
}
