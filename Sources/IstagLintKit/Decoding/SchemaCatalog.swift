/// The field tables of `image.openshift.io/v1` ImageStreamTag and ImageStream and every type they contain,
/// compiled in so istaglint works offline. Summaries are the first sentences of the API
/// reference's descriptions.
public enum SchemaCatalog {
    /// The schema with a Go type name.
    public static func schema(named name: String) -> ObjectSchema? { byName[name] }

    /// Every schema, by name.
    public static let byName: [String: ObjectSchema] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Every schema.
    public static let all: [ObjectSchema] = [
        imageStreamTag, imageStream, imageStreamSpec, imageStreamStatus, namedTagEventList, tagEvent, objectMeta, ownerReference, managedFieldsEntry,
        tagReference, objectReference,
        tagImportPolicy, tagReferencePolicy, imageLookupPolicy, tagEventCondition, image, imageLayer,
        imageManifest, imageSignature, signatureCondition, signatureIssuer, signatureSubject, dockerImage, dockerConfig,
    ]

    /// The kinds `tag.from` may name, as the server's message lists them.
    public static let fromKinds = ["DockerImage", "ImageStreamImage", "ImageStreamTag"]
    /// `referencePolicy.type`'s values, as the server's message lists them.
    public static let referencePolicyTypes = ["Source", "Local"]
    /// `importPolicy.importMode`'s values.
    public static let importModes = ["Legacy", "PreserveOriginal"]
    /// The types of a tag event condition.
    public static let tagConditionTypes = ["ImportSuccess"]
    /// The types of a signature condition.
    public static let signatureConditionTypes = ["Trusted", "ForImage", "Expired", "Revoked"]
    /// The condition statuses Kubernetes defines.
    public static let conditionStatuses = ["True", "False", "Unknown"]

    private static let apiVersionSummary = "APIVersion defines the versioned schema of this representation of an object."
    private static let kindSummary = "Kind is a string value representing the REST resource this object represents."
    private static let timeSummary = "A time, written in RFC 3339 form."

    /// `ImageStreamTag`.
    public static let imageStreamTag = ObjectSchema(
        "ImageStreamTag",
        fields: [
            FieldSpec("apiVersion", .string, allowedValues: ["image.openshift.io/v1"], apiVersionSummary),
            FieldSpec("kind", .string, kindSummary),
            FieldSpec("metadata", .object("ObjectMeta"), "Standard object's metadata."),
            FieldSpec("tag", .object("TagReference"), "The spec tag associated with this image stream tag; it may be null if only pushes have occurred."),
            FieldSpec("generation", .int64, "The current generation of the tagged image."),
            FieldSpec(
                "lookupPolicy", .object("ImageLookupPolicy"),
                "How an image stream can be used to override the image references used by pods, builds, and other resources in a namespace."),
            FieldSpec("conditions", .list(.object("TagEventCondition")), "Conditions that apply to the image stream tag."),
            FieldSpec("image", .object("Image"), "The image associated with the image stream tag."),
        ],
        misplacedFieldHints: [
            "spec": "spec is ImageStream's shape; an ImageStreamTag holds one tag under tag: (tag.from, tag.importPolicy, ...)",
            "status": "status belongs to an ImageStream; an ImageStreamTag's status is server-populated (image, conditions, generation)",
            "tags": "tags is ImageStream's spec.tags; an ImageStreamTag holds one tag under tag:",
            "from": "from belongs under tag: (tag.from)",
            "importPolicy": "importPolicy belongs under tag: (tag.importPolicy)",
            "referencePolicy": "referencePolicy belongs under tag: (tag.referencePolicy)",
            "reference": "reference belongs under tag: (tag.reference)",
            "annotations": "annotations belong under metadata: (metadata.annotations)",
            "labels": "labels belong under metadata: (metadata.labels)",
            "name": "name belongs under metadata: (metadata.name, as <stream>:<tag>)",
            "namespace": "namespace belongs under metadata: (metadata.namespace)",
            "dockerImageRepository": "dockerImageRepository is ImageStream's spec.dockerImageRepository; an ImageStreamTag uses tag.from",
        ])

