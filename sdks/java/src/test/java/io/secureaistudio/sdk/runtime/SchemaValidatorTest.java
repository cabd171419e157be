package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.0 schema checks of response validation (R7.1/R7.2) on a fixture document: each
 * keyword accepts what it allows and reports what it does not, at the value's JSON pointer.
 */
class SchemaValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOC = "{\"components\":{\"schemas\":{"
      + "\"Thing\":{\"type\":\"object\",\"required\":[\"id\",\"state\"],\"properties\":{"
      + "  \"id\":{\"type\":\"string\",\"pattern\":\"^thg_[0-9a-z]{4}$\"},"
      + "  \"state\":{\"$ref\":\"#/components/schemas/State\"},"
      + "  \"count\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":10},"
      + "  \"ratio\":{\"type\":\"number\",\"minimum\":0,\"exclusiveMinimum\":true,\"multipleOf\":0.5},"
      + "  \"name\":{\"type\":\"string\",\"minLength\":2,\"maxLength\":4,\"nullable\":true},"
      + "  \"email\":{\"type\":\"string\",\"format\":\"email\"},"
      + "  \"at\":{\"type\":\"string\",\"format\":\"date-time\"},"
      + "  \"day\":{\"type\":\"string\",\"format\":\"date\"},"
      + "  \"uid\":{\"type\":\"string\",\"format\":\"uuid\"},"
      + "  \"tags\":{\"type\":\"array\",\"minItems\":1,\"maxItems\":2,\"uniqueItems\":true,\"items\":{\"type\":\"string\"}},"
      + "  \"meta\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}},"
      + "  \"closed\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"a\":{\"type\":\"string\"}}}}},"
      + "\"State\":{\"type\":\"string\",\"enum\":[\"on\",\"off\"]},"
      + "\"Cat\":{\"type\":\"object\",\"required\":[\"kind\",\"lives\"],\"properties\":{\"kind\":{\"type\":\"string\"},\"lives\":{\"type\":\"integer\"}}},"
      + "\"Dog\":{\"type\":\"object\",\"required\":[\"kind\",\"bark\"],\"properties\":{\"kind\":{\"type\":\"string\"},\"bark\":{\"type\":\"boolean\"}}},"
      + "\"Pet\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/Cat\"},{\"$ref\":\"#/components/schemas/Dog\"}],"
      + "  \"discriminator\":{\"propertyName\":\"kind\",\"mapping\":{\"cat\":\"#/components/schemas/Cat\",\"dog\":\"#/components/schemas/Dog\"}}},"
      + "\"Either\":{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]},"
      + "\"Any\":{\"anyOf\":[{\"type\":\"string\",\"maxLength\":1},{\"type\":\"integer\"}]},"
      + "\"Both\":{\"allOf\":[{\"$ref\":\"#/components/schemas/Cat\"},{\"type\":\"object\",\"required\":[\"name\"]}]},"
      + "\"NotString\":{\"not\":{\"type\":\"string\"}}"
      + "}}}";

  private static List<String> issues(String schema, String value) throws Exception {
    JsonNode doc = JSON.readTree(DOC);
    return new SchemaValidator(doc).validate(doc.at("/components/schemas/" + schema), JSON.readTree(value)).stream()
        .map(i -> i.getPath() + " " + i.getMessage()).collect(Collectors.toList());
  }

  private static final String GOOD = "{\"id\":\"thg_ab12\",\"state\":\"on\",\"count\":3,\"ratio\":1.5,\"name\":null,"
      + "\"email\":\"ada@acme.example\",\"at\":\"2026-11-21T10:15:00Z\",\"day\":\"2026-11-21\","
      + "\"uid\":\"123e4567-e89b-12d3-a456-426614174000\",\"tags\":[\"a\",\"b\"],\"meta\":{\"x\":1},\"closed\":{\"a\":\"y\"},\"extra\":true}";

  @Test
  void aMatchingValueWithUnknownPropertiesHasNoIssues() throws Exception {
    assertEquals(List.of(), issues("Thing", GOOD));
  }

  @Test
  void eachKeywordReportsAtTheValuesPointer() throws Exception {
    String[][] cases = {
      {"\"id\":\"thg_ab12\"", "\"id\":\"bad\"", "/id does not match the regex pattern ^thg_[0-9a-z]{4}$"},
      {"\"state\":\"on\"", "\"state\":\"paused\"", "/state does not have a value in the enumeration [on, off]"},
      {"\"count\":3", "\"count\":11", "/count must have a maximum value of 10"},
      {"\"count\":3", "\"count\":-1", "/count must have a minimum value of 0"},
      {"\"count\":3", "\"count\":1.5", "/count number found, integer expected"},
      {"\"count\":3", "\"count\":\"3\"", "/count string found, integer expected"},
      {"\"ratio\":1.5", "\"ratio\":0", "/ratio must have a exclusive minimum value of 0"},
      {"\"ratio\":1.5", "\"ratio\":1.25", "/ratio must be multiple of 0.5"},
      {"\"name\":null", "\"name\":\"a\"", "/name must be at least 2 characters long"},
      {"\"name\":null", "\"name\":\"abcde\"", "/name may only be 4 characters long"},
      {"\"email\":\"ada@acme.example\"", "\"email\":\"not an email\"", "/email does not match the email pattern"},
      {"\"at\":\"2026-11-21T10:15:00Z\"", "\"at\":\"yesterday\"", "/at does not match the date-time pattern"},
      {"\"day\":\"2026-11-21\"", "\"day\":\"2026-13-01\"", "/day does not match the date pattern"},
      {"\"uid\":\"123e4567-e89b-12d3-a456-426614174000\"", "\"uid\":\"nope\"", "/uid does not match the uuid pattern"},
      {"\"tags\":[\"a\",\"b\"]", "\"tags\":[]", "/tags expected at least 1 items but found 0"},
      {"\"tags\":[\"a\",\"b\"]", "\"tags\":[\"a\",\"b\",\"c\"]", "/tags must have at most 2 items but found 3"},
      {"\"tags\":[\"a\",\"b\"]", "\"tags\":[\"a\",\"a\"]", "/tags the items in the array must be unique"},
      {"\"tags\":[\"a\",\"b\"]", "\"tags\":[\"a\",7]", "/tags/1 integer found, string expected"},
      {"\"meta\":{\"x\":1}", "\"meta\":{\"x\":\"1\"}", "/meta/x string found, integer expected"},
      {"\"closed\":{\"a\":\"y\"}", "\"closed\":{\"b\":1}",
        "/closed property 'b' is not defined in the schema and the schema does not allow additional properties"},
      {"\"id\":\"thg_ab12\",", "", "required property 'id' not found"},
      {"\"state\":\"on\"", "\"state\":null", "/state null found, string expected"},
    };
    for (String[] c : cases) {
      String body = GOOD.replace(c[0], c[1]);
      assertTrue(!body.equals(GOOD), "fixture replaced: " + c[0]);
      List<String> found = issues("Thing", body);
      assertTrue(found.contains(c[2].startsWith("required") ? " " + c[2] : c[2]), c[1] + " gave " + found);
    }
  }

  @Test
  void aDiscriminatorPicksTheBranchAndOneOfNeedsExactlyOneMatch() throws Exception {
    assertEquals(List.of(), issues("Pet", "{\"kind\":\"cat\",\"lives\":9}"));
    assertEquals(List.of(), issues("Pet", "{\"kind\":\"dog\",\"bark\":true}"));
    // The discriminator says dog: the Dog schema alone decides, so the issue is Dog's.
    assertEquals(List.of(" required property 'bark' not found"), issues("Pet", "{\"kind\":\"dog\",\"lives\":9}"));
    assertEquals(List.of(), issues("Either", "\"x\""));
    assertTrue(issues("Either", "true").contains(" must be valid to one and only one schema, but 0 are valid"));
    assertEquals(List.of(), issues("Any", "7"));
    assertTrue(issues("Any", "\"long\"").contains(" must be valid to at least one schema of anyOf"));
    assertEquals(List.of(" required property 'name' not found"), issues("Both", "{\"kind\":\"cat\",\"lives\":1}"));
    assertEquals(List.of(" must not be valid to the schema in not"), issues("NotString", "\"s\""));
    assertEquals(List.of(), issues("NotString", "1"));
  }
}
