namespace AiVideo.Generation.Infrastructure.Local.Story;

/// <summary>
/// Splits a target duration between scenes: the first and last a little shorter than the middle ones, each a whole
/// number of tenths of a second (a whole number of frames at 30 fps), at least <see cref="MinimumSeconds"/>, summing to the target.
/// </summary>
internal static class SceneDurations
{
    public const double MinimumSeconds = 1.0;

    public static IReadOnlyList<double> Split(double targetSeconds, int sceneCount)
    {
        var weights = Enumerable.Range(0, sceneCount)
            .Select(i => sceneCount > 2 && (i == 0 || i == sceneCount - 1) ? 0.85 : 1.0)
            .ToArray();
        var totalTenths = (long)Math.Floor(targetSeconds * 10 + 1e-9);
        var minimumTenths = (long)(MinimumSeconds * 10);
        var tenths = weights.Select(w => Math.Max(minimumTenths, (long)Math.Floor(totalTenths * w / weights.Sum()))).ToArray();
        // Hand out (or take back) the tenths that rounding left over, one per scene, middle scenes first.
        var order = Enumerable.Range(0, sceneCount).OrderByDescending(i => weights[i]).ThenBy(i => i).ToArray();
        for (var k = 0; tenths.Sum() != totalTenths; k = (k + 1) % sceneCount)
        {
            var i = order[k];
            if (tenths.Sum() < totalTenths)
            {
                tenths[i]++;
            }
            else if (tenths[i] > minimumTenths)
            {
                tenths[i]--;
            }
        }
        var durations = tenths.Select(t => t / 10.0).ToArray();
        // A target that is not a whole number of tenths: the last scene takes the remainder, so the sum is exact.
        durations[^1] += targetSeconds - totalTenths / 10.0;
        return durations;
    }
}
