package nl.groeipad.credential.boundary;

import static nl.groeipad.platform.boundary.Html.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.groeipad.credential.control.CredentialViews.VerificationView;
import nl.groeipad.platform.boundary.Html;
import nl.groeipad.platform.entity.Text;

/** The friendly verification page of a certificate: valid, revoked (when, why) or expired; what and by whom. */
final class VerificationPage {

    private VerificationPage() {
    }

    static String of(VerificationView v, String lang, String path) {
        var body = new StringBuilder();
        body.append("<section class=\"verification\" aria-labelledby=\"verification-title\">");
        body.append("<h1 id=\"verification-title\">").append(escape(t(lang, "Controle van een certificaat",
                "Certificate check"))).append("</h1>");
        var stateText = switch (v.state()) {
            case "valid" -> t(lang, "✓ Dit certificaat is echt en geldig.", "✓ This certificate is genuine and valid.");
            case "revoked" -> t(lang, "✗ Dit certificaat is ingetrokken.", "✗ This certificate has been revoked.");
            default -> t(lang, "✗ Dit certificaat is verlopen.", "✗ This certificate has expired.");
        };
        body.append("<p class=\"verification__state verification__state--").append(escape(v.state()))
                .append("\" role=\"status\" data-state=\"").append(escape(v.state())).append("\"><strong>")
                .append(escape(stateText)).append("</strong></p>");
        if (v.revokedAt() != null) {
            body.append("<p data-revoked-at=\"").append(escape(v.revokedAt().toString())).append("\">")
                    .append(escape(t(lang, "Ingetrokken op ", "Revoked on "))).append(escape(date(v.revokedAt(), lang)))
                    .append(". ").append(escape(t(lang, "Reden: ", "Reason: "))).append(escape(v.revocationReason()))
                    .append("</p>");
        }
        body.append("<dl class=\"verification__facts\">");
        fact(body, t(lang, "Certificaat voor", "Certificate for"), v.holder());
        fact(body, t(lang, "Route", "Route"), v.title());
        fact(body, t(lang, "Uitgegeven door", "Issued by"), v.issuer() + " (" + v.issuedBy() + ")");
        fact(body, t(lang, "Datum", "Date"), date(v.issuedAt(), lang));
        if (v.validUntil() != null) {
            fact(body, t(lang, "Geldig tot", "Valid until"), date(v.validUntil(), lang));
        }
        body.append("</dl>");
        body.append("<h2>").append(escape(t(lang, "Wat is bereikt", "What was achieved"))).append("</h2><ul>");
        for (var a : v.achieved()) {
            body.append("<li><strong>").append(escape(a.title())).append(": ").append(escape(a.levelName()))
                    .append("</strong>. ").append(escape(a.meaning())).append("</li>");
        }
        body.append("</ul>");
        body.append("<h2>").append(escape(t(lang, "Voor computers", "For computers"))).append("</h2><ul>");
        link(body, v.credential(), t(lang, "Open Badges 3.0 (ondertekend, VC-JWT)", "Open Badges 3.0 (signed, VC-JWT)"));
        link(body, v.assertion(), t(lang, "Open Badges 2.0 (voor een backpack)", "Open Badges 2.0 (for a backpack)"));
        body.append("</ul>");
        var other = "en".equals(lang) ? "nl" : "en";
        body.append("<p><a href=\"").append(escape(path)).append("?lang=").append(other).append("\" lang=\"")
                .append(other).append("\">").append("en".equals(lang) ? "Nederlands" : "English").append("</a></p>");
        body.append("</section>");
        return Html.page(lang, t(lang, "Controle van een certificaat", "Certificate check"), body.toString());
    }

    static String unknown(String lang) {
        return Html.page(lang, t(lang, "Certificaat niet gevonden", "Certificate not found"),
                "<h1>" + escape(t(lang, "Certificaat niet gevonden", "Certificate not found")) + "</h1><p>"
                        + escape(t(lang, "Dit adres hoort niet bij een certificaat. Kijk of je het goed hebt overgenomen.",
                        "This address does not belong to a certificate. Check that you copied it correctly."))
                        + "</p>");
    }

    private static void fact(StringBuilder body, String term, String value) {
        body.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    private static void link(StringBuilder body, String href, String label) {
        body.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(label)).append("</a></li>");
    }

    private static String date(Instant instant, String lang) {
        return instant.atZone(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.forLanguageTag("en".equals(lang) ? "en-GB" : "nl-NL")));
    }

    private static String t(String lang, String nl, String en) {
        return Text.of(nl, en).in(lang);
    }
}
