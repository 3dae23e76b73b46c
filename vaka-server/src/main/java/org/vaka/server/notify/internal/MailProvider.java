package org.vaka.server.notify.internal;

/** Sends one e-mail. Answers with the outcome rather than throwing: every attempt ends up in the delivery log. */
interface MailProvider {

    Delivery send(String address, String subject, String text);

    /** Where the messages go, for the startup log; never a credential. */
    String describe();
}
