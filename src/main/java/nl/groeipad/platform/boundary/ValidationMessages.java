package nl.groeipad.platform.boundary;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groeipad.platform.entity.Language;

/**
 * Bean Validation messages in the request's language. Constraints on request records name their message by key
 * ({@code @NotBlank(message = "{title.required}")}); the texts live in {@code ValidationMessages.properties} (Dutch,
 * the default) and {@code ValidationMessages_en.properties}, with the constraint's attributes as parameters
 * ({@code "Hoogstens {max} tekens."}).
 *
 * <p>The validator interpolated the message already, but in the server's default locale; here the template is
 * interpolated again in the language of the request. Dutch is the base bundle itself, looked up without falling back
 * to the server's locale (on an English server a Dutch request would otherwise read English). A template that is no
 * key of these files (a provider's built-in message) keeps the validator's text.
 */
final class ValidationMessages {

    static final String BUNDLE = "ValidationMessages";
    private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ValidationMessages() {
    }

    static String of(ConstraintViolation<?> violation, Language language) {
        var attributes = violation.getConstraintDescriptor() == null ? Map.<String, Object>of()
                : violation.getConstraintDescriptor().getAttributes();
        return interpolate(violation.getMessageTemplate(), attributes, language).orElse(violation.getMessage());
    }

    /** The template ({@code "{key}"}) in the language, with {@code {attribute}}s filled in; empty for an unknown key. */
    static Optional<String> interpolate(String template, Map<String, Object> attributes, Language language) {
        if (template == null) {
            return Optional.empty();
        }
        var key = KEY.matcher(template);
        if (!key.matches()) {
            return Optional.of(fill(template, attributes));
        }
        return text(key.group(1), language).map(text -> fill(text, attributes));
    }

    private static Optional<String> text(String key, Language language) {
        try {
            var bundle = ResourceBundle.getBundle(BUNDLE, language == Language.NL ? Locale.ROOT : language.locale(),
                    ValidationMessages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String fill(String text, Map<String, Object> attributes) {
        var parameter = KEY.matcher(text);
        var out = new StringBuilder();
        while (parameter.find()) {
            var value = attributes.get(parameter.group(1));
            parameter.appendReplacement(out, Matcher.quoteReplacement(value == null ? parameter.group() : String.valueOf(value)));
        }
        parameter.appendTail(out);
        return out.toString();
    }
}
