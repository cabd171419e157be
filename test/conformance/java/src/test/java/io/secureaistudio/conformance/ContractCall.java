package io.secureaistudio.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.runtime.ClientOptions;
import io.secureaistudio.sdk.runtime.Json;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Calls the Java SDK the way a contract says: builds the client from {@code client}, lays the
 * contract's {@code input} out as the operation's arguments ({@link SdkOperation}), performs the
 * {@code call} and reports what came back or was raised, as the driver protocol's outcome JSON
 * (docs/contracts.md, Driver results). Contract-independent; the runner takes the verdict.
 */
final class ContractCall {
  /** Credentials every driver uses (docs/contracts.md, Drivers). */
  static final String API_KEY = "sk_test_contract";
  static final String ACCESS_TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl";
  static final String REFRESH_TOKEN = "rt_contractrefreshtoken0001";

  /** A contract input the operation cannot take: the driver's problem, not the SDK's outcome. */
  static final class InputMismatch extends Exception {
    InputMismatch(String message) { super(message); }
  }

  private final JsonNode contract;
  private final Path root;
  /** The SDK's own JSON settings, for turning inputs into arguments and results back into JSON. */
  private final ObjectMapper sdkMapper = new Json().mapper();
  /** Results as JSON with nulls kept, as JSON.stringify keeps them in the TypeScript driver. */
  private final ObjectMapper resultMapper = new Json().mapper().copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The resource the call goes to (with per-call options when the contract gives some). */
  private Object target;
  /** Client options the contract asks for that this SDK does not have; named when it fails. */
  final List<String> missingOptions = new ArrayList<>();

  ContractCall(JsonNode contract, Path root) {
    this.contract = contract;
    this.root = root;
  }

  SecureAIStudioClient buildClient(String baseURL) {
    JsonNode client = contract.path("client");
    ClientOptions.Builder<SecureAIStudioClient> builder = SecureAIStudioClient.builder().baseURL(baseURL);
    String auth = client.path("auth").asText("");
    if (auth.equals("apiKey")) builder.apiKey(API_KEY);
    if (auth.equals("bearer") || auth.equals("bearerWithRefresh")) builder.bearerToken(ACCESS_TOKEN);
    if (auth.equals("bearerWithRefresh") && !option(builder, "refreshToken", String.class, REFRESH_TOKEN)) {
      missingOptions.add("the SDK's client builder has no refreshToken option");
    }
    // maxRetries 0 asks for what an SDK without retries does anyway: only a missing non-zero counts.
    if (client.has("maxRetries")) {
      int maxRetries = client.get("maxRetries").asInt();
      if (!option(builder, "maxRetries", int.class, maxRetries) && maxRetries != 0) missingOptions.add("the SDK's client builder has no maxRetries option");
    }
    if (client.has("timeoutMs")) builder.timeout(Duration.ofMillis(client.get("timeoutMs").asLong()));
    return builder.build();
  }

  // Options the SDK may gain later (issue 6) are set when its builder has them; false when not.
  private static boolean option(Object builder, String name, Class<?> type, Object value) {
    try {
      builder.getClass().getMethod(name, type).invoke(builder, value);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("setting " + name + ": " + e.getCause(), e);
    }
  }

  /** Performs the contract's call; what the SDK raised is an outcome, a misfit input is thrown. */
  ObjectNode perform(SecureAIStudioClient client) throws ReflectiveOperationException, IOException, InputMismatch {
    SdkOperation op = SdkOperation.find(client, contract.path("operation").asText());
    Arguments laid = arguments(op);
    String call = contract.path("call").asText("call");
    Object[] args;
    try {
      // Building the params and request options checks them: an SDK outcome, like the call itself.
      target = laid.target(op.resource);
      args = laid.build();
    } catch (InvocationTargetException e) {
      return raised(e.getCause());
    } catch (IllegalArgumentException e) {
      return raised(e);
    }
    try {
      switch (call) {
        case "paginate": return paginate(op, args);
        case "wait": return waitFor(op, args);
        case "events": return events(op, args);
        case "download": return download(op.method.invoke(target, args));
        case "query": return query(op);
        case "subscribe": return subscribe(op);
        case "call":
        case "upload": return result(op.method.invoke(target, args));
        default: throw new InputMismatch("call '" + call + "' is none this driver knows");
      }
    } catch (InvocationTargetException e) {
      return raised(e.getCause());
    }
  }

  /** The method's arguments, with the params builder still open (its setters already called). */
  private static final class Arguments {
    final Object[] args;
    final Object builder;
    final int paramsIndex;
    /** input.headers' Idempotency-Key: a per-call option of the SDK (R3.6), not a parameter. */
    String idempotencyKey;

