package nl.groeipad.credential.control;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.groeipad.credential.entity.Credential;
import nl.groeipad.platform.entity.Text;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A certificate as a one-page A4 PDF: the organisation's name on a band in its theme colour, the participant's name,
 * the route, the competencies and levels reached in plain words (Dutch, or English on request), the coach's message,
 * the date and issuer, a signature line and a QR code to the public verification page. Black text on white and a
 * dark band with white text, so it stays readable printed in black and white.
 *
 * <p>Tagged PDF: every piece of text is marked content in a structure tree (Document, H1, P, L/LI, Figure with
 * alternative text for the QR code), decoration is an artifact, the document language is set ({@code nl-NL} or
 * {@code en-GB}), MarkInfo says it is tagged and viewers show the title. The fonts (DejaVu Sans, regular and bold)
 * are embedded as subsets, so every character of Dutch and English shows as itself (a character they lack becomes
 * "?"); XMP metadata carries dc:title and the PDF/UA-1 identification ({@code pdfuaid:part} 1). Not checked with a
 * PDF/UA validator (veraPDF / PAC): "PDF/UA" is what we aim at, not a certified claim.
 */
public final class CertificatePdf {

    private static final float MARGIN = 56;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final PDDocument doc = new PDDocument();
    private final PDPage page = new PDPage(PDRectangle.A4);

