package io.secureaistudio.codegen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.codegen.languages.JavascriptClientCodegen;

/**
 * openapi-generator's `javascript` generator with toModelName memoised. For every enum property
 * with a default, DefaultCodegen.updateCodegenPropertyEnum looks for its model by calling
 * toModelName on every schema name of the document: for GitHub's description millions of calls,
 * most of the JavaScript generation time. toModelName depends only on its argument once the
 * options are read (processOpts, after which the memo starts empty), so the names are the same.
 */
public class QuickJavascriptClientCodegen extends JavascriptClientCodegen {
    private final Map<String, String> modelNames = new ConcurrentHashMap<>();

    @Override
    public void processOpts() {
        super.processOpts();
        modelNames.clear();
    }

    @Override
    public String toModelName(String name) {
        if (name == null) return super.toModelName(null);
        return modelNames.computeIfAbsent(name, super::toModelName);
    }
}