    /// `ImageStream`.
    public static let imageStream = ObjectSchema(
        "ImageStream",
        fields: [
            FieldSpec("apiVersion", .string, allowedValues: ["image.openshift.io/v1"], apiVersionSummary),
            FieldSpec("kind", .string, kindSummary),
            FieldSpec("metadata", .object("ObjectMeta"), "Standard object's metadata."),
            FieldSpec("spec", .object("ImageStreamSpec"), "Spec describes the desired state of this stream."),
            FieldSpec("status", .object("ImageStreamStatus"), "Status describes the current state of this stream."),
        ],
        misplacedFieldHints: [
            "tags": "tags belong under spec: (spec.tags)",
            "tag": "tag is ImageStreamTag's shape; an ImageStream lists its tags under spec.tags",
            "lookupPolicy": "lookupPolicy belongs under spec: (spec.lookupPolicy)",
            "dockerImageRepository": "dockerImageRepository belongs under spec: (spec.dockerImageRepository)",
            "annotations": "annotations belong under metadata: (metadata.annotations)",
            "labels": "labels belong under metadata: (metadata.labels)",
            "name": "name belongs under metadata: (metadata.name)",
            "namespace": "namespace belongs under metadata: (metadata.namespace)",
        ])

    /// `ImageStreamSpec`.
    public static let imageStreamSpec = ObjectSchema(
        "ImageStreamSpec",
        fields: [
            FieldSpec(
                "lookupPolicy", .object("ImageLookupPolicy"),
                "How an image stream can be used to override the image references used by pods, builds, and other resources in a namespace."),
            FieldSpec("dockerImageRepository", .string, "Optional; if specified, a repository that is imported periodically, without a tag or digest."),
            FieldSpec("tags", .list(.object("TagReference")), "A map of arbitrary string values to specific image locators."),
        ],
        misplacedFieldHints: [
            "from": "from belongs to a tag: (spec.tags[].from)",
            "importPolicy": "importPolicy belongs to a tag: (spec.tags[].importPolicy)",
            "referencePolicy": "referencePolicy belongs to a tag: (spec.tags[].referencePolicy)",
            "local": "local belongs under lookupPolicy: (spec.lookupPolicy.local)",
        ])

    /// `ImageStreamStatus`, which only the server writes.
    public static let imageStreamStatus = ObjectSchema(
        "ImageStreamStatus",
        fields: [
            FieldSpec("dockerImageRepository", .string, "The effective location this stream may be accessed at."),
            FieldSpec("publicDockerImageRepository", .string, "The public location from where the image can be pulled outside the cluster."),
            FieldSpec("tags", .list(.object("NamedTagEventList")), "A historical record of images associated with each tag."),
        ])

    /// `NamedTagEventList`, an item of `status.tags`.
    public static let namedTagEventList = ObjectSchema(
        "NamedTagEventList",
        fields: [
            FieldSpec("tag", .string, "The tag for which the history is recorded."),
            FieldSpec("items", .list(.object("TagEvent")), "A list of tag events related to the tag, newest first."),
            FieldSpec("conditions", .list(.object("TagEventCondition")), "Problems the system encountered with this tag."),
        ])

    /// `TagEvent`, an item of `status.tags[].items`.
    public static let tagEvent = ObjectSchema(
        "TagEvent",
        fields: [
            FieldSpec("created", .time, "When the TagEvent was created."),
            FieldSpec("dockerImageReference", .string, "The string that can be used to pull this image."),
            FieldSpec("image", .string, "The image."),
            FieldSpec("generation", .int64, "The spec tag generation that resulted in this tag being updated."),
        ])

