#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so its encoding.h includes the system's <unicode/ucnv.h>. Swift
// 6.3.0-6.3.1 on Linux ship Foundation's own, newer ICU headers, and the two UErrorCode enums clash
// ("U_MF_... is not present in definition of 'enum UErrorCode'"). Nothing here uses the ICU fields of
// xmlCharEncodingHandler, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
