package org.anxue.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/** The database keeps each bureau's path, so a subtree is one prefix query, also after a move. */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class JurisdictionTreeTests {

    private record Tree(long province, long cityA, long cityB, long district, long zone, long otherProvince) {
    }

    private static Tree plant() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        return QuarkusTransaction.requiringNew().call(() -> {
            Bureau province = Bureau.root("P" + tag, "省" + tag, BureauLevel.PROVINCE);
            Bureau cityA = province.child("A" + tag, "甲市" + tag, BureauLevel.CITY);
            Bureau cityB = province.child("B" + tag, "乙市" + tag, BureauLevel.CITY);
            Bureau district = cityA.child("D" + tag, "甲市某区" + tag, BureauLevel.DISTRICT);
            Bureau zone = cityA.child("Z" + tag, "甲市新区" + tag, BureauLevel.ZONE);
            Bureau otherProvince = Bureau.root("Q" + tag, "另一省" + tag, BureauLevel.PROVINCE);
            for (Bureau b : List.of(province, cityA, cityB, district, zone, otherProvince)) {
                b.persist();
            }
            return new Tree(province.id, cityA.id, cityB.id, district.id, zone.id, otherProvince.id);
        });
    }

    private static Bureau load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Bureau.findById(id));
    }

    private static List<Long> subtree(long id) {
        return QuarkusTransaction.requiringNew().call(() ->
                Bureau.<Bureau>findById(id).subtree().stream().map(b -> b.id).toList());
    }

    @Test
    void shouldWriteThePathFromTheRootDown() {
        Tree tree = plant();

        assertEquals("/" + tree.province() + "/" + tree.cityA() + "/" + tree.district() + "/", load(tree.district()).path);
        assertEquals(List.of(tree.cityA(), tree.district(), tree.zone()).stream().sorted().toList(),
                subtree(tree.cityA()).stream().sorted().toList());
        assertEquals(List.of(tree.cityB()), subtree(tree.cityB()));
        assertTrue(load(tree.province()).covers(load(tree.zone())));
    }

    @Test
    void shouldMoveASubtreeWithItsBureau() {
        Tree tree = plant();

        QuarkusTransaction.requiringNew().run(() -> {
            Bureau cityA = Bureau.findById(tree.cityA());
            cityA.parent = Bureau.findById(tree.otherProvince());
        });

        assertEquals(List.of(tree.cityA(), tree.district(), tree.zone(), tree.otherProvince()).stream().sorted().toList(),
                subtree(tree.otherProvince()).stream().sorted().toList());
        assertEquals(List.of(tree.province(), tree.cityB()).stream().sorted().toList(),
                subtree(tree.province()).stream().sorted().toList());
        assertEquals("/" + tree.otherProvince() + "/" + tree.cityA() + "/" + tree.zone() + "/", load(tree.zone()).path);
    }

    @Test
    void shouldRefuseToMoveABureauUnderItsOwnSubtree() {
        Tree tree = plant();

        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Bureau cityA = Bureau.findById(tree.cityA());
            cityA.parent = Bureau.findById(tree.district());
        }));

        assertEquals("/" + tree.province() + "/" + tree.cityA() + "/", load(tree.cityA()).path);
    }
}
