#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> would include the system
   <unicode/ucnv.h>; Foundation on Linux carries its own ICU module and clang then rejects
   the mix ("'UErrorCode' has different definitions"). sen2xl never touches the ICU-only
   fields of xmlCharEncodingHandler, so hiding them is safe. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function-pointer variable, which Swift 6 treats as shared mutable
   state; route every call through this inline function instead. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
