package io.secureaistudio.codegen;

import com.samskivert.mustache.Mustache;
import java.util.Collection;
import java.util.Map;

/**
 * A JMustache compiler that decides "is this section value false?" without formatting maps,
 * collections and openapi-generator's Codegen* objects as strings.
 *
 * <p>With {@code emptyStringIsFalse} (the C# generator sets it) JMustache tests every section
 * value that is not a list by formatting it and comparing with "": {@code {{#operations}}} or
 * {@code {{#bodyParam}}} becomes the toString() of every operation, parameter and property below
 * it. For GitHub's description that is most of the C# generation time. The default formatter
 * (String.valueOf) never gives "" for those values ("{}", "[]", "CodegenParameter{…}"), so they
 * are not false and the answer is known without the string: output is unchanged. Any other
 * value, or a compiler with another formatter, is decided by JMustache itself.
 */
public final class QuickFalseyCompiler extends Mustache.Compiler {
    private static final Mustache.Formatter DEFAULT_FORMATTER = Mustache.compiler().formatter;

    public static Mustache.Compiler of(Mustache.Compiler c) {
        return c instanceof QuickFalseyCompiler ? c : new QuickFalseyCompiler(c);
    }

    private QuickFalseyCompiler(Mustache.Compiler c) {
        super(c.standardsMode, c.strictSections, c.nullValue, c.missingIsNull, c.emptyStringIsFalse, c.zeroIsFalse,
                c.formatter, c.escaper, c.loader, c.collector, c.delims);
    }

    @Override
    public boolean isFalsey(Object value) {
        if (formatter == DEFAULT_FORMATTER && neverFormatsEmpty(value)) return false;
        return super.isFalsey(value);
    }

    private static boolean neverFormatsEmpty(Object value) {
        return value instanceof Map || value instanceof Collection
                || (value != null && value.getClass().getName().startsWith("org.openapitools.codegen.Codegen"));
    }

    // Every copy-with-a-change keeps the quick test.
    @Override public Mustache.Compiler escapeHTML(boolean v) { return of(super.escapeHTML(v)); }
    @Override public Mustache.Compiler standardsMode(boolean v) { return of(super.standardsMode(v)); }
    @Override public Mustache.Compiler strictSections(boolean v) { return of(super.strictSections(v)); }
    @Override public Mustache.Compiler defaultValue(String v) { return of(super.defaultValue(v)); }
    @Override public Mustache.Compiler nullValue(String v) { return of(super.nullValue(v)); }
    @Override public Mustache.Compiler emptyStringIsFalse(boolean v) { return of(super.emptyStringIsFalse(v)); }
    @Override public Mustache.Compiler zeroIsFalse(boolean v) { return of(super.zeroIsFalse(v)); }
    @Override public Mustache.Compiler withFormatter(Mustache.Formatter v) { return of(super.withFormatter(v)); }
    @Override public Mustache.Compiler withEscaper(Mustache.Escaper v) { return of(super.withEscaper(v)); }
    @Override public Mustache.Compiler withLoader(Mustache.TemplateLoader v) { return of(super.withLoader(v)); }
    @Override public Mustache.Compiler withCollector(Mustache.Collector v) { return of(super.withCollector(v)); }
    @Override public Mustache.Compiler withDelims(String v) { return of(super.withDelims(v)); }
}
