package io.secureaistudio.conformance;

import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.WaitOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One operation of the Java SDK, found from its operationId alone: the resource of the client
 * whose method carries {@code @ApiOperation("<operationId>")}, and where each input goes. Java
 * keeps no parameter names at run time, so the SDK marks them: path parameters and the body with
 * {@code @ApiParam} on the method's arguments, query/header/form parameters with
 * {@code @ApiParam} on the setters of the operation's params builder. Adding a contract, or an
 * operation, needs no driver code.
 */
final class SdkOperation {
  /** Where one input goes. */
  enum Kind { PATH, QUERY, HEADER, FORM, BODY }

  /** A method argument (PATH, BODY) or a params-builder setter (QUERY, HEADER, FORM). */
  record Param(Kind kind, String wireName, int index, Method setter, Type type) {}

  final String operationId;
  final Object resource;
  final Method method;
  /** The method's params class (its last argument), or null when it takes none. */
  final Class<?> paramsClass;
  final List<Param> params;

  private SdkOperation(String operationId, Object resource, Method method) throws ReflectiveOperationException {
    this.operationId = operationId;
    this.resource = resource;
    this.method = method;
    Class<?> paramsClass = null;
    List<Param> params = new ArrayList<>();
    Parameter[] args = method.getParameters();
    for (int i = 0; i < args.length; i++) {
      ApiParam wire = args[i].getAnnotation(ApiParam.class);
      if (wire != null) {
        params.add(new Param(kind(wire), wire.name(), i, null, args[i].getParameterizedType()));
      } else if (i == args.length - 1 && hasBuilder(args[i].getType())) {
        paramsClass = args[i].getType();
      } else {
        throw new IllegalStateException(operationId + ": argument " + i + " of " + method + " is neither marked nor a params class");
      }
    }
    if (paramsClass != null) {
      Class<?> builder = paramsClass.getMethod("builder").getReturnType();
      Method[] setters = builder.getMethods();
      Arrays.sort(setters, Comparator.comparing(Method::getName)); // a stable order for describe()
      for (Method setter : setters) {
        ApiParam wire = setter.getAnnotation(ApiParam.class);
        if (wire != null && setter.getParameterCount() == 1) {
          params.add(new Param(kind(wire), wire.name(), -1, setter, setter.getGenericParameterTypes()[0]));
        }
      }
    }
    this.paramsClass = paramsClass;
    this.params = params;
  }

  /** Finds {@code operationId} among the client's resources. */
  static SdkOperation find(SecureAIStudioClient client, String operationId) throws ReflectiveOperationException {
    for (Method accessor : SecureAIStudioClient.class.getMethods()) {
      if (accessor.getParameterCount() != 0 || !accessor.getReturnType().getPackageName().endsWith(".services")) continue;
      Method method = Arrays.stream(accessor.getReturnType().getMethods())
          .filter(m -> !Modifier.isStatic(m.getModifiers()) && isCall(m.getAnnotation(ApiOperation.class), operationId))
          .max(Comparator.comparingInt(Method::getParameterCount)) // the overload taking params
          .orElse(null);
      if (method != null) return new SdkOperation(operationId, accessor.invoke(client), method);
    }
    throw new IllegalStateException("the Java SDK has no method marked @ApiOperation(\"" + operationId + "\") on any resource of SecureAIStudioClient");
  }

  private static boolean isCall(ApiOperation marked, String operationId) {
    return marked != null && marked.value().equals(operationId) && marked.call().equals("call");
  }

  /**
   * The resource's waiter for this (poll) operation, {@code @ApiOperation(value = id, call = "wait")}
   * taking the path parameters and {@link WaitOptions}; null when the SDK has none.
   */
  Method waiter() {
    return Arrays.stream(resource.getClass().getMethods())
        .filter(m -> {
          ApiOperation marked = m.getAnnotation(ApiOperation.class);
          Class<?>[] types = m.getParameterTypes();
          return marked != null && marked.value().equals(operationId) && marked.call().equals("wait")
              && types.length > 0 && types[types.length - 1] == WaitOptions.class;
        })
        .findFirst().orElse(null);
  }

  /**
   * The resource's GraphQL method of this operation for {@code call} ({@code query} or
   * {@code subscribe}, R13): the overload marked {@code @ApiOperation(value = id, call = call)}
   * taking the most arguments (document, variables, operationName); null when the SDK has none.
   */
  Method graphql(String call) {
    return Arrays.stream(resource.getClass().getMethods())
        .filter(m -> {
          ApiOperation marked = m.getAnnotation(ApiOperation.class);
          return marked != null && marked.value().equals(operationId) && marked.call().equals(call);
        })
        .max(Comparator.comparingInt(Method::getParameterCount))
        .orElse(null);
  }

  Param param(Kind kind, String wireName) {
    return params.stream()
        .filter(p -> p.kind() == kind && (kind == Kind.BODY || (kind == Kind.HEADER ? p.wireName().equalsIgnoreCase(wireName) : p.wireName().equals(wireName))))
        .findFirst().orElse(null);
  }

  /** A readable list of what the method takes, for error messages. */
  String describe() {
    List<String> parts = new ArrayList<>();
    for (Param p : params) parts.add(p.kind().name().toLowerCase(Locale.ROOT) + (p.wireName().isEmpty() ? "" : " " + p.wireName()));
    return operationId + "(" + String.join(", ", parts) + ")";
  }

  private static Kind kind(ApiParam wire) {
    return Kind.valueOf(wire.in().toUpperCase(Locale.ROOT));
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof Class) return (Class<?>) type;
    if (type instanceof java.lang.reflect.ParameterizedType) return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
    return Object.class;
  }
}
