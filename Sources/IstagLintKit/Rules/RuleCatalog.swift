/// Every rule istaglint has, in code order.
public enum RuleCatalog {
    /// All rules. Where two findings start at the same place they are listed in this order,
    /// which follows the order in which the server runs its checks.
    public static let all: [any Rule] = [
        YAMLSyntaxRule(),
        DuplicateKeyRule(),
        ObjectNotMappingRule(),
        APIVersionRule(),
        InputLimitRule(),
        UnconvertibleYAMLRule(),
        SuppressionDirectiveRule(),
        UnknownFieldRule(),
        WrongTypeRule(),
        YAML11BooleanRule(),
        NameRequiredRule(),
        NamePathSegmentRule(),
        ImageStreamTagNameRule(),
        StreamNameRule(),
        NamespaceRule(),
        GenerateNameRule(),
        LabelRule(),
        AnnotationRule(),
        MetadataFieldsRule(),
        FromNameRequiredRule(),
        FromKindRule(),
        DockerImageReferenceRule(),
        StreamReferenceNameRule(),
        ScheduledImportKindRule(),
        ReferencePolicyTypeRule(),
        ImportModeRule(),
        TagAnnotationsRule(),
        TagGenerationRule(),
        ReimportRequestRule(),
        ImportPendingRule(),
        ImportFailedRule(),
        ConditionValuesRule(),
        StaleConditionRule(),
        ServerPopulatedFieldsRule(),
        TagNameMismatchRule(),
        AnnotationsDroppedRule(),
        LabelsIgnoredRule(),
        InsecureImportRule(),
        InsecureRepositoryAnnotationRule(),
        UnpinnedImageRule(),
        RegistryOnlyReferenceRule(),
        DigestAsRepositoryRule(),
        PointlessScheduledImportRule(),
        IneffectiveImportPolicyRule(),
        LocalPolicyOnReferenceRule(),
        DockerImageNamespaceRule(),
        PreferPlatformAnnotationRule(),
        SelfReferenceRule(),
    ]

    /// The rule with a code (`IST004`) or a name (`api-version`), ignoring case.
    public static func rule(named codeOrName: String) -> (any Rule)? {
        let wanted = codeOrName.lowercased()
        return all.first { $0.description.code.lowercased() == wanted || $0.description.name == wanted }
    }
}
