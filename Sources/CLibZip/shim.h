#ifndef CLIBZIP_SHIM_H
#define CLIBZIP_SHIM_H
#include <zip.h>
/* zlib (which libzip itself links): XLSXIO deflates the parts it writes itself and hands
   libzip finished deflate data, because libzip 1.7.3 ignores the requested level when an
   entry is replaced without changing its method, and recompresses at its slowest level. */
#include <zlib.h>
#endif
