#ifndef CLIBZIP_SHIM_H
#define CLIBZIP_SHIM_H
#include <zip.h>
/* zlib (which libzip itself links): XLSXIO deflates the parts it writes itself and hands
   libzip finished deflate data, because libzip 1.7.3 ignores the requested level when a
   deflated entry is replaced and recompresses it at its own default. */
#include <zlib.h>
#endif
