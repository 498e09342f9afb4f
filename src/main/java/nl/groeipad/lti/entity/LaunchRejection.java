package nl.groeipad.lti.entity;

import nl.groeipad.platform.entity.Text;

/**
 * A launch or login that Groeipad refuses. {@link Reason} names the exact rule for the log; the person sees
 * a short, friendly text saying what went wrong and whom to ask.
 */
public class LaunchRejection extends Exception {

    private static final Text ASK_ADMIN = new Text(
            "Probeer het nog een keer vanuit je cursus. Lukt het niet? Vraag dan de beheerder van je leeromgeving om hulp.",
            "Please try again from your course. If it still fails, ask the administrator of your learning platform for help.");
    private static final Text ASK_AGAIN = new Text(
            "Ga terug naar je cursus en open Groeipad opnieuw.",
            "Go back to your course and open Groeipad again.");

    /** Each rule a login or launch can break, with the page text a person sees. */
    public enum Reason {
        UNKNOWN_REGISTRATION(400, "Deze leeromgeving is niet bij Groeipad bekend.",
                "This learning platform is not known to Groeipad.", ASK_ADMIN),
        MISSING_PARAMETER(400, "Er ontbreken gegevens om Groeipad te openen.",
                "Some information needed to open Groeipad is missing.", ASK_ADMIN),
        STATE_UNKNOWN(400, "Deze link is verlopen of al gebruikt.", "This link has expired or was already used.", ASK_AGAIN),
        BROWSER_MISMATCH(401, "We konden niet controleren dat je in dezelfde browser bent gebleven.",
                "We could not check that you stayed in the same browser.",
                new Text("Open Groeipad opnieuw vanuit je cursus. Sta cookies toe voor deze site, of open Groeipad in een nieuw venster.",
                        "Open Groeipad again from your course. Allow cookies for this site, or open Groeipad in a new window.")),
        TOKEN_TOO_LARGE(400, "Het bericht van je leeromgeving is te groot.", "The message from your platform is too large.", ASK_ADMIN),
        TOKEN_MALFORMED(400, "Het bericht van je leeromgeving is niet leesbaar.", "The message from your platform cannot be read.", ASK_ADMIN),
        ALGORITHM_NOT_ALLOWED(401, "Het bericht van je leeromgeving is niet goed beveiligd.",
                "The message from your platform is not signed as required.", ASK_ADMIN),
        KEY_ID_MISSING(401, "Het bericht van je leeromgeving is niet goed beveiligd.",
                "The message from your platform is not signed as required.", ASK_ADMIN),
        KEY_UNKNOWN(401, "We konden de handtekening van je leeromgeving niet controleren.",
                "We could not check your platform's signature.", ASK_ADMIN),
        SIGNATURE_INVALID(401, "De handtekening van het bericht klopt niet.", "The message signature is not valid.", ASK_ADMIN),
        ISSUER_MISMATCH(401, "Het bericht komt niet van de verwachte leeromgeving.",
                "The message does not come from the expected platform.", ASK_ADMIN),
        AUDIENCE_MISMATCH(401, "Het bericht is niet voor Groeipad bedoeld.", "The message is not meant for Groeipad.", ASK_ADMIN),
        AUTHORIZED_PARTY_MISMATCH(401, "Het bericht is niet voor Groeipad bedoeld.", "The message is not meant for Groeipad.", ASK_ADMIN),
        EXPIRED(401, "Het bericht is verlopen.", "The message has expired.", ASK_AGAIN),
        ISSUED_IN_FUTURE(401, "De klok van je leeromgeving loopt niet gelijk.", "Your platform's clock is out of step.", ASK_ADMIN),
        ISSUED_TOO_LONG_AGO(401, "Het bericht is te oud.", "The message is too old.", ASK_AGAIN),
        NONCE_MISSING(401, "Het bericht is niet goed beveiligd.", "The message is not protected as required.", ASK_ADMIN),
        NONCE_MISMATCH(401, "Het bericht hoort niet bij deze aanmelding.", "The message does not belong to this sign-in.", ASK_AGAIN),
        NONCE_REPLAYED(401, "Dit bericht is al een keer gebruikt.", "This message was already used.", ASK_AGAIN),
        VERSION_UNSUPPORTED(400, "Deze LTI-versie wordt niet ondersteund.", "This LTI version is not supported.", ASK_ADMIN),
        MESSAGE_TYPE_UNSUPPORTED(400, "Dit soort bericht kan Groeipad niet openen.", "Groeipad cannot open this kind of message.", ASK_ADMIN),
        DEPLOYMENT_UNKNOWN(403, "Deze installatie van Groeipad is niet bekend.",
                "This deployment of Groeipad is not known.", ASK_ADMIN),
        SUBJECT_MISSING(400, "We weten niet wie je bent.", "We do not know who you are.", ASK_ADMIN),
        RESOURCE_LINK_MISSING(400, "Er ontbreken gegevens over de activiteit.", "Information about the activity is missing.", ASK_ADMIN),
        DEEP_LINKING_SETTINGS_MISSING(400, "Er ontbreken gegevens om inhoud te kiezen.",
                "Information needed to choose content is missing.", ASK_ADMIN),
        DEEP_LINKING_NOT_ALLOWED(403, "Alleen een docent of begeleider kan Groeipad aan een cursus toevoegen.",
                "Only a teacher or coach can add Groeipad to a course.",
                new Text("Vraag de docent van je cursus om Groeipad toe te voegen.",
                        "Ask the teacher of your course to add Groeipad.")),
        DEEP_LINKING_TYPE_NOT_ACCEPTED(400, "Op deze plek kan Groeipad geen activiteit toevoegen.",
                "Groeipad cannot add an activity here.", ASK_ADMIN),
        ROLES_MISSING(400, "Er ontbreken gegevens over je rol.", "Information about your role is missing.", ASK_ADMIN);

        private final int status;
        private final Text what;
        private final Text whomToAsk;

        Reason(int status, String nl, String en, Text whomToAsk) {
            this.status = status;
            this.what = new Text(nl, en);
            this.whomToAsk = whomToAsk;
        }

        public int status() {
            return status;
        }

        public Text what() {
            return what;
        }

        public Text whomToAsk() {
            return whomToAsk;
        }
    }

    private final Reason reason;
    private Restart restart;

    /**
     * The login this launch came from, to start it again top-level when the browser would not keep our cookie in
     * the platform's frame (issue 8 §14). Only ever built from our own login state.
     */
    public record Restart(String issuer, String loginHint, String messageHint, String targetLinkUri, String clientId,
                          String deploymentId) {
    }

    public LaunchRejection(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public LaunchRejection(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public LaunchRejection restartableAs(Restart login) {
        this.restart = login;
        return this;
    }

    public java.util.Optional<Restart> restart() {
        return java.util.Optional.ofNullable(restart);
    }
}
