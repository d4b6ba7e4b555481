// libxml2's HTML parser (Debian libxml2-dev): job boards' HTML descriptions are read
// with the parser browsers' tolerance is measured against, not with string scanning.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and encoding.h then includes ICU's headers, whose
// enums clash with the copy of ICU Foundation carries. Nothing here uses the encoding
// handler's ICU members (its struct is only ever handled by pointer), so they are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
