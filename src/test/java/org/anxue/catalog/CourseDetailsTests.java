package org.anxue.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;
import org.junit.jupiter.api.Test;

/** The checks of what institutions enter, without HTTP or a database. */
class CourseDetailsTests {

    private static CourseForm form(String title, String hours, String passMark) {
        return new CourseForm(title, " 简介 ", "再培训", hours, passMark, List.of("CHEMICAL", "金属冶炼", ""),
                List.of("安全生产管理人员"));
    }

    private static List<String> keys(Throwable e) {
        return ((CatalogInputException) e).problems().stream().map(Problem::key).toList();
    }

    @Test
    void shouldAcceptCodesAndChineseNamesAndTrimText() {
        CourseDetails details = CourseDetails.check(form(" 危险化学品安全管理 ", "1.5", "80"));

        assertThat(details.title()).isEqualTo("危险化学品安全管理");
        assertThat(details.summary()).isEqualTo("简介");
        assertThat(details.trainingType()).isEqualTo(TrainingType.REFRESHER);
        assertThat(details.declaredHours()).isEqualByComparingTo("1.5");
        assertThat(details.industries()).containsExactlyInAnyOrder(Industry.CHEMICAL, Industry.METAL_SMELTING);
        assertThat(details.postKinds()).containsExactly(PostKind.SAFETY_MANAGER);
        assertThat(details.industryTiers()).containsExactly(org.anxue.creditbank.model.IndustryTier.HIGH_RISK);
    }

    @Test
    void shouldListEveryProblemOfACourseAtOnce() {
        assertThatThrownBy(() -> CourseDetails.check(new CourseForm("", null, "夜校", "-1", "0",
                List.of("ASTEROID_MINING"), List.of("CEO"))))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .satisfies(e -> assertThat(keys(e)).containsExactly("titleRequired", "unknownTrainingType",
                        "hoursOutOfRange", "passMarkOutOfRange", "unknownIndustry", "unknownPostKind"));
    }

    @Test
    void shouldRefuseHoursThatAreNotANumberOrTooPrecise() {
        assertThatThrownBy(() -> CourseDetails.check(form("课", "八", "80")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("hoursNotANumber"));
        assertThatThrownBy(() -> CourseDetails.check(form("课", "1.25", "80")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("hoursTooPrecise"));
        assertThatThrownBy(() -> CourseDetails.check(form("课", "1000", "80")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("hoursOutOfRange"));
    }

    @Test
    void shouldNormaliseTheAnswersOfQuestions() {
        QuestionContent multiple = QuestionContent.check(new QuestionContent.Form("MULTIPLE", "哪些属于特种作业？",
                List.of("低压电工作业", "焊接与热切割作业", "办公室文员", "", ""), "b, a", "解析"));
        QuestionContent truth = QuestionContent.check(new QuestionContent.Form("TRUE_FALSE", "判断", null, "错误", "解析"));

        assertThat(multiple.options()).hasSize(3);
        assertThat(multiple.answer()).isEqualTo("AB");
        assertThat(truth.answer()).isEqualTo("FALSE");
    }

    @Test
    void shouldRefuseQuestionsWithoutAProperAnswer() {
        assertThatThrownBy(() -> QuestionContent.check(new QuestionContent.Form("SINGLE", "题", List.of("甲", "乙"), "AB", "解析")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("singleNeedsOneAnswer"));
        assertThatThrownBy(() -> QuestionContent.check(new QuestionContent.Form("SINGLE", "题", List.of("甲", "", "丙"), "A", "解析")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("optionEmpty"));
        assertThatThrownBy(() -> QuestionContent.check(new QuestionContent.Form("TRUE_FALSE", "题", List.of("对"), "也许", "")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("trueFalseHasNoOptions", "trueFalseAnswerRequired",
                        "explanationRequired"));
        assertThatThrownBy(() -> QuestionContent.check(new QuestionContent.Form(null, "", null, null, "解析")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("questionKindRequired", "stemRequired"));
    }
}
