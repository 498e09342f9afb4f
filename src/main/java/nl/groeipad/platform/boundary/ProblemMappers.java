package nl.groeipad.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.Forbidden;
import nl.groeipad.platform.entity.Problems.GroeipadProblem;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Problems.PreconditionRequired;
import nl.groeipad.platform.entity.Problems.StaleVersion;
import nl.groeipad.platform.entity.Problems.TooLarge;
import nl.groeipad.platform.control.UniqueKeyViolation;
import nl.groeipad.platform.entity.Problems.Unauthenticated;
import nl.groeipad.platform.entity.Language;
import nl.groeipad.platform.entity.Text;

/**
 * Every error of the JSON API becomes an RFC 9457 problem: 400 with per-field errors, 401/403 for access,
 * 404 for unknown ids, 409 for business rejections, for a unique key that refused a racing request and for other
 * races the database settled (lost optimistic lock, lock timeout, deadlock), 412/428 for changes on a stale or
 * unnamed version (optimistic concurrency, see {@code Precondition}), 413 for uploads over a documented limit, and 500 with a correlation id and no stack
 * trace for everything else (a NOT NULL or foreign-key violation is a bug).
 * Every text of one answer is in one language, the request's ({@link RequestLanguage}): problem texts, and Bean
 * Validation messages by key from {@code ValidationMessages.properties} / {@code ValidationMessages_en.properties}.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        return problemFor(failure).at(path()).toResponse();
    }

    Problem problemFor(Throwable failure) {
        var language = RequestLanguage.of(headers);
        return switch (failure) {
            case InvalidField f -> Problem.of(f.type(), title(language, "Ongeldige invoer", "Invalid request"), 400,
                    f.text().in(language)).withErrors(List.of(new Problem.FieldError(f.field(), f.text().in(language))));
            case NotFound f -> domain(f, 404, language, "Niet gevonden", "Not found");
            case Forbidden f -> domain(f, 403, language, "Niet toegestaan", "Forbidden");
            case Unauthenticated f -> domain(f, 401, language, "Niet aangemeld", "Not signed in");
            case Conflict f -> domain(f, 409, language, "Dat kan niet", "Not possible");
            case PreconditionRequired f -> domain(f, 428, language, "Welke versie zag je?", "Which version did you see?");
            case StaleVersion f -> domain(f, 412, language, "Iemand anders heeft dit net veranderd",
                    "Someone else just changed this").withCurrent(f.currentVersion(), f.current());
            case TooLarge f -> domain(f, 413, language, "Te groot", "Too large");
            case GroeipadProblem f -> domain(f, 422, language, "Dat kan niet", "Not possible");
            case ConstraintViolationException v -> invalid(v, language);
            case JsonbException j -> unreadable(language);
            case ProcessingException p when p.getCause() instanceof JsonbException -> unreadable(language);
            case WebApplicationException w when w.getCause() instanceof JsonbException -> unreadable(language);
            case WebApplicationException w -> http(w.getResponse().getStatus(), language);
            case Throwable t when UniqueKeyViolation.in(t) || lostARace(t) -> raced(t, language);
            default -> unexpected(failure, language);
        };
    }

    private Problem domain(GroeipadProblem problem, int status, Language language, String nl, String en) {
        return Problem.of(problem.type(), title(language, nl, en), status, problem.text().in(language));
    }

    private Problem invalid(ConstraintViolationException violations, Language language) {
        var errors = violations.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), ValidationMessages.of(v, language)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of("invalid-request", title(language, "Ongeldige invoer", "Invalid request"), 400,
                title(language, "Controleer de gemarkeerde velden.", "Please check the marked fields.")).withErrors(errors);
    }

    private Problem unreadable(Language language) {
        return Problem.of("unreadable-body", title(language, "Ongeldige invoer", "Invalid request"), 400,
                title(language, "De gegevens zijn geen geldige JSON in de verwachte vorm.",
                        "The body is not valid JSON of the expected shape."));
    }

    private Problem http(int status, Language language) {
        return switch (status) {
            case 404 -> Problem.of("not-found", title(language, "Niet gevonden", "Not found"), 404,
                    title(language, "Dit adres bestaat niet.", "This address does not exist."));
            case 405 -> Problem.of("method-not-allowed", title(language, "Niet toegestaan", "Method not allowed"), 405, null);
            case 406, 415 -> Problem.of("unsupported-media-type",
                    title(language, "Verkeerd gegevensformaat", "Unsupported media type"), status,
                    title(language, "Stuur en vraag JSON.", "Send and accept JSON."));
            default -> status >= 500 ? unexpected(null, language)
                    : Problem.of("bad-request", title(language, "Ongeldig verzoek", "Bad request"), status, null);
        };
    }

    /**
     * A unique key refused a row at commit — two requests raced to create the same thing (a second plan, the same
     * copy) — or the database settled another race ({@link #lostARace}): the data stayed right and the caller may
     * simply look again. An expected case: one log line, no stack trace.
     */
    private Problem raced(Throwable failure, Language language) {
        LOG.fine(() -> "The database settled a race between two requests: " + failure);
        return Problem.of("concurrent-change", title(language, "Dat kan niet", "Not possible"), 409,
                title(language, "Iemand anders deed dit net tegelijk. Laad de pagina opnieuw en kijk wat er nu staat.",
                        "Someone else did this at the same moment. Reload the page and check what is there now."));
    }

    /** A bug or an outage: logged at SEVERE with a correlation id that the person can pass on; no stack trace out. */
    private Problem unexpected(Throwable failure, Language language) {
        var correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure [correlationId=" + correlationId + "]", failure);
        return Problem.of("internal-error", title(language, "Er ging iets mis", "Something went wrong"), 500,
                title(language, "Probeer het later opnieuw. Blijft het misgaan? Noem deze code aan de beheerder: ",
                        "Please try again later. If it keeps failing, give this code to your administrator: ")
                        + correlationId).withCorrelationId(correlationId);
    }

    /**
     * Two transactions met on the same rows and the database or JPA gave up on one of them: a version changed
     * under it (optimistic lock), it waited too long for a row lock, or it was chosen as a deadlock victim. The
     * data stayed right; the caller may simply try again, so the answer is 409 rather than 500.
     */
    static boolean lostARace(Throwable failure) {
        return nl.groeipad.platform.control.TransactionConflict.in(failure);
    }

    /**
     * The field as the JSON body names it, from the request record down: {@code create.arg0.issuer} is
     * {@code issuer}, {@code create.arg0.goals[0].title} is {@code goals[0].title}, and a null inside a list
     * ({@code create.arg0.goals[0].<list element>}) is {@code goals[0]}.
     */
    static String field(ConstraintViolation<?> violation) {
        var field = new StringBuilder();
        for (var node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE, BEAN -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (field.isEmpty()) {
            // a parameter itself (a missing body, a query parameter): its name as the path ends
            var path = violation.getPropertyPath().toString();
            var dot = path.lastIndexOf('.');
            return dot >= 0 ? path.substring(dot + 1) : path;
        }
        return field.toString();
    }

    private static String title(Language language, String nl, String en) {
        return new Text(nl, en).in(language);
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
