package org.anxue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class TitleCardsTests {

    @Test
    void shouldShowChineseWithTheBundledFontEvenWhenTheMachineHasNone() {
        System.setProperty("java.awt.headless", "true");
        String family = TitleCards.registerBundledFont();

        assertThat(family).isNotNull();
        assertThat(new Font(family, Font.PLAIN, 20).canDisplayUpTo("安全生产培训课程学时")).isEqualTo(-1);
    }

    @Test
    void shouldDrawCardsInChinese() {
        assertThat(new TitleCards().chinese()).isTrue();
    }
}