    /// `ObjectMeta`, with the fields Kubernetes defines.
    public static let objectMeta = ObjectSchema(
        "ObjectMeta",
        fields: [
            FieldSpec("name", .string, "Name must be unique within a namespace."),
            FieldSpec("generateName", .string, "An optional prefix, used by the server, to generate a unique name only if name has not been provided."),
            FieldSpec("namespace", .string, "The space within which each name must be unique."),
            FieldSpec("selfLink", .string, "Deprecated: a legacy read-only field that is no longer populated by the system."),
            FieldSpec("uid", .string, goType: "types.UID", "The unique in time and space value for this object."),
            FieldSpec("resourceVersion", .string, "An opaque value that represents the internal version of this object."),
            FieldSpec("generation", .int64, "A sequence number representing a specific generation of the desired state."),
            FieldSpec("creationTimestamp", .time, "When this object was created."),
            FieldSpec("deletionTimestamp", .time, "When this object will be deleted."),
            FieldSpec("deletionGracePeriodSeconds", .int64, "Seconds allowed for this object to gracefully terminate before it is removed from the system."),
            FieldSpec("labels", .stringMap, "Map of string keys and values that can be used to organize and categorize objects."),
            FieldSpec("annotations", .stringMap, "An unstructured key value map that may be set by external tools to store and retrieve arbitrary metadata."),
            FieldSpec("ownerReferences", .list(.object("OwnerReference")), "Objects depended by this object."),
            FieldSpec("finalizers", .list(.string), "Must be empty before the object is deleted from the registry."),
            FieldSpec(
                "managedFields", .list(.object("ManagedFieldsEntry")), "Maps workflow-id and version to the set of fields that are managed by that workflow."),
        ],
        misplacedFieldHints: [
            "tag": "tag belongs at the top level of the ImageStreamTag, beside metadata:",
            "clusterName": "clusterName was removed from ObjectMeta in Kubernetes 1.25",
        ])

    /// `OwnerReference`.
    public static let ownerReference = ObjectSchema(
        "OwnerReference",
        fields: [
            FieldSpec("apiVersion", .string, "API version of the referent."),
            FieldSpec("kind", .string, "Kind of the referent."),
            FieldSpec("name", .string, "Name of the referent."),
            FieldSpec("uid", .string, goType: "types.UID", "UID of the referent."),
            FieldSpec("controller", .bool, "If true, this reference points to the managing controller."),
            FieldSpec(
                "blockOwnerDeletion", .bool,
                "If true, and the owner has the foregroundDeletion finalizer, the owner cannot be deleted before this reference is removed."),
        ])

    /// `ManagedFieldsEntry`.
    public static let managedFieldsEntry = ObjectSchema(
        "ManagedFieldsEntry",
        fields: [
            FieldSpec("manager", .string, "An identifier of the workflow managing these fields."),
            FieldSpec("operation", .string, goType: "v1.ManagedFieldsOperationType", "The type of operation which lead to this entry: Apply or Update."),
            FieldSpec("apiVersion", .string, "The version of this resource that this field set applies to."),
            FieldSpec("time", .time, "The timestamp of when the entry was added."),
            FieldSpec("fieldsType", .string, "The discriminator for the different fields format and version: FieldsV1."),
            FieldSpec("fieldsV1", .freeFormObject, "The set of fields, in a data structure like a trie, in JSON format."),
            FieldSpec("subresource", .string, "The name of the subresource used to update that object."),
        ])

    /// `TagReference`.
    public static let tagReference = ObjectSchema(
        "TagReference",
        fields: [
            FieldSpec("name", .string, "Name of the tag."),
            FieldSpec("annotations", .stringMap, "Optional; if specified, annotations that are applied to images retrieved via ImageStreamTags."),
            FieldSpec(
                "from", .object("ObjectReference"),
                "Optional; if specified, a reference to another image that this tag should point to: DockerImage, ImageStreamTag or ImageStreamImage."),
            FieldSpec(
                "reference", .bool, defaultValue: "false", "Whether the tag is only a reference and will not be imported (default false: the tag is imported)."),
            FieldSpec("generation", .int64, "A counter that tracks mutations to the spec tag (user intent)."),
            FieldSpec("importPolicy", .object("TagImportPolicy"), "How images related to this tag will be imported."),
            FieldSpec(
                "referencePolicy", .object("TagReferencePolicy"), "How pull specs for images in this tag are generated when image change triggers are resolved."
            ),
        ],
        misplacedFieldHints: [
            "lookupPolicy": "lookupPolicy is a field of the ImageStreamTag itself (and is ignored on write: set spec.lookupPolicy on the ImageStream)",
            "kind": "kind belongs under from: ({}.from.kind)",
            "image": "the image to track goes under from: ({}.from.kind and tag.from.name)",
            "insecure": "insecure belongs under importPolicy: ({}.importPolicy.insecure)",
            "scheduled": "scheduled belongs under importPolicy: ({}.importPolicy.scheduled)",
            "importMode": "importMode belongs under importPolicy: ({}.importPolicy.importMode)",
            "type": "type belongs under referencePolicy: ({}.referencePolicy.type)",
        ])

