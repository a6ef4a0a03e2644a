using System.Text.RegularExpressions;

namespace AiVideo.Architecture.Tests;

/// <summary>What every service shares (resource names, scopes, claim names, roles) is written once, in SharedKernel's vocabulary.</summary>
public sealed partial class VocabularyTests
{
    [Fact]
    public void No_source_file_outside_the_vocabulary_spells_a_shared_name_as_a_literal()
    {
        var root = FindRepository();
        var offenders = new[] { "services", "gateway", "ServiceDefaults", "AppHost" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !path.Contains($"{Path.DirectorySeparatorChar}Vocabulary{Path.DirectorySeparatorChar}"))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(entry => SharedLiteral().IsMatch(entry.line))
            .Select(entry => $"{Path.GetRelativePath(root, entry.path)}:{entry.index + 1}: {entry.line.Trim()}")
            .ToList();

        offenders.Should().BeEmpty("resource names, scopes, claims and roles come from AiVideo.SharedKernel.Vocabulary");
    }

    [GeneratedRegex("""
        "(identity-api|projects-api|media-api|generation-api|webhooks-api|identitydb|projectsdb|mediadb|generationdb|webhooksdb|eventbus|company_id|api_key_id|ADMIN|MEMBER|projects:read|projects:write|media:read|media:write|generation:run|webhooks:manage)"
        """)]
    private static partial Regex SharedLiteral();

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiVideo.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository was not found above the test's folder.");
    }
}
