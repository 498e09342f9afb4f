package nl.groeipad.platform.boundary;

/** HTML escaping for the few pages rendered on the server; every user- or platform-supplied string goes through it. */
public final class Html {
    private Html() {
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        var out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A JavaScript string literal that is safe inside a script element. */
    public static String jsString(String value) {
        if (value == null) {
            return "null";
        }
        var out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * A complete, small, accessible page in the default theme.
     *
     * @param language "nl" or "en"
     * @param title    plain text, escaped here
     * @param body     HTML, already escaped by the caller
     */
    public static String page(String language, String title, String body) {
        return """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Groeipad</title>
                <link rel="stylesheet" href="/themes/default/theme.css">
                <link rel="stylesheet" href="/app/app.css">
                </head>
                <body>
                <header class="app-header"><div class="app-header__inner"><p class="app-header__brand"><a class="app-header__name" href="/">Groeipad</a></p></div></header>
                <main class="page content" id="main">
                %s
                </main>
                </body>
                </html>
                """.formatted("en".equals(language) ? "en" : "nl", escape(title), body);
    }
}
