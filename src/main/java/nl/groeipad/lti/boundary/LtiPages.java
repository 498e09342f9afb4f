package nl.groeipad.lti.boundary;

import static nl.groeipad.platform.boundary.Html.escape;
import static nl.groeipad.platform.boundary.Html.jsString;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.groeipad.lti.control.DeepLinking;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.platform.boundary.Html;
import nl.groeipad.platform.entity.Text;

/** The few server-rendered pages of the LTI flow: friendly errors, platform storage steps, registration, deep linking. */
final class LtiPages {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    private LtiPages() {
    }

    static Response rejected(LaunchRejection rejection, String language) {
        var reason = rejection.reason();
        return problemPage(reason.status(), language, reason.what(), reason.whomToAsk(),
                "LTI-" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    static Response problemPage(int status, String language, Text what, Text whomToAsk, String code) {
        var title = new Text("Groeipad kan niet openen", "Groeipad cannot open").in(language);
        var body = """
                <div class="notice" role="alert">
                <h1>%s</h1>
                <p class="lead">%s</p>
                <p>%s</p>
                <p class="muted">%s <code>%s</code></p>
                </div>
                """.formatted(escape(title), escape(what.in(language)), escape(whomToAsk.in(language)),
                escape(new Text("Code voor de beheerder:", "Code for the administrator:").in(language)), escape(code));
        return html(status, Html.page(language, title, body));
    }

    /**
     * Issue 8 §14: the browser did not keep our cookie inside the platform's frame. One big button starts the same
     * login again in a new, top-level window, where the cookie is first-party.
     */
    static Response openInNewWindow(LaunchRejection rejection, String language, String restartToken) {
        var reason = rejection.reason();
        var title = new Text("Groeipad kan hier niet openen", "Groeipad cannot open here").in(language);
        var body = """
                <div class="notice" role="alert">
                <h1>%s</h1>
                <p class="lead">%s</p>
                <p>%s</p>
                <form method="post" action="/lti/login/restart" target="_blank" rel="noopener" class="form">
                <input type="hidden" name="login" value="%s">
                <button type="submit" class="button button--big" id="open-new-window">%s</button>
                </form>
                <p>%s</p>
                <p class="muted">%s <code>LTI-browser-mismatch</code></p>
                </div>
                """.formatted(escape(title),
                escape(reason.what().in(language)),
                escape(new Text("Je browser laat Groeipad niet werken binnen deze pagina. Open Groeipad in een nieuw venster. Daar werkt het wel.",
                        "Your browser does not let Groeipad work inside this page. Open Groeipad in a new window. It works there.").in(language)),
                escape(restartToken),
                escape(new Text("Open Groeipad in een nieuw venster", "Open Groeipad in a new window").in(language)),
                escape(new Text("Gebeurt er niets? Ga terug naar je cursus en kies Groeipad opnieuw.",
                        "Nothing happens? Go back to your course and choose Groeipad again.").in(language)),
                escape(new Text("Code voor de beheerder:", "Code for the administrator:").in(language)));
        return html(reason.status(), Html.page(language, title, body));
    }

    static Response unexpected(String language) {
        var code = UUID.randomUUID().toString();
        return problemPage(400, language, new Text("Er ging iets mis bij het openen van Groeipad.",
                        "Something went wrong while opening Groeipad."),
                new Text("Probeer het later nog een keer. Lukt het niet? Geef de code hieronder aan de beheerder.",
                        "Please try again later. If it still fails, give the code below to your administrator."), code);
    }

    /**
     * LTI Client Side postMessages: put the binding secret in the platform's storage, then continue to the
     * platform's authorization endpoint. The cookie is set as well; if storage does not answer in time the
     * cookie alone must do.
     */
    static Response storeInPlatform(String authUrl, String storageTarget, String platformOrigin, String state,
                                    String secret, String setCookie) {
        var script = """
                (function () {
                  var target = %s === '_parent' ? window.parent : (window.parent.frames[%s] || window.parent);
                  var origin = %s, next = %s, id = 'gp-' + Math.random().toString(36).slice(2), done = false;
                  function go() { if (!done) { done = true; window.location.replace(next); } }
                  window.addEventListener('message', function (e) {
                    if (e.origin === origin && e.data && e.data.subject === 'lti.put_data.response' && e.data.message_id === id) { go(); }
                  });
                  try { target.postMessage({subject: 'lti.put_data', message_id: id, key: %s, value: %s}, origin); } catch (err) { go(); }
                  setTimeout(go, 2000);
                })();
                """.formatted(jsString(storageTarget), jsString(storageTarget), jsString(platformOrigin),
                jsString(authUrl), jsString("groeipad_state_" + BrowserBinding.tag(state)), jsString(secret));
        var body = "<p>Groeipad wordt geopend…</p><p><a href=\"" + escape(authUrl) + "\">Verder</a></p><script>"
                + script + "</script>";
        return Response.ok(Html.page("nl", "Groeipad", body), HTML).header("Set-Cookie", setCookie)
                .header("Cache-Control", "no-store").build();
    }

    /** No cookie came back: read the binding from the platform's storage and post the launch again. */
    static Response readFromPlatform(String idToken, String state, String storageTarget, String platformOrigin) {
        var script = """
                (function () {
                  var target = %s === '_parent' ? window.parent : (window.parent.frames[%s] || window.parent);
                  var origin = %s, id = 'gp-' + Math.random().toString(36).slice(2), sent = false;
                  function post(value) {
                    if (sent) { return; } sent = true;
                    document.getElementById('binding').value = value || '';
                    document.getElementById('relaunch').submit();
                  }
                  window.addEventListener('message', function (e) {
                    if (e.origin === origin && e.data && e.data.subject === 'lti.get_data.response' && e.data.message_id === id) { post(e.data.value); }
                  });
                  try { target.postMessage({subject: 'lti.get_data', message_id: id, key: %s}, origin); } catch (err) { post(''); }
                  setTimeout(function () { post(''); }, 2000);
                })();
                """.formatted(jsString(storageTarget), jsString(storageTarget), jsString(platformOrigin),
                jsString("groeipad_state_" + BrowserBinding.tag(state)));
        var body = """
                <p>Groeipad wordt geopend…</p>
                <form id="relaunch" method="post" action="/lti/launch">
                <input type="hidden" name="id_token" value="%s">
                <input type="hidden" name="state" value="%s">
                <input type="hidden" name="lti_storage_binding" id="binding" value="">
                <noscript><button type="submit">Verder</button></noscript>
                </form>
                <script>%s</script>
                """.formatted(escape(idToken), escape(state), script);
        return Response.ok(Html.page("nl", "Groeipad", body), HTML).header("Cache-Control", "no-store").build();
    }

    static Response registered(String language, String platformName) {
        var t = new Text("Groeipad is geregistreerd", "Groeipad is registered").in(language);
        var body = """
                <div class="notice">
                <h1>%s</h1>
                <p class="lead">%s</p>
                <p>%s</p>
                <p><button type="button" class="button" id="close">%s</button></p>
                </div>
                <script>
                (function () {
                  function close() { (window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*'); }
                  document.getElementById('close').addEventListener('click', close);
                  setTimeout(close, 15000);
                })();
                </script>
                """.formatted(escape(t),
                escape(new Text("Groeipad is toegevoegd aan " + platformName + ".",
                        "Groeipad has been added to " + platformName + ".").in(language)),
                escape(new Text("Let op: in Moodle staat de tool nu op ‘In afwachting’ (Pending). Ga naar Site-administratie → Plugins → Activiteitsmodules → Externe tool → Tools beheren en klik bij Groeipad op ‘Activeren’. Daarna kunnen docenten Groeipad aan een cursus toevoegen.",
                        "Note: Moodle lists the tool as ‘Pending’ now. Go to Site administration → Plugins → Activity modules → External tool → Manage tools and click ‘Activate’ on Groeipad. Teachers can then add Groeipad to a course.").in(language)),
                escape(new Text("Klaar – venster sluiten", "Done – close this window").in(language)));
        return html(200, Html.page(language, t, body));
    }

    /**
     * The deep-linking picker (issue 10 §4): the teacher chooses what the new activity opens — the participant's
     * home, one route, or the observation of one competency. The request travels signed in a hidden field.
     */
    static Response deepLinkingPicker(String language, String pending, DeepLinking.Options options) {
        var t = new Text("Wat opent deze activiteit?", "What does this activity open?").in(language);
        var body = new StringBuilder();
        body.append("<div class=\"notice\">\n<h1>").append(escape(t)).append("</h1>\n<p class=\"lead\">")
                .append(escape(new Text("Kies wat deelnemers zien als ze de activiteit in de cursus openen.",
                        "Choose what participants see when they open the activity in the course.").in(language)))
                .append("</p>\n<form method=\"post\" action=\"/lti/deep-linking\" class=\"form\" id=\"deep-linking\">\n")
                .append("<input type=\"hidden\" name=\"request\" value=\"").append(escape(pending)).append("\">\n");
        body.append(fieldset(new Text("Het hele groeipad", "The whole of Groeipad").in(language),
                choice("home", new Text("Mijn groeipad", "My Groeipad").in(language),
                        new Text("Het plan, de taken van vandaag en de voortgang van de deelnemer. Geen cijfer.",
                                "The participant's plan, today's tasks and progress. No grade.").in(language), true)));
        if (!options.routes().isEmpty()) {
            var routes = new StringBuilder();
            for (var route : options.routes()) {
                routes.append(choice("route:" + route.id(), route.title(), route.description(), false));
            }
            body.append(fieldset(new Text("Eén route (met een cijfer in het cijferboek)",
                    "One route (with a column in the gradebook)").in(language), routes.toString()));
        }
        for (var framework : options.frameworks()) {
            var competencies = new StringBuilder();
            for (var competency : framework.competencies()) {
                competencies.append(choice("competency:" + competency.key(),
                        (competency.code() == null || competency.code().isBlank() ? "" : competency.code() + " ")
                                + competency.title(), null, false));
            }
            body.append(fieldset(new Text("Observatie van één competentie (met een cijfer): ",
                    "Observation of one competency (with a grade): ").in(language) + framework.title(), competencies.toString()));
        }
        body.append("<button type=\"submit\" class=\"button button--big\">")
                .append(escape(new Text("Toevoegen aan de cursus", "Add to the course").in(language)))
                .append("</button>\n</form>\n</div>\n");
        return html(200, Html.page(language, t, body.toString()));
    }

    private static String fieldset(String legend, String choices) {
        return "<fieldset class=\"choices\">\n<legend>" + escape(legend) + "</legend>\n" + choices + "</fieldset>\n";
    }

    private static String choice(String value, String label, String hint, boolean checked) {
        return "<label class=\"choice\"><input type=\"radio\" name=\"choice\" value=\"" + escape(value) + "\""
                + (checked ? " checked" : "") + "><span><span class=\"choice__label\">" + escape(label) + "</span>"
                + (hint == null || hint.isBlank() ? "" : "<span class=\"choice__hint\">" + escape(hint) + "</span>")
                + "</span></label>\n";
    }

    /** The signed LtiDeepLinkingResponse, posted to the platform at once (a button when scripts do not run). */
    static Response deepLinkingAnswer(String language, String returnUrl, String jwt, String title) {
        var t = new Text("Groeipad wordt toegevoegd", "Adding Groeipad").in(language);
        var body = """
                <div class="notice">
                <h1>%s</h1>
                <p class="lead">%s</p>
                <form method="post" action="%s" id="answer">
                <input type="hidden" name="JWT" value="%s">
                <button type="submit" class="button button--big">%s</button>
                </form>
                </div>
                <script>document.getElementById('answer').submit();</script>
                """.formatted(escape(t), escape(title), escape(returnUrl), escape(jwt),
                escape(new Text("Verder naar de cursus", "Back to the course").in(language)));
        return html(200, Html.page(language, t, body));
    }

    static Response html(int status, String page) {
        return Response.status(status).type(HTML).entity(page).header("Cache-Control", "no-store").build();
    }
}
