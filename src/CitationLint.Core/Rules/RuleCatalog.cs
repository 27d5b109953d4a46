namespace CitationLint.Rules;

/// <summary>The one list of rules, in ID order (design §4). IDs are never reused.</summary>
public static class RuleCatalog
{
    /// <summary>Every rule, in ID order: the linter runs them in this order.</summary>
    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new UnknownStatuteRule(), new NoSuchArticleRule(), new QuoteMismatchRule(), new OutdatedNumberRule(),
        new RepealedStatuteRule(), new UnresolvedReferenceRule(), new MalformedCitationRule(), new NonstandardNameRule(),
        new NumeralStyleRule(), new AlteredQuoteRule(), new UncheckedDocumentRule(),
    ];

    /// <summary>All descriptors, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [.. Rules.Select(r => r.Descriptor)];

    /// <summary>The descriptor with this ID, or null.</summary>
    public static RuleDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (string.Equals(descriptor.Id, id, StringComparison.OrdinalIgnoreCase))
                return descriptor;
        }

        return null;
    }
}
