package nl.groeipad.lti.entity;

import nl.groeipad.platform.entity.Text;

/** Dynamic registration could not be completed; the text tells the platform's administrator why. */
public class RegistrationFailure extends Exception {

    private final Text text;
    private final int status;

    public RegistrationFailure(int status, Text text, String detail) {
        super(detail);
        this.status = status;
        this.text = text;
    }

    public Text text() {
        return text;
    }

    public int status() {
        return status;
    }
}
