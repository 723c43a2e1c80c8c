package org.anxue.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The draw of one person's questions, without a database. */
class QuestionDrawTests {

    private static List<QuestionDraw.Candidate> bank(long firstId, int count, Set<String> industries, Set<String> kinds) {
        List<QuestionDraw.Candidate> bank = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bank.add(new QuestionDraw.Candidate(firstId + i, firstId, industries, kinds));
        }
        return bank;
    }

    @Test
    void shouldTakeQuestionsForThePostAndIndustryBeforeGeneralOnes() {
        List<QuestionDraw.Candidate> bank = new ArrayList<>();
        bank.addAll(bank(100, 6, Set.of("CHEMICAL"), Set.of("PRINCIPAL")));          // specific
        bank.addAll(bank(200, 6, Set.of(), Set.of("PRINCIPAL")));                     // partly
        bank.addAll(bank(300, 6, Set.of(), Set.of()));                                // general
        bank.addAll(bank(400, 6, Set.of("FIREWORKS"), Set.of("PRINCIPAL")));         // another industry

        List<Long> drawn = QuestionDraw.draw(bank, "CHEMICAL", "PRINCIPAL", 10, new Random(1), List.of());

        assertThat(drawn).hasSize(10).doesNotHaveDuplicates();
        assertThat(drawn.stream().filter(id -> id < 200)).hasSize(6);
        assertThat(drawn.stream().filter(id -> id >= 200 && id < 300)).hasSize(4);
        assertThat(drawn).noneMatch(id -> id >= 300);
    }

    @Test
    void shouldFallBackToGeneralQuestionsAndThenToAnyQuestion() {
        List<QuestionDraw.Candidate> bank = new ArrayList<>();
        bank.addAll(bank(300, 3, Set.of(), Set.of()));
        bank.addAll(bank(400, 5, Set.of("FIREWORKS"), Set.of("SAFETY_MANAGER")));

        List<Long> drawn = QuestionDraw.draw(bank, "CHEMICAL", "GENERAL_WORKER", 5, new Random(2), List.of());

        assertThat(drawn).hasSize(5).contains(300L, 301L, 302L);
        assertThat(QuestionDraw.draw(bank, "CHEMICAL", "GENERAL_WORKER", 20, new Random(3), List.of()))
                .as("never more than the bank holds").hasSize(8);
    }

    @Test
    void shouldGiveEachPersonAnotherSetWhileThePoolAllows() {
        List<QuestionDraw.Candidate> bank = bank(100, 6, Set.of("CHEMICAL"), Set.of("SAFETY_MANAGER"));
        List<List<Long>> taken = new ArrayList<>();
        Random random = new Random(4);
        for (int person = 0; person < 6; person++) {
            taken.add(QuestionDraw.draw(bank, "CHEMICAL", "SAFETY_MANAGER", 5, random, taken));
        }
        assertThat(new HashSet<>(taken.stream().map(HashSet::new).toList())).as("6 of C(6,5)=6 sets").hasSize(6);

        // a pool of exactly the count: the same set, in another order
        List<QuestionDraw.Candidate> small = bank(500, 4, Set.of(), Set.of());
        List<Long> first = QuestionDraw.draw(small, "CHEMICAL", "PRINCIPAL", 4, random, List.of());
        List<Long> second = QuestionDraw.draw(small, "CHEMICAL", "PRINCIPAL", 4, random, List.of(first));
        assertThat(second).containsExactlyInAnyOrderElementsOf(first).isNotEqualTo(first);
    }

    @Test
    void shouldGradeAndNormaliseAnswers() {
        assertThat(Answers.normalize("MULTIPLE", 4, "d, a")).isEqualTo("AD");
        assertThat(Answers.normalize("SINGLE", 3, " b ")).isEqualTo("B");
        assertThat(Answers.normalize("TRUE_FALSE", 0, "true")).isEqualTo("TRUE");
        assertThat(Answers.normalize("SINGLE", 3, "")).isNull();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Answers.normalize("SINGLE", 3, "D"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Answers.normalize("SINGLE", 3, "AB"));
        assertThat(Answers.correct("AD", "AD")).isTrue();
        assertThat(Answers.correct("AD", "A")).isFalse();
        assertThat(Answers.score(4, 5)).isEqualTo(80);
        assertThat(Answers.score(2, 3)).isEqualTo(67);
        assertThat(SpotExams.normalizeCode("abcd-2345")).isEqualTo("ABCD2345");
        assertThat(SpotExams.normalizeCode("ABCD0345")).as("no zero in codes").isNull();
    }
}
