package io.secureaistudio.sdk.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
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
 * Build-time only (never in the jar): converts the API document, generated as YAML, into the JSON
 * the runtime's response validation reads ({@code io/secureaistudio/sdk/openapi.json}), so the
 * SDK parses no YAML at run time and needs no YAML library (issue 13: parsing the 634 KB YAML
 * took most of the first call). Maven runs it as an annotation processor of the main compile:
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
      JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(new File(spec));
      FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "io.secureaistudio.sdk", "openapi.json");
      try (OutputStream stream = out.openOutputStream()) {
        new ObjectMapper().writeValue(stream, document);
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "SpecToJson: cannot convert " + spec + ": " + e);
    }
    return false; // claims nothing: other processors see every annotation
  }
}
