package io.secureaistudio.sdk.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Build-time only (never in the jar): writes the API document (generated as JSON) into the jar as
 * the copy the runtime's response validation reads ({@code io/secureaistudio/sdk/openapi.json}),
 * without the prose and examples validation never reads, so the first call parses less (issue 13). Maven runs it as an annotation processor of the main compile:
 * javac is the one build tool every Java build has, no extra plugin needed.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(SpecToJson.OPTION)
public final class SpecToJson extends AbstractProcessor {
  static final String OPTION = "sais.spec";
  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) return false;
    written = true;
    String spec = processingEnv.getOptions().get(OPTION);
    if (spec == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "SpecToJson: -A" + OPTION + "=<the API document> is not set");
      return false;
    }
    try {
      JsonNode document = readYaml(new File(spec));
      if (!document.isObject() || !document.path("openapi").isTextual() || !document.path("paths").isObject()) {
        // An empty copy would turn response validation off without a word: fail the build instead.
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "SpecToJson: " + spec + " is not an OpenAPI document (no openapi/paths)");
        return false;
      }
      strip(document, null);
      FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "io.secureaistudio.sdk", "openapi.json");
      try (OutputStream stream = out.openOutputStream()) {
        new ObjectMapper().writeValue(stream, document);
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "SpecToJson: cannot convert " + spec + ": " + e);
    }
    return false; // claims nothing: other processors see every annotation
  }

  /**
   * Reads YAML with the YAML 1.2 core schema: only true/false, null, decimal integers and floats
   * are more than strings. Jackson's YAML reader follows YAML 1.1, where an unquoted
   * {@code 23:20:50.52} (openapi-generator writes it so) is a sexagesimal number it then fails on.
   */
  static JsonNode readYaml(File file) throws IOException {
    Resolver core = new Resolver() {
      @Override
      protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
        addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
        addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"), "-+.0123456789");
        addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
      }
    };
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE); // large documents (GitHub's is ~10 MB)
    options.setNestingDepthLimit(10_000);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options, core);
    try (Reader in = new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8)) {
      Node root = yaml.compose(in);
      return root == null ? MissingNode.getInstance() : toJson(root);
    }
  }

  private static JsonNode toJson(Node node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MappingNode) {
      ObjectNode object = f.objectNode();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        object.set(((ScalarNode) tuple.getKeyNode()).getValue(), toJson(tuple.getValueNode()));
      }
      return object;
    }
    if (node instanceof SequenceNode) {
      ArrayNode array = f.arrayNode();
      for (Node item : ((SequenceNode) node).getValue()) array.add(toJson(item));
      return array;
    }
    String value = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) return f.nullNode();
    if (Tag.BOOL.equals(tag)) return f.booleanNode(value.equalsIgnoreCase("true"));
    if (Tag.INT.equals(tag)) return f.numberNode(new BigInteger(value.startsWith("+") ? value.substring(1) : value));
    if (Tag.FLOAT.equals(tag)) return f.numberNode(new BigDecimal(value.startsWith("+") ? value.substring(1) : value));
    return f.textNode(value);
  }

  /** Prose and examples: validation never reads them, and they were half the document's size. */
  private static final Set<String> UNREAD = Set.of("description", "summary", "example", "examples", "externalDocs");
  /** Objects keyed by names of the API's own choosing, where "description" may be a real name. */
  private static final Set<String> NAMED_MAPS = Set.of("properties", "schemas", "mapping", "responses", "headers",
      "content", "paths", "callbacks", "links", "securitySchemes", "variables", "parameters", "requestBodies", "encoding");

  /**
   * Removes what response validation never reads from the shipped copy, so the first call parses
   * less (issue 13's first-call budget); names in {@link #NAMED_MAPS} objects are kept whatever they are.
   */
  static void strip(JsonNode node, String key) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      boolean named = key != null && NAMED_MAPS.contains(key); // (Set.of rejects contains(null))
      if (!named) object.remove(UNREAD);
      object.fields().forEachRemaining(e -> strip(e.getValue(), named ? null : e.getKey()));
    } else if (node instanceof ArrayNode) {
      node.forEach(item -> strip(item, null));
    }
  }
}
