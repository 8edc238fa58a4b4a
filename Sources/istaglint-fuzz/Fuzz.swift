import IstagLintKit

#if FUZZING
    /// libFuzzer's entry point: the whole pipeline on arbitrary bytes, bytes to tree to rules to
    /// every reporter. Any crash, hang or sanitizer report is a bug; see `fuzz/run.sh`.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        FuzzPipeline.run(bytes)
        return 0
    }

    /// libFuzzer's driver, for programs that bring their own `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    func llvmFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    /// The executable's entry point under SwiftPM, which names an executable target's `main`
    /// after the module: it hands control to libFuzzer's driver.
    @_cdecl("istaglint_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return llvmFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#else
    /// Without `-D FUZZING` this target is a placeholder: `fuzz/run.sh` builds the real fuzzer.
    @main
    struct FuzzPlaceholder {
        static func main() {
            print("build the fuzzer with fuzz/run.sh (swift build -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING ...)")
            FuzzPipeline.run(Array("apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\n".utf8))
        }
    }
#endif
