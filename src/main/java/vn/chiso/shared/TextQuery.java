package vn.chiso.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What was typed into a search box, read the way the full-text indexes of migration V15 read text: folded like
 * {@link VietnameseText} (no diacritics, no case), each typed word split at anything but letters and digits
 * ("6025/KH-UBND" is 6025, kh, ubnd, in that order), and every part matching the beginning of a word, so that a word
 * typed halfway finds it ("tu pha" finds "Tư pháp").
 *
 * @param typed what was typed, stripped and cut to {@value #MAX_LENGTH} characters, to show again in the box
 * @param words each typed word as its parts, at most {@value #MAX_WORDS} words
 */
public record TextQuery(String typed, List<List<String>> words) {

    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 10;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public TextQuery {
        words = words.stream().map(List::copyOf).toList();
    }

    public static TextQuery of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<List<String>> words = new ArrayList<>();
        for (String word : SPACES.split(VietnameseText.fold(text))) {
            List<String> parts = Arrays.stream(NOT_LETTERS_OR_DIGITS.split(word)).filter(part -> !part.isEmpty())
                    .toList();
            if (!parts.isEmpty() && words.size() < MAX_WORDS) {
                words.add(parts);
            }
        }
        return new TextQuery(text, words);
    }

    /** Worth asking the database: at least two letters or digits (one letter begins half the words there are). */
    public boolean searchable() {
        return words.stream().flatMap(List::stream).mapToInt(String::length).sum() >= 2;
    }

    /**
     * The query as {@code to_tsquery('simple', …)} reads it: every word must be found, the parts of one word next to
     * each other in their order, each part as the beginning of a word. Parts hold only letters and digits, so
     * nothing typed can change the query's syntax.
     */
    public String tsquery() {
        if (!searchable()) {
            throw new IllegalStateException("Nothing to search for in \"" + typed + "\"");
        }
        return words.stream()
                .map(parts -> parts.stream().map(part -> "'" + part + "':*").collect(Collectors.joining(" <-> ")))
                .map(word -> word.contains(" <-> ") ? "(" + word + ")" : word)
                .collect(Collectors.joining(" & "));
    }
}
