package nl.groeipad.credential.entity;

import java.util.Arrays;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/**
 * The scan or file of registered proof: a PDF, JPEG or PNG of at most 5 MB. What it is follows from its first bytes,
 * never from what the sender claims.
 */
public record Document(byte[] content, String mediaType) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The document in these bytes, or a rejection naming the field {@code document}. */
    public static Document of(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("Kies eerst een bestand.", "Choose a file first.");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("Dit bestand is te groot. Het mag hoogstens 5 MB zijn.",
                    "This file is too large. It may be at most 5 MB.");
        }
        var type = sniff(content);
        if (type == null) {
            throw invalid("Kies een PDF of een foto (JPEG of PNG).", "Choose a PDF or a photo (JPEG or PNG).");
        }
        return new Document(content.clone(), type);
    }

    static String sniff(byte[] b) {
        if (startsWith(b, PDF_SIGNATURE)) {
            return PDF;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (startsWith(b, PNG_SIGNATURE)) {
            return PNG;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static InvalidField invalid(String nl, String en) {
        return new InvalidField("document", new Text(nl, en));
    }
}
