package org.anxue.oversight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws one person's spot-exam questions from the question banks of published courses.
 *
 * <p>A question's course names target industries and post kinds (either may be empty, meaning
 * "everyone"). For a person of post kind P in a company of industry I, a question is
 * <ol>
 * <li>{@code SPECIFIC} when its course names both I and P,</li>
 * <li>{@code PARTLY} when it names one of them and leaves the other open,</li>
 * <li>{@code GENERAL} when it names neither (general safety questions),</li>
 * <li>{@code OTHER} otherwise (names another industry or post): used only when the three tiers
 * above together hold fewer questions than asked.</li>
 * </ol>
 * Questions are taken tier by tier, at random within a tier, and the drawn set is shuffled. A
 * draw whose set (or order) equals another person's in the same exam is repeated while the pool
 * allows a different one, so that neighbours cannot copy.
 */
final class QuestionDraw {

    enum Tier { SPECIFIC, PARTLY, GENERAL, OTHER }

    /** A question of the bank with what its course targets. */
    record Candidate(long questionId, long courseId, Set<String> industries, Set<String> postKinds) {

        Tier tierFor(String industry, String postKind) {
            boolean industryOpen = industries.isEmpty();
            boolean postOpen = postKinds.isEmpty();
            boolean industryMatch = industries.contains(industry);
            boolean postMatch = postKinds.contains(postKind);
            if ((!industryOpen && !industryMatch) || (!postOpen && !postMatch)) {
                return Tier.OTHER;
            }
            if (industryMatch && postMatch) {
                return Tier.SPECIFIC;
            }
            if (industryMatch || postMatch) {
                return Tier.PARTLY;
            }
            return Tier.GENERAL;
        }
    }

    private static final int ATTEMPTS = 20;

    private QuestionDraw() {
    }

    /** The bank sorted into tiers for one post kind in one industry; build once, draw for many people. */
    record Pool(List<List<Long>> tiers) {

        static Pool of(Collection<Candidate> bank, String industry, String postKind) {
            List<List<Long>> tiers = new ArrayList<>();
            for (int i = 0; i < Tier.values().length; i++) {
                tiers.add(new ArrayList<>());
            }
            Set<Long> seen = new HashSet<>();
            for (Candidate c : bank) {
                if (seen.add(c.questionId())) {
                    tiers.get(c.tierFor(industry, postKind).ordinal()).add(c.questionId());
                }
            }
            return new Pool(tiers);
        }
    }

    /**
     * The questions (ids, in the order asked) for a person of {@code postKind} (the catalog's post
     * kind name) in a company of {@code industry}; fewer than {@code count} only when the whole
     * bank holds fewer. {@code taken} are the draws of the exam's other people, in order.
     */
    static List<Long> draw(Collection<Candidate> bank, String industry, String postKind, int count, Random random,
                           Collection<List<Long>> taken) {
        return draw(Pool.of(bank, industry, postKind), count, random, taken);
    }

    static List<Long> draw(Pool pool, int count, Random random, Collection<List<Long>> taken) {
        Set<Set<Long>> takenSets = taken.stream().map(HashSet::new).collect(Collectors.toSet());
        Set<List<Long>> takenOrders = new HashSet<>(taken);
        List<Long> drawn = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            drawn = once(pool.tiers(), count, random);
            if (!takenSets.contains(new HashSet<>(drawn))) {
                return drawn;
            }
        }
        // The pool allows no other set: at least ask in another order.
        for (int attempt = 0; attempt < ATTEMPTS && takenOrders.contains(drawn); attempt++) {
            Collections.shuffle(drawn, random);
        }
        return drawn;
    }

    private static List<Long> once(List<List<Long>> tiers, int count, Random random) {
        List<Long> drawn = new ArrayList<>(count);
        for (List<Long> tier : tiers) {
            if (drawn.size() >= count) {
                break;
            }
            drawn.addAll(sample(tier, count - drawn.size(), random));
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** {@code k} distinct elements at random (all of them when the list is not longer). */
    private static List<Long> sample(List<Long> from, int k, Random random) {
        int n = from.size();
        if (k >= n) {
            return from;
        }
        if (k * 4 < n) {
            Set<Integer> picked = new java.util.LinkedHashSet<>();
            while (picked.size() < k) {
                picked.add(random.nextInt(n));
            }
            return picked.stream().map(from::get).toList();
        }
        List<Long> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, k);
    }

    /** The catalog's name (course_version_post_kind) of a post kind as employment records it. */
    static String catalogPostKind(String employmentPostKind) {
        return switch (employmentPostKind) {
            case "SPECIAL_OPERATION" -> "SPECIAL_OPERATION_WORKER";
            case "GENERAL" -> "GENERAL_WORKER";
            default -> employmentPostKind;
        };
    }
}
