package org.anxue.oversight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark, a main and not a test: the CPU time of drawing a spot exam's questions for 50 people
 * (10 each, post kinds mixed as at an inspection: 1 principal, 2 safety managers, 47 front-line
 * workers), from a bank the size of the demo catalog (31 courses × 10 questions) and from a bank of
 * a whole province (5,000 courses × 20 questions), in the same run. Industries and post kinds are
 * spread over the courses as in the sample catalog (a third targeted at both, a third at one, a
 * third open). As SpotExams does, the bank is sorted into tiers once per post kind of the exam and
 * every person draws from those tiers; for comparison, in the same run, the bank sorted again for
 * every person (what the first version did). The database part of starting an exam (one query for the bank, one insert per person,
 * one batch of question rows) is not included.
 *
 * <pre>
 * ./mvnw -q -B test-compile -DskipEmbeddedElasticsearch=true
 * ./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.anxue.oversight.SpotExamDrawBenchmark
 * </pre>
 */
public final class SpotExamDrawBenchmark {

    private static final String[] INDUSTRIES = {"CHEMICAL", "NON_COAL_MINE", "METAL_SMELTING", "FIREWORKS", "INDUSTRY_TRADE"};
    private static final String[] KINDS = {"PRINCIPAL", "SAFETY_MANAGER", "SPECIAL_OPERATION_WORKER", "GENERAL_WORKER"};

    private SpotExamDrawBenchmark() {
    }

    public static void main(String[] args) {
        List<QuestionDraw.Candidate> demo = bank(31, 10);
        List<QuestionDraw.Candidate> province = bank(5_000, 20);
        List<String> people = new ArrayList<>(List.of("PRINCIPAL", "SAFETY_MANAGER", "SAFETY_MANAGER"));
        for (int i = 0; i < 47; i++) {
            people.add(i % 2 == 0 ? "SPECIAL_OPERATION_WORKER" : "GENERAL_WORKER");
        }
        for (int warm = 0; warm < 20; warm++) {
            exam(demo, people, true);
            exam(province, people, true);
            exam(demo, people, false);
        }
        for (int warm = 0; warm < 3; warm++) {
            exam(province, people, false);
        }
        System.out.printf("drawing 10 questions each for 50 people (median of 15 runs, CPU %d cores, load %.1f)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  bank of %,7d questions: %8.2f ms per exam (tiers once per post kind), %8.2f ms (tiers for every person)%n",
                demo.size(), median(demo, people, true), median(demo, people, false));
        System.out.printf("  bank of %,7d questions: %8.2f ms per exam (tiers once per post kind), %8.2f ms (tiers for every person)%n",
                province.size(), median(province, people, true), median(province, people, false));
    }

    private static double median(List<QuestionDraw.Candidate> bank, List<String> people, boolean shared) {
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            exam(bank, people, shared);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** {@code shared}: as SpotExams does; else the bank is sorted into tiers again for every person. */
    private static void exam(List<QuestionDraw.Candidate> bank, List<String> people, boolean shared) {
        Random random = new Random();
        List<List<Long>> taken = new ArrayList<>();
        java.util.Map<String, QuestionDraw.Pool> pools = new java.util.HashMap<>();
        for (String kind : people) {
            QuestionDraw.Pool pool = shared ? pools.computeIfAbsent(kind, k -> QuestionDraw.Pool.of(bank, "CHEMICAL", k))
                    : QuestionDraw.Pool.of(bank, "CHEMICAL", kind);
            taken.add(QuestionDraw.draw(pool, 10, random, taken));
        }
        if (taken.size() != people.size()) {
            throw new IllegalStateException();
        }
    }

    private static List<QuestionDraw.Candidate> bank(int courses, int questionsEach) {
        Random random = new Random(7);
        List<QuestionDraw.Candidate> bank = new ArrayList<>();
        long id = 1;
        for (int c = 0; c < courses; c++) {
            Set<String> industries = c % 3 == 2 ? Set.of() : Set.of(INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
            Set<String> kinds = c % 3 == 1 ? Set.of() : Set.of(KINDS[random.nextInt(KINDS.length)]);
            for (int q = 0; q < questionsEach; q++) {
                bank.add(new QuestionDraw.Candidate(id++, c, industries, kinds));
            }
        }
        return bank;
    }
}
