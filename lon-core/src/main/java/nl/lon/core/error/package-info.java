/**
 * The LON SDK's one unchecked exception hierarchy, rooted at {@link
 * nl.lon.core.error.LonException}, and the {@link nl.lon.core.error.Violation} value that rule
 * refusals carry.
 *
 * <p>Every message says what to fix. Invalid input names the field; a refused command names the
 * rule and step in English and Dutch; a conflict carries the expected and actual version.
 *
 * <h2 id="null-policy">Null and validation policy (nul- en invoerbeleid)</h2>
 *
 * <p>The one policy of every module; other packages point here.
 *
 * <ul>
 *   <li>No method accepts or returns null unless its documentation says so. An absent value is an
 *       empty {@link java.util.Optional}, an empty collection or a documented default.
 *   <li>Every value type is validated when it is built, by its factory or by its builder's {@code
 *       build()}: no invalid value ever exists.
 *   <li>Input a value refuses fails with {@link nl.lon.core.error.InvalidValueException}, never a
 *       {@code NullPointerException} or {@code IllegalArgumentException}. That includes a null
 *       attribute passed to a factory or a builder setter, a required attribute a builder never
 *       received, and a null element, key or value inside a collection handed to a factory.
 *   <li>{@link nl.lon.core.error.InvalidValueException#getField()} is {@code Type.field} on every
 *       path, for example {@code PlanOfApproach.goals} or {@code CaseId.value}; for a builder
 *       missing several attributes it is the first of them and the message lists them all. {@link
 *       nl.lon.core.error.InvalidValueException#getRule()} is {@value
 *       nl.lon.core.error.InvalidValueException#RULE_REQUIRED} for a null or missing value, else
 *       the rule broken.
 *   <li>Messages never repeat the rejected text, date or amount, which may be personal data.
 *   <li>One known gap: the generated builders' element methods ({@code addX}, {@code addAllX},
 *       {@code putX}, a collection setter) and collection {@code withX} copies hand elements
 *       straight to Guava's immutable collections, which refuse a null element with {@code
 *       NullPointerException} before any check of the SDK runs; so do the setter overloads that
 *       take an {@code Optional}, for a null {@code Optional}.
 * </ul>
 */
package nl.lon.core.error;
