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
   tag's closing '>' in node->psvi, which HTML documents leave unused (STYLE.md snags 7-8).

   Offsets: for input the caller knows to be valid UTF-8 (parsed with encoding "UTF-8"), decoded and raw bytes
   are the same, so the offset is read straight from the input cursor. xmlByteConsumed is kept for other
   encodings: in 2.9.14, once a named encoding installs a converter, it drifts by kilobytes on large pages. */
static inline long clibxml2_utf8_offset(xmlParserCtxtPtr ctxt) {
    xmlParserInputPtr in = ctxt->input;
    return in == NULL ? 0 : (long)in->consumed + (long)(in->cur - in->base);
}

static void clibxml2_start_element(void *ctx, const xmlChar *name, const xmlChar **atts) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2StartElement(ctx, name, atts);
    if (ctxt->node != NULL) ctxt->node->psvi = (void *)(intptr_t)xmlByteConsumed(ctxt);
}

static void clibxml2_start_element_utf8(void *ctx, const xmlChar *name, const xmlChar **atts) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    xmlSAX2StartElement(ctx, name, atts);
    if (ctxt->node != NULL) ctxt->node->psvi = (void *)(intptr_t)clibxml2_utf8_offset(ctxt);
}

/* The matching end offset (just past the end tag's '>', or where an implied close happened) goes in
   node->_private, the application's pointer, which libxml2 never reads or frees. It bounds an element's
   source slice and tells a parent's own text apart from its children's. */
static void clibxml2_end_element(void *ctx, const xmlChar *name) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (ctxt->node != NULL && ctxt->node->_private == NULL)
        ctxt->node->_private = (void *)(intptr_t)xmlByteConsumed(ctxt);
    xmlSAX2EndElement(ctx, name);
}

static void clibxml2_end_element_utf8(void *ctx, const xmlChar *name) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (ctxt->node != NULL && ctxt->node->_private == NULL)
        ctxt->node->_private = (void *)(intptr_t)clibxml2_utf8_offset(ctxt);
    xmlSAX2EndElement(ctx, name);
}

/* Pages are hostile (issue 8). The HTML parser never loads a DTD or expands entities other than HTML's own
   (it is called without the NOENT or DTDLOAD options, and HTML_PARSE_NONET forbids the network); as a second wall,
   every external entity or DTD load is refused here, so no option or libxml2 path can read a file (XXE). */
static xmlParserInputPtr clibxml2_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

static inline void clibxml2_harden(void) { xmlSetExternalEntityLoader(clibxml2_refuse_entity); }

/* htmlReadMemory, with the offset hooks on this context's private SAX handler copy. Pass encoding "UTF-8"
   only for input that is valid UTF-8: the hooks then take offsets from the input cursor. */
static inline htmlDocPtr clibxml2_html_read_memory(const char *buffer, int size, const char *url,
                                                   const char *encoding, int options) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    int utf8 = encoding != NULL && xmlStrcasecmp((const xmlChar *)encoding, (const xmlChar *)"UTF-8") == 0;
    ctxt->sax->startElement = utf8 ? clibxml2_start_element_utf8 : clibxml2_start_element;
    ctxt->sax->endElement = utf8 ? clibxml2_end_element_utf8 : clibxml2_end_element;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, buffer, size, url, encoding, options);
    htmlFreeParserCtxt(ctxt);
    return doc;
}
#endif
