package io.secureaistudio.codegen;

import org.openapitools.codegen.languages.PythonClientCodegen;
import org.openapitools.codegen.languages.PythonStringUtils;

/**
 * openapi-generator's `python` generator with each string enum value written as the exact Python
 * literal of its wire value. The stock toEnumValue goes through escapeText, which turns tabs and
 * line breaks into spaces and {@code '''} into {@code '_'_'}: the enum member and the model's
 * validator then hold another value than the document (GitHub's description has such enums), so
 * the SDK would send and expect the wrong string. Single-quoted as the stock value is, with
 * {@code "} escaped as the stock does, so every ordinary value is written exactly as before and
 * the literal can sit in a docstring.
 */
public class ExactEnumsPythonClientCodegen extends PythonClientCodegen {
    @Override
    public String toEnumValue(String value, String datatype) {
        if ("int".equals(datatype) || "float".equals(datatype)) return super.toEnumValue(value, datatype);
        // The literal's raw double quotes, escaped: none of them ends an escape sequence.
        return PythonStringUtils.toPythonSingleQuotedStringLiteral(value).replace("\"", "\\\"");
    }
}
