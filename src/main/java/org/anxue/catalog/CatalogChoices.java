package org.anxue.catalog;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.anxue.creditbank.model.PostKind;
import org.anxue.creditbank.model.TrainingType;
import org.anxue.org.Industry;

/** The values of the catalog's selects and check boxes, for every template. */
@TemplateGlobal
public class CatalogChoices {

    static final List<Industry> catalogIndustries = List.of(Industry.values());
    static final List<PostKind> catalogPostKinds = List.of(PostKind.values());
    static final List<TrainingType> catalogTrainingTypes = List.of(TrainingType.values());
    static final List<QuestionKind> catalogQuestionKinds = List.of(QuestionKind.values());
    static final List<LessonKind> catalogLessonKinds = List.of(LessonKind.values());
    /** Option fields offered by the question form (A–F). */
    static final List<Integer> catalogOptionSlots = List.of(0, 1, 2, 3, 4, 5);

    private CatalogChoices() {
    }
}
