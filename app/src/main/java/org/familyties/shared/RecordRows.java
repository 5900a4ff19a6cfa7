package org.familyties.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps rows to a record the way the repositories name columns (a component {@code caseId} reads column
 * {@code case_id}, or the name given by {@link Column}), for pages that read many small lists: the columns are
 * found once per query and each row is a constructor call, without the repositories' per-row conversion work.
 * Components the query does not select are null.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    /** A record type's canonical constructor, component types and column names, found once per type. */
    private static final class Shape {
        final Class<?> type;
        final Constructor<?> constructor;
        final Class<?>[] types;
        final String[] columns;

        Shape(Class<?> type) {
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            types = new Class<?>[components.length];
            columns = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Column column = components[i].getAnnotation(Column.class);
                columns[i] = column != null ? column.value().toLowerCase(Locale.ROOT) : snakeCase(components[i].getName());
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    }

    private final Shape shape;
    private int[] at;

    private RecordRows(Shape shape) {
        this.shape = shape;
    }

    /** A mapper for one query (it remembers where the columns are in that query's result). */
    public static <T extends Record> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(SHAPES.get(type));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (at == null) {
            at = positions(rs.getMetaData());
        }
        Object[] values = new Object[shape.types.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = at[i] == 0 ? null : read(rs, at[i], shape.types[i]);
        }
        try {
            return (T) shape.constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make a " + shape.type.getSimpleName() + " from a row", e);
        }
    }

    /** Where each component's column is in this result (1-based; 0 when the query does not select it). */
    private int[] positions(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> byLabel = new HashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            byLabel.putIfAbsent(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), c);
        }
        int[] positions = new int[shape.columns.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = byLabel.getOrDefault(shape.columns[i], 0);
        }
        return positions;
    }

    private static Object read(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
        if (type == long.class || type == int.class || type == boolean.class || type == double.class) {
            Object value = rs.getObject(column, boxed(type));
            if (value == null) {
                throw new IllegalStateException("Column " + column + " is null but its component cannot be");
            }
            return value;
        }
        return rs.getObject(column, type);
    }

    private static Class<?> boxed(Class<?> primitive) {
        return primitive == long.class ? Long.class : primitive == int.class ? Integer.class
                : primitive == boolean.class ? Boolean.class : Double.class;
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