    /// `ObjectReference`, the type of `tag.from`.
    public static let objectReference = ObjectSchema(
        "ObjectReference",
        fields: [
            FieldSpec("kind", .string, allowedValues: fromKinds, "Kind of the referent: DockerImage, ImageStreamTag or ImageStreamImage."),
            FieldSpec("namespace", .string, "Namespace of the referent."),
            FieldSpec(
                "name", .string, "Name of the referent: a pull spec for DockerImage, <stream>:<tag> for ImageStreamTag, <stream>@<id> for ImageStreamImage."),
            FieldSpec("uid", .string, goType: "types.UID", "UID of the referent."),
            FieldSpec("apiVersion", .string, "API version of the referent."),
            FieldSpec("resourceVersion", .string, "Specific resourceVersion to which this reference is made, if any."),
            FieldSpec("fieldPath", .string, "If referring to a piece of an object instead of an entire object, a JSON/Go field access statement."),
        ],
        misplacedFieldHints: [
            "image": "the pull spec goes in name: ({}.from.name) with kind: DockerImage",
            "tag": "the tag is part of name: (<stream>:<tag> or <registry>/<repository>:<tag>)",
        ])

    /// `TagImportPolicy`.
    public static let tagImportPolicy = ObjectSchema(
        "TagImportPolicy",
        fields: [
            FieldSpec(
                "insecure", .bool, defaultValue: "false",
                "True if the server may bypass certificate verification or connect directly over HTTP during image import."),
            FieldSpec("scheduled", .bool, defaultValue: "false", "Whether the tag is periodically checked to ensure it is up to date, and imported."),
            FieldSpec(
                "importMode", .string, goType: "v1.ImportModeType", allowedValues: importModes, defaultValue: "Legacy",
                "How to import an image manifest: Legacy (the default) or PreserveOriginal."),
        ])

    /// `TagReferencePolicy`.
    public static let tagReferencePolicy = ObjectSchema(
        "TagReferencePolicy",
        fields: [
            FieldSpec(
                "type", .string, goType: "v1.TagReferencePolicyType", allowedValues: referencePolicyTypes, defaultValue: "Source",
                "How the image pull spec is transformed when the tag is used in triggers or builds: Source (the default) or Local.")
        ])

    /// `ImageLookupPolicy`.
    public static let imageLookupPolicy = ObjectSchema(
        "ImageLookupPolicy",
        fields: [
            FieldSpec(
                "local", .bool, defaultValue: "false",
                "Whether short image references in this namespace resolve to the image ID when they match this image stream.")
        ])

    /// `TagEventCondition`.
    public static let tagEventCondition = ObjectSchema(
        "TagEventCondition",
        fields: [
            FieldSpec(
                "type", .string, goType: "v1.TagEventConditionType", allowedValues: tagConditionTypes,
                "Type of tag event condition, currently only ImportSuccess."),
            FieldSpec(
                "status", .string, goType: "v1.ConditionStatus", allowedValues: conditionStatuses, "Status of the condition, one of True, False, Unknown."),
            FieldSpec("lastTransitionTime", .time, "When the condition transitioned from one status to another."),
            FieldSpec("reason", .string, "A brief machine readable explanation for the condition's last transition."),
            FieldSpec("message", .string, "A human readable description of the details about last transition, complementing reason."),
            FieldSpec("generation", .int64, "The spec tag generation that this status corresponds to."),
        ])

