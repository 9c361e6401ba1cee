package org.entente.ingest.read;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

/**
 * XML parsing for files from outside: no DTD at all, hence no entity can read a local file or a
 * network address (XXE) or expand into gigabytes ("billion laughs"). News feeds never need a DTD, so
 * a file that declares one is refused outright, at its first line, before any entity is looked at.
 */
final class SafeXml {

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Why the XML could not be used, in words for articles.csv. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private SafeXml() {
    }

    static Document parse(String xml) throws Refused {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROWING); // the default one prints to the console
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("an external entity (" + systemId + ")");
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            if (isDoctype(e)) {
                throw new Refused("it declares a DOCTYPE (line " + e.getLineNumber()
                        + "), which feeds do not need: entente reads no DTD, so that no entity can read local files "
                        + "or expand without end");
            }
            throw new Refused("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message(e));
        } catch (SAXException e) {
            throw new Refused(message(e));
        } catch (IOException | ParserConfigurationException e) {
            throw new Refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static boolean isDoctype(SAXParseException e) {
        String m = e.getMessage();
        return m != null && m.toUpperCase(Locale.ROOT).contains("DOCTYPE");
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
