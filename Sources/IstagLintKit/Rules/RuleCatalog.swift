/// Every rule istaglint has, in code order.
public enum RuleCatalog {
    /// All rules, in code order. Where two findings start at the same place they are listed in
    /// this order, which follows the order in which the server runs its checks. The rules are
    /// also kept in typed lists, so the engine needs no dynamic casts (slow on first use).
    public static let all: [any Rule] = {
        // Element by element, and sorted by an insertion sort on the codes read once: both
        // avoid run-time casts and conformance lookups at start-up (bench/profile-notes.md).
        var rules: [any Rule] = problemRules.map { rule -> any Rule in rule }
        rules += documentRules.map { rule -> any Rule in rule }
        rules += objectRules.map { rule -> any Rule in rule }
        rules += engineRules
        var codes = rules.map { $0.description.code }
        for end in codes.indices.dropFirst() {
            var index = end
            while index > 0 && codes[index] < codes[index - 1] {
                codes.swapAt(index, index - 1)
                rules.swapAt(index, index - 1)
                index -= 1
            }
        }
        return rules
    }()

    /// The kinds of object a rule checks, for an object rule; nil for a rule that reads whole
    /// documents or streams.
    public static func kinds(checkedBy code: String) -> [ObjectKind]? {
        objectRules.first { $0.description.code == code }?.kinds
    }

    /// The rules that report why a stream could not be read.
    public static let problemRules: [any ProblemRule] = [
        YAMLSyntaxRule(),
        InputLimitRule(),
    ]

    /// The rules that look at whole documents.
    public static let documentRules: [any DocumentRule] = [
        DuplicateKeyRule(),
        ObjectNotMappingRule(),
        APIVersionRule(),
        UnconvertibleYAMLRule(),
        UnknownKindRule(),
        TemplateParameterNameRule(),
        UnknownTemplateParameterRule(),
    ]

    /// The rules that look at one object at a time, in code order.
    public static let objectRules: [any ObjectRule] = [
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
        DockerImageNamespaceRefusedRule(),
        ImageRepositoryRule(),
        SpecTagNameRule(),
        TagReferenceCycleRule(),
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
        ReapplyConflictRule(),
        TagMissingRule(),
        ImageReferenceRule(),
        ImageLayerRule(),
        LayersAndManifestsRule(),
        ImageManifestEntryRule(),
        ImageMetadataVersionRule(),
        ImageManifestJSONRule(),
        ImageNameDigestRule(),
        SignatureFieldsRule(),
        SignatureNameRule(),
        SignatureConditionsRule(),
        SignatureUnknownStateRule(),
        SignatureSubjectRule(),
        SignatureApplyRule(),
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

    /// The rules the engine reports itself (inline suppressions, templates).
    public static let engineRules: [any Rule] = [
        SuppressionDirectiveRule(),
        TemplatedManifestRule(),
        RegistryNotAllowedRule(),
        DuplicateTagRule(),
        MissingSourceTagRule(),
    ]

    /// The rule with a code (`IST004`) or a name (`api-version`), ignoring case.
    public static func rule(named codeOrName: String) -> (any Rule)? {
        let wanted = codeOrName.lowercased()
        return all.first { $0.description.code.lowercased() == wanted || $0.description.name == wanted }
    }
}
