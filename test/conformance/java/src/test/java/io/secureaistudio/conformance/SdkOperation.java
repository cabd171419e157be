package io.secureaistudio.conformance;

import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.runtime.ApiRequest;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One operation of the Java SDK, found from its operationId alone: the API object of the client
 * that has a method of that name, and where each of the method's arguments goes on the wire.
 *
 * <p>Java keeps no parameter names at run time (the SDK is not compiled with -parameters), so
 * the layout is read off the SDK itself: every generated method {@code op(...)} builds its
 * request in {@code opRequest(...)} with the same arguments. The driver calls that builder with
 * probe values, once per argument with that argument changed, and sees which path parameter,
 * query parameter, header, form field or JSON body changed. Adding a contract, or an operation,
 * needs no driver code.
 */
final class SdkOperation {
  /** Where one argument of the method goes. */
  enum Kind { PATH, QUERY, HEADER, FORM, BODY, UNKNOWN }

  record Param(int index, Kind kind, String wireName, Type type) {}

  final String operationId;
  final Object api;
  final Method method;
  final List<Param> params;

  private SdkOperation(String operationId, Object api, Method method, List<Param> params) {
    this.operationId = operationId;
    this.api = api;
    this.method = method;
    this.params = params;
  }

  /** Finds {@code operationId} among the client's API objects and reads its argument layout. */
  static SdkOperation find(SecureAIStudioClient client, String operationId) throws ReflectiveOperationException {
    for (Method accessor : SecureAIStudioClient.class.getMethods()) {
      if (accessor.getParameterCount() != 0 || !accessor.getReturnType().getPackageName().endsWith(".api")) continue;
      Method method = operationMethod(accessor.getReturnType(), operationId);
      if (method != null) {
        Object api = accessor.invoke(client);
        return new SdkOperation(operationId, api, method, layout(api, method));
      }
    }
    throw new IllegalStateException("the Java SDK has no method for operation '" + operationId + "' on any API class of SecureAIStudioClient");
  }

  // The public method named as the operation; with overloads, the one taking every parameter.
  private static Method operationMethod(Class<?> apiClass, String operationId) {
    return Arrays.stream(apiClass.getMethods())
        .filter(m -> m.getName().equals(operationId) && !Modifier.isStatic(m.getModifiers()))
        .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
        .orElse(null);
  }

  /**
   * Another public method of the same API class that takes the same arguments and whose name
   * starts with the operationId and whose result satisfies {@code wanted} (for example an
   * auto-paginating or event-streaming variant); null when the SDK has none.
   */
  Method variant(java.util.function.Predicate<Class<?>> wanted) {
    return Arrays.stream(api.getClass().getMethods())
        .filter(m -> m.getName().startsWith(operationId) && Arrays.equals(m.getParameterTypes(), method.getParameterTypes()))
        .filter(m -> wanted.test(m.getReturnType()))
        .findFirst().orElse(null);
  }

  Param param(Kind kind, String wireName) {
    return params.stream()
        .filter(p -> p.kind() == kind && (kind == Kind.BODY || (kind == Kind.HEADER ? p.wireName().equalsIgnoreCase(wireName) : p.wireName().equals(wireName))))
        .findFirst().orElse(null);
  }

  /** A readable list of what the method takes, for error messages. */
  String describe() {
    List<String> parts = new ArrayList<>();
    for (Param p : params) parts.add(p.kind().name().toLowerCase() + (p.wireName() == null ? "" : " " + p.wireName()));
    return operationId + "(" + String.join(", ", parts) + ")";
  }

