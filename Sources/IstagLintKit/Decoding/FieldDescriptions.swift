/// The API's own description of each field, word for word from the OpenShift 4.17 OpenAPI document
/// (the `description`s of `../shared/schemas/openshift-4.17/v4.17-standalone/`, which for
/// ImageStreamTag are the texts of its API reference), compiled in: hover in the language server
/// shows them. `FieldDescriptionTests` reads the schemas and fails when a text here differs.
/// Types with no schema of their own (the Docker image metadata) are not here; a field's
/// `FieldSpec.summary` stands in, as it does where the schema gives only a type's generic text
/// (`metav1.Time`, `runtime.RawExtension`).
enum FieldDescriptions {
    /// The description of a field, by type name, then by the field's JSON name.
    static let byType: [String: [String: String]] = [
        "Image": [
            "apiVersion":
                "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
            "dockerImageConfig":
                "DockerImageConfig is a JSON blob that the runtime uses to set up the container. This is a part of manifest schema v2. Will not be set when the image represents a manifest list.",
            "dockerImageLayers":
                "DockerImageLayers represents the layers in the image. May not be set if the image does not define that data or if the image represents a manifest list.",
            "dockerImageManifest":
                "DockerImageManifest is the raw JSON of the manifest",
            "dockerImageManifestMediaType":
                "DockerImageManifestMediaType specifies the mediaType of manifest. This is a part of manifest schema v2.",
            "dockerImageManifests":
                "DockerImageManifests holds information about sub-manifests when the image represents a manifest list. When this field is present, no DockerImageLayers should be specified.",
            "dockerImageMetadataVersion":
                "DockerImageMetadataVersion conveys the version of the object, which if empty defaults to \"1.0\"",
            "dockerImageReference":
                "DockerImageReference is the string that can be used to pull this image.",
            "dockerImageSignatures":
                "DockerImageSignatures provides the signatures as opaque blobs. This is a part of manifest schema v1.",
            "kind":
                "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
            "metadata":
                "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
            "signatures":
                "Signatures holds all signatures of the image.",
        ],
        "ImageLayer": [
            "mediaType":
                "MediaType of the referenced object.",
            "name":
                "Name of the layer as defined by the underlying store.",
            "size":
                "Size of the layer in bytes as defined by the underlying store.",
        ],
        "ImageLookupPolicy": [
            "local":
                "local will change the docker short image references (like \"mysql\" or \"php:latest\") on objects in this namespace to the image ID whenever they match this image stream, instead of reaching out to a remote registry. The name will be fully qualified to an image ID if found. The tag's referencePolicy is taken into account on the replaced value. Only works within the current namespace."
        ],
        "ImageManifest": [
            "architecture":
                "Architecture specifies the supported CPU architecture, for example `amd64` or `ppc64le`.",
            "digest":
                "Digest is the unique identifier for the manifest. It refers to an Image object.",
            "manifestSize":
                "ManifestSize represents the size of the raw object contents, in bytes.",
            "mediaType":
                "MediaType defines the type of the manifest, possible values are application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json or application/vnd.docker.distribution.manifest.v1+json.",
            "os":
                "OS specifies the operating system, for example `linux`.",
            "variant":
                "Variant is an optional field repreenting a variant of the CPU, for example v6 to specify a particular CPU variant of the ARM CPU.",
        ],
        "ImageSignature": [
            "apiVersion":
                "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
            "conditions":
                "Conditions represent the latest available observations of a signature's current state.",
            "content":
                "Required: An opaque binary string which is an image's signature.",
            "imageIdentity":
                "A human readable string representing image's identity. It could be a product name and version, or an image pull spec (e.g. \"registry.access.redhat.com/rhel7/rhel:7.2\").",
            "issuedBy":
                "SignatureIssuer holds information about an issuer of signing certificate or key.",
            "issuedTo":
                "SignatureSubject holds information about a person or entity who created the signature.",
            "kind":
                "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
            "metadata":
                "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
            "signedClaims":
                "Contains claims from the signature.",
            "type":
                "Required: Describes a type of stored blob.",
        ],
        "ImageStream": [
            "apiVersion":
                "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
            "kind":
                "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
            "metadata":
                "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
            "spec":
                "ImageStreamSpec represents options for ImageStreams.",
            "status":
                "ImageStreamStatus contains information about the state of this image stream.",
        ],
        "ImageStreamSpec": [
            "dockerImageRepository":
                "dockerImageRepository is optional, if specified this stream is backed by a container repository on this server Deprecated: This field is deprecated as of v3.7 and will be removed in a future release. Specify the source for the tags to be imported in each tag via the spec.tags.from reference instead.",
            "lookupPolicy":
                "ImageLookupPolicy describes how an image stream can be used to override the image references used by pods, builds, and other resources in a namespace.",
            "tags":
                "tags map arbitrary string values to specific image locators",
        ],
        "ImageStreamStatus": [
            "dockerImageRepository":
                "DockerImageRepository represents the effective location this stream may be accessed at. May be empty until the server determines where the repository is located",
            "publicDockerImageRepository":
                "PublicDockerImageRepository represents the public location from where the image can be pulled outside the cluster. This field may be empty if the administrator has not exposed the integrated registry externally.",
            "tags":
                "Tags are a historical record of images associated with each tag. The first entry in the TagEvent array is the currently tagged image.",
        ],
        "ImageStreamTag": [
            "apiVersion":
                "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
            "conditions":
                "conditions is an array of conditions that apply to the image stream tag.",
            "generation":
                "generation is the current generation of the tagged image - if tag is provided and this value is not equal to the tag generation, a user has requested an import that has not completed, or conditions will be filled out indicating any error.",
            "image":
                "Image is an immutable representation of a container image and metadata at a point in time. Images are named by taking a hash of their contents (metadata and content) and any change in format, content, or metadata results in a new name. The images resource is primarily for use by cluster administrators and integrations like the cluster image registry - end users instead access images via the imagestreamtags or imagestreamimages resources. While image metadata is stored in the API, any integration that implements the container image registry API must provide its own storage for the raw manifest data, image config, and layer contents.\n\nCompatibility level 1: Stable within a major release for a minimum of 12 months or 3 minor releases (whichever is longer).",
            "kind":
                "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
            "lookupPolicy":
                "ImageLookupPolicy describes how an image stream can be used to override the image references used by pods, builds, and other resources in a namespace.",
            "metadata":
                "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
            "tag":
                "TagReference specifies optional annotations for images using this tag and an optional reference to an ImageStreamTag, ImageStreamImage, or DockerImage this tag should track.",
        ],
        "ManagedFieldsEntry": [
            "apiVersion":
                "APIVersion defines the version of this resource that this field set applies to. The format is \"group/version\" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.",
            "fieldsType":
                "FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: \"FieldsV1\"",
            "fieldsV1":
                "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.\n\nEach key is either a '.' representing the field itself, and will always map to an empty set, or a string representing a sub-field or item. The string will follow one of these four formats: 'f:<name>', where <name> is the name of a field in a struct, or key in a map 'v:<value>', where <value> is the exact json formatted value of a list item 'i:<index>', where <index> is position of a item in a list 'k:<keys>', where <keys> is a map of  a list item's key fields to their unique values If a key maps to an empty Fields value, the field that key represents is part of the set.\n\nThe exact format is defined in sigs.k8s.io/structured-merge-diff",
            "manager":
                "Manager is an identifier of the workflow managing these fields.",
            "operation":
                "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
            "subresource":
                "Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.",
        ],
        "NamedTagEventList": [
            "conditions":
                "Conditions is an array of conditions that apply to the tag event list.",
            "items":
                "Standard object's metadata.",
            "tag":
                "Tag is the tag for which the history is recorded",
        ],
        "ObjectMeta": [
            "annotations":
                "Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations",
            "deletionGracePeriodSeconds":
                "Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.",
            "finalizers":
                "Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.",
            "generateName":
                "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will return a 409.\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency",
            "generation":
                "A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.",
            "labels":
                "Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels",
            "managedFields":
                "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object.",
            "name":
                "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
            "namespace":
                "Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \"default\" namespace, but \"default\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces",
            "ownerReferences":
                "List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.",
            "resourceVersion":
                "An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency",
            "selfLink":
                "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.",
            "uid":
                "UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids",
        ],
        "ObjectReference": [
            "apiVersion":
                "API version of the referent.",
            "fieldPath":
                "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: \"spec.containers{name}\" (where \"name\" refers to the name of the container that triggered the event) or if no container name is specified \"spec.containers[2]\" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.",
            "kind":
                "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
            "name":
                "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
            "namespace":
                "Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
            "resourceVersion":
                "Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency",
            "uid":
                "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids",
        ],
        "OwnerReference": [
            "apiVersion":
                "API version of the referent.",
            "blockOwnerDeletion":
                "If true, AND if the owner has the \"foregroundDeletion\" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs \"delete\" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.",
            "controller":
                "If true, this reference points to the managing controller.",
            "kind":
                "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
            "name":
                "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
            "uid":
                "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids",
        ],
        "SignatureCondition": [
            "message":
                "Human readable message indicating details about last transition.",
            "reason":
                "(brief) reason for the condition's last transition.",
            "status":
                "Status of the condition, one of True, False, Unknown.",
            "type":
                "Type of signature condition, Complete or Failed.",
        ],
        "SignatureIssuer": [
            "commonName":
                "Common name (e.g. openshift-signing-service).",
            "organization":
                "Organization name.",
        ],
        "SignatureSubject": [
            "commonName":
                "Common name (e.g. openshift-signing-service).",
            "organization":
                "Organization name.",
            "publicKeyID":
                "If present, it is a human readable key id of public key belonging to the subject used to verify image signature. It should contain at least 64 lowest bits of public key's fingerprint (e.g. 0x685ebe62bf278440).",
        ],
        "TagEvent": [
            "dockerImageReference":
                "DockerImageReference is the string that can be used to pull this image",
            "generation":
                "Generation is the spec tag generation that resulted in this tag being updated",
            "image":
                "Image is the image",
        ],
        "TagEventCondition": [
            "generation":
                "Generation is the spec tag generation that this status corresponds to",
            "message":
                "Message is a human readable description of the details about last transition, complementing reason.",
            "reason":
                "Reason is a brief machine readable explanation for the condition's last transition.",
            "status":
                "Status of the condition, one of True, False, Unknown.",
            "type":
                "Type of tag event condition, currently only ImportSuccess",
        ],
        "TagImportPolicy": [
            "importMode":
                "ImportMode describes how to import an image manifest.",
            "insecure":
                "Insecure is true if the server may bypass certificate verification or connect directly over HTTP during image import.",
            "scheduled":
                "Scheduled indicates to the server that this tag should be periodically checked to ensure it is up to date, and imported",
        ],
        "TagReference": [
            "annotations":
                "Optional; if specified, annotations that are applied to images retrieved via ImageStreamTags.",
            "from":
                "ObjectReference contains enough information to let you inspect or modify the referred object.",
            "generation":
                "Generation is a counter that tracks mutations to the spec tag (user intent). When a tag reference is changed the generation is set to match the current stream generation (which is incremented every time spec is changed). Other processes in the system like the image importer observe that the generation of spec tag is newer than the generation recorded in the status and use that as a trigger to import the newest remote tag. To trigger a new import, clients may set this value to zero which will reset the generation to the latest stream generation. Legacy clients will send this value as nil which will be merged with the current tag generation.",
            "importPolicy":
                "TagImportPolicy controls how images related to this tag will be imported.",
            "name":
                "Name of the tag",
            "reference":
                "Reference states if the tag will be imported. Default value is false, which means the tag will be imported.",
            "referencePolicy":
                "TagReferencePolicy describes how pull-specs for images in this image stream tag are generated when image change triggers in deployment configs or builds are resolved. This allows the image stream author to control how images are accessed.",
        ],
        "TagReferencePolicy": [
            "type":
                "Type determines how the image pull spec should be transformed when the image stream tag is used in deployment config triggers or new builds. The default value is `Source`, indicating the original location of the image should be used (if imported). The user may also specify `Local`, indicating that the pull spec should point to the integrated container image registry and leverage the registry's ability to proxy the pull to an upstream registry. `Local` allows the credentials used to pull this image to be managed from the image stream's namespace, so others on the platform can access a remote image but have no access to the remote secret. It also allows the image layers to be mirrored into the local registry which the images can still be pulled even if the upstream registry is unavailable."
        ],
    ]
}
