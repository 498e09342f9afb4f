package nl.groeipad.credential.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.credential.entity.Achieved;
import nl.groeipad.credential.entity.Credential;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The DejaVu fonts of a certificate are parsed once and shared, yet every PDF embeds its own subset: each one, in a
 * row or at the same time, is a valid PDF whose text reads back with the characters of that certificate.
 */
class CertificatePdfFontsTest {

    private static Credential certificate(String participant, String competency, String message) {
        return Credential.issue(
                new Credential.Recipient("c0000000-0000-0000-0000-000000000001", "u0000000-0000-0000-0000-000000000001",
                        participant, null),
                new Credential.Subject("route", "r0000000-0000-0000-0000-000000000001", "Starten in de groenvoorziening",
                        null, null, "33bf07cf-48aa-43c1-b27d-e4900d3d3cba", "Werknemersvaardigheden",
                        List.of(new Achieved("572afc48-5b47-45f7-a167-1103f8709b32", null, competency, Level.B))),
                new Credential.Issuer("u0000000-0000-0000-0000-000000000002", "Karel Coach", "Groenbedrijf Noord",
                        OpenBadgesTest.URLS.base()),
                message, Instant.parse("2026-12-06T10:00:00Z"));
    }

    /** Reads the PDF back: every font embedded (the DejaVu subset), and the text as extracted. */
    private static String readBack(byte[] bytes) throws Exception {
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var resources = pdf.getPage(0).getResources();
            var fonts = new ArrayList<PDFont>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
                assertThat(((PDType0Font) font).getDescendantFont().isEmbedded()).isTrue();
            });
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theFontsAreParsedOnceForEveryCertificate() {
        var first = CertificatePdf.Fonts.REGULAR;

        CertificatePdf.render(certificate("Sanne de Vries", "Veilig werken", null), "nl", Color.BLACK, "https://x.example/1");
        CertificatePdf.render(certificate("Zoë Çelik", "Reëel plannen", null), "nl", Color.BLACK, "https://x.example/2");

        assertThat(CertificatePdf.Fonts.REGULAR).isSameAs(first);
        assertThat(CertificatePdf.Fonts.BOLD).isNotSameAs(CertificatePdf.Fonts.REGULAR);
    }

    @Test
    void twoPdfsInARowEachEmbedTheFontWithTheirOwnCharacters() throws Exception {
        var first = CertificatePdf.render(certificate("Sanne de Vries", "Veilig werken", "Goed gedaan!"), "nl",
                new Color(0x0A6B4F), "https://groeipad.example/v/1");
        var second = CertificatePdf.render(certificate("Zoë Çelik-Hähnel", "Reëel plannen", "Één dag extra, ’t lukt!"),
                "en", Color.BLACK, "https://groeipad.example/v/2");

        var firstText = readBack(first);
        var secondText = readBack(second);

        assertThat(firstText).contains("Sanne de Vries", "Veilig werken: Niveau B", "Goed gedaan!").doesNotContain("?");
        assertThat(secondText).contains("Zoë Çelik-Hähnel", "Reëel plannen: Level B", "Één dag extra, ’t lukt!")
                .doesNotContain("?", "Sanne");
    }

    @Test
    void certificatesMadeAtTheSameTimeShareTheFontsSafely() throws Exception {
        var names = List.of("Zoë Çelik", "René Baïssa", "Anaïs Brontë", "Joël Ñúñez", "Maël Øster", "Chloë Łucja");
        try (var pool = Executors.newFixedThreadPool(4)) {
            var jobs = new ArrayList<Callable<String>>();
            for (var name : names) {
                jobs.add(() -> readBack(CertificatePdf.render(certificate(name, "Samenwerken", "Voor " + name), "nl",
                        Color.BLACK, "https://groeipad.example/v/" + name.length())));
            }
            var results = pool.invokeAll(jobs);
            for (int i = 0; i < names.size(); i++) {
                assertThat(results.get(i).get()).contains(names.get(i), "Voor " + names.get(i), "Samenwerken: Niveau B")
                        .doesNotContain("?");
            }
        }
    }
}
