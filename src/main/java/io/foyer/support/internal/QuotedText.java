package io.foyer.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the quoted previous message off a reply by email: lines starting with {@code >} and the
 * "On … wrote:" line above them, and everything from an "Original Message" separator (or Outlook's
 * underscore line with "From:" below it) on. Unquoted
 * lines between quotes (answers written inline) stay; an "… wrote:" line stays unless only quoted
 * lines follow it.
 */
final class QuotedText {

    private static final Pattern WROTE = Pattern.compile(
            "^\\s*(On\\s.+\\swrote|Am\\s.+\\sschrieb\\s.+|.+\\s(wrote|schrieb))\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private QuotedText() {}

    static String strip(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>(
                List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            if (SEPARATOR.matcher(lines.get(i)).matches() || outlookHeader(lines, i)) {
                lines = new ArrayList<>(lines.subList(0, i));
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (quoted(line)) {
                continue;
            }
            // "On Mon, 1 Dec 2026, Support <...> wrote:" — also when the mail program wrapped it onto two lines.
            boolean wrote = WROTE.matcher(line).matches();
            int next = i + 1;
            if (!wrote
                    && i + 1 < lines.size()
                    && WROTE.matcher(line + " " + lines.get(i + 1)).matches()) {
                wrote = line.strip().matches("(?i)(On|Am)\\s.*");
                next = i + 2;
            }
            if (wrote && onlyQuotedFrom(lines, next)) {
                i = next - 1;
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }

    /**
     * Outlook's "________________________________" line followed by "From:" (or "Von:"), or its header
     * block without that line: "From:" with "Sent:" and "Subject:" (or the German words) right below.
     */
    private static boolean outlookHeader(List<String> lines, int i) {
        if (lines.get(i).strip().matches("_{20,}")) {
            return i + 1 < lines.size() && lines.get(i + 1).strip().matches("(?i)(From|Von):\\s.*");
        }
        if (!lines.get(i).strip().matches("(?i)(From|Von):\\s.*")) {
            return false;
        }
        List<String> below = lines.subList(i + 1, Math.min(lines.size(), i + 6));
        return below.stream().anyMatch(l -> l.strip().matches("(?i)(Sent|Gesendet|Date|Datum):\\s.*"))
                && below.stream().anyMatch(l -> l.strip().matches("(?i)(Subject|Betreff):\\s.*"));
    }

    private static boolean quoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static boolean onlyQuotedFrom(List<String> lines, int from) {
        boolean any = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!quoted(line)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
