package org.anxue.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxue.catalog.CatalogInputException;
import org.anxue.catalog.CourseDetails;
import org.anxue.catalog.CourseForm;
import org.anxue.catalog.Problem;
import org.anxue.catalog.QuestionContent;

/**
 * Reads a pack's sample catalog ({@code courses.yaml}, see content/README.md) and checks every
 * course as the catalog would check it when it is submitted: its description, at least ten
 * questions with a correct answer and an explanation each, and lessons whose minutes add up to at
 * least the declared class hours. Nothing touches the database or S3 here; a file with any problem
 * is refused as a whole, with every problem listed by line.
 */
public final class CoursePackReader {

    static final String COURSES = "courses.yaml";
    /** Questions each sample course has at least (the catalog needs fewer for a submission). */
    static final int MIN_QUESTIONS = 10;

    /** A checked sample course; lesson lengths in seconds. */
    public record SampleCourse(String code, String institution, CourseDetails details, List<SampleChapter> chapters,
                               List<QuestionContent> questions, int line) {

        public int lessonCount() {
            return chapters.stream().mapToInt(c -> c.lessons().size()).sum();
        }

        public long videoSeconds() {
            return chapters.stream().flatMap(c -> c.lessons().stream()).mapToLong(SampleLesson::seconds).sum();
        }
    }

    public record SampleChapter(String title, List<SampleLesson> lessons) {
    }

    public record SampleLesson(String title, long seconds, boolean preview) {
    }

    record CourseRow(String code, String institution, String title, String summary, String trainingType, String hours,
                     String passMark, List<String> industries, List<String> postKinds, List<ChapterRow> chapters,
                     List<QuestionRow> questions) {
    }

    record ChapterRow(String title, List<LessonRow> lessons) {
    }

    record LessonRow(String title, String minutes, Boolean preview) {
    }

    record QuestionRow(String kind, String stem, List<String> options, String answer, String explanation) {
    }

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final int minutesPerClassHour;
    private final List<ContentPackException.Problem> problems = new ArrayList<>();

    public CoursePackReader(int minutesPerClassHour) {
        this.minutesPerClassHour = minutesPerClassHour;
    }

    /** The pack's sample courses (empty without a courses.yaml); throws {@link ContentPackException} listing every problem. */
    public List<SampleCourse> read(PackSource source) {
        List<SampleCourse> courses = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Located row : rows(source)) {
            SampleCourse course = check(row.line(), row.row());
            if (course != null && !codes.add(course.code())) {
                problem(row.line(), "course code " + course.code() + " is listed twice");
            } else if (course != null) {
                courses.add(course);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ContentPackException.Problem::line));
            throw new ContentPackException(source.describe(), problems);
        }
        return courses;
    }

    private SampleCourse check(int line, CourseRow row) {
        int before = problems.size();
        if (blank(row.code())) {
            problem(line, "code is required");
        }
        if (blank(row.institution())) {
            problem(line, "institution (a licence number) is required");
        }
        CourseDetails details = null;
        try {
            details = CourseDetails.check(new CourseForm(row.title(), row.summary(), row.trainingType(), row.hours(),
                    row.passMark(), row.industries(), row.postKinds()));
            if (details.industries().isEmpty()) {
                problem(line, "industries: at least one is required");
            }
            if (details.postKinds().isEmpty()) {
                problem(line, "postKinds: at least one is required");
            }
        } catch (CatalogInputException e) {
            e.problems().forEach(p -> problem(line, describe(p)));
        }
        List<SampleChapter> chapters = new ArrayList<>();
        for (ChapterRow chapter : orEmpty(row.chapters())) {
            if (chapter == null || blank(chapter.title())) {
                problem(line, "every chapter needs a title");
                continue;
            }
            List<SampleLesson> lessons = new ArrayList<>();
            for (LessonRow lesson : orEmpty(chapter.lessons())) {
                Long seconds = seconds(lesson == null ? null : lesson.minutes());
                if (lesson == null || blank(lesson.title()) || seconds == null) {
                    problem(line, "chapter '" + chapter.title() + "': every lesson needs a title and minutes above 0");
                    continue;
                }
                lessons.add(new SampleLesson(lesson.title().strip(), seconds, Boolean.TRUE.equals(lesson.preview())));
            }
            if (lessons.isEmpty()) {
                problem(line, "chapter '" + chapter.title() + "' has no lessons");
            }
            chapters.add(new SampleChapter(chapter.title().strip(), lessons));
        }
        if (chapters.isEmpty()) {
            problem(line, "chapters: at least one is required");
        }
        List<QuestionContent> questions = new ArrayList<>();
        int index = 0;
        for (QuestionRow q : orEmpty(row.questions())) {
            index++;
            try {
                questions.add(QuestionContent.check(q == null ? null
                        : new QuestionContent.Form(q.kind(), q.stem(), q.options(), q.answer(), q.explanation())));
            } catch (CatalogInputException e) {
                int n = index;
                e.problems().forEach(p -> problem(line, "question " + n + ": " + describe(p)));
            }
        }
        if (index < MIN_QUESTIONS) {
            problem(line, "questions: " + index + " given, at least " + MIN_QUESTIONS + " are needed");
        }
        if (details != null) {
            long videoSeconds = chapters.stream().flatMap(c -> c.lessons().stream()).mapToLong(SampleLesson::seconds).sum();
            BigDecimal needed = details.declaredHours().multiply(BigDecimal.valueOf(minutesPerClassHour * 60L));
            if (BigDecimal.valueOf(videoSeconds).compareTo(needed) < 0) {
                problem(line, "the lessons last " + videoSeconds / 60 + " minutes, less than the "
                        + needed.divide(BigDecimal.valueOf(60), 0, RoundingMode.CEILING) + " minutes that "
                        + details.declaredHours().toPlainString() + " class hours need at " + minutesPerClassHour
                        + " minutes each");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new SampleCourse(row.code().strip(), row.institution().strip(), details, chapters, questions, line);
    }

    private static Long seconds(String minutes) {
        if (blank(minutes)) {
            return null;
        }
        try {
            BigDecimal m = new BigDecimal(minutes.strip());
            if (m.signum() <= 0 || m.compareTo(BigDecimal.valueOf(600)) > 0) {
                return null;
            }
            return m.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String describe(Problem p) {
        return (p.field() == null ? "" : p.field() + ": ") + p.key()
                + (p.args().isEmpty() ? "" : " " + p.args().stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")")));
    }

    private record Located(int line, CourseRow row) {
    }

    private List<Located> rows(PackSource source) {
        List<Located> rows = new ArrayList<>();
        Optional<InputStream> opened;
        try {
            opened = source.open(COURSES);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + COURSES + " of " + source.describe(), e);
        }
        if (opened.isEmpty()) {
            return rows;
        }
        try (InputStream in = opened.get(); JsonParser parser = yaml.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problem(parser.currentTokenLocation().getLineNr(), "expected a list of courses, each starting with '- '");
                return rows;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = yaml.readTree(parser);
                try {
                    rows.add(new Located(line, yaml.treeToValue(node, CourseRow.class)));
                } catch (UnrecognizedPropertyException e) {
                    problem(line, "unknown field '" + e.getPropertyName() + "'");
                } catch (JsonProcessingException e) {
                    problem(line, e.getOriginalMessage());
                }
            }
        } catch (JsonProcessingException e) {
            problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + COURSES + " of " + source.describe(), e);
        }
        return rows;
    }

    private void problem(int line, String message) {
        problems.add(new ContentPackException.Problem(COURSES, line, message));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