    /// `Image`, embedded in `ImageStreamTag.image`.
    public static let image = ObjectSchema(
        "Image",
        fields: [
            FieldSpec("apiVersion", .string, allowedValues: ["image.openshift.io/v1"], apiVersionSummary),
            FieldSpec("kind", .string, kindSummary),
            FieldSpec("metadata", .object("ObjectMeta"), "Standard object's metadata; the name is the image's digest."),
            FieldSpec("dockerImageReference", .string, "The string that can be used to pull this image."),
            FieldSpec("dockerImageMetadata", .object("DockerImage"), goType: "docker10.DockerImage", "Metadata about this image."),
            FieldSpec("dockerImageMetadataVersion", .string, "The version of dockerImageMetadata, which if empty defaults to \"1.0\"."),
            FieldSpec("dockerImageManifest", .string, "The raw JSON of the manifest."),
            FieldSpec("dockerImageLayers", .list(.object("ImageLayer")), "The layers in the image."),
            FieldSpec("signatures", .list(.object("ImageSignature")), "All signatures of the image."),
            FieldSpec("dockerImageSignatures", .list(.bytes), "The signatures as opaque blobs (manifest schema v1)."),
            FieldSpec("dockerImageManifestMediaType", .string, "The media type of the manifest."),
            FieldSpec("dockerImageConfig", .string, "A JSON blob that the runtime uses to set up the container."),
            FieldSpec("dockerImageManifests", .list(.object("ImageManifest")), "Sub-manifests when the image represents a manifest list."),
        ])

    /// `DockerImage` of version 1.0 (openshift/api `image/docker10`), the content of
    /// `Image.dockerImageMetadata`: decoded on its own while the request is decoded
    /// (`Convert_v1_Image_To_image_Image`), unknown fields ignored.
    public static let dockerImage = ObjectSchema(
        "DockerImage",
        fields: [
            FieldSpec("apiVersion", .string, apiVersionSummary),
            FieldSpec("kind", .string, kindSummary),
            FieldSpec("Id", .string, "The image's ID."),
            FieldSpec("Parent", .string, "The parent image's ID."),
            FieldSpec("Comment", .string, "A comment."),
            FieldSpec("Created", .time, "When the image was created."),
            FieldSpec("Container", .string, "The container the image was committed from."),
            FieldSpec("ContainerConfig", .object("DockerConfig"), goType: "docker10.DockerConfig", "The configuration of that container."),
            FieldSpec("DockerVersion", .string, "The version of Docker that built the image."),
            FieldSpec("Author", .string, "The author."),
            FieldSpec("Config", .object("DockerConfig"), goType: "docker10.DockerConfig", "The configuration of containers run from the image."),
            FieldSpec("Architecture", .string, "The CPU architecture."),
            FieldSpec("Size", .int64, "The size in bytes."),
        ],
        isDecodedOnItsOwn: true)

    /// `DockerConfig` (openshift/api `image/docker10`): a container configuration.
    public static let dockerConfig = ObjectSchema(
        "DockerConfig",
        fields: [
            FieldSpec("Hostname", .string, "The host name."),
            FieldSpec("Domainname", .string, "The domain name."),
            FieldSpec("User", .string, "The user."),
            FieldSpec("Memory", .int64, "The memory limit."),
            FieldSpec("MemorySwap", .int64, "The memory and swap limit."),
            FieldSpec("CpuShares", .int64, "The CPU shares."),
            FieldSpec("Cpuset", .string, "The CPUs."),
            FieldSpec("AttachStdin", .bool, "Whether standard input is attached."),
            FieldSpec("AttachStdout", .bool, "Whether standard output is attached."),
            FieldSpec("AttachStderr", .bool, "Whether standard error is attached."),
            FieldSpec("PortSpecs", .list(.string), "Port specifications."),
            FieldSpec("ExposedPorts", .freeFormObject, goType: "map[string]struct {}", "The exposed ports."),
            FieldSpec("Tty", .bool, "Whether a terminal is attached."),
            FieldSpec("OpenStdin", .bool, "Whether standard input is open."),
            FieldSpec("StdinOnce", .bool, "Whether standard input closes after one attach."),
            FieldSpec("Env", .list(.string), "The environment."),
            FieldSpec("Cmd", .list(.string), "The command."),
            FieldSpec("Dns", .list(.string), "DNS servers."),
            FieldSpec("Image", .string, "The image."),
            FieldSpec("Volumes", .freeFormObject, goType: "map[string]struct {}", "The volumes."),
            FieldSpec("VolumesFrom", .string, "Containers to take volumes from."),
            FieldSpec("WorkingDir", .string, "The working directory."),
            FieldSpec("Entrypoint", .list(.string), "The entry point."),
            FieldSpec("NetworkDisabled", .bool, "Whether networking is disabled."),
            FieldSpec("SecurityOpts", .list(.string), "Security options."),
            FieldSpec("OnBuild", .list(.string), "Triggers run when the image is a base."),
            FieldSpec("Labels", .stringMap, "The image's labels."),
        ],
        ignoresUnknownFields: true)