    Arguments(Object[] args, Object builder, int paramsIndex) {
      this.args = args;
      this.builder = builder;
      this.paramsIndex = paramsIndex;
    }

    /** The resource, or its {@code withOptions} view carrying the idempotency key. */
    Object target(Object resource) throws ReflectiveOperationException {
      if (idempotencyKey == null) return resource;
      RequestOptions options = RequestOptions.builder().idempotencyKey(idempotencyKey).build();
      return resource.getClass().getMethod("withOptions", RequestOptions.class).invoke(resource, options);
    }

    Object[] build() throws ReflectiveOperationException {
      if (builder != null) args[paramsIndex] = builder.getClass().getMethod("build").invoke(builder);
      return args;
    }
  }

  /** The outcome of a call that returned {@code value}. */
  private ObjectNode result(Object value) {
    ObjectNode outcome = NODES.objectNode();
    outcome.set("result", value == null ? NullNode.getInstance() : resultMapper.valueToTree(value));
    return outcome;
  }

  private static ObjectNode unsupported(String why) {
    ObjectNode outcome = NODES.objectNode();
    outcome.put("unsupported", why);
    return outcome;
  }

  private ObjectNode paginate(SdkOperation op, Object[] args) throws ReflectiveOperationException {
    Object page = op.method.invoke(target, args);
    if (!iterates(op.method.getReturnType())) {
      return unsupported("the Java SDK's " + op.operationId + " returns one " + op.method.getReturnType().getSimpleName() + ", not an iterable page");
    }
    ObjectNode outcome = NODES.objectNode();
    ArrayNode ids = outcome.putArray("items");
    for (Iterator<?> it = iterator(page); it.hasNext(); ) {
      JsonNode item = resultMapper.valueToTree(it.next());
      ids.add(item == null || item.get("id") == null ? NullNode.getInstance() : item.get("id"));
    }
    return outcome;
  }

  /**
   * {@code call: wait}: the contract's operation is the poll operation; the SDK's waiter for it
   * ({@code jobs().waitFor} for {@code getJob}) is the method marked
   * {@code @ApiOperation(value = "getJob", call = "wait")} taking the path parameters and
   * {@code WaitOptions}.
   */
  private ObjectNode waitFor(SdkOperation op, Object[] args) throws ReflectiveOperationException, InputMismatch {
    Method waiter = op.waiter();
    if (waiter == null) {
      return unsupported("the Java SDK has no waiter for " + op.operationId + " on " + op.resource.getClass().getSimpleName());
    }
    JsonNode wait = contract.path("input").path("wait");
    WaitOptions options = WaitOptions.defaults();
    if (wait.has("intervalMs")) options = options.withInterval(Duration.ofMillis(wait.get("intervalMs").asLong()));
    if (wait.has("maxIntervalMs")) options = options.withMaxInterval(Duration.ofMillis(wait.get("maxIntervalMs").asLong()));
    if (wait.has("timeoutMs")) options = options.withTimeout(Duration.ofMillis(wait.get("timeoutMs").asLong()));
    Object[] waiterArgs = new Object[waiter.getParameterCount()];
    for (SdkOperation.Param p : op.params) {
      if (p.kind() == SdkOperation.Kind.PATH) waiterArgs[p.index()] = args[p.index()];
    }
    waiterArgs[waiterArgs.length - 1] = options;
    return result(waiter.invoke(target, waiterArgs));
  }

  private ObjectNode events(SdkOperation op, Object[] args) throws ReflectiveOperationException {
    Object stream = op.method.invoke(target, args);
    if (!iterates(op.method.getReturnType())) {
      return unsupported("the Java SDK's " + op.operationId + " returns " + op.method.getReturnType().getSimpleName() + ", not an event iterator");
    }
    ObjectNode outcome = NODES.objectNode();
    ArrayNode events = outcome.putArray("events");
    try {
      for (Iterator<?> it = iterator(stream); it.hasNext(); ) {
        JsonNode event = resultMapper.valueToTree(it.next());
        ObjectNode entry = events.addObject();
        entry.put("event", event.path("event").asText());
        entry.set("data", event.get("data"));
      }
    } finally {
      if (stream instanceof AutoCloseable) {
        try {
          ((AutoCloseable) stream).close();
        } catch (Exception ignored) {
          // closing a finished stream
        }
      }
    }
    return outcome;
  }

