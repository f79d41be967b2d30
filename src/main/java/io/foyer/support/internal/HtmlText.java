package io.foyer.support.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML mail body, for mails that have no plain-text part; quoted blocks are left out. */
final class HtmlText {

    private static final Pattern DROPPED = Pattern.compile(
            "<(head|style|script|blockquote)\\b[^>]*>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAKS =
            Pattern.compile("<(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private HtmlText() {}

    static String of(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        text = text.replaceAll("\\s*\\n\\s*", " ");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        Matcher numeric = NUMERIC.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            String replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        numeric.appendTail(decoded);
        text = decoded.toString()
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
