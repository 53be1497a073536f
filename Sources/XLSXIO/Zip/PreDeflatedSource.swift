internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libzip source that serves ``DeflatedData`` and declares it deflated, with its size and
/// CRC, so that libzip stores the bytes unchanged.
///
/// libzip owns one retained reference from creation until it sends `ZIP_SOURCE_FREE`.
final class PreDeflatedSource {
    let data: DeflatedData
    private var position = 0
    private var file: UnsafeMutablePointer<FILE>?
    private var error = zip_error_t()

    init(_ data: DeflatedData) {
        self.data = data
        zip_error_init(&error)
    }

    deinit {
        if let file { fclose(file) }
        zip_error_fini(&error)
    }

    static let callback: zip_source_callback = { userdata, data, length, command in
        guard let userdata else { return -1 }
        let source = Unmanaged<PreDeflatedSource>.fromOpaque(userdata)
        switch command {
        case ZIP_SOURCE_FREE:
            source.release()
            return 0
        default:
            return source.takeUnretainedValue().handle(command, data, Int(length))
        }
    }

    private func handle(_ command: zip_source_cmd_t, _ buffer: UnsafeMutableRawPointer?, _ length: Int) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_OPEN:
            position = 0
            if case .file(let path) = data.storage {
                file = fopen(path, "rb")
                if file == nil { zip_error_set(&error, ZIP_ER_OPEN, errno); return -1 }
            }
            return 0
        case ZIP_SOURCE_READ:
            guard let buffer else { return 0 }
            switch data.storage {
            case .bytes(let bytes):
                let n = min(length, bytes.count - position)
                bytes.withUnsafeBytes { raw in
                    if n > 0 { buffer.copyMemory(from: raw.baseAddress!.advanced(by: position), byteCount: n) }
                }
                position += n
                return zip_int64_t(n)
            case .file:
                let n = fread(buffer, 1, length, file)
                if n == 0 && ferror(file) != 0 { zip_error_set(&error, ZIP_ER_READ, errno); return -1 }
                return zip_int64_t(n)
            }
        case ZIP_SOURCE_CLOSE:
            if let file { fclose(file) }
            file = nil
            return 0
        case ZIP_SOURCE_STAT:
            guard let buffer, length >= MemoryLayout<zip_stat_t>.size else { return -1 }
            let st = buffer.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(st)
            st.pointee.valid = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC)
            st.pointee.size = zip_uint64_t(data.size)
            st.pointee.comp_size = zip_uint64_t(data.compressedSize)
            st.pointee.comp_method = UInt16(ZIP_CM_DEFLATE)
            st.pointee.crc = data.crc
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&error, buffer, zip_uint64_t(length))
        case ZIP_SOURCE_SUPPORTS:
            let commands = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS]
            return commands.reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
        default:
            zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0)
            return -1
        }
    }
}