  /** {@code call: query} (R13.1): the resource's GraphQL query method with input.body's fields. */
  private ObjectNode query(SdkOperation op) throws ReflectiveOperationException, InputMismatch {
    Method query = op.graphql("query");
    if (query == null) return unsupported("the Java SDK has no GraphQL query method for " + op.operationId + " on " + op.resource.getClass().getSimpleName());
    return result(query.invoke(target, graphqlArguments(op, query)));
  }

  /** {@code call: subscribe} (R13.3): the payloads, each reported as a {@code next} event, read to the end. */
  private ObjectNode subscribe(SdkOperation op) throws ReflectiveOperationException, InputMismatch {
    Method subscribe = op.graphql("subscribe");
    if (subscribe == null) return unsupported("the Java SDK has no GraphQL subscribe method for " + op.operationId + " on " + op.resource.getClass().getSimpleName());
    Object subscription = subscribe.invoke(target, graphqlArguments(op, subscribe));
    if (!iterates(subscribe.getReturnType())) {
      return unsupported("the Java SDK's subscribe returns " + subscribe.getReturnType().getSimpleName() + ", not an iterator of payloads");
    }
    ObjectNode outcome = NODES.objectNode();
    ArrayNode events = outcome.putArray("events");
    try {
      for (Iterator<?> it = iterator(subscription); it.hasNext(); ) {
        events.addObject().put("event", "next").set("data", resultMapper.valueToTree(it.next()));
      }
    } finally {
      if (subscription instanceof AutoCloseable) {
        try {
          ((AutoCloseable) subscription).close();
        } catch (Exception ignored) {
          // closing a finished subscription
        }
      }
    }
    return outcome;
  }

