package org.vaka.server.identity;

import org.springframework.security.authentication.BadCredentialsException;

/** The password was right (or was checked a step earlier) but the code was not; it counts as a failed sign-in. */
public class WrongTwoStepCodeException extends BadCredentialsException {

    public static final String MESSAGE = "Wrong verification code.";

    public WrongTwoStepCodeException() {
        super(MESSAGE);
    }
}