    private final PDFont regular;
    private final PDFont bold;
    private final PDStructureElement root;
    private final List<PDStructureElement> parents = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    private CertificatePdf(String language) {
        doc.addPage(page);
        try {
            // embedded (subset) TrueType fonts: every character of Dutch and English, on every machine alike. The
            // parsed fonts are shared; the PDType0Font (and its subset) belongs to this document alone.
            regular = PDType0Font.load(doc, Fonts.REGULAR, true);
            bold = PDType0Font.load(doc, Fonts.BOLD, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var catalog = doc.getDocumentCatalog();
        catalog.setLanguage("en".equals(language) ? "en-GB" : "nl-NL");
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        var tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        tree.appendKid(root);
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
    }

    /**
     * The DejaVu fonts, read from the build and parsed once, on first use, for every certificate after. A parsed
     * {@link TrueTypeFont} may be shared between documents and threads (FontBox reads its tables and glyphs under
     * its own locks, as PDFBox's own font cache does); it is never closed by a document, because each document gets
     * its own {@link PDType0Font} over it with {@code load(doc, ttf, true)}, which leaves the shared font open.
     */
    static final class Fonts {
        static final TrueTypeFont REGULAR = parse("DejaVuSans.ttf");
        static final TrueTypeFont BOLD = parse("DejaVuSans-Bold.ttf");

        private Fonts() {
        }

        private static TrueTypeFont parse(String name) {
            try (var in = CertificatePdf.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + name + " is missing from the build");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * PDF/UA-1 identification and the title in XMP metadata (dc:title, pdfuaid:part 1), next to the document
     * information dictionary.
     */
    private void metadata(String title, String lang, String author, Calendar created) throws IOException {
        var xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                      xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li><rdf:li xml:lang="%s">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <dc:format>application/pdf</dc:format>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:CreatorTool>Groeipad</xmp:CreatorTool>
                   <pdf:Producer>Groeipad (Apache PDFBox)</pdf:Producer>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(xml(title), lang, xml(title), xml(author), lang,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(((GregorianCalendar) created).toZonedDateTime()));
        var metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The logos on a certificate (PNG or JPEG bytes, checked when uploaded): the organisation's, the branch's; null when none. */
    public record Logos(byte[] organisation, byte[] branch) {
        public static final Logos NONE = new Logos(null, null);
    }

    /** The PDF of a certificate in "nl" or "en"; {@code verifyUrl} goes into the QR code. */
    public static byte[] render(Credential c, String language, Color theme, String verifyUrl) {
        return render(c, language, theme, verifyUrl, Logos.NONE);
    }

    /** The PDF of a certificate in "nl" or "en", with the logos of the organisation and (branch certificate) the branch. */
    public static byte[] render(Credential c, String language, Color theme, String verifyUrl, Logos logos) {
        var pdf = new CertificatePdf(language);
        try {
            return pdf.write(c, "en".equals(language) ? "en" : "nl", theme, verifyUrl, logos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Credential c, String lang, Color theme, String verifyUrl, Logos logos) throws IOException {
        var info = doc.getDocumentInformation();
        var title = t(lang, "Certificaat", "Certificate") + " – " + c.title() + " – " + c.participantName();
        info.setTitle(title);
        info.setAuthor(c.organisationName());
        info.setSubject(c.title());
        info.setCreator("Groeipad");
        var created = GregorianCalendar.from(c.issuedAt().atZone(ZONE));
        info.setCreationDate(created);
        info.setModificationDate((Calendar) created.clone());
        info.setProducer("Groeipad (Apache PDFBox)");
        metadata(title, "en".equals(lang) ? "en-GB" : "nl-NL", c.organisationName(), created);

        var width = page.getMediaBox().getWidth();
        var height = page.getMediaBox().getHeight();
        try (var stream = new PDPageContentStream(doc, page)) {
            out = stream;
            // the band with the organisation's name
            artifact(() -> {
                out.setNonStrokingColor(theme);
                out.addRect(0, height - 110, width, 110);
                out.fill();
            });
            y = height - 66;
            var bandText = logos.organisation() == null ? width - 2 * MARGIN : width - 2 * MARGIN - 150;
            text(StandardStructureTypes.P, bold, 22, Color.WHITE, c.organisationName(), bandText);
            if (logos.organisation() != null) {
                // on a white tile in the band, so it stays itself in colour and in black and white
                logo(logos.organisation(), width - MARGIN - 140, height - 100, 140, 90,
                        t(lang, "Logo van ", "Logo of ") + c.organisationName());
            }
            y = height - 170;
            var branch = c.branchIssuerId() != null;
            var headingWidth = branch && logos.branch() != null ? width - 2 * MARGIN - 130 : width - 2 * MARGIN;
            if (branch && logos.branch() != null) {
                logo(logos.branch(), width - MARGIN - 120, height - 215, 120, 80,
                        t(lang, "Logo van ", "Logo of ") + c.issuerName());
            }
            text(StandardStructureTypes.H1, bold, 34, Color.BLACK,
                    branch ? t(lang, "Branchecertificaat", "Branch certificate") : t(lang, "Certificaat", "Certificate"),
                    headingWidth);
            if (branch) {
                text(StandardStructureTypes.P, bold, 14, Color.BLACK, t(lang, "Namens ", "On behalf of ") + c.issuerName(),
                        headingWidth);
            }
            y -= 14;
            text(StandardStructureTypes.P, regular, 14, Color.BLACK, t(lang, "Dit certificaat is voor", "This certificate is for"),
                    width - 2 * MARGIN);
            text(StandardStructureTypes.P, bold, 26, Color.BLACK, c.participantName(), width - 2 * MARGIN);
            y -= 10;
            text(StandardStructureTypes.P, regular, 14, Color.BLACK,
                    t(lang, "voor de route", "for the route") + " \"" + c.title() + "\"", width - 2 * MARGIN);
            y -= 16;
            text(StandardStructureTypes.H2, bold, 16, Color.BLACK, t(lang, "Dit kun je", "What you can do"), width - 2 * MARGIN);
            var list = element(StandardStructureTypes.L, root);
            for (var a : c.achieved()) {
                var item = element(StandardStructureTypes.LI, list);
                textIn(item, StandardStructureTypes.L_BODY, bold, 13, Color.BLACK,
                        "• " + a.title() + ": " + LevelWords.name(a.level()).in(lang), width - 2 * MARGIN);
                textIn(item, StandardStructureTypes.L_BODY, regular, 12, Color.BLACK,
                        "  " + LevelWords.meaning(a.level()).in(lang), width - 2 * MARGIN);
                y -= 4;
            }
            if (c.message() != null) {
                y -= 10;
                text(StandardStructureTypes.H2, bold, 14, Color.BLACK,
                        t(lang, "Bericht van je begeleider", "A message from your coach"), width - 2 * MARGIN);
                text(StandardStructureTypes.P, regular, 12, Color.BLACK, c.message(), width - 2 * MARGIN);
            }
            // date, issuer, signature line; the QR code to the right
            var date = c.issuedAt().atZone(ZONE).format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                    Locale.forLanguageTag("en".equals(lang) ? "en-GB" : "nl-NL")));
            y = 210;
            var leftWidth = width - 2 * MARGIN - 160;
            text(StandardStructureTypes.P, regular, 12, Color.BLACK, t(lang, "Datum: ", "Date: ") + date, leftWidth);
            text(StandardStructureTypes.P, regular, 12, Color.BLACK,
                    t(lang, "Uitgegeven door: ", "Issued by: ") + c.recordedByName() + ", " + c.organisationName()
                            + (c.branchIssuerId() != null ? t(lang, ", namens ", ", on behalf of ") + c.issuerName() : ""),
                    leftWidth);
            y -= 46;
            artifact(() -> {
                out.setStrokingColor(Color.BLACK);
                out.setLineWidth(1f);
                out.moveTo(MARGIN, y);
                out.lineTo(MARGIN + 220, y);
                out.stroke();
            });
            y -= 16;
            text(StandardStructureTypes.P, regular, 10, Color.BLACK, t(lang, "Handtekening", "Signature"), leftWidth);
            qr(verifyUrl, width - MARGIN - 140, 90, 140, t(lang, "QR-code naar de controlepagina van dit certificaat: ",
                    "QR code to the verification page of this certificate: ") + verifyUrl);
            y = 70;
            text(StandardStructureTypes.P, regular, 9, Color.BLACK,
                    t(lang, "Controleer dit certificaat: ", "Check this certificate: ") + verifyUrl, width - 2 * MARGIN);
        }
        var parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        var array = new COSArray();
        parents.forEach(array::add);
        parentTree.setNumbers(Map.of(0, new PDParentTreeValue(array)));
        doc.getDocumentCatalog().getStructureTreeRoot().setParentTree(parentTree);
        doc.getDocumentCatalog().getStructureTreeRoot().setParentTreeNextKey(1);
        var bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        doc.close();
        return bytes.toByteArray();
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private void artifact(Drawing drawing) throws IOException {
        out.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        out.endMarkedContent();
    }

    private PDStructureElement element(String type, PDStructureElement parent) {
        var element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private void text(String type, PDFont font, float size, Color colour, String text, float maxWidth) throws IOException {
        textIn(root, type, font, size, colour, text, maxWidth);
    }

    /** Wrapped lines of text as one structure element of {@code type} under {@code parent}, from {@link #y} down. */
    private void textIn(PDStructureElement parent, String type, PDFont font, float size, Color colour, String text,
                        float maxWidth) throws IOException {
        var element = element(type, parent);
        var mcid = parents.size();
        var properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
        out.setNonStrokingColor(colour);
        for (var line : wrap(safe(font, text), font, size, maxWidth)) {
            y -= size * 1.25f;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
        }
        out.endMarkedContent();
        element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
        parents.add(element);
    }

    private void qr(String url, float x, float bottom, float size, String alt) throws IOException {
        var code = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        var figure = element(StandardStructureTypes.Figure, root);
        figure.setAlternateDescription(alt);
        var mcid = parents.size();
        var properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
        var border = 4;
        var module = size / (code.size + 2 * border);
        out.setNonStrokingColor(Color.WHITE);
        out.addRect(x, bottom, size, size);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < code.size; row++) {
            for (int col = 0; col < code.size; col++) {
                if (code.getModule(col, row)) {
                    out.addRect(x + (col + border) * module, bottom + size - (row + border + 1) * module, module, module);
                }
            }
        }
        out.fill();
        out.endMarkedContent();
        figure.appendKid(new PDMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), properties));
        parents.add(figure);
    }

    /** A logo, scaled to fit the box (keeping its proportions) on a white tile: a Figure with alternative text. */
    private void logo(byte[] bytes, float x, float bottom, float boxWidth, float boxHeight, String alt) throws IOException {
        var image = PDImageXObject.createFromByteArray(doc, bytes, "logo");
        var scale = Math.min((boxWidth - 8) / image.getWidth(), (boxHeight - 8) / image.getHeight());
        var w = image.getWidth() * scale;
        var h = image.getHeight() * scale;
        artifact(() -> {
            out.setNonStrokingColor(Color.WHITE);
            out.addRect(x, bottom, boxWidth, boxHeight);
            out.fill();
        });
        var figure = element(StandardStructureTypes.Figure, root);
        figure.setAlternateDescription(alt);
        var properties = new COSDictionary();
        properties.setInt(COSName.MCID, parents.size());
        out.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
        out.drawImage(image, x + (boxWidth - w) / 2, bottom + (boxHeight - h) / 2, w, h);
        out.endMarkedContent();
        figure.appendKid(new PDMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), properties));
        parents.add(figure);
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        var lines = new ArrayList<String>();
        for (var paragraph : text.split("\\R")) {
            var line = new StringBuilder();
            for (var word : paragraph.split(" ")) {
                var candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot show replaced by "?". */
    static String safe(PDFont font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            var s = new String(Character.toChars(cp));
            if (cp == '\t') {
                out.append(' ');
                return;
            }
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String t(String lang, String nl, String en) {
        return Text.of(nl, en).in(lang);
    }
}
