#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <stdint.h>
/* Debian builds libxml2 with ICU, so encoding.h pulls in /usr/include/unicode/utypes.h. Any Swift module that
   sees both this module and Foundation (whose _FoundationICU has its own utypes.h) then fails with "'UErrorCode'
   has different definitions in different modules". ICU only adds pointer members at the end of
   xmlCharEncodingHandler, which we never touch by value, so hiding it changes no layout we use. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a global C *variable* (function pointer): Swift 6 refuses to read it (STYLE.md snag 3). */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

/* xmlNode.line is an unsigned short and nodes carry no column: record the input byte offset of each start
   tag's closing '>' in node->psvi, which HTML documents leave unused (STYLE.md snags 7-8). */
static void clibxml2_start_element(void *ctx, const xmlChar *name, const xmlChar **atts) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2StartElement(ctx, name, atts);
    if (ctxt->node != NULL) ctxt->node->psvi = (void *)(intptr_t)xmlByteConsumed(ctxt);
}

/* htmlReadMemory, with the offset hook on this context's private SAX handler copy. */
static inline htmlDocPtr clibxml2_html_read_memory(const char *buffer, int size, const char *url,
                                                   const char *encoding, int options) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    ctxt->sax->startElement = clibxml2_start_element;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, buffer, size, url, encoding, options);
    htmlFreeParserCtxt(ctxt);
    return doc;
}
#endif
