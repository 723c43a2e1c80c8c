package org.anxue.creditbank.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountHeadsTreeTests {

    private static final Instant PUBLISHED = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void shouldProveAnAccountHeadAgainstThePublishedRoot() {
        for (int size = 1; size <= 17; size++) {
            List<AccountHead> heads = heads(size);
            AccountHeadsTree tree = new AccountHeadsTree(heads);
            PublishedRoot root = tree.publish(PUBLISHED);
            for (AccountHead head : heads) {
                InclusionProof proof = tree.proofFor(head.person()).orElseThrow();
                assertThat(root.proves(head, proof)).as("leaf %s of %s", proof.leafIndex(), size).isTrue();
            }
        }
    }

    @Test
    void shouldNotProveAHeadThatDiffersFromThePublishedOne() {
        List<AccountHead> heads = heads(11);
        AccountHeadsTree tree = new AccountHeadsTree(heads);
        PublishedRoot root = tree.publish(PUBLISHED);
        AccountHead published = heads.get(6);
        InclusionProof proof = tree.proofFor(published.person()).orElseThrow();

        assertThat(root.proves(new AccountHead(published.person(), published.sequence() - 1, published.hash()), proof)).isFalse();
        assertThat(root.proves(new AccountHead(published.person(), published.sequence(), hash("forged")), proof)).isFalse();
    }

    @Test
    void shouldNotProveOneAccountsHeadWithAnothersProof() {
        List<AccountHead> heads = heads(8);
        AccountHeadsTree tree = new AccountHeadsTree(heads);

        InclusionProof proofOfAnother = tree.proofFor(heads.get(2).person()).orElseThrow();

        assertThat(tree.publish(PUBLISHED).proves(heads.get(5), proofOfAnother)).isFalse();
    }

    @Test
    void shouldNotProveAgainstARootOfAnotherSize() {
        List<AccountHead> heads = heads(8);
        AccountHeadsTree tree = new AccountHeadsTree(heads);
        InclusionProof proof = tree.proofFor(heads.get(3).person()).orElseThrow();
        InclusionProof lyingAboutSize = new InclusionProof(proof.leafIndex(), 9, proof.path());

        assertThat(AccountHeadsTree.verifyInclusion(heads.get(3), lyingAboutSize, tree.root())).isFalse();
    }

    @Test
    void shouldBuildTheRootAsDocumented() throws Exception {
        List<AccountHead> heads = heads(3);
        byte[] l0 = documentedLeaf(heads.get(0));
        byte[] l1 = documentedLeaf(heads.get(1));
        byte[] l2 = documentedLeaf(heads.get(2));

        String expected = HexFormat.of().formatHex(node(node(l0, l1), l2));

        assertThat(new AccountHeadsTree(heads).root()).isEqualTo(expected);
        assertThat(new AccountHeadsTree(heads.subList(0, 1)).root()).isEqualTo(HexFormat.of().formatHex(l0));
        assertThat(new AccountHeadsTree(List.of()).root())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void shouldSortHeadsByPersonKeySoTheOrderGivenDoesNotMatter() {
        List<AccountHead> heads = heads(9);
        List<AccountHead> shuffled = new ArrayList<>(heads);
        Collections.reverse(shuffled);

        assertThat(new AccountHeadsTree(shuffled).root()).isEqualTo(new AccountHeadsTree(heads).root());
    }

    @Test
    void shouldChangeTheRootWhenAnyHeadChanges() {
        List<AccountHead> heads = heads(9);
        String root = new AccountHeadsTree(heads).root();
        for (int i = 0; i < heads.size(); i++) {
            List<AccountHead> changed = new ArrayList<>(heads);
            changed.set(i, new AccountHead(heads.get(i).person(), heads.get(i).sequence() + 1, heads.get(i).hash()));
            assertThat(new AccountHeadsTree(changed).root()).isNotEqualTo(root);
        }
    }

    @Test
    void shouldHaveNoProofForAnAccountNotInTheTree() {
        assertThat(new AccountHeadsTree(heads(4)).proofFor(new PersonKey("11010119900307000X"))).isEmpty();
    }

    static List<AccountHead> heads(int count) {
        List<AccountHead> heads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PersonKey person = new PersonKey(String.format("3301021980%08d", i * 7919));
            heads.add(new AccountHead(person, i + 1L, hash("head-" + i)));
        }
        return heads;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256(0x00 ‖ length-prefixed tag, person key, sequence, head hash), per the class documentation. */
    private static byte[] documentedLeaf(AccountHead head) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 0);
        for (String field : List.of("anxue.creditbank.head/1", head.person().value(), Long.toString(head.sequence()), head.hash())) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            sha.update(new byte[] {0, 0, (byte) (utf8.length >> 8), (byte) utf8.length});
            sha.update(utf8);
        }
        return sha.digest();
    }

    private static byte[] node(byte[] left, byte[] right) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }
}