    /// `ImageLayer`.
    public static let imageLayer = ObjectSchema(
        "ImageLayer",
        fields: [
            FieldSpec("name", .string, "Name of the layer as defined by the underlying store."),
            FieldSpec("size", .int64, "Size of the layer in bytes as defined by the underlying store."),
            FieldSpec("mediaType", .string, "MediaType of the referenced object."),
        ])

    /// `ImageManifest`.
    public static let imageManifest = ObjectSchema(
        "ImageManifest",
        fields: [
            FieldSpec("digest", .string, "The unique identifier for the manifest."),
            FieldSpec("mediaType", .string, "The type of the manifest."),
            FieldSpec("manifestSize", .int64, "The size of the raw object contents, in bytes."),
            FieldSpec("architecture", .string, "The supported CPU architecture, for example amd64 or ppc64le."),
            FieldSpec("os", .string, "The operating system, for example linux."),
            FieldSpec("variant", .string, "An optional variant of the CPU, for example v6 for a particular ARM CPU."),
        ])

    /// `ImageSignature`.
    public static let imageSignature = ObjectSchema(
        "ImageSignature",
        fields: [
            FieldSpec("apiVersion", .string, allowedValues: ["image.openshift.io/v1"], apiVersionSummary),
            FieldSpec("kind", .string, kindSummary),
            FieldSpec("metadata", .object("ObjectMeta"), "Standard object's metadata; the name is <imageName>@<signatureName>."),
            FieldSpec("type", .string, "Required: describes a type of stored blob."),
            FieldSpec("content", .bytes, "Required: an opaque binary string which is an image's signature."),
            FieldSpec("conditions", .list(.object("SignatureCondition")), "The latest available observations of a signature's current state."),
            FieldSpec("imageIdentity", .string, "A human readable string representing image's identity."),
            FieldSpec("signedClaims", .stringMap, "Claims from the signature."),
            FieldSpec("created", .time, "If specified, the time of signature's creation."),
            FieldSpec("issuedBy", .object("SignatureIssuer"), "Information about an issuer of signing certificate or key."),
            FieldSpec("issuedTo", .object("SignatureSubject"), "Information about a person or entity who created the signature."),
        ])

    /// `SignatureCondition`.
    public static let signatureCondition = ObjectSchema(
        "SignatureCondition",
        fields: [
            FieldSpec("type", .string, goType: "v1.SignatureConditionType", allowedValues: signatureConditionTypes, "Type of signature condition."),
            FieldSpec(
                "status", .string, goType: "v1.ConditionStatus", allowedValues: conditionStatuses, "Status of the condition, one of True, False, Unknown."),
            FieldSpec("lastProbeTime", .time, "Last time the condition was checked."),
            FieldSpec("lastTransitionTime", .time, "Last time the condition transit from one status to another."),
            FieldSpec("reason", .string, "(brief) reason for the condition's last transition."),
            FieldSpec("message", .string, "Human readable message indicating details about last transition."),
        ])

    /// `SignatureIssuer`.
    public static let signatureIssuer = ObjectSchema(
        "SignatureIssuer",
        fields: [
            FieldSpec("organization", .string, "Organization name."),
            FieldSpec("commonName", .string, "Common name (for example openshift-signing-service)."),
        ])

    /// `SignatureSubject`.
    public static let signatureSubject = ObjectSchema(
        "SignatureSubject",
        fields: [
            FieldSpec("organization", .string, "Organization name."),
            FieldSpec("commonName", .string, "Common name (for example openshift-signing-service)."),
            FieldSpec("publicKeyID", .string, "If present, a human readable key id of public key belonging to the subject used to verify image signature."),
        ])
}
