package nl.groeipad.catalogue.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.groeipad.catalogue.entity.SearchTerms;
import nl.groeipad.platform.entity.TenantId;

/**
 * Turns {@link SearchCriteria} into two JPQL statements: one for the page, one for the total count. Both
 * work on an organisation's items (tenant scoping is added by EclipseLink, never here) and on the global
 * shared snapshots (where the caller's own organisation is left out), because both keep their content in
 * the same embedded columns.
 *
 * <p>No joins and no collections: a page is one SELECT with LIMIT/OFFSET, the total one SELECT COUNT, however
 * many rows match. Free text is analysed ({@link SearchTerms}: Dutch stems, compound parts, phonetic keys) and
 * matched per word on the stored {@code search_terms}: a term starting with the word's stem, or all its compound
 * parts, or its phonetic key (a typo). With relevance order, items whose title contains more of the words come
 * first, then items with the words themselves (before parts and sound-alikes), then alphabetical.
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
            if (uses(select, name)) {
                page.setParameter(name, value);
            }
            if (uses(count, name)) {
                total.setParameter(name, value);
            }
        });
        List<?> rows = page.getResultList();
        var items = rows.stream().map(row -> type.cast(row instanceof Object[] r ? r[0] : row)).toList();
        return new Page<>(items, total.getSingleResult(), offset, limit);
    }

    /** Whether the statement names this parameter (the page's order uses some the count does not need). */
    static boolean uses(String statement, String name) {
        return java.util.regex.Pattern.compile(":" + name + "(?![A-Za-z0-9_])").matcher(statement).find();
    }

    private static ItemQuery build(String entity, SearchCriteria c, List<String> extraConditions,
                                   Map<String, Object> extraParameters) {
        var where = new ArrayList<>(extraConditions);
        var params = new LinkedHashMap<String, Object>(extraParameters);
        var words = c.searchWords();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            var anyOf = new ArrayList<String>();
            anyOf.add(terms(params, "s" + i, " " + word.stem()));
            if (!word.parts().isEmpty()) {
                var allParts = new ArrayList<String>();
                for (int p = 0; p < word.parts().size(); p++) {
                    allParts.add(terms(params, "p" + i + "_" + p, " " + word.parts().get(p) + " "));
                }
                anyOf.add("(" + String.join(" and ", allParts) + ")");
            }
            if (word.key() != null) {
                anyOf.add(terms(params, "k" + i, " " + word.key() + " "));
            }
            where.add("(" + String.join(" or ", anyOf) + ")");
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
            // Title words first, then exact words before compound parts and sound-alikes (typos).
            var hits = new ArrayList<String>();
            for (int i = 0; i < words.size(); i++) {
                params.put("t" + i, contains(words.get(i).stem()));
                hits.add("case when i.content.titleKey like :t" + i + " escape '" + ESCAPE + "' then 2 else 0 end");
                hits.add("case when i.content.searchTerms like :s" + i + " escape '" + ESCAPE + "' then 1 else 0 end");
            }
            select = "select i, " + String.join(" + ", hits) + " as rank"
                    + " from " + entity + " i" + whereClause + " order by rank desc, i.content.titleKey, i.id";
        } else {
            select = "select i from " + entity + " i" + whereClause + " order by i.content.titleKey, i.id";
        }
        var count = "select count(i) from " + entity + " i" + whereClause;
        return new ItemQuery(select, count, Map.copyOf(params), ranked);
    }

    /**
     * {@code searchTerms LIKE '%text%'}: " stem" finds a term that starts with the stem, " part " exactly that term
     * (stored terms have a space on either side).
     */
    private static String terms(Map<String, Object> params, String name, String text) {
        params.put(name, escaped("%", text, "%"));
        return "i.content.searchTerms like :" + name + " escape '" + ESCAPE + "'";
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
        return escaped("%", word, "%");
    }

    private static String escaped(String before, String word, String after) {
        var escaped = new StringBuilder(word.length() + 2).append(before);
        for (var ch : word.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.append(after).toString();
    }
}
