namespace AiVideo.Testing;

/// <summary>Fails with every difference between a context's EF model and its database's migrated schema.</summary>
public static class SchemaAssert
{
    public static async Task ModelMatchesDatabaseAsync(DbContext context, params string[] ignoredTables)
    {
        var differences = await SchemaComparer.CompareAsync(context, ignoredTables);
        differences.Should().BeEmpty("the EF model and the SQL migrations must describe the same schema");
    }
}
