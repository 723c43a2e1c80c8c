package org.anxue.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A bank question, checked: see {@link #check}.
 *
 * @param options option texts, A first (empty for true/false)
 * @param answer "B" (single), "ACD" (multiple, letters in order), "TRUE" or "FALSE"
 */
public record QuestionContent(QuestionKind kind, String stem, List<String> options, String answer,
                              String explanation) {

    static final int STEM_MAX = 1000;
    static final int OPTION_MAX = 300;
    static final int EXPLANATION_MAX = 2000;
    static final int MAX_OPTIONS = 8;

    /** A question as entered (form or JSON). {@code answer}: letters, or TRUE/FALSE (正确/错误). */
    public record Form(String kind, String stem, List<String> options, String answer, String explanation) {
    }

    /**
     * Checks a question and throws {@link CatalogInputException} (400) listing every problem: a
     * kind, a stem, options (single: 2–8, multiple: 3–8, true/false: none; blank options at the end
     * are dropped, a blank one in between is a problem), a correct answer among the options (exactly
     * one for single choice, two or more for multiple choice, true or false for a statement), and
     * an explanation.
     */
    public static QuestionContent check(Form form) {
        if (form == null) {
            throw CatalogInputException.invalid(null, "questionRequired");
        }
        List<Problem> problems = new ArrayList<>();
        QuestionKind kind = null;
        String kindText = CourseDetails.strip(form.kind());
        for (QuestionKind k : QuestionKind.values()) {
            if (k.name().equalsIgnoreCase(kindText)) {
                kind = k;
            }
        }
        if (kind == null) {
            problems.add(Problem.of("kind", kindText.isEmpty() ? "questionKindRequired" : "unknownQuestionKind", kindText));
        }
        String stem = CourseDetails.strip(form.stem());
        if (stem.isEmpty()) {
            problems.add(Problem.of("stem", "stemRequired"));
        } else if (stem.length() > STEM_MAX) {
            problems.add(Problem.of("stem", "stemTooLong", STEM_MAX));
        }
        List<String> options = new ArrayList<>();
        for (String option : form.options() == null ? List.<String>of() : form.options()) {
            options.add(CourseDetails.strip(option));
        }
        while (!options.isEmpty() && options.get(options.size() - 1).isEmpty()) {
            options.remove(options.size() - 1);
        }
        String answer = null;
        if (kind == QuestionKind.TRUE_FALSE) {
            if (!options.isEmpty()) {
                problems.add(Problem.of("options", "trueFalseHasNoOptions"));
            }
            answer = trueOrFalse(form.answer());
            if (answer == null) {
                problems.add(Problem.of("answer", "trueFalseAnswerRequired"));
            }
        } else if (kind != null) {
            int min = kind == QuestionKind.SINGLE ? 2 : 3;
            if (options.size() < min || options.size() > MAX_OPTIONS) {
                problems.add(Problem.of("options", "optionCount", min, MAX_OPTIONS));
            }
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).isEmpty()) {
                    problems.add(Problem.of("options", "optionEmpty", letter(i)));
                } else if (options.get(i).length() > OPTION_MAX) {
                    problems.add(Problem.of("options", "optionTooLong", letter(i), OPTION_MAX));
                }
            }
            TreeSet<Character> letters = new TreeSet<>();
            boolean unknown = false;
            for (char c : CourseDetails.strip(form.answer()).toUpperCase(Locale.ROOT).toCharArray()) {
                if (c == ',' || c == ' ' || c == '、') {
                    continue;
                }
                int index = c - 'A';
                if (index < 0 || index >= options.size()) {
                    unknown = true;
                } else {
                    letters.add(c);
                }
            }
            if (unknown) {
                problems.add(Problem.of("answer", "answerNotAnOption", CourseDetails.strip(form.answer())));
            } else if (letters.isEmpty()) {
                problems.add(Problem.of("answer", "answerRequired"));
            } else if (kind == QuestionKind.SINGLE && letters.size() != 1) {
                problems.add(Problem.of("answer", "singleNeedsOneAnswer"));
            } else if (kind == QuestionKind.MULTIPLE && letters.size() < 2) {
                problems.add(Problem.of("answer", "multipleNeedsTwoAnswers"));
            } else {
                StringBuilder text = new StringBuilder();
                letters.forEach(text::append);
                answer = text.toString();
            }
        }
        String explanation = CourseDetails.strip(form.explanation());
        if (explanation.isEmpty()) {
            problems.add(Problem.of("explanation", "explanationRequired"));
        } else if (explanation.length() > EXPLANATION_MAX) {
            problems.add(Problem.of("explanation", "explanationTooLong", EXPLANATION_MAX));
        }
        if (!problems.isEmpty()) {
            throw CatalogInputException.invalid(problems);
        }
        return new QuestionContent(kind, stem, List.copyOf(options), answer, explanation);
    }

    /** The letter of option {@code index} (0 → "A"). */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String trueOrFalse(String text) {
        String value = CourseDetails.strip(text).toUpperCase(Locale.ROOT);
        return switch (value) {
            case "TRUE", "T", "正确", "对", "√" -> "TRUE";
            case "FALSE", "F", "错误", "错", "×" -> "FALSE";
            default -> null;
        };
    }
}
