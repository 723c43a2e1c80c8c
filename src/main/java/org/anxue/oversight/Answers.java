package org.anxue.oversight;

import java.util.Locale;
import java.util.TreeSet;

/** How a spot-exam answer is written, checked and graded; the same rules as the catalog's question bank. */
final class Answers {

    private Answers() {
    }

    /**
     * The answer as stored: one letter (SINGLE), two or more letters in order (MULTIPLE), TRUE or
     * FALSE; null when {@code given} is empty; an {@link IllegalArgumentException} when it is not an
     * answer to a question of this kind with {@code optionCount} options.
     */
    static String normalize(String kind, int optionCount, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String text = given.strip().toUpperCase(Locale.ROOT);
        if (kind.equals("TRUE_FALSE")) {
            if (text.equals("TRUE") || text.equals("FALSE")) {
                return text;
            }
            throw new IllegalArgumentException("not TRUE or FALSE");
        }
        TreeSet<Character> letters = new TreeSet<>();
        for (char ch : text.toCharArray()) {
            if (ch == ',' || ch == ' ') {
                continue;
            }
            if (ch < 'A' || ch >= 'A' + optionCount) {
                throw new IllegalArgumentException("no option " + ch);
            }
            letters.add(ch);
        }
        if (letters.isEmpty() || (kind.equals("SINGLE") && letters.size() != 1)) {
            throw new IllegalArgumentException("one option expected");
        }
        StringBuilder out = new StringBuilder();
        letters.forEach(out::append);
        return out.toString();
    }

    /** Whether the stored answer is the key: every right option and no other. */
    static boolean correct(String key, String given) {
        return given != null && given.equals(key);
    }

    /** Score out of 100, rounded half up. */
    static int score(int correct, int total) {
        return total == 0 ? 0 : (int) Math.round(100.0 * correct / total);
    }
}
