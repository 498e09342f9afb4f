package nl.groeipad.catalogue.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.platform.entity.TenantId;

/**
 * Turns {@link SearchCriteria} into two JPQL statements: one for the page, one for the total count. Both
 * work on an organisation's items (tenant scoping is added by EclipseLink, never here) and on the global
 * shared snapshots (where the caller's own organisation is left out), because both keep their content in
 * the same embedded columns.
 *
 * <p>No joins and no collections: a page is one SELECT with LIMIT/OFFSET, the total one SELECT COUNT, however
 * many rows match. Free text is a LIKE per word on the normalised {@code search_text}; with relevance order,
 * items whose title contains more of the words come first, then alphabetical.
 *
 * @param select     the page query; when {@code ranked}, its rows are {@code Object[]{entity, rank}}
 * @param count      the count query
 * @param parameters named parameters for both
 */
public record ItemQuery(String select, String count, Map<String, Object> parameters, boolean ranked) {

    static final char ESCAPE = '!';

    /** An organisation's own catalogue. */
    public static ItemQuery forItems(SearchCriteria criteria) {
        return build("CatalogueItem", criteria, List.of(), Map.of());
    }

    /** The material other organisations share: everything shared except what {@code viewer} shared itself. */
    public static ItemQuery forShared(SearchCriteria criteria, TenantId viewer) {
        return build("SharedCatalogueItem", criteria, List.of("i.ownerTenantId <> :viewer"),
                Map.of("viewer", viewer.value()));
    }

    /** Runs both statements: the page and the total. */
    public <T> Page<T> run(EntityManager em, Class<T> type, int offset, int limit) {
        var page = em.createQuery(select).setFirstResult(offset).setMaxResults(limit);
        var total = em.createQuery(count, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<?> rows = page.getResultList();
        var items = rows.stream().map(row -> type.cast(row instanceof Object[] r ? r[0] : row)).toList();
        return new Page<>(items, total.getSingleResult(), offset, limit);
    }

    private static ItemQuery build(String entity, SearchCriteria c, List<String> extraConditions,
                                   Map<String, Object> extraParameters) {
        var where = new ArrayList<>(extraConditions);
        var params = new LinkedHashMap<String, Object>(extraParameters);
        var words = c.words();
        for (int i = 0; i < words.size(); i++) {
            where.add("i.content.searchText like :w" + i + " escape '" + ESCAPE + "'");
            params.put("w" + i, contains(words.get(i)));
        }
        condition(where, params, "i.content.competencyKey = :competencyKey", "competencyKey", c.competencyKey());
        condition(where, params, "i.content.competencyTitle = :competencyTitle", "competencyTitle", c.competencyTitle());
        if (c.level() != null) {
            where.add("i.content.level" + Character.toUpperCase(c.level()) + " = true");
        }
        condition(where, params, "i.content.kind = :kind", "kind", c.kind());
        condition(where, params, "i.content.online = :online", "online", c.online());
        if (c.style() != null) {
            var name = c.style().name();
            where.add("i.content.style" + name.charAt(0) + name.substring(1).toLowerCase() + " = true");
        }
        condition(where, params, "i.content.language = :language", "language", c.language());
        if (c.source() != null && entity.equals("CatalogueItem")) {
            where.add("i.source = :source");
            params.put("source", c.source());
        }
        var whereClause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var ranked = c.sort() == SearchCriteria.Sort.RELEVANCE && !words.isEmpty();
        String select;
        if (ranked) {
            var titleHits = new ArrayList<String>();
            for (int i = 0; i < words.size(); i++) {
                titleHits.add("case when i.content.titleKey like :w" + i + " escape '" + ESCAPE + "' then 1 else 0 end");
            }
            select = "select i, " + String.join(" + ", titleHits) + " as rank"
                    + " from " + entity + " i" + whereClause + " order by rank desc, i.content.titleKey, i.id";
        } else {
            select = "select i from " + entity + " i" + whereClause + " order by i.content.titleKey, i.id";
        }
        var count = "select count(i) from " + entity + " i" + whereClause;
        return new ItemQuery(select, count, Map.copyOf(params), ranked);
    }

    private static void condition(List<String> where, Map<String, Object> params, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    /** A LIKE pattern for "contains", with the wildcards of the word itself escaped. */
    static String contains(String word) {
        var escaped = new StringBuilder(word.length() + 2).append('%');
        for (var ch : word.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.append('%').toString();
    }
}
