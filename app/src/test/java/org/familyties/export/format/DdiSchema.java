package org.familyties.export.format;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The DDI Codebook 2.5 schema from test resources. Imports and includes are resolved relative to the
 * local copy; anything that would leave it (http, https, ...) fails instead of being fetched.
 */
public final class DdiSchema {

    private static Schema schema;

    private DdiSchema() {
    }

    public static synchronized Schema get() throws Exception {
        if (schema == null) {
            URL xsd = DdiSchema.class.getResource("/ddi-codebook-2.5/schemas/codebook.xsd");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar");
            factory.setResourceResolver(new LocalOnly());
            schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        }
        return schema;
    }

    private static final class LocalOnly implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            if (systemId == null) {
                throw new IllegalStateException("Schema import without location: " + namespace);
            }
            URI resolved = baseUri == null ? URI.create(systemId) : URI.create(baseUri).resolve(systemId);
            String scheme = resolved.getScheme();
            if (!"file".equals(scheme) && !"jar".equals(scheme)) {
                throw new IllegalStateException("Refusing to fetch schema over the network: " + resolved);
            }
            if (systemId.endsWith(".ent") && "file".equals(scheme) && !new java.io.File(resolved).exists()) {
                // The XHTML character entity sets are not part of the schema copy; no DDI or XHTML schema
                // module uses those entities, so an empty set is equivalent.
                return new Input(publicId, resolved.toString(), baseUri, "");
            }
            return new Input(publicId, resolved.toString(), baseUri, null);
        }
    }

    private record Input(String publicId, String systemId, String baseURI, String text) implements LSInput {
        @Override
        public InputStream getByteStream() {
            if (text != null) {
                return new java.io.ByteArrayInputStream(new byte[0]);
            }
            try {
                return URI.create(systemId).toURL().openStream();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
