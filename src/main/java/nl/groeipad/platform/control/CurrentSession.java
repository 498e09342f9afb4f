package nl.groeipad.platform.control;

import jakarta.enterprise.context.RequestScoped;
import nl.groeipad.platform.entity.Problems.Unauthenticated;
import nl.groeipad.platform.entity.Session;
import nl.groeipad.platform.entity.Text;

/** The verified session of the current API request, set by the session-token filter. */
@RequestScoped
public class CurrentSession {

    /** What a person reads when their session token is missing or expired. */
    public static final Text EXPIRED = new Text("Je sessie is verlopen. Open Groeipad opnieuw vanuit je cursus.",
            "Your session has expired. Open Groeipad again from your course.");

    private Session session;

    public void set(Session verified) {
        this.session = verified;
    }

    public Session require() {
        if (session == null) {
            throw new Unauthenticated(EXPIRED);
        }
        return session;
    }
}