  /** (document, variables, operationName) from input.body, each null when not given. */
  private Object[] graphqlArguments(SdkOperation op, Method method) throws InputMismatch {
    if (method.getParameterCount() != 3) {
      throw new InputMismatch(op.operationId + ": the GraphQL method " + method + " does not take (document, variables, operationName)");
    }
    JsonNode body = contract.path("input").path("body");
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!List.of("query", "variables", "operationName").contains(name)) {
        throw new InputMismatch("input.body." + name + ": a GraphQL call takes only query, variables and operationName");
      }
    }
    Object variables = null;
    if (body.hasNonNull("variables")) {
      try {
        variables = sdkMapper.convertValue(body.get("variables"), Map.class);
      } catch (IllegalArgumentException e) {
        throw new InputMismatch("input.body.variables: not an object: " + e.getMessage());
      }
    }
    return new Object[] {body.hasNonNull("query") ? body.get("query").asText() : null, variables,
        body.hasNonNull("operationName") ? body.get("operationName").asText() : null};
  }

  private static boolean iterates(Class<?> type) {
    return Iterable.class.isAssignableFrom(type) || Iterator.class.isAssignableFrom(type) || Stream.class.isAssignableFrom(type);
  }

  private static Iterator<?> iterator(Object value) {
    if (value instanceof Iterable) return ((Iterable<?>) value).iterator();
    if (value instanceof Stream) return ((Stream<?>) value).iterator();
    return (Iterator<?>) value;
  }

  private static ObjectNode download(Object body) throws IOException {
    byte[] bytes;
    if (body instanceof byte[]) bytes = (byte[]) body;
    else if (body instanceof InputStream) {
      try (InputStream in = (InputStream) body) {
        bytes = in.readAllBytes();
      }
    } else {
      return unsupported("download: the SDK returned " + (body == null ? "nothing" : body.getClass().getSimpleName()) + ", not bytes");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      ObjectNode outcome = NODES.objectNode();
      outcome.putObject("bytes").put("length", bytes.length).put("sha256", HexFormat.of().formatHex(digest));
      return outcome;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What was raised, as the driver protocol reports it: the class's simple name and its
   * ancestors' (the runner maps them to neutral names), status, code, requestId and message as
   * the SDK exposes them, the response headers, the causes' messages and the exception's other
   * String getters (the runner checks none holds a secret, R5.5).
   */
  static ObjectNode raised(Throwable error) {
    ObjectNode report = NODES.objectNode();
    report.put("type", error.getClass().getSimpleName());
    ArrayNode ancestors = report.putArray("ancestors");
    for (Class<?> c = error.getClass().getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) ancestors.add(c.getSimpleName());
    Object status = getter(error, "getStatus", "status");
    Object code = getter(error, "getCode", "code");
    Object requestId = getter(error, "getRequestId", "requestId");
    if (status instanceof Integer) report.put("status", (Integer) status);
    if (code != null) report.put("code", String.valueOf(code));
    if (requestId != null) report.put("requestId", String.valueOf(requestId));
    report.put("message", error.getMessage());
    if (getter(error, "getHeaders") instanceof Map) {
      ObjectNode headers = report.putObject("headers");
      for (Map.Entry<?, ?> h : ((Map<?, ?>) getter(error, "getHeaders")).entrySet()) {
        Object value = h.getValue();
        headers.put(String.valueOf(h.getKey()), value instanceof Collection
            ? ((Collection<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value));
      }
    }
    ArrayNode causes = report.putArray("causes");
    for (Throwable c = error.getCause(); c != null && causes.size() < 10; c = c.getCause()) causes.add(String.valueOf(c));
    ObjectNode fields = report.putObject("fields");
    for (Method m : error.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")) continue;
      if (m.getName().equals("getMessage") || m.getName().equals("getHeaders") || m.getName().equals("getLocalizedMessage")) continue;
      Object value = getter(error, m.getName());
      if (value instanceof String || value instanceof JsonNode) fields.put(m.getName().substring(3), String.valueOf(value));
    }
    ObjectNode outcome = NODES.objectNode();
    outcome.set("error", report);
    return outcome;
  }

  private static Object getter(Object target, String... names) {
    for (String name : names) {
      try {
        Method m = target.getClass().getMethod(name);
        Object value = m.invoke(target);
        return value instanceof java.util.Optional ? ((java.util.Optional<?>) value).orElse(null) : value;
      } catch (ReflectiveOperationException ignored) {
        // not this name
      }
    }
    return null;
  }

  /** The method's arguments for the contract's input, by where each goes on the wire. */
  private Arguments arguments(SdkOperation op) throws InputMismatch, IOException, ReflectiveOperationException {
    Object[] args = new Object[op.method.getParameterCount()];
    Object builder = op.paramsClass == null ? null : op.paramsClass.getMethod("builder").invoke(null);
    JsonNode input = contract.path("input");
    place(op, args, builder, input.path("path"), SdkOperation.Kind.PATH, "input.path");
    place(op, args, builder, input.path("query"), SdkOperation.Kind.QUERY, "input.query");
    Arguments laid = new Arguments(args, builder, args.length - 1);
    JsonNode headers = input.path("headers").deepCopy();
    for (Iterator<String> names = headers.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase("Idempotency-Key") && op.param(SdkOperation.Kind.HEADER, name) == null) {
        laid.idempotencyKey = headers.get(name).asText();
        names.remove();
      }
    }
    place(op, args, builder, headers, SdkOperation.Kind.HEADER, "input.headers");

    JsonNode body = input.get("body");
    if (contract.path("call").asText().equals("upload")) {
      JsonNode file = input.path("file");
      if (!file.hasNonNull("path")) throw new InputMismatch("an upload contract needs input.file.path");
      SdkOperation.Param part = op.param(SdkOperation.Kind.FORM, "file");
      if (part == null) throw new InputMismatch(op.operationId + " takes no multipart field 'file' (it takes " + op.describe() + ")");
      Path path = root.resolve(file.get("path").asText());
      // The params builder's Path overload of the file setter.
      builder.getClass().getMethod(part.setter().getName(), Path.class).invoke(builder, path);
    }
    if (body != null && !body.isNull()) {
      SdkOperation.Param json = op.param(SdkOperation.Kind.BODY, null);
      if (json != null) {
        args[json.index()] = convert(body, json, "input.body");
      } else if (body.isObject() && op.params.stream().anyMatch(p -> p.kind() == SdkOperation.Kind.FORM)) {
        place(op, args, builder, body, SdkOperation.Kind.FORM, "input.body");
      } else {
        throw new InputMismatch(op.operationId + " takes no request body, but input.body is given (it takes " + op.describe() + ")");
      }
    }
    return laid;
  }

  private void place(SdkOperation op, Object[] args, Object builder, JsonNode values, SdkOperation.Kind kind, String where)
      throws InputMismatch, ReflectiveOperationException {
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SdkOperation.Param p = op.param(kind, e.getKey());
      if (p == null) {
        throw new InputMismatch(where + "." + e.getKey() + ": the Java SDK's " + op.operationId
            + " has no such " + kind.name().toLowerCase() + " parameter (it takes " + op.describe() + ")");
      }
      Object value = convert(e.getValue(), p, where + "." + e.getKey());
      if (p.setter() == null) args[p.index()] = value;
      else p.setter().invoke(builder, value);
    }
  }

  private Object convert(JsonNode value, SdkOperation.Param p, String where) throws InputMismatch {
    try {
      return sdkMapper.convertValue(value, sdkMapper.constructType(p.type()));
    } catch (IllegalArgumentException e) {
      throw new InputMismatch(where + ": cannot be read as " + p.type().getTypeName() + ": " + e.getMessage());
    }
  }
}
