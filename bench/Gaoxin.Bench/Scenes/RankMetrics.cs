namespace Gaoxin.Bench.Scenes;

/// <summary>
/// Ranking metrics written here, not borrowed from the matcher: nDCG@k with gain 2^grade − 1 and a log2(rank + 1) discount
/// (the ideal ranking is every labelled document by grade), and recall@k = labelled documents (grade ≥ 1) in the top k over
/// all labelled ones. <see cref="SelfCheck"/> asserts both on a hand-computed example at bench start.
/// </summary>
internal static class RankMetrics
{
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> labels, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (labels.TryGetValue(ranked[i], out var grade) && grade > 0)
            {
                dcg += (Math.Pow(2, grade) - 1) / Math.Log2(i + 2);
            }
        }

        var ideal = 0.0;
        var grades = labels.Values.Where(g => g > 0).OrderDescending().Take(k).ToList();
        for (var i = 0; i < grades.Count; i++)
        {
            ideal += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        }

        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> labels, int k)
    {
        var relevant = labels.Where(l => l.Value > 0).Select(l => l.Key).ToHashSet();
        return relevant.Count == 0 ? 0 : ranked.Take(k).Count(relevant.Contains) / (double)relevant.Count;
    }

    /// <summary>
    /// The 95% interval of the mean of paired differences by the percentile bootstrap: the queries are drawn again with
    /// replacement <paramref name="resamples"/> times (a fixed seed, so a run is repeatable) and the 2.5th and 97.5th
    /// percentiles of the resampled means are returned. An interval above zero says the gain is not one lucky query.
    /// </summary>
    public static (double Low, double High) BootstrapInterval(IReadOnlyList<double> differences, int resamples = 10_000, int seed = 16)
    {
        if (differences.Count == 0)
        {
            return (0, 0);
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < differences.Count; i++)
            {
                sum += differences[random.Next(differences.Count)];
            }

            means[r] = sum / differences.Count;
        }

        Array.Sort(means);
        return (means[(int)(resamples * 0.025)], means[(int)(resamples * 0.975) - 1]);
    }

    /// <summary>Two-sided exact sign test: the chance of a split of wins and losses at least this uneven if neither side were better (ties left out).</summary>
    public static double SignTest(int wins, int losses)
    {
        var n = wins + losses;
        if (n == 0)
        {
            return 1;
        }

        var extreme = Math.Max(wins, losses);
        var tail = 0.0;
        for (var k = extreme; k <= n; k++)
        {
            tail += Math.Exp(LogChoose(n, k) - n * Math.Log(2));
        }

        return Math.Min(1, 2 * tail);
    }

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }

    /// <summary>
    /// Labels a=2, b=1, c=1; ranking [x, a, c, y]. DCG@10 = 3/log2(3) + 1/log2(4) = 1.892789 + 0.5 = 2.392789;
    /// ideal = 3/1 + 1/log2(3) + 1/2 = 4.130930; nDCG = 0.579237. Recall@10 = 2/3, recall@1 = 0, nDCG of the ideal order = 1.
    /// </summary>
    public static void SelfCheck()
    {
        var labels = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["z"] = 0 };
        Expect(Ndcg(["x", "a", "c", "y"], labels, 10), 0.579237, "nDCG@10");
        Expect(Ndcg(["a", "b", "c"], labels, 10), 1, "nDCG of the ideal order");
        Expect(Ndcg(["x", "a"], labels, 1), 0, "nDCG@1 with a miss first");
        Expect(Recall(["x", "a", "c", "y"], labels, 10), 2.0 / 3, "recall@10");
        Expect(Recall(["x", "a", "c", "y"], labels, 1), 0, "recall@1");
        Expect(Recall(["z"], labels, 10), 0, "a grade-0 label is not relevant");
        // 8 wins, 2 losses: 2 × (C(10,8) + C(10,9) + C(10,10)) / 2^10 = 2 × 56 / 1024.
        Expect(SignTest(8, 2), 0.109375, "sign test 8/2");
        Expect(SignTest(5, 5), 1, "sign test of an even split");
        var (low, high) = BootstrapInterval([0.1, 0.1, 0.1]);
        Expect(low, 0.1, "bootstrap interval of a constant (low)");
        Expect(high, 0.1, "bootstrap interval of a constant (high)");
    }

    private static void Expect(double actual, double expected, string what)
    {
        if (Math.Abs(actual - expected) > 1e-5)
        {
            throw new InvalidOperationException($"metric self-check failed: {what} = {actual:F6}, expected {expected:F6}");
        }
    }
}
