import FuzzerDriver
#if canImport(Glibc)
import Glibc
#endif

/// The program's own main hands control to libFuzzer (`LLVMFuzzerRunDriver`), because SwiftPM
/// links an executable against its module's main and will not take libFuzzer's.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzReader(data!, size) })
    }
}
