package org.anxue.creditbank.model;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Merkle tree over the heads of all accounts, so that one published root fixes every chain at that time.
 *
 * <p>Construction (the tree hash of RFC 6962 / RFC 9162, section 2.1):
 * <ul>
 * <li>The leaves are the account heads sorted by person key (as ASCII text); accounts without entries are
 *     included with their genesis head only if the caller includes them.</li>
 * <li>Leaf hash = SHA-256(0x00 ‖ canonical encoding of the tag {@value #LEAF_TAG}, person key, head
 *     sequence, head hash).</li>
 * <li>Node hash = SHA-256(0x01 ‖ left ‖ right), over the raw 32-byte hashes.</li>
 * <li>The root of n leaves: for n = 1 the leaf hash; for n &gt; 1, with k the largest power of two
 *     below n, the node hash of the root of the first k leaves and the root of the remaining n − k. The
 *     root of no leaves is SHA-256 of nothing.</li>
 * </ul>
 * The 0x00/0x01 prefixes keep a leaf from passing for a node. An inclusion proof lists the sibling subtree
 * roots from the leaf upward and is checked by the algorithm of RFC 9162, section 2.1.3.2.
 */
public final class AccountHeadsTree {

    public static final String LEAF_TAG = "anxue.creditbank.head/1";

    private final List<AccountHead> heads;
    private final byte[][] leaves;

    public AccountHeadsTree(Collection<AccountHead> heads) {
        List<AccountHead> sorted = new ArrayList<>(heads);
        sorted.sort(Comparator.comparing(AccountHead::person));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).person().equals(sorted.get(i - 1).person())) {
                throw new IllegalArgumentException("one head per account");
            }
        }
        this.heads = List.copyOf(sorted);
        this.leaves = new byte[sorted.size()][];
        MessageDigest digest = Sha256.newDigest();
        CanonicalEncoder encoder = new CanonicalEncoder(160);
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = leafHash(sorted.get(i), digest, encoder);
        }
    }

    public int size() {
        return leaves.length;
    }

    public String root() {
        return Sha256.hex(subtreeRoot(0, leaves.length, Sha256.newDigest()));
    }

    public PublishedRoot publish(Instant at) {
        return new PublishedRoot(root(), leaves.length, at);
    }

    /** The proof that this person's head is in the tree, if the person has a head in it. */
    public Optional<InclusionProof> proofFor(PersonKey person) {
        int index = indexOf(person);
        if (index < 0) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        collectPath(index, 0, leaves.length, path, Sha256.newDigest());
        return Optional.of(new InclusionProof(index, leaves.length, path));
    }

    public Optional<AccountHead> headOf(PersonKey person) {
        int index = indexOf(person);
        return index < 0 ? Optional.empty() : Optional.of(heads.get(index));
    }

    /** Checks that {@code head} is the leaf at the proof's index of a tree whose root is {@code rootHex}. */
    public static boolean verifyInclusion(AccountHead head, InclusionProof proof, String rootHex) {
        MessageDigest digest = Sha256.newDigest();
        byte[] hash = leafHash(head, digest, new CanonicalEncoder(160));
        long index = proof.leafIndex();
        long last = proof.treeSize() - 1;
        for (String siblingHex : proof.path()) {
            if (last == 0 || !Sha256.isHash(siblingHex)) {
                return false;
            }
            byte[] sibling = Sha256.fromHex(siblingHex);
            if ((index & 1) == 1 || index == last) {
                hash = node(sibling, hash, digest);
                while ((index & 1) == 0 && index != 0) {
                    index >>= 1;
                    last >>= 1;
                }
            } else {
                hash = node(hash, sibling, digest);
            }
            index >>= 1;
            last >>= 1;
        }
        return last == 0 && Sha256.equalsHex(hash, rootHex);
    }

    static byte[] leafHash(AccountHead head, MessageDigest digest, CanonicalEncoder encoder) {
        encoder.reset().text(LEAF_TAG).text(head.person().value()).number(head.sequence()).text(head.hash());
        digest.reset();
        digest.update((byte) 0x00);
        digest.update(encoder.buffer(), 0, encoder.size());
        return digest.digest();
    }

    private static byte[] node(byte[] left, byte[] right, MessageDigest digest) {
        digest.reset();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    private byte[] subtreeRoot(int from, int to, MessageDigest digest) {
        int n = to - from;
        if (n == 0) {
            digest.reset();
            return digest.digest();
        }
        if (n == 1) {
            return leaves[from];
        }
        int k = largestPowerOfTwoBelow(n);
        byte[] left = subtreeRoot(from, from + k, digest);
        byte[] right = subtreeRoot(from + k, to, digest);
        return node(left, right, digest);
    }

    private void collectPath(int index, int from, int to, List<String> path, MessageDigest digest) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (index < from + k) {
            collectPath(index, from, from + k, path, digest);
            path.add(Sha256.hex(subtreeRoot(from + k, to, digest)));
        } else {
            collectPath(index, from + k, to, path, digest);
            path.add(Sha256.hex(subtreeRoot(from, from + k, digest)));
        }
    }

    private int indexOf(PersonKey person) {
        int low = 0;
        int high = heads.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = heads.get(mid).person().compareTo(person);
            if (order == 0) {
                return mid;
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    @Override
    public String toString() {
        return "AccountHeadsTree[" + leaves.length + " leaves]";
    }
}
