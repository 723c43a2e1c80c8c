package org.anxue.catalog;

import java.util.List;

/**
 * A course's description as entered: in a page's form or a JSON body. Everything is text, so that
 * a wrong value is answered with a message about that field rather than a parse error.
 * {@link CourseDetails#check} turns it into checked values.
 *
 * @param industries codes or Chinese names of {@link org.anxue.org.Industry}
 * @param postKinds codes or Chinese names of {@link org.anxue.creditbank.model.PostKind}
 */
public record CourseForm(String title, String summary, String trainingType, String declaredHours, String passMark,
                         List<String> industries, List<String> postKinds) {
}