  private static List<Param> layout(Object api, Method method) throws ReflectiveOperationException {
    Method builder = method.getDeclaringClass().getDeclaredMethod(method.getName() + "Request", method.getParameterTypes());
    builder.setAccessible(true);
    Type[] types = method.getGenericParameterTypes();
    Object[] probes = new Object[types.length];
    for (int i = 0; i < types.length; i++) probes[i] = probe(types[i], 0);
    Map<String, String> base = wire(api, builder, probes);

    List<Param> params = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      Object[] changed = probes.clone();
      changed[i] = probe(types[i], 1);
      Map<String, String> after = wire(api, builder, changed);
      String slot = null;
      for (String key : union(base.keySet(), after.keySet())) {
        if (!Objects.equals(base.get(key), after.get(key))) {
          slot = key;
          break;
        }
      }
      if (slot == null) {
        params.add(new Param(i, Kind.UNKNOWN, null, types[i]));
      } else {
        int colon = slot.indexOf(':');
        params.add(new Param(i, Kind.valueOf(slot.substring(0, colon)), slot.substring(colon + 1), types[i]));
      }
    }
    return params;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The request {@code builder} makes of {@code args}, as slot → value: {@code PATH:jobId},
   * {@code QUERY:limit}, {@code HEADER:Range}, {@code FORM:file}, {@code BODY:}. Values passed
   * through as objects are compared by identity, formatted ones by text.
   */
  private static Map<String, String> wire(Object api, Method builder, Object[] args) throws ReflectiveOperationException {
    ApiRequest request;
    try {
      request = (ApiRequest) builder.invoke(api, args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("reading the parameters of " + builder.getName() + " failed: " + e.getCause(), e.getCause());
    }
    Map<String, String> slots = new TreeMap<>();
    Map<?, ?> path = (Map<?, ?>) field(request, "pathParams");
    path.forEach((name, value) -> slots.put("PATH:" + name, identity(value)));
    for (Object entry : (List<?>) field(request, "query")) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
      slots.merge("QUERY:" + e.getKey(), String.valueOf(e.getValue()), (a, b) -> a + "&" + b);
    }
    Map<?, ?> headers = (Map<?, ?>) field(request, "headers");
    headers.forEach((name, value) -> slots.put("HEADER:" + name, String.valueOf(value)));
    for (Object entry : (List<?>) field(request, "formParts")) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
      slots.put("FORM:" + e.getKey(), identity(e.getValue()));
    }
    Object body = field(request, "jsonBody");
    if (body != null) slots.put("BODY:", identity(body));
    return slots;
  }

  private static String identity(Object value) {
    return value == null ? "null" : value.getClass().getName() + "@" + System.identityHashCode(value);
  }

  // ApiRequest keeps what generated code put into it in package-private fields; the driver reads
  // them only to learn the argument layout, never to send anything.
  private static Object field(ApiRequest request, String name) throws ReflectiveOperationException {
    Field field = ApiRequest.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(request);
  }

  private static Object probe(Type type, int variant) {
    Class<?> raw = rawClass(type);
    if (raw == String.class) return "probe" + variant;
    if (raw == Integer.class || raw == int.class) return Integer.valueOf(1 + variant);
    if (raw == Long.class || raw == long.class) return Long.valueOf(1 + variant);
    if (raw == Short.class || raw == short.class) return Short.valueOf((short) (1 + variant));
    if (raw == Double.class || raw == double.class) return Double.valueOf(1.5 + variant);
    if (raw == Float.class || raw == float.class) return Float.valueOf(1.5f + variant);
    if (raw == BigDecimal.class) return BigDecimal.valueOf(1 + variant);
    if (raw == Boolean.class || raw == boolean.class) return variant == 0 ? Boolean.TRUE : Boolean.FALSE;
    if (raw == File.class) return new File("probe" + variant);
    if (raw == byte[].class) return new byte[] {(byte) variant};
    if (raw == UUID.class) return new UUID(0, variant);
    if (raw == OffsetDateTime.class) return OffsetDateTime.of(2026, 1, 1 + variant, 0, 0, 0, 0, ZoneOffset.UTC);
    if (raw == LocalDate.class) return LocalDate.of(2026, 1, 1 + variant);
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[Math.min(variant, constants.length - 1)];
    }
    Object[] known = openEnumValues(raw);
    if (known != null && known.length > 0) return known[Math.min(variant, known.length - 1)];
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0] : Object.class;
      Object item = probe(element, variant);
      return Set.class.isAssignableFrom(raw) ? Set.of(item) : List.of(item);
    }
    if (Map.class.isAssignableFrom(raw)) return new HashMap<>(Map.of("probe", variant));
    if (raw.isInterface()) return Proxy.newProxyInstance(raw.getClassLoader(), new Class<?>[] {raw}, SdkOperation::proxyMethod);
    try {
      return raw.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      return new Object();
    }
  }

  // The SDK's open enums (classes with a static values(), R7.3) are probed with their constants.
  private static Object[] openEnumValues(Class<?> raw) {
    try {
      Method values = raw.getMethod("values");
      return Modifier.isStatic(values.getModifiers()) && values.getReturnType().isArray() ? (Object[]) values.invoke(null) : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  // An interface-typed argument (a oneOf request body) is probed with a bare proxy object.
  private static Object proxyMethod(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "hashCode": return System.identityHashCode(proxy);
      case "equals": return proxy == args[0];
      case "toString": return "probe";
      default: return null;
    }
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof Class) return (Class<?>) type;
    if (type instanceof ParameterizedType) return (Class<?>) ((ParameterizedType) type).getRawType();
    return Object.class;
  }
}
