package nl.lon.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.lon.core.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the LON SDK, placed on every model package.
 *
 * <p>Generated {@code Immutable*} classes are implementation details: use the factories and {@code
 * builder()} on the abstract type. A value type with a public builder declares it as a nested
 * {@code public static final class Builder extends ImmutableX.Builder {}} (the Immutables
 * "sandwich"), so every signature and every user names {@code X.Builder}, never the generated
 * class; the generated setters return {@code X.Builder}. Types built only inside their package
 * declare the same nested class package-private. Builders are not strict: the case fold copies a
 * state with {@code from} and sets attributes again. Accessors are {@code get*} / {@code is*};
 * collections are Guava immutable collections; a missing or null attribute fails with an {@link
 * InvalidValueException} naming the attribute.
 *
 * <p>Internal: not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    defaults = @Value.Immutable(copy = true))
public @interface LonStyle {}
