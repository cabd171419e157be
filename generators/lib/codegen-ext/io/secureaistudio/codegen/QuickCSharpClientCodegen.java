package io.secureaistudio.codegen;

import com.samskivert.mustache.Mustache;
import org.openapitools.codegen.languages.CSharpClientCodegen;

/** openapi-generator's `csharp` generator, its templates compiled by QuickFalseyCompiler. */
public class QuickCSharpClientCodegen extends CSharpClientCodegen {
    @Override
    public Mustache.Compiler processCompiler(Mustache.Compiler compiler) {
        return QuickFalseyCompiler.of(super.processCompiler(compiler));
    }
}
