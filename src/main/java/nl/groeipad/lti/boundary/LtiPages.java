package nl.groeipad.lti.boundary;

import static nl.groeipad.platform.boundary.Html.escape;
import static nl.groeipad.platform.boundary.Html.jsString;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
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
                jsString(authUrl), jsString("groeipad_state_" + state), jsString(secret));
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
                jsString("groeipad_state_" + state));
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

    static Response deepLinkingChoice(String language, String returnUrl, String jwt) {
        var t = new Text("Groeipad toevoegen", "Add Groeipad").in(language);
        var body = """
                <div class="notice">
                <h1>%s</h1>
                <p class="lead">%s</p>
                <form method="post" action="%s">
                <input type="hidden" name="JWT" value="%s">
                <button type="submit" class="button">%s</button>
                </form>
                </div>
                """.formatted(escape(t),
                escape(new Text("Voeg Groeipad toe aan deze cursus. Deelnemers zien dan hun plan, hun taken en hun voortgang.",
                        "Add Groeipad to this course. Participants then see their plan, tasks and progress.").in(language)),
                escape(returnUrl), escape(jwt),
                escape(new Text("Toevoegen aan de cursus", "Add to the course").in(language)));
        return html(200, Html.page(language, t, body));
    }

    static Response html(int status, String page) {
        return Response.status(status).type(HTML).entity(page).header("Cache-Control", "no-store").build();
    }
}
